#include "EpochRebootstrap.h"

#include "HeldDeletions.h"
#include "HeldRows.h"
#include "LocalRowWriter.h"
#include "SyncState.h"
#include "kernel/domain/Clock.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/protocol/JsonReader.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/SyncLog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct LocalRow
{
    bool exists = false;
    qint64 rev = 0;
    bool deleted = false;
    QVariantList values; // in the order of def.fields
};

QString fieldList(const EntityDef &def)
{
    QStringList names;
    for (const FieldDef &f : def.fields)
        names.append(f.name);
    return names.join(u", "_s);
}

LocalRow readLocal(QSqlQuery &q, const EntityDef &def, const QString &id)
{
    LocalRow row;
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return row;
    row.exists = true;
    row.rev = q.value(0).toLongLong();
    row.deleted = q.value(1).toInt() != 0;
    for (int i = 0; i < def.fields.size(); ++i)
        row.values.append(q.value(i + 2));
    q.finish();
    return row;
}

// The local value against the server's, both in their wire form.
bool sameValue(const FieldDef &field, const QVariant &local, const QJsonValue &server)
{
    QVariant decoded;
    if (server.isUndefined() || !EntitySchema::fromJson(field, server, &decoded))
        return true; // not comparable: nothing to send back for it
    return EntitySchema::toJson(field, EntitySchema::toSql(field, local)) ==
           EntitySchema::toJson(field, EntitySchema::toSql(field, decoded));
}

} // namespace

EpochRebootstrap::EpochRebootstrap(Database &db, ApiClient &api, SyncState &state, int pullLimit)
    : m_db(db)
    , m_api(api)
    , m_state(state)
    , m_pullLimit(pullLimit)
{}

EpochRebootstrap::Outcome EpochRebootstrap::run(const QString &newEpoch)
{
    Outcome outcome;
    syncLog()->warn("server epoch changed from {} to {}: re-bootstrapping from revision 0",
                    m_state.epoch().toStdString(), newEpoch.toStdString());
    qint64 nextCursor = 0;
    if (!stage(newEpoch, outcome, &nextCursor))
        return outcome;
    if (Status s = reconcile(newEpoch, nextCursor, outcome); !s) {
        outcome.message = s.error();
        return outcome;
    }
    syncLog()->info("re-bootstrap done: {} row(s) pulled, {} sent again, {} deletion(s) held for the teacher",
                    outcome.pulled, outcome.resent, outcome.heldDeletions);
    (void)exec(m_db.connection(), u"DELETE FROM temp.epoch_stage"_s);
    return outcome;
}

bool EpochRebootstrap::stage(const QString &newEpoch, Outcome &outcome, qint64 *nextCursor)
{
    QSqlDatabase &c = m_db.connection();
    for (const QString &sql : {u"CREATE TEMP TABLE IF NOT EXISTS epoch_stage (entity TEXT NOT NULL, id TEXT NOT "
                               "NULL, rev INTEGER NOT NULL, row TEXT NOT NULL, PRIMARY KEY (entity, id))"_s,
                               u"DELETE FROM temp.epoch_stage"_s}) {
        if (Status s = exec(c, sql); !s) {
            outcome.message = s.error();
            return false;
        }
    }
    qint64 since = 0;
    while (true) {
        ApiResult<protocol::PullResponse> answer = m_api.pull(since, m_pullLimit);
        if (const ApiError *e = std::get_if<ApiError>(&answer)) {
            outcome.error = *e;
            outcome.message = ApiClient::describe(*e);
            return false;
        }
        const protocol::PullResponse &page = std::get<protocol::PullResponse>(answer);
        if (page.epoch != newEpoch) {
            outcome.message = tr("The server's data changed again while this computer was catching up with it; "
                                 "the next sync starts over.");
            return false;
        }
        Transaction tx(c);
        QSqlQuery q(c);
        q.prepare(u"INSERT OR REPLACE INTO temp.epoch_stage (entity, id, rev, row) VALUES (?, ?, ?, ?)"_s);
        for (const protocol::SyncRow &row : page.changes) {
            q.bindValue(0, row.entity);
            q.bindValue(1, row.id);
            q.bindValue(2, row.rev);
            q.bindValue(3, QString::fromUtf8(row.toJson()));
            if (!q.exec()) {
                outcome.message = tr("Cannot keep the server's rows: %1").arg(q.lastError().text());
                return false;
            }
        }
        if (Status s = tx.commit(); !s) {
            outcome.message = s.error();
            return false;
        }
        ++outcome.pages;
        outcome.pulled += page.changes.size();
        since = page.nextCursor;
        if (!page.hasMore) {
            *nextCursor = since;
            return true;
        }
    }
}

Status EpochRebootstrap::reconcile(const QString &newEpoch, qint64 nextCursor, Outcome &outcome)
{
    QSqlDatabase &c = m_db.connection();
    (void)exec(c, u"PRAGMA foreign_keys=OFF"_s); // server rows come in revision order, not reference order
    struct ForeignKeysOn
    {
        QSqlDatabase &c;
        ~ForeignKeysOn() { (void)exec(c, u"PRAGMA foreign_keys=ON"_s); }
    } restore{c};
    Transaction tx(c);
    if (!tx.begun())
        return fail(tr("The local database is busy: %1").arg(tx.error()));

    const qint64 oldCursor = m_state.cursor();
    qint64 backupEnd = 0; // T: the last revision of the backup's history this client can see
    {
        QSqlQuery q(c);
        q.prepare(u"SELECT COALESCE(MAX(rev), 0) FROM temp.epoch_stage WHERE rev <= ?"_s);
        q.addBindValue(oldCursor);
        if (!q.exec() || !q.next())
            return fail(tr("Cannot read the server's rows: %1").arg(q.lastError().text()));
        backupEnd = q.value(0).toLongLong();
    }
    Outbox outbox(m_db);
    HeldDeletions deletions(m_db);
    const QString now = Clock::nowIso();
    QHash<QString, std::shared_ptr<QSqlQuery>> localQueries;
    auto localOf = [&](const EntityDef &def, const QString &id) {
        std::shared_ptr<QSqlQuery> &q = localQueries[def.name];
        if (!q) {
            q = std::make_shared<QSqlQuery>(c);
            q->prepare(u"SELECT rev, deleted, "_s + fieldList(def) + u" FROM "_s + def.table() + u" WHERE id = ?"_s);
        }
        return readLocal(*q, def, id);
    };
    auto queue = [&](const EntityDef &def, const QString &id, ChangeOp op, const QVariantMap &after, qint64 base) {
        AppliedChange change;
        change.entity = def.name;
        change.id = id;
        change.op = op;
        change.after = after;
        ++outcome.resent;
        outcome.changedEntities.insert(def.name);
        return outbox.append(change, base, now);
    };

    // Pass 1: what the server returned, decided against the local row.
    QSet<QString> seen;
    QList<protocol::SyncRow> toWrite;
    QSqlQuery staged(c);
    staged.setForwardOnly(true);
    if (!staged.exec(u"SELECT row FROM temp.epoch_stage ORDER BY rev"_s))
        return fail(tr("Cannot read the server's rows: %1").arg(staged.lastError().text()));
    while (staged.next()) {
        Result<QJsonObject> object = protocol::JsonReader::parseObject(staged.value(0).toString().toUtf8());
        if (!object)
            continue;
        Result<protocol::SyncRow> parsed = protocol::SyncRow::fromJsonObject(*object);
        if (!parsed)
            continue;
        const protocol::SyncRow &server = *parsed;
        const EntityDef *def = EntitySchema::find(server.entity);
        if (!def || !server.problem.isEmpty()) {
            toWrite.append(server); // the writer skips or sets it aside as usual
            continue;
        }
        seen.insert(def->name + u'/' + server.id);
        const LocalRow local = localOf(*def, server.id);
        if (!local.exists) {
            toWrite.append(server);
            continue;
        }
        if (server.deleted) {
            if (local.deleted) {
                toWrite.append(server);
            } else {
                if (Status s = deletions.hold(server, HeldDeletions::Why::RestoredServer, now); !s)
                    return s;
                ++outcome.heldDeletions;
            }
            continue;
        }
        if (local.rev <= backupEnd) {
            toWrite.append(server); // everything this row had is in the backup
            continue;
        }
        // The local row changed after the backup was made: the server lacks it.
        if (local.deleted) {
            if (Status s = queue(*def, server.id, ChangeOp::Delete, {}, local.rev); !s)
                return s;
            continue;
        }
        QVariantMap differing;
        for (int i = 0; i < def->fields.size(); ++i) {
            const FieldDef &field = def->fields.at(i);
            if (!sameValue(field, local.values.at(i), server.fields.value(field.name)))
                differing.insert(field.name, local.values.at(i));
        }
        if (!differing.isEmpty()) {
            // Based on the local (old-epoch) revision: below every change made
            // since the restore, so a field someone changed since is a conflict
            // the teacher sees, and the others merge.
            if (Status s = queue(*def, server.id, ChangeOp::Upsert, differing, local.rev); !s)
                return s;
        }
        toWrite.append(server); // fields just queued keep the local value
    }

    // Pass 2: synced rows the new epoch does not have at all.
    for (const EntityDef &def : EntitySchema::all()) {
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, "_s + fieldList(def) + u" FROM "_s + def.table() +
                    u" WHERE rev > 0 AND deleted = 0"_s))
            return fail(tr("Cannot read the local rows: %1").arg(q.lastError().text()));
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (seen.contains(def.name + u'/' + id))
                continue;
            // The whole row replaces any queued partial edit of it: the server
            // would refuse a partial edit of a row it does not have.
            QSqlQuery drop(c);
            drop.prepare(u"DELETE FROM outbox WHERE state = 'pending' AND entity = ? AND row_id = ?"_s);
            drop.addBindValue(def.name);
            drop.addBindValue(id);
            if (!drop.exec())
                return fail(tr("Cannot update the outbox: %1").arg(drop.lastError().text()));
            QVariantMap all;
            for (int i = 0; i < def.fields.size(); ++i)
                all.insert(def.fields.at(i).name, q.value(i + 1));
            if (Status s = queue(def, id, ChangeOp::Upsert, all, 0); !s)
                return s;
        }
    }

    // Pass 3: the server's rows, with every queued field kept.
    LocalRowWriter writer(m_db);
    if (Status s = writer.loadPendingFields(); !s)
        return s;
    HeldRows held(m_db);
    for (const protocol::SyncRow &row : std::as_const(toWrite)) {
        if (Status s = writer.write(row); !s) {
            ++outcome.held;
            if (Status h = held.hold(row, s.error(), u"pull"_s, now); !h)
                return h;
        }
        outcome.changedEntities.insert(row.entity);
    }
    if (!m_state.setValue(u"cursor"_s, QString::number(nextCursor)) || !m_state.setValue(u"epoch"_s, newEpoch))
        return fail(tr("Cannot save the sync position."));
    return tx.commit();
}

} // namespace k12
