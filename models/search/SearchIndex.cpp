#include "SearchIndex.h"

#include "models/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// A table whose writes change documents of one kind.
struct Trigger
{
    QString table;
    // Rows of the driving table a row of this table feeds, with %1 the
    // trigger's old/new row; empty: this table drives (the row is the document).
    QString affects;
    QStringList watched; // columns whose change rewrites the documents
    QString insertWhen;  // a condition on new for the insert trigger, or empty
};

// How the documents of one kind are made from the rows.
struct Source
{
    SearchIndex::Kind kind;
    QString driving; // "enrollment e": the table (and alias) a document is a row of
    QString from;    // the FROM clause, starting with driving
    QString live;    // which joined rows make a document
    QString rowId, classId, title, body;
    QList<Trigger> triggers;

    QString alias() const { return driving.section(u' ', 1, 1); }
    QString ftsRowid() const { return alias() + u".rowid * 16 + "_s + QString::number(int(kind)); }
    QString select(const QString &extra) const
    {
        return u"SELECT "_s + ftsRowid() + u", '"_s + SearchIndex::kindName(kind) + u"', "_s + rowId + u", "_s +
               classId + u", "_s + title + u", "_s + body + u" FROM "_s + from + u" WHERE "_s + live +
               (extra.isEmpty() ? QString() : u" AND "_s + extra);
    }
};

// Text fields are concatenated with a space; empty ones cost nothing.
QString joined(const QStringList &columns)
{
    return columns.join(u" || ' ' || "_s);
}

const QList<Source> &sources()
{
    static const QList<Source> all{
        {SearchIndex::Kind::Class,
         u"\"class\" c"_s,
         u"\"class\" c"_s,
         u"c.deleted = 0"_s,
         u"c.id"_s,
         u"c.id"_s,
         u"c.name"_s,
         joined({u"c.subject"_s, u"c.term"_s, u"c.grade_level"_s}),
         {{u"class"_s, {}, {u"name"_s, u"subject"_s, u"term"_s, u"grade_level"_s}, {}}}},
        {SearchIndex::Kind::Student,
         u"enrollment e"_s,
         u"enrollment e JOIN student st ON st.id = e.student_id"_s,
         u"e.deleted = 0 AND e.status = 'active' AND st.deleted = 0"_s, // dropped students leave the roster
         u"st.id"_s,
         u"e.class_id"_s,
         joined({u"st.given_name"_s, u"st.family_name"_s}),
         u"st.student_number"_s,
         {{u"enrollment"_s, {}, {u"student_id"_s, u"class_id"_s, u"status"_s}, {}},
          {u"student"_s, u"e.student_id = %1.id"_s, {u"given_name"_s, u"family_name"_s, u"student_number"_s}, {}}}},
        {SearchIndex::Kind::Guardian,
         u"student_guardian sg"_s,
         u"student_guardian sg JOIN guardian g ON g.id = sg.guardian_id"_s,
         u"sg.deleted = 0 AND g.deleted = 0"_s,
         u"sg.student_id"_s,
         u"NULL"_s, // a student's guardians are the same in each class: the class is found at query time
         joined({u"g.given_name"_s, u"g.family_name"_s}),
         u"g.email"_s,
         {{u"student_guardian"_s, {}, {u"student_id"_s, u"guardian_id"_s}, {}},
          {u"guardian"_s, u"sg.guardian_id = %1.id"_s, {u"given_name"_s, u"family_name"_s, u"email"_s}, {}}}},
        {SearchIndex::Kind::Category,
         u"category k"_s,
         u"category k"_s,
         u"k.deleted = 0"_s,
         u"k.id"_s,
         u"k.class_id"_s,
         u"k.name"_s,
         u"''"_s,
         {{u"category"_s, {}, {u"name"_s, u"class_id"_s}, {}}}},
        {SearchIndex::Kind::Assignment,
         u"assignment a"_s,
         u"assignment a"_s,
         u"a.deleted = 0"_s,
         u"a.id"_s,
         u"a.class_id"_s,
         u"a.title"_s,
         u"a.description"_s,
         {{u"assignment"_s, {}, {u"title"_s, u"description"_s, u"class_id"_s}, {}}}},
        {SearchIndex::Kind::Standard,
         u"standard sd"_s,
         u"standard sd"_s,
         u"sd.deleted = 0"_s,
         u"sd.id"_s,
         u"sd.class_id"_s,
         u"sd.code"_s,
         u"sd.description"_s,
         {{u"standard"_s, {}, {u"code"_s, u"description"_s, u"class_id"_s}, {}}}},
        {SearchIndex::Kind::Unit,
         u"unit_plan u"_s,
         u"unit_plan u"_s,
         u"u.deleted = 0"_s,
         u"u.id"_s,
         u"u.class_id"_s,
         u"u.title"_s,
         joined({u"u.summary"_s, u"u.essential_questions"_s}),
         {{u"unit_plan"_s, {}, {u"title"_s, u"summary"_s, u"essential_questions"_s, u"class_id"_s}, {}}}},
        {SearchIndex::Kind::Lesson,
         u"lesson l"_s,
         u"lesson l"_s,
         u"l.deleted = 0"_s,
         u"l.id"_s,
         u"l.class_id"_s,
         u"l.title"_s,
         joined({u"k12_plain_text(l.objectives)"_s, u"k12_plain_text(l.activities)"_s, u"k12_plain_text(l.materials)"_s,
                 u"k12_plain_text(l.homework)"_s}),
         {{u"lesson"_s,
           {},
           {u"title"_s, u"objectives"_s, u"activities"_s, u"materials"_s, u"homework"_s, u"class_id"_s},
           {}}}},
        // Most scores have no comment: their inserts and updates stop at the
        // trigger's WHEN (a bulk set of 10,000 cells writes no document).
        {SearchIndex::Kind::Comment,
         u"score s"_s,
         u"score s"_s,
         u"s.deleted = 0 AND s.comment <> ''"_s,
         u"s.id"_s,
         u"s.class_id"_s,
         u"''"_s,
         u"s.comment"_s,
         {{u"score"_s, {}, {u"comment"_s}, u"new.comment <> ''"_s}}},
    };
    return all;
}

QString kQuotedTable(const QString &table)
{
    return table == u"class"_s ? u"\"class\""_s : table;
}

// DELETE of the documents a row feeds (%1: old or new).
QString deleteDocuments(const Source &source, const Trigger &trigger, const QString &row)
{
    if (trigger.affects.isEmpty())
        return u"DELETE FROM search_index WHERE rowid = "_s + row + u".rowid * 16 + "_s +
               QString::number(int(source.kind)) + u';';
    return u"DELETE FROM search_index WHERE rowid IN (SELECT "_s + source.ftsRowid() + u" FROM "_s + source.driving +
           u" WHERE "_s + trigger.affects.arg(row) + u");"_s;
}

QString insertDocuments(const Source &source, const Trigger &trigger, const QString &row)
{
    const QString key =
        trigger.affects.isEmpty() ? source.alias() + u".rowid = "_s + row + u".rowid"_s : trigger.affects.arg(row);
    return u"INSERT INTO search_index (rowid, kind, row_id, class_id, title, body) "_s + source.select(key) + u';';
}

// The trigger that rewrites a row's documents when a watched column changes;
// `narrow`: declared UPDATE OF those columns (migration 8), so SQLite leaves it
// out of UPDATEs that set none of them.
QString updateTrigger(const Source &source, const Trigger &trigger, bool narrow)
{
    const QString prefix = u"search_"_s + SearchIndex::kindName(source.kind) + u'_' + trigger.table;
    QStringList changed{u"old.deleted IS NOT new.deleted"_s};
    for (const QString &column : trigger.watched)
        changed << u"old."_s + column + u" IS NOT new."_s + column;
    const QString columns =
        narrow ? u"OF "_s + (QStringList{u"deleted"_s} + trigger.watched).join(u", "_s) + u' ' : QString();
    return u"CREATE TRIGGER "_s + prefix + u"_au AFTER UPDATE "_s + columns + u"ON "_s + kQuotedTable(trigger.table) +
           u" WHEN "_s + changed.join(u" OR "_s) + u" BEGIN "_s + deleteDocuments(source, trigger, u"old"_s) + u' ' +
           insertDocuments(source, trigger, u"new"_s) + u" END"_s;
}

QStringList triggerStatements(const Source &source)
{
    QStringList statements;
    const QString kind = SearchIndex::kindName(source.kind);
    for (const Trigger &trigger : source.triggers) {
        const QString prefix = u"search_"_s + kind + u'_' + trigger.table;
        const QString table = kQuotedTable(trigger.table);
        statements << u"CREATE TRIGGER "_s + prefix + u"_ai AFTER INSERT ON "_s + table +
                          (trigger.insertWhen.isEmpty() ? QString() : u" WHEN "_s + trigger.insertWhen) + u" BEGIN "_s +
                          insertDocuments(source, trigger, u"new"_s) + u" END"_s;
        statements << updateTrigger(source, trigger, false);
        statements << u"CREATE TRIGGER "_s + prefix + u"_ad AFTER DELETE ON "_s + table + u" BEGIN "_s +
                          deleteDocuments(source, trigger, u"old"_s) + u" END"_s;
    }
    return statements;
}

} // namespace

QString SearchIndex::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Class:
        return u"class"_s;
    case Kind::Student:
        return u"student"_s;
    case Kind::Guardian:
        return u"guardian"_s;
    case Kind::Category:
        return u"category"_s;
    case Kind::Assignment:
        return u"assignment"_s;
    case Kind::Standard:
        return u"standard"_s;
    case Kind::Unit:
        return u"unit"_s;
    case Kind::Lesson:
        return u"lesson"_s;
    case Kind::Comment:
        return u"comment"_s;
    }
    return {};
}

bool SearchIndex::kindFromName(const QString &name, Kind *kind)
{
    for (int k = 1; k <= kKindCount; ++k) {
        if (kindName(Kind(k)) == name) {
            *kind = Kind(k);
            return true;
        }
    }
    return false;
}

QStringList SearchIndex::schemaStatements()
{
    // prefix='2 3': two- and three-letter prefix queries read a prefix index
    // instead of merging every term that starts with them.
    QStringList statements{
        u"CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, row_id UNINDEXED, class_id UNINDEXED, "
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"_s};
    for (const Source &source : sources())
        statements << triggerStatements(source);
    return statements;
}

QStringList SearchIndex::fillStatements()
{
    QStringList statements;
    for (const Source &source : sources())
        statements << u"INSERT INTO search_index (rowid, kind, row_id, class_id, title, body) "_s + source.select({});
    return statements;
}

QStringList SearchIndex::narrowUpdateTriggerStatements()
{
    QStringList statements;
    for (const Source &source : sources()) {
        for (const Trigger &trigger : source.triggers) {
            statements << u"DROP TRIGGER search_"_s + kindName(source.kind) + u'_' + trigger.table + u"_au"_s;
            statements << updateTrigger(source, trigger, true);
        }
    }
    return statements;
}

Status SearchIndex::rebuild(Database &db)
{
    Transaction tx(db.connection());
    if (!tx.begun())
        return fail(QObject::tr("Cannot rebuild the search index: %1").arg(tx.error()));
    QStringList statements{u"DELETE FROM search_index"_s};
    statements << fillStatements() << u"INSERT INTO search_index (search_index) VALUES ('optimize')"_s;
    for (const QString &sql : std::as_const(statements)) {
        if (Status s = exec(db.connection(), sql); !s)
            return fail(QObject::tr("Cannot rebuild the search index: %1").arg(s.error()));
    }
    return tx.commit();
}

Result<qint64> SearchIndex::countMismatches(Database &db)
{
    // The documents a rebuild would make, in a temporary table, compared both ways.
    QSqlDatabase &c = db.connection();
    QStringList statements{u"DROP TABLE IF EXISTS temp.search_expected"_s,
                           u"CREATE TEMP TABLE search_expected (rowid INTEGER PRIMARY KEY, kind, row_id, class_id, "
                           "title, body)"_s};
    for (const Source &source : sources())
        statements << u"INSERT INTO temp.search_expected (rowid, kind, row_id, class_id, title, body) "_s +
                          source.select({});
    for (const QString &sql : std::as_const(statements)) {
        if (Status s = exec(c, sql); !s)
            return fail(s.error());
    }
    QSqlQuery q(c);
    const QString columns = u"rowid, kind, row_id, class_id, title, body"_s;
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM (SELECT "_s + columns + u" FROM temp.search_expected EXCEPT SELECT "_s +
                columns + u" FROM search_index)) + (SELECT COUNT(*) FROM (SELECT "_s + columns +
                u" FROM search_index EXCEPT SELECT "_s + columns + u" FROM temp.search_expected))"_s) ||
        !q.next())
        return fail(q.lastError().text());
    const qint64 mismatches = q.value(0).toLongLong();
    q.finish();
    (void)exec(c, u"DROP TABLE temp.search_expected"_s);
    return mismatches;
}

} // namespace k12
