#include "ChangeWriter.h"

#include "Database.h"
#include "StoreLog.h"
#include "domain/EntitySchema.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString opName(ChangeOp op)
{
    return op == ChangeOp::Delete ? u"delete"_s : u"upsert"_s;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status queryFailed(const QSqlQuery &q, const QString &what)
{
    return fail(QObject::tr("Saving failed (%1): %2").arg(what, q.lastError().text()));
}

} // namespace

ChangeWriter::ChangeWriter(Database &db, QString origin)
    : m_db(db)
    , m_origin(std::move(origin))
{}

QSqlQuery &ChangeWriter::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        if (!q->prepare(sql))
            qCWarning(lcDb) << "prepare failed:" << q->lastError().text();
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Status ChangeWriter::validate(const Change &change, const EntityDef **def) const
{
    *def = EntitySchema::find(change.entity);
    if (!*def)
        return fail(QObject::tr("Unknown kind of record \"%1\".").arg(change.entity));
    if (!isId(change.id))
        return fail(QObject::tr("Invalid record id \"%1\".").arg(change.id));
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!(*def)->field(it.key()))
            return fail(QObject::tr("A %1 has no field \"%2\".").arg(change.entity, it.key()));
    }
    return {};
}

Result<ChangeWriter::OldRow> ChangeWriter::loadRow(const EntityDef &def, const QString &id)
{
    QSqlQuery &q = prepared(u"SELECT rev, deleted, "_s + def.fieldNames().join(u", "_s) + u" FROM "_s + def.table() +
                            u" WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return Error{queryFailed(q, def.name).error()};
    OldRow row;
    if (q.next()) {
        row.exists = true;
        row.rev = q.value(0).toLongLong();
        row.deleted = q.value(1).toInt() != 0;
        for (int i = 0; i < def.fields.size(); ++i)
            row.fields.insert(def.fields.at(i).name, q.value(i + 2));
    }
    q.finish();
    return row;
}

Status ChangeWriter::writeRow(const EntityDef &def, const Change &change, const OldRow &old, AppliedChange *applied,
                              const QString &now)
{
    applied->entity = change.entity;
    applied->id = change.id;
    applied->op = change.op;
    applied->created = !old.exists;
    applied->wasDeleted = old.deleted;
    applied->row = old.fields;

    if (change.op == ChangeOp::Delete) {
        if (!old.exists || old.deleted)
            return {};
        QSqlQuery &q = prepared(u"UPDATE "_s + def.table() + u" SET deleted = 1, updated_at = ? WHERE id = ?"_s);
        q.bindValue(0, now);
        q.bindValue(1, change.id);
        return q.exec() ? Status{} : queryFailed(q, def.name);
    }

    QStringList names;
    QVariantList values;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const FieldDef &field = *def.field(it.key());
        const QVariant value = EntitySchema::toSql(field, it.value());
        const QVariant oldValue = old.fields.value(field.name);
        if (old.exists && !old.deleted && oldValue.isNull() == value.isNull() && oldValue == value)
            continue;
        names.append(field.name);
        values.append(value);
        applied->before.insert(field.name, old.exists ? oldValue : QVariant());
        applied->after.insert(field.name, value);
        applied->row.insert(field.name, value);
    }

    if (!old.exists) {
        for (const FieldDef &field : def.fields) {
            if (field.requiredOnCreate &&
                EntitySchema::toSql(field, change.fields.value(field.name)).toString().trimmed().isEmpty())
                return fail(QObject::tr("A new %1 needs a value for \"%2\".").arg(def.name, field.name));
        }
        QString placeholders = u"?, ?"_s;
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders += u", ?"_s;
        QSqlQuery &q = prepared(u"INSERT INTO "_s + def.table() + u" (id, updated_at"_s +
                                (names.isEmpty() ? QString() : u", "_s + names.join(u", "_s)) + u") VALUES ("_s +
                                placeholders + u')');
        q.bindValue(0, change.id);
        q.bindValue(1, now);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i + 2), values.at(i));
        return q.exec() ? Status{} : queryFailed(q, def.name);
    }

    if (names.isEmpty() && !old.deleted)
        return {}; // nothing changed: no outbox entry, no audit entry
    QString assignments;
    for (const QString &name : std::as_const(names))
        assignments += name + u" = ?, "_s;
    QSqlQuery &q =
        prepared(u"UPDATE "_s + def.table() + u" SET "_s + assignments + u"deleted = 0, updated_at = ? WHERE id = ?"_s);
    int i = 0;
    for (const QVariant &value : std::as_const(values))
        q.bindValue(i++, value);
    q.bindValue(i++, now);
    q.bindValue(i, change.id);
    return q.exec() ? Status{} : queryFailed(q, def.name);
}

Status ChangeWriter::appendOutbox(const AppliedChange &applied, qint64 baseRev, const QString &now)
{
    const EntityDef &def = *EntitySchema::find(applied.entity);
    QJsonObject fields;
    for (auto it = applied.after.cbegin(); it != applied.after.cend(); ++it)
        fields.insert(it.key(), EntitySchema::toJson(*def.field(it.key()), it.value()));
    QSqlQuery &q = prepared(u"INSERT INTO outbox (mutation_id, entity, row_id, op, base_rev, fields, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, newId());
    q.bindValue(1, applied.entity);
    q.bindValue(2, applied.id);
    q.bindValue(3, opName(applied.op));
    q.bindValue(4, baseRev);
    q.bindValue(5, QString::fromUtf8(compact(fields)));
    q.bindValue(6, now);
    return q.exec() ? Status{} : queryFailed(q, u"outbox"_s);
}

Status ChangeWriter::appendAudit(const QString &action, const AppliedChange &applied, const QString &now)
{
    const EntityDef &def = *EntitySchema::find(applied.entity);
    QJsonObject changes;
    for (auto it = applied.after.cbegin(); it != applied.after.cend(); ++it) {
        const FieldDef &field = *def.field(it.key());
        changes.insert(it.key(), QJsonObject{{u"old"_s, EntitySchema::toJson(field, applied.before.value(it.key()))},
                                             {u"new"_s, EntitySchema::toJson(field, it.value())}});
    }
    QSqlQuery &q = prepared(u"INSERT INTO audit_log (at, origin, action, entity, row_id, op, changes) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, now);
    q.bindValue(1, m_origin);
    q.bindValue(2, action);
    q.bindValue(3, applied.entity);
    q.bindValue(4, applied.id);
    q.bindValue(5, opName(applied.op));
    q.bindValue(6, QString::fromUtf8(compact(changes)));
    return q.exec() ? Status{} : queryFailed(q, u"audit log"_s);
}

Result<QList<AppliedChange>> ChangeWriter::apply(const QString &action, const ChangeList &changes)
{
    QList<const EntityDef *> defs;
    defs.reserve(changes.size());
    for (const Change &change : changes) {
        const EntityDef *def = nullptr;
        if (Status s = validate(change, &def); !s)
            return Error{s.error()};
        defs.append(def);
    }

    Transaction tx(m_db.connection());
    if (!tx.begun())
        return fail(QObject::tr("Saving failed: the database is busy or read-only (%1).").arg(tx.error()));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<AppliedChange> result;
    result.reserve(changes.size());
    const Error injected{QObject::tr("Saving failed (injected fault).")};
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        Result<OldRow> old = loadRow(*defs.at(i), change.id);
        if (!old)
            return Error{old.error()};
        AppliedChange applied;
        if (Status s = writeRow(*defs.at(i), change, *old, &applied, now); !s)
            return Error{s.error()};
        const bool changed = change.op == ChangeOp::Delete ? (old->exists && !old->deleted)
                                                           : (!old->exists || old->deleted || !applied.after.isEmpty());
        if (!changed)
            continue;
        if (injectFault(Step::Row))
            return injected;
        if (Status s = appendOutbox(applied, old->rev, now); !s)
            return Error{s.error()};
        if (injectFault(Step::Outbox))
            return injected;
        if (Status s = appendAudit(action, applied, now); !s)
            return Error{s.error()};
        if (injectFault(Step::Audit))
            return injected;
        result.append(std::move(applied));
    }
    if (Status s = tx.commit(); !s)
        return fail(QObject::tr("Saving failed: %1").arg(s.error()));
    return result;
}

} // namespace k12
