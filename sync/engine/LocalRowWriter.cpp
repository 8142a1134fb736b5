#include "LocalRowWriter.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/sqlite/SqliteStatement.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "models/store/WriterTally.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <sqlite3.h>

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
    if (m_counting) {
        if (def == m_scoreDef)
            return writeCountedScore(*def, row);
        // The counts so far, before a row the score triggers read (an assignment).
        if (Status s = m_tally->flush(); !s)
            return s;
    }
    bool written = false;
    return writeRow(*def, row, &written);
}

namespace {

// The columns of a server row that are written (bit 0: deleted, bit i + 1:
// field i), their SQL values in that order, and the fields left out.
struct Columns
{
    static constexpr int kMaxFields = 62;
    quint64 mask = 0;
    QVarLengthArray<QVariant, 24> values;
    QStringList absent; // fields of the server's row that are not written (kept, or not sent)

    Columns(const EntityDef &def, const protocol::SyncRow &row, const QHash<QString, int> *keep)
    {
        Q_ASSERT(def.fields.size() <= kMaxFields);
        if (!keep || !keep->contains(u"deleted"_s))
            mask |= 1;
        for (int i = 0; i < def.fields.size() && i < kMaxFields; ++i) {
            const FieldDef &field = def.fields.at(i);
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
            mask |= quint64(1) << (i + 1);
            values.append(EntitySchema::toSql(field, value));
        }
    }
    static quint64 whole(const EntityDef &def) { return (quint64(2) << def.fields.size()) - 1; }
};

} // namespace

Status LocalRowWriter::writeRow(const EntityDef &def, const protocol::SyncRow &row, bool *written)
{
    // Fields with a local edit still waiting keep the local value (usually none).
    const QHash<QString, int> *keep = nullptr;
    if (!m_pending.isEmpty()) {
        const auto it = m_pending.constFind(row.entity + u'/' + row.id);
        if (it != m_pending.cend())
            keep = &*it;
    }
    const Columns c(def, row, keep);
    const quint64 whole = Columns::whole(def);
    SqliteStatement &q = c.mask == whole ? upsertStatement(def, c.mask) : updateStatement(def, c.mask);
    if (c.mask != whole) {
        // Part of a row: merged into the row we have. SQLite checks NOT NULL
        // before an upsert's ON CONFLICT, so a partial INSERT fails on the
        // first required column it lacks even when the row exists.
        const std::optional<qint64> localRev = this->localRev(def, row.id);
        if (!localRev) {
            return fail(QObject::tr("Cannot store a %1 from the server: it came without %2, and this computer "
                                    "does not have the rest of it yet.")
                            .arg(row.entity, c.absent.join(u", "_s)));
        }
        if (*localRev > row.rev)
            return {}; // an older answer arriving late: ours is newer
    }
    int index = 0;
    q.bindText(index++, row.id);
    q.bindInt(index++, row.rev);
    q.bindText(index++, row.updatedAt);
    if (c.mask & 1)
        q.bindInt(index++, row.deleted ? 1 : 0);
    for (const QVariant &value : c.values)
        q.bind(index++, value);
    if (!q.exec())
        return fail(QObject::tr("Cannot store a %1 from the server: %2").arg(row.entity, q.error()));
    *written = true;
    return {};
}

Status LocalRowWriter::beginCountingScores()
{
    if (m_counting)
        return {};
    m_scoreDef = EntitySchema::find(u"score"_s);
    if (!m_tally)
        m_tally = std::make_unique<WriterTally>(SqliteStatement::handleOf(m_db.connection()));
    if (Status s = m_tally->begin(); !s)
        return s;
    m_counting = true;
    return {};
}

Status LocalRowWriter::endCountingScores()
{
    if (!m_counting)
        return {};
    m_counting = false;
    return m_tally->end();
}

bool LocalRowWriter::startsWithNewScore(const QList<protocol::SyncRow> &rows)
{
    const EntityDef *score = EntitySchema::find(u"score"_s);
    for (const protocol::SyncRow &row : rows) {
        if (row.entity == u"score"_s)
            return score && !localRev(*score, row.id);
    }
    return false;
}

bool LocalRowWriter::insertNewScore(const EntityDef &def, const protocol::SyncRow &row)
{
    if (!m_pending.isEmpty() && m_pending.contains(row.entity + u'/' + row.id))
        return false;
    const Columns c(def, row, nullptr);
    if (c.mask != Columns::whole(def))
        return false;
    const QString key = u"insert new "_s + def.name;
    auto cached = m_statements.find(key);
    if (cached == m_statements.end()) {
        // Any uniqueness conflict (the id, or the cell taken by another
        // score) inserts nothing: the general path then writes or refuses
        // the row as it always has.
        const QStringList names = QStringList{u"id"_s, u"rev"_s, u"updated_at"_s} + columnNames(def, c.mask);
        const QString sql = u"INSERT INTO "_s + def.table() + u" ("_s + names.join(u", "_s) + u") VALUES (?"_s +
                            u", ?"_s.repeated(names.size() - 1) + u") ON CONFLICT DO NOTHING"_s;
        cached = m_statements
                     .emplace(key, std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), sql))
                     .first;
    }
    SqliteStatement &q = *cached->second;
    int index = 0;
    q.bindText(index++, row.id);
    q.bindInt(index++, row.rev);
    q.bindText(index++, row.updatedAt);
    q.bindInt(index++, row.deleted ? 1 : 0);
    for (const QVariant &value : c.values)
        q.bind(index++, value);
    // A failure (a CHECK, say) is left to the general path, which says so in its words.
    if (!q.exec() || sqlite3_changes(SqliteStatement::handleOf(m_db.connection())) != 1)
        return false;
    m_tally->add(def, false, false, {}, row.deleted, QVariantList(c.values.cbegin(), c.values.cend()));
    return true;
}

Status LocalRowWriter::writeCountedScore(const EntityDef &def, const protocol::SyncRow &row)
{
    if (insertNewScore(def, row))
        return {};
    // A score this computer has (or one that cannot be stored): counted from
    // the row as it was and as it is after the write.
    const ScoreState before = readScore(def, row.id);
    bool written = false;
    if (Status s = writeRow(def, row, &written); !s || !written)
        return s;
    const ScoreState after = readScore(def, row.id);
    if (after.exists)
        m_tally->add(def, before.exists, before.deleted, before.fields, after.deleted, after.fields);
    return {};
}

LocalRowWriter::ScoreState LocalRowWriter::readScore(const EntityDef &def, const QString &id)
{
    SqliteStatement &q = prepared(u"SELECT deleted, "_s + def.fieldNames().join(u", "_s) + u" FROM "_s + def.table() +
                                  u" WHERE id = ?"_s);
    q.bindText(0, id);
    ScoreState state;
    if (q.next()) {
        state.exists = true;
        state.deleted = q.integer(0) != 0;
        state.fields.reserve(def.fields.size());
        for (int i = 0; i < def.fields.size(); ++i)
            state.fields.append(q.value(i + 1));
    }
    q.reset();
    return state;
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
