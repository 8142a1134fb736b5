#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/SyncRow.h"

#include <QList>
#include <QSet>

namespace k12 {

class Database;

// DESIGN.md's rule against a server that deletes half a class by mistake (a
// bad restore, a broken import): a pull page that would delete more than half
// of one class's enrollments, assignments and scores (the rows this computer
// has live) does not apply those deletions; they are held for the teacher
// (HeldDeletions). Smaller deletions apply as usual, and so do fewer than five
// rows at once (ordinary work in a tiny class).
//
// A class deleted by its owner (ClassDeleteActions) is not a mass deletion to
// hold: when the class row's own tombstone is in the same page, or the class
// is already deleted here, its rows' deletions apply. Only the owner (or an
// admin) can delete a class row, a server restored from a backup never sends
// deletions that apply without the teacher (EpochRebootstrap holds them all),
// and half a class deleted while the class itself stays is still held.
class MassDeleteGuard
{
public:
    // "entity/id" of the tombstones in `rows` to hold instead of applying.
    static Result<QSet<QString>> rowsToHold(Database &db, const QList<protocol::SyncRow> &rows);
    static bool guarded(const QString &entity);
};

} // namespace k12
