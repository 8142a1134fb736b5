#pragma once

#include "HeldRows.h"
#include "kernel/domain/Result.h"
#include "kernel/protocol/SyncRow.h"

#include <QCoreApplication>
#include <QList>

namespace k12 {

class Database;

// Deletions from the server that wait for the teacher's say (DESIGN.md,
// "Field failures"): those a server restored from a backup sends, and a pull
// that would delete more than half of a class. They are kept, whole, in the
// held-rows list the Sync Problems view and `k12-teacher sync` already show
// (the server's tombstone, with a reason that marks it as a held deletion),
// are never retried by themselves, and leave it only when the teacher
// applies them or keeps their own rows.
class HeldDeletions
{
    Q_DECLARE_TR_FUNCTIONS(k12::HeldDeletions)

public:
    enum class Why
    {
        RestoredServer, // the server was restored from a backup
        MassDelete      // more than half of a class at once
    };

    explicit HeldDeletions(Database &db);

    static bool isHeldDeletion(const HeldRow &held);

    // Inside the caller's transaction.
    Status hold(const protocol::SyncRow &tombstone, Why why, const QString &now);
    QList<HeldRow> all();
    qint64 count();

    // Each in one transaction. Apply: the rows are deleted here as the server
    // has them. Keep: each row is sent to the server again (a new upsert based
    // on the tombstone, which brings it back there); the local row stays.
    // Both return how many rows they settled.
    Result<int> apply();
    Result<int> keep();

private:
    Database &m_db;
};

} // namespace k12
