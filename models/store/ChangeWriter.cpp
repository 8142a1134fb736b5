#include "ChangeWriter.h"
#include "ArchiveGuard.h"
#include "WriterTally.h"
#include "kernel/domain/Clock.h"

#include "Database.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "kernel/domain/JsonWriter.h"
#include "kernel/sqlite/DbLog.h"
#include "kernel/sqlite/SqliteStatement.h"

#include <QDateTime>
#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Rows looked up per SELECT when a batch is large (well under SQLite's 32,766 parameters).
constexpr qsizetype kPrefetchChunk = 400;
constexpr qsizetype kPrefetchFrom = 16;

QString opName(ChangeOp op)
{
    return op == ChangeOp::Delete ? u"delete"_s : u"upsert"_s;
}

Status statementFailed(const SqliteStatement &q, const QString &what)
{
    return fail(QObject::tr("Saving failed (%1): %2").arg(what, q.error()));
}

// Column order of readRow().
QString selectColumns(const EntityDef &def)
{
    return u"SELECT rowid, rev, deleted, id, "_s + def.fieldNames().join(u", "_s) + u" FROM "_s + def.table();
}

} // namespace

ChangeWriter::ChangeWriter(Database &db, QString origin)
    : m_db(db)
    , m_outbox(db)
    , m_origin(std::move(origin))
{}

ChangeWriter::~ChangeWriter() = default;

template<typename MakeSql> SqliteStatement &ChangeWriter::statement(const StatementKey &key, MakeSql makeSql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), makeSql());
        if (!prepared->isValid())
            qCWarning(lcDb) << "prepare failed:" << prepared->error();
        it = m_statements.emplace(key, std::move(prepared)).first;
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

ChangeWriter::OldRow ChangeWriter::readRow(const EntityDef &def, const SqliteStatement &q)
{
    OldRow row;
    row.exists = true;
    row.rowid = q.integer(0);
    row.rev = q.integer(1);
    row.deleted = q.integer(2) != 0;
    row.fields.reserve(def.fields.size());
    for (int f = 0; f < def.fields.size(); ++f)
        row.fields.append(q.value(f + 4));
    return row;
}

// Reads the current state of every row a large batch touches with a few
// SELECT ... IN (...) instead of one SELECT per row.
Status ChangeWriter::prefetch(const QList<const EntityDef *> &defs, const ChangeList &changes, RowCache *cache)
{
    QHash<const EntityDef *, QStringList> idsByEntity;
    for (qsizetype i = 0; i < changes.size(); ++i)
        idsByEntity[defs.at(i)].append(changes.at(i).id);
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const EntityDef &def = *it.key();
        const QStringList &ids = it.value();
        QHash<RowKey, OldRow> &rows = (*cache)[&def];
        rows.reserve(rows.size() + ids.size());
        // Ids the SELECT does not find are new rows: remember that, so loadRow does not ask again.
        for (const QString &id : ids)
            rows.emplace(RowKey{id});
        for (qsizetype from = 0; from < ids.size(); from += kPrefetchChunk) {
            const qsizetype n = std::min(kPrefetchChunk, ids.size() - from);
            QString placeholders = u"?"_s;
            for (qsizetype k = 1; k < n; ++k)
                placeholders += u",?"_s;
            SqliteStatement &q = statement({&def, StatementKind::SelectIn, quint64(n)}, [&]() -> QString {
                return selectColumns(def) + u" WHERE id IN ("_s + placeholders + u')';
            });
            for (qsizetype k = 0; k < n; ++k)
                q.bindText(int(k), ids.at(from + k));
            while (q.next())
                rows[RowKey{q.text(3)}] = readRow(def, q);
            if (!q.error().isEmpty())
                return statementFailed(q, def.name);
            q.reset();
        }
    }
    return {};
}

// The row as this transaction has left it so far, read from the database the
// first time; the entry stays valid until the next row is looked up.
Result<ChangeWriter::OldRow *> ChangeWriter::loadRow(const EntityDef &def, const QString &id, RowCache *cache)
{
    QHash<RowKey, OldRow> &rows = (*cache)[&def];
    if (const auto it = rows.find(RowKey{id}); it != rows.end())
        return &*it;
    SqliteStatement &q = statement({&def, StatementKind::SelectOne, 0},
                                   [&]() -> QString { return selectColumns(def) + u" WHERE id = ?"_s; });
    q.bindText(0, id);
    OldRow row;
    if (q.next())
        row = readRow(def, q);
    else if (!q.error().isEmpty())
        return Error{statementFailed(q, def.name).error()};
    q.reset();
    return &*rows.insert(RowKey{id}, std::move(row));
}

Status ChangeWriter::writeRow(const EntityDef &def, const Change &change, const OldRow &old, AppliedChange *applied,
                              QVariantList *after, qint64 *rowid, const QString &now)
{
    applied->entity = change.entity;
    applied->id = change.id;
    applied->op = change.op;
    applied->created = !old.exists;
    applied->wasDeleted = old.deleted;
    *after = old.fields;
    if (after->isEmpty())
        after->resize(def.fields.size());
    auto fillRefs = [&] {
        for (int i = 0; i < def.fields.size(); ++i) {
            if (!def.fields.at(i).references.isEmpty())
                applied->refs.insert(def.fields.at(i).name, after->at(i));
        }
    };

    if (change.op == ChangeOp::Delete) {
        fillRefs();
        if (!old.exists || old.deleted)
            return {};
        SqliteStatement &q = statement({&def, StatementKind::Delete, 0}, [&]() -> QString {
            return u"UPDATE "_s + def.table() + u" SET deleted = 1, updated_at = ? WHERE rowid = ?"_s;
        });
        q.bindText(0, now);
        q.bindInt(1, old.rowid);
        return q.exec() ? Status{} : statementFailed(q, def.name);
    }

    // The fields this change writes, in the order of change.fields (sorted by name).
    QVarLengthArray<int, 16> written;
    quint64 shape = 0;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const int index = def.fieldIndex(it.key());
        const FieldDef &field = def.fields.at(index);
        const QVariant value = EntitySchema::toSql(field, it.value());
        const QVariant oldValue = old.exists ? old.fields.at(index) : QVariant();
        if (old.exists && !old.deleted && oldValue.isNull() == value.isNull() && oldValue == value)
            continue;
        written.append(index);
        shape |= quint64(1) << index;
        if (old.exists) // a new row has no "before": undo deletes it, the audit says null
            applied->before.insert(field.name, oldValue);
        applied->after.insert(field.name, value);
        (*after)[index] = value;
    }
    fillRefs();
    const auto writtenNames = [&] {
        QStringList names;
        for (int index : written)
            names.append(def.fields.at(index).name);
        return names;
    };

    if (!old.exists) {
        for (int i = 0; i < def.fields.size(); ++i) {
            if (def.fields.at(i).requiredOnCreate && after->at(i).toString().trimmed().isEmpty())
                return fail(QObject::tr("A new %1 needs a value for \"%2\".").arg(def.name, def.fields.at(i).name));
        }
        SqliteStatement &q = statement({&def, StatementKind::Insert, shape}, [&]() -> QString {
            const QStringList names = writtenNames();
            QString placeholders = u"?, ?"_s;
            for (qsizetype i = 0; i < names.size(); ++i)
                placeholders += u", ?"_s;
            return u"INSERT INTO "_s + def.table() + u" (id, updated_at"_s +
                   (names.isEmpty() ? QString() : u", "_s + names.join(u", "_s)) + u") VALUES ("_s + placeholders +
                   u')';
        });
        q.bindText(0, change.id);
        q.bindText(1, now);
        int parameter = 2;
        for (int index : written)
            q.bind(parameter++, after->at(index));
        if (!q.exec())
            return statementFailed(q, def.name);
        *rowid = q.lastInsertRowId();
        return {};
    }

    if (written.isEmpty() && !old.deleted)
        return {}; // nothing changed: no outbox entry, no audit entry
    // "deleted = 0" only when the row comes back: a trigger that watches
    // deleted (the search index's) is then left out of every grade edit.
    constexpr quint64 kRevives = quint64(1) << 63;
    SqliteStatement &q =
        statement({&def, StatementKind::Update, shape | (old.deleted ? kRevives : 0)}, [&]() -> QString {
            QString assignments;
            for (const QString &name : writtenNames())
                assignments += name + u" = ?, "_s;
            return u"UPDATE "_s + def.table() + u" SET "_s + assignments +
                   (old.deleted ? u"deleted = 0, "_s : QString()) + u"updated_at = ? WHERE rowid = ?"_s;
        });
    int parameter = 0;
    for (int index : written)
        q.bind(parameter++, after->at(index));
    q.bindText(parameter++, now);
    q.bindInt(parameter, old.rowid);
    return q.exec() ? Status{} : statementFailed(q, def.name);
}

// One element of the operation's audit entry: [entity, row_id, op, {field: {old, new}}],
// the same values the per-row audit_log table held (the view of migration 8 reads them).
void ChangeWriter::appendAuditEntry(JsonWriter &json, const AppliedChange &applied)
{
    const EntityDef &def = *EntitySchema::find(applied.entity);
    json.beginArray();
    json.string(applied.entity);
    json.string(applied.id);
    json.string(opName(applied.op));
    json.beginObject();
    for (auto it = applied.after.cbegin(); it != applied.after.cend(); ++it) {
        const FieldDef &field = *def.field(it.key());
        json.key(it.key());
        json.beginObject();
        json.key("old");
        EntitySchema::writeJson(json, field, applied.before.value(it.key()));
        json.key("new");
        EntitySchema::writeJson(json, field, it.value());
        json.endObject();
    }
    json.endObject();
    json.endArray();
}

// The whole operation's audit trail as one row (migration 8): a bulk set or an
// import of 200,000 cells costs one insert here instead of one per cell.
Status ChangeWriter::writeAudit(const QString &action, const QByteArray &entries, const QString &now)
{
    SqliteStatement &q = statement({nullptr, StatementKind::Audit, 0}, []() -> QString {
        return u"INSERT INTO audit_op (at, origin, action, entries) VALUES (?, ?, ?, ?)"_s;
    });
    q.bindText(0, now);
    q.bindText(1, m_origin);
    q.bindText(2, action);
    q.bindUtf8(3, entries);
    return q.exec() ? Status{} : statementFailed(q, u"audit log"_s);
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

    if (!m_archiveGuard) {
        m_archiveGuard = std::make_unique<ArchiveGuard>(SqliteStatement::handleOf(m_db.connection()));
        m_tally = std::make_unique<WriterTally>(SqliteStatement::handleOf(m_db.connection()));
    }
    m_archiveGuard->reset();
    if (Status s = m_tally->begin(); !s)
        return Error{s.error()};
    const EntityDef *scoreDef = EntitySchema::find(u"score"_s);
    RowCache cache;
    if (changes.size() >= kPrefetchFrom) {
        if (Status s = prefetch(defs, changes, &cache); !s)
            return Error{s.error()};
    }
    const QString now = Clock::nowIso();
    QList<AppliedChange> result;
    result.reserve(changes.size());
    QByteArray auditEntries;
    auditEntries.reserve(16 + 96 * changes.size());
    JsonWriter auditJson(&auditEntries);
    auditJson.beginArray();
    const Error injected{QObject::tr("Saving failed (injected fault).")};
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        Result<OldRow *> found = loadRow(*defs.at(i), change.id, &cache);
        if (!found)
            return Error{found.error()};
        OldRow &old = **found;
        if (Status s = m_archiveGuard->check(*defs.at(i), change, old.deleted ? QVariantList() : old.fields); !s)
            return Error{s.error()};
        const bool isScore = defs.at(i) == scoreDef;
        if (!isScore) { // the score counts so far, before a row the score triggers read (an assignment)
            if (Status s = m_tally->flush(); !s)
                return Error{s.error()};
        }
        AppliedChange applied;
        QVariantList after;
        qint64 rowid = old.rowid;
        if (Status s = writeRow(*defs.at(i), change, old, &applied, &after, &rowid, now); !s)
            return Error{s.error()};
        const bool changed = change.op == ChangeOp::Delete ? (old.exists && !old.deleted)
                                                           : (!old.exists || old.deleted || !applied.after.isEmpty());
        if (!changed)
            continue;
        if (isScore)
            m_tally->add(*scoreDef, old.exists, old.deleted, old.fields, change.op == ChangeOp::Delete, after);
        // A later change of the same row in this batch must see this one.
        old = OldRow{true, change.op == ChangeOp::Delete, old.rev, rowid, std::move(after)};
        if (injectFault(Step::Row))
            return injected;
        if (Status s = m_outbox.append(applied, old.rev, now); !s)
            return Error{s.error()};
        if (injectFault(Step::Outbox))
            return injected;
        appendAuditEntry(auditJson, applied);
        if (injectFault(Step::Audit))
            return injected;
        result.append(std::move(applied));
    }
    if (Status s = m_tally->end(); !s)
        return Error{s.error()};
    if (!result.isEmpty()) {
        auditJson.endArray();
        if (Status s = writeAudit(action, auditEntries, now); !s)
            return Error{s.error()};
        if (injectFault(Step::Audit))
            return injected;
    }
    if (Status s = tx.commit(); !s)
        return fail(QObject::tr("Saving failed: %1").arg(s.error()));
    return result;
}

} // namespace k12
