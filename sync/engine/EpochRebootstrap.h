#pragma once

#include "kernel/domain/Result.h"
#include "sync/client/ApiClient.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace k12 {

class Database;
class SyncState;

// What a client does when the server's epoch changes (a server restored from
// a backup, DESIGN.md "Field failures"), instead of stopping for good:
//  1. pull the new epoch's rows from 0 into a staging table (nothing applied
//     yet, so an interrupted re-bootstrap simply starts over);
//  2. in one local transaction: take the server's rows with the usual
//     field-level rules, but apply none of its deletions (held for the
//     teacher); queue as new upserts every local row the server lacks or has
//     at an older state; move the cursor and record the new epoch.
// The outbox and local-only rows are kept. Which side is newer is decided by
// revisions: `admin restore` sets the revision counter past the replaced
// database's, so a server row above this client's old cursor changed after the
// restore, and the backup's history ends at T, the highest revision at or
// below the old cursor the new epoch returned: a local row above T holds a
// change the backup lacks.
class EpochRebootstrap
{
    Q_DECLARE_TR_FUNCTIONS(k12::EpochRebootstrap)

public:
    struct Outcome
    {
        std::optional<ApiError> error;
        QString message; // empty when done
        qint64 pulled = 0;
        int pages = 0;
        int resent = 0; // local rows queued again for the server
        int heldDeletions = 0;
        int held = 0; // rows set aside because they cannot be stored
        QSet<QString> changedEntities;
    };

    EpochRebootstrap(Database &db, ApiClient &api, SyncState &state, int pullLimit);

    Outcome run(const QString &newEpoch);

private:
    bool stage(const QString &newEpoch, Outcome &outcome, qint64 *nextCursor);
    Status reconcile(const QString &newEpoch, qint64 nextCursor, Outcome &outcome);

    Database &m_db;
    ApiClient &m_api;
    SyncState &m_state;
    int m_pullLimit;
};

} // namespace k12
