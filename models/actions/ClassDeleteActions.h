#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>

#include <functional>

namespace k12 {

// Deleting a class for good (issue 19): a separate, confirmed action, apart
// from archiving. It first takes a "before-delete" backup of the profile (a
// way back that outlives the undo stack; no backup, no delete), then deletes
// the class and every row of it (enrollments, categories, periods,
// assignments, scores, standards, plans, comments...) in one transaction, as
// synced deletes, one undo step that brings everything back. Students stay:
// they are the school's, and may be in other classes.
//
// An archived class is deleted as it is, without restoring it first: the
// batch clears its archived flag, then deletes (ArchiveGuard lets a batch
// change a class it restored). The class row goes first in the batch, so the
// server gives its tombstone the lowest revision and another device learns
// the class is gone before its rows' deletions arrive (MassDeleteGuard then
// lets them through: see there).
class ClassDeleteActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::ClassDeleteActions)

public:
    // What the confirmation says is about to go.
    struct Summary
    {
        QString classId;
        QString label; // "Algebra I (2025-26)"
        bool archived = false;
        int students = 0;    // enrolled
        int assignments = 0; //
        int grades = 0;      // scores with points, a letter or a flag
        int rows = 0;        // every row the delete removes, the class included
        bool hasGrades() const { return grades > 0; }
    };
    // Replaces the backup, for tests of the refusal when it fails.
    using SnapshotHook = std::function<Status(const QString &reason)>;
    static void setSnapshotHook(SnapshotHook hook);

    explicit ClassDeleteActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    Result<Summary> summarize(const QString &classId) const;
    // The backup's id is in `backupId` when given.
    Result<Summary> remove(const QString &classId, QString *backupId = nullptr);

private:
    ActionRunner m_runner;
};

} // namespace k12
