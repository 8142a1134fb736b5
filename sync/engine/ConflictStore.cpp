#include "ConflictStore.h"
#include "kernel/domain/Clock.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// JSON values of any kind (null, number, string) kept as text: wrapped in an
// array so scalars survive QJsonDocument.
QString encodeValue(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

Conflict fromQuery(const QSqlQuery &q)
{
    Conflict c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.rowId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.mine = decodeValue(q.value(4).toString());
    c.server = decodeValue(q.value(5).toString());
    c.serverRev = q.value(6).toLongLong();
    c.detectedAt = q.value(7).toString();
    c.resolvedAt = q.value(8).toString();
    c.resolution = q.value(9).toString();
    return c;
}

const QString kColumns =
    u"SELECT id, entity, row_id, field, mine, server, server_rev, detected_at, resolved_at, resolution FROM conflict "_s;

} // namespace

ConflictStore::ConflictStore(Database &db)
    : m_db(db)
{}

Status ConflictStore::record(const QString &entity, const QString &rowId, const protocol::FieldConflict &conflict,
                             qint64 serverRev, const QString &now)
{
    QSqlQuery q(m_db.connection());
    // A field already in open conflict gets the newer values, not a second entry.
    q.prepare(u"DELETE FROM conflict WHERE entity = ? AND row_id = ? AND field = ? AND resolved_at IS NULL"_s);
    q.bindValue(0, entity);
    q.bindValue(1, rowId);
    q.bindValue(2, conflict.field);
    if (!q.exec())
        return fail(tr("Cannot record a conflict."));
    q.prepare(u"INSERT INTO conflict (id, entity, row_id, field, mine, server, server_rev, detected_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, newId());
    q.bindValue(1, entity);
    q.bindValue(2, rowId);
    q.bindValue(3, conflict.field);
    q.bindValue(4, encodeValue(conflict.mine));
    q.bindValue(5, encodeValue(conflict.server));
    q.bindValue(6, serverRev);
    q.bindValue(7, now);
    return q.exec() ? Status{} : Status{fail(tr("Cannot record a conflict."))};
}

QList<Conflict> ConflictStore::open()
{
    QList<Conflict> result;
    QSqlQuery q(m_db.connection());
    // A row's fields stay together, rows in the order their first conflict came.
    // (rowid is the order they were recorded: stable where timestamps tie.)
    if (!q.exec(kColumns + u"WHERE resolved_at IS NULL ORDER BY MIN(rowid) OVER (PARTITION BY entity, row_id), "
                           "rowid"_s))
        return result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

std::optional<Conflict> ConflictStore::find(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + u"WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

qint64 ConflictStore::openCount()
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM conflict WHERE resolved_at IS NULL"_s) && q.next() ? q.value(0).toLongLong()
                                                                                            : 0;
}

Result<ChangeList> ConflictStore::changesFor(const Conflict &conflict, Keep keep)
{
    if (keep == Keep::Server)
        return ChangeList{};
    const EntityDef *def = EntitySchema::find(conflict.entity);
    if (!def)
        return fail(tr("This version of K12 Teacher does not know a \"%1\".").arg(conflict.entity));
    if (conflict.field == u"deleted"_s)
        return ChangeList{Change::upsert(conflict.entity, conflict.rowId, {})}; // bring the row back
    const FieldDef *field = def->field(conflict.field);
    QVariant value;
    if (!field || !EntitySchema::fromJson(*field, conflict.mine, &value))
        return fail(tr("The kept value of %1.%2 cannot be read.").arg(conflict.entity, conflict.field));
    return ChangeList{Change::upsert(conflict.entity, conflict.rowId, {{conflict.field, value}})};
}

Status ConflictStore::markResolved(const QString &id, Keep keep)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"_s);
    q.bindValue(0, Clock::nowIso());
    q.bindValue(1, keep == Keep::Mine ? u"mine"_s : u"server"_s);
    q.bindValue(2, id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("No open conflict has the id %1.").arg(id));
    return {};
}

} // namespace k12
