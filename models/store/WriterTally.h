#pragma once

#include "kernel/domain/Result.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace k12 {

class SqliteStatement;
struct EntityDef;

// The cell counts of ScoreTally (migration 7), kept by ChangeWriter itself for
// the scores it writes (local migration 8, issue 22): the FOR EACH ROW
// triggers cost two upserts per score, more than the score's own insert on an
// import of 200,000 scores. While a write runs, a row in
// score_counts_deferred tells the score triggers to stand aside (it exists
// only inside the writer's transaction: every other writer, a pull, a
// restore, still goes through the triggers); the writer adds up each score's
// change of counts in memory and applies the sums with a few upserts before it
// writes anything else and at its end, so the counts equal what the triggers
// would have made, in the same transaction.
class WriterTally
{
public:
    explicit WriterTally(sqlite3 *db);
    ~WriterTally();

    // Inside the writer's transaction, before its first row.
    Status begin();
    // One score row written: its fields (EntityDef order) and deleted flag
    // before (`existed` false: there was no row) and after.
    void add(const EntityDef &score, bool existed, bool wasDeleted, const QVariantList &before, bool deleted,
             const QVariantList &after);
    // Applies the sums so far (before a row of another table is written).
    Status flush();
    // flush(), then the triggers take over again; before the commit.
    Status end();

private:
    struct Cell
    {
        bool filled = false;
        bool missing = false; // before the assignment check, made at flush()
    };
    Cell cellOf(const EntityDef &score, const QVariantList &row);
    void contribute(const QVariantList &row, Cell cell, int sign);
    Status failed(const SqliteStatement &q) const;

    sqlite3 *m_db;
    int m_points = -1, m_letter = -1, m_missing = -1, m_excused = -1, m_exempt = -1;
    int m_classId = -1, m_assignmentId = -1, m_studentId = -1;
    QHash<QString, qint64> m_assignmentFilled;               // assignment_id -> filled
    QHash<QString, qint64> m_studentFilled;                  // class_id '\n' student_id -> filled
    QHash<QString, QHash<QString, qint64>> m_studentMissing; // assignment_id -> class_id '\n' student_id -> missing
    std::unique_ptr<SqliteStatement> m_begin, m_end, m_assignment, m_student, m_live;
};

} // namespace k12
