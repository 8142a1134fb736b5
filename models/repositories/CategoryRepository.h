#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

namespace k12 {

class CategoryRepository : public Repository<Category>
{
    Q_DECLARE_TR_FUNCTIONS(k12::CategoryRepository)

public:
    using Repository::Repository;

    QList<Category> inClass(const QString &classId) const;
    Result<Category> resolve(const QString &classId, const QString &nameOrId) const;
    int nextPosition(const QString &classId) const;
};

class AssignmentRepository : public Repository<Assignment>
{
    Q_DECLARE_TR_FUNCTIONS(k12::AssignmentRepository)

public:
    using Repository::Repository;

    QList<Assignment> inClass(const QString &classId) const;
    // Finds an assignment of the class by id or exact title.
    Result<Assignment> resolve(const QString &classId, const QString &titleOrId) const;
    int nextPosition(const QString &classId) const;
};

} // namespace k12
