#pragma once

#include "kernel/protocol/PushRequest.h"

#include <QList>
#include <QString>

namespace k12 {

class Database;

struct OutboxEntry
{
    qint64 seq = 0;
    protocol::Mutation mutation;
    int attempts = 0;
    QString lastError;
    QString rejectedReason;
    QString createdAt;
};

// The durable queue of local changes waiting for the server (the outbox table
// the one-rule writer fills). Mutations leave it only when the server has
// answered them; rejected ones step aside with the server's reason and stay
// until the teacher dismisses them.
class OutboxQueue
{
public:
    explicit OutboxQueue(Database &db);

    // The oldest pending mutations, in the order they were made.
    QList<OutboxEntry> nextBatch(int limit, qint64 afterSeq = 0);
    QList<OutboxEntry> rejected();
    qint64 pendingCount();
    qint64 rejectedCount();

    // Inside the caller's transaction:
    bool remove(qint64 seq);
    bool remove(const QList<qint64> &seqs);
    bool markRejected(qint64 seq, const QString &reason);
    // Outside any transaction: a failed attempt, for the teacher's status view.
    bool recordAttempt(const QList<qint64> &seqs, const QString &error);
    // Drops a rejected change; the row returns to the server's version with the
    // next sync (the pull starts over; fields with other local changes keep them).
    bool dismissRejected(qint64 seq);

private:
    QList<OutboxEntry> read(const QString &where, const QVariantList &binds, int limit);

    Database &m_db;
};

} // namespace k12
