#include "LocalRowWriter.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/sqlite/SqliteStatement.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVarLengthArray>

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
    Result<QHash<QString, QHash<QString, int>>> pending = Outbox(m_db).pendingFields();
    if (!pending)
        return fail(pending.error());
    m_pending = std::move(pending).value();
    return {};
}

void LocalRowWriter::forgetPending(const QString &entity, const QString &id, const QStringList &fields)
{
    const auto row = m_pending.find(entity + u'/' + id);
    if (row == m_pending.end())
        return;
    for (const QString &field : fields) {
        const auto it = row->find(field);
        if (it != row->end() && --*it <= 0)
            row->erase(it);
    }
    if (row->isEmpty())
        m_pending.erase(row);
}

Status LocalRowWriter::write(const protocol::SyncRow &row)
{
    const EntityDef *def = EntitySchema::find(row.entity);
    if (!def)
        return {}; // a newer server's entity: nothing of ours refers to it
    if (!row.problem.isEmpty())
        return fail(QObject::tr("Cannot store a %1 from the server: %2").arg(row.entity, row.problem));
    // Fields with a local edit still waiting keep the local value (usually none).
    const QHash<QString, int> *keep = nullptr;
    if (!m_pending.isEmpty()) {
        const auto it = m_pending.constFind(row.entity + u'/' + row.id);
        if (it != m_pending.cend())
            keep = &*it;
    }

    // The columns written (bit 0: deleted, bit i + 1: field i) and their values.
    static constexpr int kMaxFields = 62;
    Q_ASSERT(def->fields.size() <= kMaxFields);
    QVarLengthArray<QVariant, 24> values;
    quint64 columns = 0;
    QStringList absent; // fields of the server's row that are not written (kept, or not sent)
    if (!keep || !keep->contains(u"deleted"_s))
        columns |= 1;
    for (int i = 0; i < def->fields.size() && i < kMaxFields; ++i) {
        const FieldDef &field = def->fields.at(i);
        if (keep && keep->contains(field.name)) {
            absent.append(field.name);
            continue;
        }
        const QJsonValue json = row.fields.value(field.name);
        QVariant value;
        if (json.isUndefined() || !EntitySchema::fromJson(field, json, &value)) {
            absent.append(field.name); // a field the server did not send or sent in a shape we do not know
            continue;
        }
        columns |= quint64(1) << (i + 1);
        values.append(EntitySchema::toSql(field, value));
    }
    const quint64 whole = (quint64(2) << def->fields.size()) - 1;
    SqliteStatement &q = columns == whole ? upsertStatement(*def, columns) : updateStatement(*def, columns);
    if (columns != whole) {
        // Part of a row: merged into the row we have. SQLite checks NOT NULL
        // before an upsert's ON CONFLICT, so a partial INSERT fails on the
        // first required column it lacks even when the row exists.
        const std::optional<qint64> localRev = this->localRev(*def, row.id);
        if (!localRev) {
            return fail(QObject::tr("Cannot store a %1 from the server: it came without %2, and this computer "
                                    "does not have the rest of it yet.")
                            .arg(row.entity, absent.join(u", "_s)));
        }
        if (*localRev > row.rev)
            return {}; // an older answer arriving late: ours is newer
    }
    int index = 0;
    q.bindText(index++, row.id);
    q.bindInt(index++, row.rev);
    q.bindText(index++, row.updatedAt);
    if (columns & 1)
        q.bindInt(index++, row.deleted ? 1 : 0);
    for (const QVariant &value : std::as_const(values))
        q.bind(index++, value);
    if (!q.exec())
        return fail(QObject::tr("Cannot store a %1 from the server: %2").arg(row.entity, q.error()));
    return {};
}

std::optional<qint64> LocalRowWriter::localRev(const EntityDef &def, const QString &id)
{
    SqliteStatement &q = prepared(u"SELECT rev FROM "_s + def.table() + u" WHERE id = ?"_s);
    q.bindText(0, id);
    std::optional<qint64> rev;
    if (q.next())
        rev = q.integer(0);
    q.reset();
    return rev;
}

QStringList LocalRowWriter::columnNames(const EntityDef &def, quint64 columns)
{
    QStringList names;
    if (columns & 1)
        names << u"deleted"_s;
    for (int i = 0; i < def.fields.size(); ++i) {
        if (columns & (quint64(1) << (i + 1)))
            names << def.fields.at(i).name;
    }
    return names;
}

SqliteStatement &LocalRowWriter::upsertStatement(const EntityDef &def, quint64 columns)
{
    // One statement per entity and column set, built once per writer (the
    // SQL text is not rebuilt and hashed for every row of a page).
    const QString key = u"upsert "_s + def.name + u' ' + QString::number(columns, 16);
    auto cached = m_statements.find(key);
    if (cached != m_statements.end())
        return *cached->second;
    const QStringList names = QStringList{u"id"_s, u"rev"_s, u"updated_at"_s} + columnNames(def, columns);
    QStringList placeholders;
    QStringList updates;
    for (const QString &name : names) {
        placeholders << u"?"_s;
        if (name != u"id"_s)
            updates << name + u" = excluded."_s + name;
    }
    // rev only ever grows: an older answer arriving late (a replayed conflict
    // answer, say) does not roll a row back.
    const QString sql = u"INSERT INTO "_s + def.table() + u" ("_s + names.join(u", "_s) + u") VALUES ("_s +
                        placeholders.join(u", "_s) + u") ON CONFLICT(id) DO UPDATE SET "_s + updates.join(u", "_s) +
                        u" WHERE excluded.rev >= "_s + def.table() + u".rev"_s;
    return *m_statements
                .emplace(key, std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), sql))
                .first->second;
}

SqliteStatement &LocalRowWriter::updateStatement(const EntityDef &def, quint64 columns)
{
    const QString key = u"update "_s + def.name + u' ' + QString::number(columns, 16);
    auto cached = m_statements.find(key);
    if (cached != m_statements.end())
        return *cached->second;
    // Bound in the same order as the upsert: id, rev, updated_at, the columns.
    QString sql = u"UPDATE "_s + def.table() + u" SET rev = ?2, updated_at = ?3"_s;
    const QStringList names = columnNames(def, columns);
    for (qsizetype i = 0; i < names.size(); ++i)
        sql += u", "_s + names.at(i) + u" = ?"_s + QString::number(i + 4);
    sql += u" WHERE id = ?1"_s;
    return *m_statements
                .emplace(key, std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), sql))
                .first->second;
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
