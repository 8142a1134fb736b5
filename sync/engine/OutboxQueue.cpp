#include "OutboxQueue.h"

#include "models/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

OutboxQueue::OutboxQueue(Database &db)
    : m_db(db)
{}

QList<OutboxEntry> OutboxQueue::read(const QString &where, const QVariantList &binds, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, mutation_id, entity, row_id, op, base_rev, fields, attempts, last_error, "
              "rejected_reason, created_at FROM outbox WHERE "_s +
              where + u" ORDER BY seq LIMIT ?"_s);
    int i = 0;
    for (const QVariant &b : binds)
        q.bindValue(i++, b);
    q.bindValue(i, limit);
    QList<OutboxEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutation.mutationId = q.value(1).toString();
        e.mutation.entity = q.value(2).toString();
        e.mutation.id = q.value(3).toString();
        e.mutation.op =
            q.value(4).toString() == u"delete"_s ? protocol::MutationOp::Delete : protocol::MutationOp::Upsert;
        e.mutation.baseRev = q.value(5).toLongLong();
        e.mutation.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.attempts = q.value(7).toInt();
        e.lastError = q.value(8).toString();
        e.rejectedReason = q.value(9).toString();
        e.createdAt = q.value(10).toString();
        entries.append(std::move(e));
    }
    return entries;
}

QList<OutboxEntry> OutboxQueue::nextBatch(int limit, qint64 afterSeq)
{
    return read(u"state = 'pending' AND seq > ?"_s, {afterSeq}, limit);
}

QList<OutboxEntry> OutboxQueue::rejected()
{
    return read(u"state = 'rejected'"_s, {}, 100000);
}

qint64 OutboxQueue::pendingCount()
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 OutboxQueue::rejectedCount()
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'rejected'"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

bool OutboxQueue::remove(qint64 seq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
    q.bindValue(0, seq);
    return q.exec();
}

bool OutboxQueue::remove(const QList<qint64> &seqs)
{
    // One statement for a whole answered batch: one prepare, one B-tree pass.
    for (qsizetype from = 0; from < seqs.size(); from += 500) {
        QStringList numbers;
        for (qsizetype i = from; i < std::min(seqs.size(), from + 500); ++i)
            numbers.append(QString::number(seqs.at(i)));
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"DELETE FROM outbox WHERE seq IN ("_s + numbers.join(u',') + u')'))
            return false;
    }
    return true;
}

bool OutboxQueue::markRejected(qint64 seq, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET state = 'rejected', rejected_reason = ?, attempts = attempts + 1 WHERE seq = ?"_s);
    q.bindValue(0, reason);
    q.bindValue(1, seq);
    return q.exec();
}

bool OutboxQueue::recordAttempt(const QList<qint64> &seqs, const QString &error)
{
    if (seqs.isEmpty())
        return true;
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"_s);
    for (qint64 seq : seqs) {
        q.bindValue(0, error);
        q.bindValue(1, seq);
        if (!q.exec())
            return false;
    }
    return tx.commit().ok();
}

bool OutboxQueue::dismissRejected(qint64 seq)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM outbox WHERE seq = ? AND state = 'rejected'"_s);
    q.bindValue(0, seq);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    // The server never took the change: pull everything again so the local row
    // shows what the server has instead of quietly disagreeing with it.
    if (!q.exec(u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s))
        return false;
    return tx.commit().ok();
}

} // namespace k12
