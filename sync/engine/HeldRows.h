#pragma once

#include "SyncStatus.h"
#include "kernel/domain/Result.h"
#include "kernel/protocol/SyncRow.h"

#include <QCoreApplication>
#include <QList>

namespace k12 {

class Database;
class LocalRowWriter;

struct HeldRow
{
    protocol::SyncRow row;
    QString reason;
    QString source; // "pull" or "push" (the server's row in a push answer)
    int attempts = 0;
    QString firstAt;
    QString lastAt;
};

// Rows from the server that this computer could not store. No single row may
// stop sync: a row that fails is set aside here with the reason (kept whole,
// so nothing the server sent is lost), everything else is committed, and the
// row is tried again on every sync until it is stored or a newer version of
// it is. The teacher sees them in the Sync Problems view.
class HeldRows
{
    Q_DECLARE_TR_FUNCTIONS(k12::HeldRows)

public:
    explicit HeldRows(Database &db);

    // Inside the caller's transaction. Keeps the newest version of a row.
    Status hold(const protocol::SyncRow &row, const QString &reason, const QString &source, const QString &now);
    // Inside the caller's transaction: tries every held row again through the
    // writer (which has read the pending fields); the ones stored, or older
    // than the row this computer now has, leave the list. Returns how many left.
    Result<int> retry(LocalRowWriter &writer, const QString &now);

    QList<HeldRow> all();
    qint64 count();
    qint64 stuckCount();

private:
    Database &m_db;
};

} // namespace k12
