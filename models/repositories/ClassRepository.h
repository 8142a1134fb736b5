#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

namespace k12 {

class ClassRepository : public Repository<SchoolClass>
{
    Q_DECLARE_TR_FUNCTIONS(k12::ClassRepository)

public:
    using Repository::Repository;

    QList<SchoolClass> list(bool includeArchived = false) const;
    // Finds a class by id or by its exact name (refusing a name two classes share).
    Result<SchoolClass> resolve(const QString &idOrName) const;
    Status rename(const QString &id, const QString &name);
    Status setArchived(const QString &id, bool archived);
};

} // namespace k12
