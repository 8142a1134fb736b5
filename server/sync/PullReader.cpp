#include "PullReader.h"

#include "server/store/Schema.h"

#include "kernel/domain/EntitySchema.h"
#include "server/store/Database.h"

#include <QLocale>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

QString PullReader::visibleCondition(const QString &entity, int *parameters, bool walkRevisions)
{
    if (entity == u"class"_s) {
        *parameters = 1;
        return u"\"owner_id\" = ?"_s;
    }
    if (entity == u"student"_s) {
        // A student is visible while enrolled (any status, even a deleted
        // enrollment: the gradebook's history still names them) in one of the
        // teacher's classes, or when the teacher created them.
        // walkRevisions: the unary + keeps SQLite's planner from answering the OR with its
        // two indexes (every student the teacher created or teaches, fetched
        // and sorted on every pull: 400 rows for a class of 200, most of a
        // small pull's time); it walks the rows after the cursor instead.
        *parameters = 2;
        return u"(%1\"created_by\" = ? OR \"id\" IN (SELECT e.\"student_id\" FROM \"enrollment\" e JOIN \"class\" c "
               "ON c.\"id\" = e.\"class_id\" WHERE c.\"owner_id\" = ?))"_s.arg(walkRevisions ? u"+"_s : QString());
    }
    const EntityDef *def = EntitySchema::find(entity);
    if (def && Schema::ownedByTeacher(*def)) {
        *parameters = 1;
        return u"\"owner_id\" = ?"_s;
    }
    if (def && !def->scopeField.isEmpty()) {
        *parameters = 1;
        return u"\"%1\" IN (SELECT \"id\" FROM \"class\" WHERE \"owner_id\" = ?)"_s.arg(def->scopeField);
    }
    *parameters = 0;
    return u"1 = 0"_s;
}

namespace {

// How many revisions after the cursor a SQLite pull walks in rev order.
constexpr qint64 kRecentRevisions = 20000;

// A row of the page: where its JSON lies in the page's buffer.
struct Candidate
{
    qint64 rev;
    qsizetype offset;
    qsizetype size;
};

// The page's rows are written into one std::string: its append is an inline
// capacity check and memcpy, where QByteArray::append went through an
// out-of-line insert per call and every row was an allocation of its own
// (together a sixth of the server's CPU in the mixed load).
void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, size_t(end - digits));
}

// JSON string escaping straight from UTF-8 bytes (same rules as JsonWriter).
void appendEscapedUtf8(std::string &out, const char *p, int size)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const char *end = p + size;
    const char *run = p;
    for (; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (p > run)
            out.append(run, size_t(p - run));
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out.append(escaped, 6);
        }
        }
    }
    if (p > run)
        out.append(run, size_t(p - run));
    out.push_back('"');
}

void appendNumber(std::string &out, double value)
{
    // As JsonWriter::number: integral values without a fraction, others shortest round-trip.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0) {
        appendNumber(out, static_cast<qint64>(value));
    } else if (std::isfinite(value)) {
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        out.append(text.constData(), size_t(text.size()));
    } else {
        out.append("null", 4);
    }
}

// The constant text of an entity's rows, made once per process: the head up
// to the id's value, and each field's key with what comes before it.
struct RowShape
{
    std::string head;              // {"entity":"NAME","id":
    std::vector<std::string> keys; // ,"fields":{"FIRST": then ,"NEXT":
};

RowShape rowShape(const EntityDef &def)
{
    RowShape shape;
    shape.head = "{\"entity\":\"" + def.name.toStdString() + "\",\"id\":";
    for (int i = 0; i < def.fields.size(); ++i)
        shape.keys.push_back((i == 0 ? ",\"fields\":{\"" : ",\"") + def.fields.at(i).name.toStdString() + "\":");
    return shape;
}

// One row, from the columns id, rev, deleted, updated_at and the fields, as
// SyncRow::write would write it, without a QVariant or a QString in between.
void appendSqliteRow(std::string &out, const EntityDef &def, const RowShape &shape, sqlite3_stmt *st)
{
    auto text = [&](int column) {
        appendEscapedUtf8(out, reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                          sqlite3_column_bytes(st, column));
    };
    out.append(shape.head);
    text(0);
    out.append(",\"rev\":", 7);
    appendNumber(out, qint64(sqlite3_column_int64(st, 1)));
    if (sqlite3_column_int64(st, 2) != 0)
        out.append(",\"deleted\":true", 15);
    else
        out.append(",\"deleted\":false", 16);
    out.append(",\"updated_at\":", 14);
    text(3);
    if (def.fields.isEmpty())
        out.append(",\"fields\":{", 11);
    for (int i = 0; i < def.fields.size(); ++i) {
        const int column = 4 + i;
        out.append(shape.keys[size_t(i)]);
        if (sqlite3_column_type(st, column) == SQLITE_NULL) {
            out.append("null", 4);
            continue;
        }
        switch (def.fields.at(i).type) {
        case FieldType::Text:
        case FieldType::Date:
            text(column);
            break;
        case FieldType::Integer:
            appendNumber(out, qint64(sqlite3_column_int64(st, column)));
            break;
        case FieldType::Bool:
            if (sqlite3_column_int64(st, column) != 0)
                out.append("true", 4);
            else
                out.append("false", 5);
            break;
        case FieldType::Real:
            appendNumber(out, sqlite3_column_double(st, column));
            break;
        case FieldType::Json: {
            // Stored as compact JSON made by EntitySchema::fromJson (an array or object).
            const char *json = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
            const int size = sqlite3_column_bytes(st, column);
            if (size > 0 && (json[0] == '[' || json[0] == '{'))
                out.append(json, size_t(size));
            else
                out.append("[]", 2);
            break;
        }
        }
    }
    out.append("}}", 2);
}

// PostgreSQL builds each row's JSON itself (row_to_json: compact, keys in
// this order), one text column per row; `where` filters the table.
QString postgresRowsQuery(const EntityDef &def, const QString &where)
{
    QStringList fields;
    for (const FieldDef &field : def.fields) {
        const QString column = Database::quoted(field.name);
        if (field.type == FieldType::Bool)
            fields.append(u"("_s + column + u" <> 0) AS "_s + column);
        else if (field.type == FieldType::Json)
            fields.append(u"CAST("_s + column + u" AS json) AS "_s + column);
        else
            fields.append(column);
    }
    return u"SELECT \"rev\", CAST(row_to_json(r) AS text) FROM (SELECT '%1' AS \"entity\", \"id\", \"rev\", "
           "(\"deleted\" <> 0) AS \"deleted\", \"updated_at\", (SELECT row_to_json(f) FROM (SELECT %2) f) AS "
           "\"fields\"%3) r "
           "ORDER BY \"rev\""_s.arg(def.name, fields.join(u", "_s), where);
}

// One entity table's SQLite pull statement, made once per process: the
// statement cache finds it by its text, and building that text (the column
// list of every table) on every pull was a measurable part of a small pull.
struct SqlitePullQuery
{
    const EntityDef *def = nullptr;
    bool byClass = false; // parameters: since, bound, a class id, limit
    int parameters = 0;   // otherwise: since, bound, `parameters` x teacher id, limit
    QString sql;
    QString recentSql; // walking the revisions after the cursor (see PullReader::visibleCondition)
    RowShape shape;
};

// The columns appendSqliteRow reads: not the teacher column nor field_meta
// (RowStore::columnList), which a pull does not send.
QString pulledColumns(const EntityDef &def)
{
    QStringList columns{u"\"id\""_s, u"\"rev\""_s, u"\"deleted\""_s, u"\"updated_at\""_s};
    for (const FieldDef &field : def.fields)
        columns.append(Database::quoted(field.name));
    return columns.join(u", "_s);
}

const std::vector<SqlitePullQuery> &sqlitePullQueries()
{
    static const std::vector<SqlitePullQuery> queries = [] {
        std::vector<SqlitePullQuery> out;
        for (const EntityDef &def : EntitySchema::all()) {
            SqlitePullQuery q;
            q.def = &def;
            q.shape = rowShape(def);
            const QString select = u"SELECT "_s + pulledColumns(def) + u" FROM "_s + def.table() +
                                   u" WHERE \"rev\" > ? AND \"rev\" <= ? AND "_s;
            const QString order = u" ORDER BY \"rev\" LIMIT ?"_s;
            q.byClass = def.name != u"class"_s && def.name != u"student"_s && !Schema::ownedByTeacher(def) &&
                        !def.scopeField.isEmpty();
            if (q.byClass) {
                q.sql = q.recentSql = select + Database::quoted(def.scopeField) + u" = ?"_s + order;
            } else {
                q.sql = select + PullReader::visibleCondition(def.name, &q.parameters, false) + order;
                q.recentSql = select + PullReader::visibleCondition(def.name, &q.parameters, true) + order;
            }
            out.push_back(q);
        }
        return out;
    }();
    return queries;
}

} // namespace

Result<PullReader::Page> PullReader::read(const QString &teacherId, qint64 since, int limit)
{
    QList<Candidate> candidates;
    std::string rows; // every row read, each where its candidate says
    rows.reserve(size_t(std::min(limit, 1000)) * 512);
    // Every table is asked for its first `limit` rows after the cursor; once
    // `limit` rows are known, later tables are only asked below the highest of
    // them, so little is read that the page will not use.
    qint64 bound = std::numeric_limits<qint64>::max();
    const bool sqlite = m_db.dialect() == SqlDialect::SQLite;

    Transaction tx(m_db, Database::TxKind::Snapshot);
    if (!tx.begun())
        return fail(u"Cannot start the read transaction: %1"_s.arg(tx.error()));
    if (!sqlite) {
        // PostgreSQL: every table in ONE statement (a round trip per table
        // would dominate small pulls); each branch stops at `limit` rows.
        QStringList branches;
        int parametersPerTable[64] = {};
        int t = 0;
        for (const EntityDef &def : EntitySchema::all()) {
            const QString condition = visibleCondition(def.name, &parametersPerTable[t++]);
            branches.append(u"("_s +
                            postgresRowsQuery(def, u" FROM "_s + def.table() + u" WHERE \"rev\" > ? AND "_s +
                                                       condition + u" ORDER BY \"rev\" LIMIT ?"_s) +
                            u")"_s);
        }
        QSqlQuery *q =
            m_db.prepared(u"SELECT * FROM ("_s + branches.join(u" UNION ALL "_s) + u") u ORDER BY 1 LIMIT ?"_s);
        int p = 0;
        for (int i = 0; i < t; ++i) {
            q->bindValue(p++, since);
            for (int k = 0; k < parametersPerTable[i]; ++k)
                q->bindValue(p++, teacherId);
            q->bindValue(p++, limit);
        }
        q->bindValue(p++, limit);
        if (Status s = m_db.run(q, u"reading changes"_s); !s)
            return Error{s.error()};
        while (q->next()) {
            const QByteArray json = q->value(1).toString().toUtf8();
            candidates.append(Candidate{q->value(0).toLongLong(), qsizetype(rows.size()), json.size()});
            rows.append(json.constData(), size_t(json.size()));
        }
        q->finish();
    }
    // SQLite: when few revisions lie after the cursor (a device keeping up),
    // walking them in rev order is cheaper than gathering everything the
    // teacher can see and sorting it (see visibleCondition); an initial sync
    // of a large database keeps the teacher's own indexes.
    bool recent = false;
    if (sqlite) {
        QString error;
        sqlite3_stmt *st = m_db.sqliteStatement(u"SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1"_s, &error);
        if (!st)
            return fail(u"reading the revision counter: %1"_s.arg(error));
        if (sqlite3_step(st) == SQLITE_ROW)
            recent = sqlite3_column_int64(st, 0) - since <= kRecentRevisions;
        sqlite3_reset(st);
    }
    // SQLite: the teacher's classes, once: a class-scoped table is then read
    // class by class along its (class, rev) index, already in rev order and
    // cut at `limit` (with "IN (the teacher's classes)" SQLite gathered every
    // row after the cursor and sorted them: most of a small pull's time when
    // many revisions lie after the cursor).
    QList<QByteArray> classIds;
    const QByteArray teacher = teacherId.toUtf8();
    if (sqlite) {
        QString error;
        sqlite3_stmt *st = m_db.sqliteStatement(u"SELECT \"id\" FROM \"class\" WHERE \"owner_id\" = ?"_s, &error);
        if (!st)
            return fail(u"reading the teacher's classes: %1"_s.arg(error));
        sqlite3_bind_text(st, 1, teacher.constData(), int(teacher.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            classIds.append(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0)));
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(u"reading the teacher's classes: %1"_s.arg(m_db.sqliteError()));
    }
    // The text of rows cut from the page stays in `rows`: when it is most of
    // the buffer, the rows kept are copied into a new one (an initial sync's
    // pages of 5,000 would otherwise hold the text of every table's first 5,000).
    auto compact = [&] {
        qsizetype kept = 0;
        for (const Candidate &c : std::as_const(candidates))
            kept += c.size;
        if (rows.size() <= size_t(2 * kept) + 65536)
            return;
        std::string smaller;
        smaller.reserve(size_t(kept) + size_t(kept) / 2);
        for (Candidate &c : candidates) {
            const qsizetype offset = qsizetype(smaller.size());
            smaller.append(rows, size_t(c.offset), size_t(c.size));
            c.offset = offset;
        }
        rows.swap(smaller);
    };
    // Runs one table's statement (parameters: since, bound, then `texts`, then limit) into the candidates.
    auto readSqlite = [&](const SqlitePullQuery &query, const QString &sql, const QList<QByteArray> &texts) -> Status {
        const EntityDef &def = *query.def;
        // The hot path of every sync: read through the SQLite API and write
        // the UTF-8 straight into the answer.
        QString error;
        sqlite3_stmt *st = m_db.sqliteStatement(sql, &error);
        if (!st)
            return fail(u"reading %1 changes: %2"_s.arg(def.name, error));
        int p = 1;
        sqlite3_bind_int64(st, p++, since);
        sqlite3_bind_int64(st, p++, bound);
        for (const QByteArray &text : texts)
            sqlite3_bind_text(st, p++, text.constData(), int(text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, p++, limit);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const qsizetype offset = qsizetype(rows.size());
            appendSqliteRow(rows, def, query.shape, st);
            candidates.append(Candidate{sqlite3_column_int64(st, 1), offset, qsizetype(rows.size()) - offset});
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE)
            return fail(u"reading %1 changes: %2"_s.arg(def.name, m_db.sqliteError()));
        if (candidates.size() >= limit) {
            std::sort(candidates.begin(), candidates.end(),
                      [](const Candidate &a, const Candidate &b) { return a.rev < b.rev; });
            candidates.resize(limit);
            bound = candidates.last().rev;
            compact();
        }
        return {};
    };
    for (const SqlitePullQuery &query : sqlitePullQueries()) {
        if (!sqlite)
            break;
        if (query.byClass) {
            for (const QByteArray &classId : std::as_const(classIds)) {
                if (Status s = readSqlite(query, query.sql, {classId}); !s)
                    return Error{s.error()};
            }
            continue;
        }
        if (Status s =
                readSqlite(query, recent ? query.recentSql : query.sql, QList<QByteArray>(query.parameters, teacher));
            !s)
            return Error{s.error()};
    }
    if (Status s = tx.commit(); !s)
        return Error{s.error()};

    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.rev < b.rev; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    Page page;
    qsizetype size = 0;
    for (const Candidate &c : std::as_const(candidates))
        size += c.size + 1;
    page.changes.reserve(size);
    for (const Candidate &c : std::as_const(candidates)) {
        if (!page.changes.isEmpty())
            page.changes.append(',');
        page.changes.append(rows.data() + c.offset, c.size);
    }
    page.count = int(candidates.size());
    page.nextCursor = candidates.isEmpty() ? since : candidates.last().rev;
    // A page short of the limit means every table was read to its end. A full
    // page says "ask again" (the next one may be empty): exact without a count.
    page.hasMore = candidates.size() >= limit;
    return page;
}

} // namespace k12::server
