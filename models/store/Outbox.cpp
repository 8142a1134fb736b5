#include "Outbox.h"

#include "Database.h"
#include "OutboxTally.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "kernel/domain/JsonWriter.h"
#include "kernel/sqlite/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Outbox::Outbox(Database &db)
    : m_db(db)
{}

Outbox::~Outbox() = default;

Status Outbox::append(const AppliedChange &applied, qint64 baseRev, const QString &now)
{
    const EntityDef &def = *EntitySchema::find(applied.entity);
    QByteArray fields;
    fields.reserve(64 + 48 * applied.after.size()); // one allocation for a typical row
    JsonWriter json(&fields);
    json.beginObject();
    for (auto it = applied.after.cbegin(); it != applied.after.cend(); ++it) {
        json.key(it.key());
        EntitySchema::writeJson(json, *def.field(it.key()), it.value());
    }
    json.endObject();
    if (!m_append) {
        m_append = std::make_unique<SqliteStatement>(
            SqliteStatement::handleOf(m_db.connection()),
            u"INSERT INTO outbox (mutation_id, entity, row_id, op, base_rev, fields, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    }
    SqliteStatement &q = *m_append;
    const QString mutationId = newId();
    const QString op = applied.op == ChangeOp::Delete ? u"delete"_s : u"upsert"_s; // alive until exec()
    q.bindText(0, mutationId);
    q.bindText(1, applied.entity);
    q.bindText(2, applied.id);
    q.bindText(3, op);
    q.bindInt(4, baseRev);
    q.bindUtf8(5, fields);
    q.bindText(6, now);
    if (!q.exec())
        return fail(QObject::tr("Cannot queue the change for the server: %1").arg(q.error()));
    return {};
}

Result<QHash<QString, QHash<QString, int>>> Outbox::pendingFields()
{
    QHash<QString, QHash<QString, int>> pending;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entity, row_id, fields, op FROM outbox WHERE state = 'pending'"_s))
        return fail(QObject::tr("Cannot read the outbox."));
    while (q.next()) {
        QHash<QString, int> &fields = pending[q.value(0).toString() + u'/' + q.value(1).toString()];
        const QJsonObject object = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            ++fields[it.key()];
        if (q.value(3).toString() == u"delete"_s)
            ++fields[u"deleted"_s];
    }
    return pending;
}

QList<OutboxEntry> Outbox::read(const QString &where, const QVariantList &binds, int limit)
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

QList<OutboxEntry> Outbox::nextBatch(int limit, qint64 afterSeq)
{
    return read(u"state = 'pending' AND seq > ?"_s, {afterSeq}, limit);
}

QList<OutboxEntry> Outbox::pushBatch(int limit, qint64 afterSeq)
{
    if (!m_pushBatch) {
        m_pushBatch = std::make_unique<SqliteStatement>(
            SqliteStatement::handleOf(m_db.connection()),
            u"SELECT seq, mutation_id, entity, row_id, op, base_rev, fields FROM outbox "
            "WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?"_s);
    }
    SqliteStatement &q = *m_pushBatch;
    q.bindInt(0, afterSeq);
    q.bindInt(1, limit);
    QList<OutboxEntry> entries;
    entries.reserve(limit);
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.integer(0);
        e.mutation.mutationId = q.text(1);
        e.mutation.entity = q.text(2);
        e.mutation.id = q.text(3);
        e.mutation.op = q.rawUtf8(4) == "delete" ? protocol::MutationOp::Delete : protocol::MutationOp::Upsert;
        e.mutation.baseRev = q.integer(5);
        const QByteArray fields = q.rawUtf8(6); // valid until the next step: copied
        e.fieldsJson = QByteArray(fields.constData(), fields.size());
        entries.append(std::move(e));
    }
    q.reset();
    return entries;
}

QList<OutboxEntry> Outbox::rejected()
{
    return read(u"state = 'rejected'"_s, {}, 100000);
}

// Both read the counts the outbox's triggers keep (OutboxTally, migration 7):
// counting the rows read the whole outbox, ~250 ms at a million queued
// changes, on every change the status bar and the sync status show.
qint64 Outbox::pendingCount()
{
    const Result<qint64> n = OutboxTally::count(m_db, u"pending"_s);
    return n ? *n : 0;
}

qint64 Outbox::rejectedCount()
{
    const Result<qint64> n = OutboxTally::count(m_db, u"rejected"_s);
    return n ? *n : 0;
}

bool Outbox::remove(qint64 seq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
    q.bindValue(0, seq);
    return q.exec();
}

bool Outbox::remove(const QList<qint64> &seqs)
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

bool Outbox::removePending(qint64 first, qint64 last)
{
    // A range, not a list of 500 numbers: one statement prepared once, no SQL text to parse per batch.
    if (!m_removePending) {
        m_removePending =
            std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()),
                                              u"DELETE FROM outbox WHERE seq BETWEEN ? AND ? AND state = 'pending'"_s);
    }
    m_removePending->bindInt(0, first);
    m_removePending->bindInt(1, last);
    return m_removePending->exec();
}

bool Outbox::markRejected(qint64 seq, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET state = 'rejected', rejected_reason = ?, attempts = attempts + 1 WHERE seq = ?"_s);
    q.bindValue(0, reason);
    q.bindValue(1, seq);
    return q.exec();
}

bool Outbox::recordAttempt(const QList<qint64> &seqs, const QString &error)
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

bool Outbox::dismissRejected(qint64 seq)
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
