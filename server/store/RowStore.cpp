#include "RowStore.h"

#include "Database.h"
#include "Schema.h"
#include "kernel/protocol/JsonWriter.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

#include <cmath>
#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// The keys of an IN list, as the one JSON array parameter keysPredicate() unpacks.
QByteArray keysJson(const QStringList &keys)
{
    QByteArray json;
    json.reserve(keys.size() * 40 + 2);
    protocol::JsonWriter w(&json);
    w.beginArray();
    for (const QString &key : keys)
        w.string(key);
    w.endArray();
    return json;
}

// The columns of one result row of SQLite's own API, read as QSqlQuery would.
class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QVariant value(int column) const
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return qint64(sqlite3_column_int64(m_statement, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_statement, column);
        case SQLITE_NULL:
            return {};
        default:
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                     sqlite3_column_bytes(m_statement, column));
        }
    }

private:
    sqlite3_stmt *m_statement;
};

// The columns of one result row of libpq, typed as QPSQL types them (by the
// column's type: BIGINT/INTEGER, DOUBLE PRECISION, text), without Qt's
// QVariant copy of every value of the result.
class PgRow
{
public:
    PgRow(const PGresult *result, int row)
        : m_result(result)
        , m_row(row)
    {}
    bool isNull(int column) const { return PQgetisnull(m_result, m_row, column) != 0; }
    QVariant value(int column) const
    {
        if (isNull(column))
            return {};
        const QByteArrayView text(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
        switch (PQftype(m_result, column)) {
        case 20: // int8
        case 21: // int2
        case 23: // int4
            return text.toLongLong();
        case 700: // float4
        case 701: // float8
            return text.toDouble();
        default:
            return QString::fromUtf8(text);
        }
    }

private:
    const PGresult *m_result;
    int m_row;
};

template<typename Row> QVariant canonical(const FieldDef &field, const Row &q, int column)
{
    if (q.isNull(column))
        return EntitySchema::toSql(field, QVariant());
    return EntitySchema::toSql(field, q.value(column));
}

// A row from columns in the order of RowStore::columnList(def), from column 0.
template<typename Row> StoredRow readStoredRow(const EntityDef &def, const Row &q)
{
    StoredRow row;
    row.def = &def;
    row.exists = true;
    row.stored = true;
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

RowStore::ColumnType columnType(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Bool:
        return RowStore::ColumnType::Integer;
    case FieldType::Real:
        return RowStore::ColumnType::Real;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Json:
        break;
    }
    return RowStore::ColumnType::Text;
}

// The text a QVariant holds, without a copy: UTF-8 bytes or a QString.
const QByteArray *asUtf8(const QVariant &v)
{
    return v.typeId() == QMetaType::QByteArray ? static_cast<const QByteArray *>(v.constData()) : nullptr;
}
const QString *asString(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? static_cast<const QString *>(v.constData()) : nullptr;
}

// One SQL value as JSON, by the column's type.
void writeSqlValue(protocol::JsonWriter &w, RowStore::ColumnType type, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        w.null();
        return;
    }
    switch (type) {
    case RowStore::ColumnType::Integer:
        w.integer(v.toLongLong());
        return;
    case RowStore::ColumnType::Real:
        w.number(v.toDouble());
        return;
    case RowStore::ColumnType::Text:
        if (const QByteArray *utf8 = asUtf8(v))
            w.string(QString::fromUtf8(*utf8));
        else if (const QString *string = asString(v))
            w.string(*string);
        else
            w.string(v.toString());
        return;
    }
}

// Qt's own PostgreSQL connection, for statements whose parameter is large.
// QPSQL runs a prepared statement as `EXECUTE name ('<every value as an SQL
// literal>')`: a push's 300 kB of JSON is escaped by Qt, then lexed character
// by character by PostgreSQL's SQL scanner (a tenth of the database's time
// for a push, a fifth of the server's). libpq sends it as a parameter
// instead, on the same connection and so in the same transaction.
PGconn *pgConnection(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt names the type by its struct ("pg_conn*"; PGconn is a typedef).
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

// Qt's connection when it is inside a transaction (a push's), else null.
// Qt reads a finished forward-only query's end lazily (before its next
// statement): that end is read here instead.
PGconn *pgInTransaction(Database &db)
{
    PGconn *connection = pgConnection(db);
    if (connection && PQtransactionStatus(connection) == PQTRANS_ACTIVE) {
        while (PGresult *pending = PQgetResult(connection))
            PQclear(pending);
    }
    return connection && PQtransactionStatus(connection) == PQTRANS_INTRANS ? connection : nullptr;
}

QString quotedNames(const QList<RowStore::Column> &columns);

// COPY's text format (one line a row, values tab-separated): \\N for NULL;
// backslash, tab, newline and carriage return escaped, every other byte as it is.
void appendCopyText(QByteArray &out, const char *data, qsizetype size)
{
    const char *run = data;
    const char *end = data + size;
    for (const char *p = data; p != end; ++p) {
        char escaped;
        switch (*p) {
        case '\\':
            escaped = '\\';
            break;
        case '\t':
            escaped = 't';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\r':
            escaped = 'r';
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out.append('\\');
        out.append(escaped);
        run = p + 1;
    }
    out.append(run, end - run);
}

// One SQL value in COPY's text format; numbers as the JSON path writes them.
void appendCopyValue(QByteArray &out, RowStore::ColumnType type, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        out.append("\\N", 2);
        return;
    }
    switch (type) {
    case RowStore::ColumnType::Integer:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case RowStore::ColumnType::Real: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            out.append("\\N", 2); // as JSON's null
        else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case RowStore::ColumnType::Text:
        if (const QByteArray *utf8 = asUtf8(v)) {
            appendCopyText(out, utf8->constData(), utf8->size());
        } else {
            const QString *string = asString(v);
            const QByteArray text = string ? string->toUtf8() : v.toString().toUtf8();
            appendCopyText(out, text.constData(), text.size());
        }
        return;
    }
}

// Plain inserts on PostgreSQL: COPY ... FROM STDIN on Qt's connection (same
// transaction). The backend reads tab-separated text straight into the
// table's types (no jsonb to parse and take apart per value), and the text
// needs far less escaping than JSON. COPY fires the tables' statement
// triggers (the foreign-key checks of schema 5) as an INSERT does.
Status copyRows(PGconn *connection, const QString &table, const QList<RowStore::Column> &columns,
                const QList<QVariantList> &rows, const QString &what)
{
    QByteArray data;
    data.reserve(rows.size() * columns.size() * 24);
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                data.append('\t');
            appendCopyValue(data, columns.at(i).type, row.at(i));
        }
        data.append('\n');
    }
    const QByteArray sql = (u"COPY "_s + table + u" ("_s + quotedNames(columns) + u") FROM STDIN"_s).toUtf8();
    PGresult *start = PQexec(connection, sql.constData());
    const bool started = PQresultStatus(start) == PGRES_COPY_IN;
    QString error = started ? QString() : QString::fromUtf8(PQresultErrorMessage(start)).trimmed();
    PQclear(start);
    if (started) {
        if (PQputCopyData(connection, data.constData(), int(data.size())) != 1 ||
            PQputCopyEnd(connection, nullptr) != 1)
            error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        // The COPY's own result, then the end of the command.
        while (PGresult *result = PQgetResult(connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
                error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
    }
    if (!error.isEmpty() || !started)
        return fail(u"%1: %2"_s.arg(what, error.isEmpty() ? u"COPY did not start"_s : error));
    return {};
}

QList<RowStore::Column> entityColumns(const EntityDef &def)
{
    QList<RowStore::Column> columns{{u"id"_s, RowStore::ColumnType::Text},
                                    {u"rev"_s, RowStore::ColumnType::Integer},
                                    {u"deleted"_s, RowStore::ColumnType::Integer},
                                    {u"updated_at"_s, RowStore::ColumnType::Text}};
    for (const FieldDef &field : def.fields)
        columns.append({field.name, columnType(field)});
    const QString teacher = Schema::teacherColumn(def);
    if (!teacher.isEmpty())
        columns.append({teacher, RowStore::ColumnType::Text});
    columns.append({u"field_meta"_s, RowStore::ColumnType::Text});
    return columns;
}

QString quotedNames(const QList<RowStore::Column> &columns)
{
    QStringList names;
    for (const RowStore::Column &c : columns)
        names.append(Database::quoted(c.name));
    return names.join(u", "_s);
}

} // namespace

Status RowStore::writeRows(const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows,
                           const QString &suffix, const QString &what)
{
    if (rows.isEmpty())
        return {};
    const QString head = u"INSERT INTO "_s + table + u" ("_s + quotedNames(columns) + u") "_s;
    if (m_db.dialect() == SqlDialect::SQLite) {
        QString error;
        sqlite3_stmt *statement = m_db.sqliteStatement(
            head + u"VALUES ("_s + Database::placeholders(int(columns.size())) + u") "_s + suffix, &error);
        if (!statement)
            return fail(u"%1: %2"_s.arg(what, error));
        for (const QVariantList &row : rows) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant &v = row.at(i);
                if (v.isNull() || !v.isValid()) {
                    sqlite3_bind_null(statement, i + 1);
                    continue;
                }
                switch (columns.at(i).type) {
                case ColumnType::Integer:
                    sqlite3_bind_int64(statement, i + 1, v.toLongLong());
                    break;
                case ColumnType::Real:
                    sqlite3_bind_double(statement, i + 1, v.toDouble());
                    break;
                case ColumnType::Text: {
                    // UTF-8, the database's encoding: Qt converts faster than
                    // SQLite would. Text that is UTF-8 already (JSON the push
                    // wrote: changes, answers, field stamps) goes as it is.
                    if (const QByteArray *utf8 = asUtf8(v)) {
                        sqlite3_bind_text(statement, i + 1, utf8->constData(), int(utf8->size()), SQLITE_TRANSIENT);
                        break;
                    }
                    const QString *string = asString(v);
                    const QByteArray text = string ? string->toUtf8() : v.toString().toUtf8();
                    sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                    break;
                }
                }
            }
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE)
                return fail(u"%1: %2"_s.arg(what, m_db.sqliteError()));
        }
        return {};
    }
    // Inside the push's transaction only; otherwise Qt's way, which is
    // correct, only slower.
    PGconn *connection = pgInTransaction(m_db);
    if (connection && suffix.isEmpty())
        return copyRows(connection, table, columns, rows, what);
    // Otherwise (an upsert, or outside a transaction): one statement, one
    // round trip; jsonb is parsed once.
    QByteArray json;
    protocol::JsonWriter w(&json);
    w.beginArray();
    for (const QVariantList &row : rows) {
        w.beginArray();
        for (qsizetype i = 0; i < columns.size(); ++i)
            writeSqlValue(w, columns.at(i).type, row.at(i));
        w.endArray();
    }
    w.endArray();
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString text = u"x->>"_s + QString::number(i);
        switch (columns.at(i).type) {
        case ColumnType::Integer:
            values.append(u"CAST("_s + text + u" AS BIGINT)"_s);
            break;
        case ColumnType::Real:
            values.append(u"CAST("_s + text + u" AS DOUBLE PRECISION)"_s);
            break;
        case ColumnType::Text:
            values.append(text);
            break;
        }
    }
    const QString select =
        head + u"SELECT "_s + values.join(u", "_s) + u" FROM jsonb_array_elements(CAST(%1 AS jsonb)) AS x "_s + suffix;
    if (connection) {
        const QByteArray sql = select.arg(u"$1"_s).toUtf8();
        const char *parameters[] = {json.constData()};
        PGresult *result = PQexecParams(connection, sql.constData(), 1, nullptr, parameters, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok)
            return fail(u"%1: %2"_s.arg(what, error));
        return {};
    }
    QSqlQuery *q = m_db.prepared(select.arg(u"?"_s));
    q->bindValue(0, QString::fromUtf8(json));
    if (Status s = m_db.run(q, what); !s)
        return s;
    q->finish();
    return {};
}

QString RowStore::keysPredicate() const
{
    // PostgreSQL: "= ANY(array)" lets the planner probe an index once per key
    // (an IN over a set-returning function can make it scan every row of the
    // teacher instead, which grows with the database).
    return m_db.dialect() == SqlDialect::SQLite ? u"IN (SELECT value FROM json_each(?))"_s
                                                : u"= ANY(ARRAY(SELECT json_array_elements_text(CAST(? AS json))))"_s;
}

QString RowStore::columnList(const EntityDef &def)
{
    QStringList columns{u"\"id\""_s, u"\"rev\""_s, u"\"deleted\""_s, u"\"updated_at\""_s};
    for (const FieldDef &field : def.fields)
        columns.append(Database::quoted(field.name));
    const QString teacher = Schema::teacherColumn(def);
    columns.append(teacher.isEmpty() ? u"NULL"_s : Database::quoted(teacher));
    columns.append(u"\"field_meta\""_s);
    return columns.join(u", "_s);
}

StoredRow RowStore::readRow(const EntityDef &def, const QSqlQuery &q)
{
    return readStoredRow(def, q);
}

Status RowStore::selectIn(const QString &sql, const QVariantList &leading, const QStringList &keys,
                          const std::function<void(QSqlQuery &)> &onRow, const QString &what)
{
    if (keys.isEmpty())
        return {};
    const QByteArray json = keysJson(keys);
    QSqlQuery *q = m_db.prepared(sql.arg(keysPredicate()));
    int p = 0;
    for (const QVariant &v : leading)
        q->bindValue(p++, v);
    q->bindValue(p, QString::fromUtf8(json));
    if (Status s = m_db.run(q, what); !s)
        return s;
    while (q->next())
        onRow(*q);
    q->finish();
    return {};
}

Status RowStore::load(const EntityDef &def, const QStringList &ids, QHash<QString, StoredRow> *rows)
{
    if (ids.isEmpty())
        return {};
    const QString sql = u"SELECT "_s + columnList(def) + u" FROM "_s + def.table() + u" WHERE \"id\" %1"_s;
    if (m_db.dialect() == SqlDialect::SQLite) {
        // Every push reads its rows back: straight from SQLite, without
        // QSqlQuery's cached QVariant copy of every value.
        QString error;
        sqlite3_stmt *statement = m_db.sqliteStatement(sql.arg(keysPredicate()), &error);
        if (!statement)
            return fail(u"reading %1 rows: %2"_s.arg(def.name, error));
        const QByteArray json = keysJson(ids);
        sqlite3_bind_text(statement, 1, json.constData(), int(json.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            StoredRow row = readStoredRow(def, SqliteRow(statement));
            rows->insert(row.id, std::move(row));
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (rc != SQLITE_DONE)
            return fail(u"reading %1 rows: %2"_s.arg(def.name, m_db.sqliteError()));
        return {};
    }
    if (PGconn *connection = pgInTransaction(m_db)) {
        // A push's reads: the keys as a real parameter (not an SQL literal
        // Qt escapes and PostgreSQL lexes) and the rows straight from libpq.
        const QByteArray text = sql.arg(keysPredicate().replace(u'?', u"$1"_s)).toUtf8();
        const QByteArray json = keysJson(ids);
        const char *parameters[] = {json.constData()};
        PGresult *result = PQexecParams(connection, text.constData(), 1, nullptr, parameters, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        if (ok) {
            const int n = PQntuples(result);
            rows->reserve(rows->size() + n);
            for (int i = 0; i < n; ++i) {
                StoredRow row = readStoredRow(def, PgRow(result, i));
                rows->insert(row.id, std::move(row));
            }
        }
        const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok)
            return fail(u"reading %1 rows: %2"_s.arg(def.name, error));
        return {};
    }
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
    if (rows.isEmpty())
        return {};
    const QList<Column> columns = entityColumns(def);
    QStringList updates;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const QString name = Database::quoted(columns.at(i).name);
        updates.append(name + u" = excluded."_s + name);
    }
    const bool hasTeacher = !Schema::teacherColumn(def).isEmpty();
    // New rows are plain inserts (cheaper than an upsert); known rows are upserted.
    QList<QVariantList> created;
    QList<QVariantList> updated;
    for (const StoredRow *row : rows) {
        QList<QVariantList> &data = row->stored ? updated : created;
        QVariantList values;
        values.reserve(columns.size());
        values << row->id << row->rev << (row->deleted ? 1 : 0) << row->updatedAt;
        // The values are in SQL form already (PushProcessor and readRow keep them so).
        values += row->values;
        if (hasTeacher)
            values << (row->teacherId.isEmpty() ? QVariant() : QVariant(row->teacherId));
        values << QVariant(row->stampsJson());
        data.append(std::move(values));
    }
    if (Status s = writeRows(def.table(), columns, created, {}, u"writing new %1 rows"_s.arg(def.name)); !s)
        return s;
    return writeRows(def.table(), columns, updated, u"ON CONFLICT (\"id\") DO UPDATE SET "_s + updates.join(u", "_s),
                     u"writing %1 rows"_s.arg(def.name));
}

Status RowStore::insertMany(const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows,
                            const QString &what)
{
    return writeRows(Database::quoted(table), columns, rows, {}, what);
}

} // namespace k12::server
