#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

namespace k12 {

class ScoreRepository : public Repository<Score>
{
    Q_DECLARE_TR_FUNCTIONS(k12::ScoreRepository)

public:
    using Repository::Repository;

    // The score of the pair, or an empty score with the pair's id when none is stored.
    Score scoreFor(const QString &classId, const QString &assignmentId, const QString &studentId) const;
    // All live scores of a class in one pass (the gradebook's load path).
    QList<Score> inClass(const QString &classId) const;
    // Writes many scores in one transaction (one undo step, one outbox batch).
    Status saveAll(const QList<Score> &scores, const QString &action);
};

} // namespace k12
