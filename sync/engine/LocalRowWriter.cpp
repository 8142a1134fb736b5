#include "LocalRowWriter.h"

#include "SyncLog.h"
#include "domain/EntitySchema.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

LocalRowWriter::LocalRowWriter(Database &db)
    : m_db(db)
{}

LocalRowWriter::~LocalRowWriter() = default;

SqliteStatement &LocalRowWriter::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements
                 .emplace(sql, std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), sql))
                 .first;
    return *it->second;
}

Status LocalRowWriter::loadPendingFields()
{
    m_pending.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entity, row_id, fields, op FROM outbox WHERE state = 'pending'"_s))
        return fail(QObject::tr("Cannot read the outbox."));
    while (q.next()) {
        QSet<QString> &fields = m_pending[q.value(0).toString() + u'/' + q.value(1).toString()];
        const QJsonObject object = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields.insert(it.key());
        if (q.value(3).toString() == u"delete"_s)
            fields.insert(u"deleted"_s);
    }
    return {};
}

Status LocalRowWriter::write(const protocol::SyncRow &row)
{
    const EntityDef *def = EntitySchema::find(row.entity);
    if (!def)
        return {}; // a newer server's entity: nothing of ours refers to it
    const QSet<QString> keep = m_pending.value(row.entity + u'/' + row.id);

    QStringList columns{u"id"_s, u"rev"_s, u"updated_at"_s};
    QVariantList values{row.id, row.rev, row.updatedAt};
    if (!keep.contains(u"deleted"_s)) {
        columns << u"deleted"_s;
        values << (row.deleted ? 1 : 0);
    }
    for (const FieldDef &field : def->fields) {
        if (keep.contains(field.name))
            continue;
        const QJsonValue json = row.fields.value(field.name);
        QVariant value;
        if (json.isUndefined() || !EntitySchema::fromJson(field, json, &value))
            continue; // a field the server did not send or sent in a shape we do not know: leave ours
        columns << field.name;
        values << EntitySchema::toSql(field, value);
    }
    QString placeholders = u"?"_s;
    QString updates;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        placeholders += u", ?"_s;
        if (columns.at(i) != u"rev"_s)
            updates += (updates.isEmpty() ? QString() : u", "_s) + columns.at(i) + u" = excluded."_s + columns.at(i);
    }
    // rev only ever grows: an older answer arriving late does not roll a row back.
    updates += u", rev = MAX(rev, excluded.rev)"_s;
    SqliteStatement &q = prepared(u"INSERT INTO "_s + def->table() + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s +
                                  placeholders + u") ON CONFLICT(id) DO UPDATE SET "_s + updates);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    if (!q.exec())
        return fail(QObject::tr("Cannot store a %1 from the server: %2").arg(row.entity, q.error()));
    return {};
}

Status LocalRowWriter::raiseRev(const QString &entity, const QString &id, qint64 rev)
{
    const EntityDef *def = EntitySchema::find(entity);
    if (!def)
        return {};
    SqliteStatement &q = prepared(u"UPDATE "_s + def->table() + u" SET rev = MAX(rev, ?) WHERE id = ?"_s);
    q.bindInt(0, rev);
    q.bindText(1, id);
    if (!q.exec())
        return fail(QObject::tr("Cannot record the server's revision: %1").arg(q.error()));
    return {};
}

} // namespace k12
