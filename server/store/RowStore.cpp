#include "RowStore.h"

#include "ServerDatabase.h"
#include "ServerSchema.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// IN lists are padded up to one of these sizes (repeating the last key), so a
// handful of statement shapes serve every batch.
constexpr int kInSizes[] = {1, 8, 64, 512};
// Multi-row upserts are split into chunks of these sizes.
constexpr int kWriteSizes[] = {128, 16, 1};

QVariant canonical(const FieldDef &field, const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return EntitySchema::toSql(field, QVariant());
    return EntitySchema::toSql(field, q.value(column));
}

} // namespace

QString RowStore::columnList(const EntityDef &def)
{
    QStringList columns{u"\"id\""_s, u"\"rev\""_s, u"\"deleted\""_s, u"\"updated_at\""_s};
    for (const FieldDef &field : def.fields)
        columns.append(ServerDatabase::quoted(field.name));
    const QString teacher = ServerSchema::teacherColumn(def);
    columns.append(teacher.isEmpty() ? u"NULL"_s : ServerDatabase::quoted(teacher));
    columns.append(u"\"field_meta\""_s);
    return columns.join(u", "_s);
}

StoredRow RowStore::readRow(const EntityDef &def, const QSqlQuery &q)
{
    StoredRow row;
    row.def = &def;
    row.exists = true;
    row.id = q.value(0).toString();
    row.rev = q.value(1).toLongLong();
    row.deleted = q.value(2).toLongLong() != 0;
    row.updatedAt = q.value(3).toString();
    const int n = int(def.fields.size());
    row.values.reserve(n);
    for (int i = 0; i < n; ++i)
        row.values.append(canonical(def.fields.at(i), q, 4 + i));
    row.teacherId = q.isNull(4 + n) ? QString() : q.value(4 + n).toString();
    row.setStampsJson(q.value(5 + n).toString());
    return row;
}

Status RowStore::selectIn(const QString &sql, const QVariantList &leading, const QStringList &keys,
                          const std::function<void(QSqlQuery &)> &onRow, const QString &what)
{
    qsizetype offset = 0;
    while (offset < keys.size()) {
        const qsizetype remaining = keys.size() - offset;
        int size = kInSizes[std::size(kInSizes) - 1];
        for (int candidate : kInSizes) {
            if (candidate >= remaining) {
                size = candidate;
                break;
            }
        }
        const qsizetype take = std::min<qsizetype>(size, remaining);
        QSqlQuery *q = m_db.prepared(sql.arg(ServerDatabase::placeholders(size)));
        int p = 0;
        for (const QVariant &v : leading)
            q->bindValue(p++, v);
        for (int i = 0; i < size; ++i)
            q->bindValue(p++, keys.at(offset + std::min<qsizetype>(i, take - 1)));
        if (Status s = m_db.run(q, what); !s)
            return s;
        while (q->next())
            onRow(*q);
        q->finish();
        offset += take;
    }
    return {};
}

Status RowStore::load(const EntityDef &def, const QStringList &ids, QHash<QString, StoredRow> *rows)
{
    if (ids.isEmpty())
        return {};
    const QString sql = u"SELECT "_s + columnList(def) + u" FROM "_s + def.table() + u" WHERE \"id\" IN (%1)"_s;
    return selectIn(
        sql, {}, ids,
        [&](QSqlQuery &q) {
            StoredRow row = readRow(def, q);
            rows->insert(row.id, std::move(row));
        },
        u"reading %1 rows"_s.arg(def.name));
}

Status RowStore::save(const EntityDef &def, const QList<const StoredRow *> &rows)
{
    const QString teacher = ServerSchema::teacherColumn(def);
    QStringList columns{u"\"id\""_s, u"\"rev\""_s, u"\"deleted\""_s, u"\"updated_at\""_s};
    for (const FieldDef &field : def.fields)
        columns.append(ServerDatabase::quoted(field.name));
    if (!teacher.isEmpty())
        columns.append(ServerDatabase::quoted(teacher));
    columns.append(u"\"field_meta\""_s);
    QStringList updates;
    for (qsizetype i = 1; i < columns.size(); ++i)
        updates.append(columns.at(i) + u" = excluded."_s + columns.at(i));
    const QString rowPlaceholders = u'(' + ServerDatabase::placeholders(int(columns.size())) + u')';

    qsizetype offset = 0;
    while (offset < rows.size()) {
        const qsizetype remaining = rows.size() - offset;
        int size = 1;
        for (int candidate : kWriteSizes) {
            if (candidate <= remaining) {
                size = candidate;
                break;
            }
        }
        QStringList valueRows;
        for (int i = 0; i < size; ++i)
            valueRows.append(rowPlaceholders);
        QSqlQuery *q =
            m_db.prepared(u"INSERT INTO "_s + def.table() + u" ("_s + columns.join(u", "_s) + u") VALUES "_s +
                          valueRows.join(u", "_s) + u" ON CONFLICT (\"id\") DO UPDATE SET "_s + updates.join(u", "_s));
        int p = 0;
        for (int i = 0; i < size; ++i) {
            const StoredRow &row = *rows.at(offset + i);
            q->bindValue(p++, row.id);
            q->bindValue(p++, row.rev);
            q->bindValue(p++, row.deleted ? 1 : 0);
            q->bindValue(p++, row.updatedAt);
            for (qsizetype f = 0; f < def.fields.size(); ++f)
                q->bindValue(p++, EntitySchema::toSql(def.fields.at(f), row.values.at(f)));
            if (!teacher.isEmpty())
                q->bindValue(p++, row.teacherId.isEmpty() ? QVariant() : QVariant(row.teacherId));
            q->bindValue(p++, QString::fromUtf8(row.stampsJson()));
        }
        if (Status s = m_db.run(q, u"writing %1 rows"_s.arg(def.name)); !s)
            return s;
        q->finish();
        offset += size;
    }
    return {};
}

Status RowStore::insertMany(const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                            const QString &what)
{
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns.append(ServerDatabase::quoted(c));
    const QString rowPlaceholders = u'(' + ServerDatabase::placeholders(int(columns.size())) + u')';
    qsizetype offset = 0;
    while (offset < rows.size()) {
        const qsizetype remaining = rows.size() - offset;
        int size = 1;
        for (int candidate : kWriteSizes) {
            if (candidate <= remaining) {
                size = candidate;
                break;
            }
        }
        QStringList valueRows;
        for (int i = 0; i < size; ++i)
            valueRows.append(rowPlaceholders);
        QSqlQuery *q = m_db.prepared(u"INSERT INTO "_s + ServerDatabase::quoted(table) + u" ("_s +
                                     quotedColumns.join(u", "_s) + u") VALUES "_s + valueRows.join(u", "_s));
        int p = 0;
        for (int i = 0; i < size; ++i) {
            for (const QVariant &v : rows.at(offset + i))
                q->bindValue(p++, v);
        }
        if (Status s = m_db.run(q, what); !s)
            return s;
        q->finish();
        offset += size;
    }
    return {};
}

} // namespace k12
