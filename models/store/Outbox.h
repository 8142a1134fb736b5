#pragma once

#include "Change.h"
#include "kernel/domain/Result.h"
#include "kernel/protocol/PushRequest.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace k12 {

class Database;
class SqliteStatement;

struct OutboxEntry
{
    qint64 seq = 0;
    protocol::Mutation mutation;
    int attempts = 0;
    QString lastError;
    QString rejectedReason;
    QString createdAt;
    // The fields as the outbox holds them (JSON text): filled by pushBatch,
    // which leaves mutation.fields empty.
    QByteArray fieldsJson;
};

// The durable queue of local changes waiting for the server, and the only
// code that touches the outbox table: the one-rule writer appends to it, the
// sync engine reads batches and removes what the server answered, the status
// bar counts it. Mutations leave it only when the server has answered them;
// rejected ones step aside with the server's reason and stay until the
// teacher dismisses them.
class Outbox
{
public:
    explicit Outbox(Database &db);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Inside the caller's transaction: the mutation for one row change (its
    // changed fields only), based on the server revision the row had.
    Status append(const AppliedChange &applied, qint64 baseRev, const QString &now);
    // Which fields of which rows wait in the queue: "entity/id" -> field ->
    // how many queued mutations change it ("deleted" for a delete).
    Result<QHash<QString, QHash<QString, int>>> pendingFields();

    // The oldest pending mutations, in the order they were made.
    QList<OutboxEntry> nextBatch(int limit, qint64 afterSeq = 0);
    // The push's read of the same: the fields are left as JSON text
    // (fieldsJson), sent as they are and parsed only for a conflict; no
    // attempts, errors or creation time.
    QList<OutboxEntry> pushBatch(int limit, qint64 afterSeq);
    QList<OutboxEntry> rejected();
    qint64 pendingCount();
    qint64 rejectedCount();

    // Inside the caller's transaction:
    bool remove(qint64 seq);
    bool remove(const QList<qint64> &seqs);
    // Every pending mutation from seq `first` to `last`: an answered push
    // batch (its rejected ones are marked first and stay).
    bool removePending(qint64 first, qint64 last);
    bool markRejected(qint64 seq, const QString &reason);
    // Outside any transaction: a failed attempt, for the teacher's status view.
    bool recordAttempt(const QList<qint64> &seqs, const QString &error);
    // Drops a rejected change; the row returns to the server's version with the
    // next sync (the pull starts over; fields with other local changes keep them).
    bool dismissRejected(qint64 seq);

private:
    std::unique_ptr<SqliteStatement> m_append; // kept: a bulk edit appends 10,000s of rows
    std::unique_ptr<SqliteStatement> m_pushBatch;
    std::unique_ptr<SqliteStatement> m_removePending;
    QList<OutboxEntry> read(const QString &where, const QVariantList &binds, int limit);

    Database &m_db;
};

} // namespace k12
