// The local store: opening, pragmas, permissions and schema migrations.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Entities.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/OutboxTally.h"
#include "models/today/ScoreTally.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0).toString();
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA table_info(\""_s + table + u"\")"_s);
    while (q.next())
        names.append(q.value(1).toString());
    return names;
}

// Makes a SQLite file by hand, outside the app's code, with the given user_version.
void makeRawDatabase(const QString &path, int userVersion, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileGetsLatestSchema();
    void everyEntityTableMatchesTheSchema();
    void pragmasProtectCommittedData();
    void fileAndFolderAreUserOnly();
    void migratesHandMadeV0Fixture();
    void migratesVersion1KeepingItsRows();
    void migratesVersion3ToFinalsAndFamilies();
    void migratesVersion6ToCellAndOutboxCounts();
    void newerSchemaIsRefusedAndUntouched();
    void notADatabaseIsRefused();
    void reopeningDoesNotMigrateAgain();
    void walIsCheckpointedBesideTheWriter();
    void newIdsAreUniqueAndTimeOrdered();
    void pairIdsAreStableAndClusterByTheirFirstId();
};

void TestStore::freshFileGetsLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QStringList tables;
    QSqlQuery q((*db)->connection());
    // audit_log is a view over audit_op since migration 8 (one audit row per operation).
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"_s));
    while (q.next())
        tables.append(q.value(0).toString());
    for (const QString &expected :
         {u"class"_s, u"student"_s, u"enrollment"_s, u"grading_period"_s, u"category"_s, u"assignment"_s, u"score"_s,
          u"standard"_s, u"assignment_standard"_s, u"mastery_score"_s, u"grading_scale"_s, u"unit_plan"_s, u"lesson"_s,
          u"outbox"_s, u"audit_log"_s, u"conflict"_s, u"sync_state"_s}) {
        QVERIFY2(tables.contains(expected), qPrintable(expected));
    }
}

void TestStore::everyEntityTableMatchesTheSchema()
{
    // The entity schema is declared once (EntitySchema.cpp); the migrations
    // must create exactly that: columns, NOT NULL, defaults, the CHECKs and
    // the unique keys. The server builds its tables and its checks from the
    // declaration, so a drift here would let the server accept a row every
    // client then fails to store.
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"k12.sqlite"_s));
    QVERIFY(db.ok());
    for (const EntityDef &def : EntitySchema::all()) {
        QStringList expected{u"id"_s, u"rev"_s, u"updated_at"_s, u"deleted"_s};
        expected += def.fieldNames();
        QStringList actual = columnsOf(**db, def.name);
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);

        QSqlQuery info((*db)->connection());
        QVERIFY(info.exec(u"SELECT name, \"notnull\", dflt_value FROM pragma_table_info('%1')"_s.arg(def.name)));
        while (info.next()) {
            const FieldDef *field = def.field(info.value(0).toString());
            if (!field)
                continue;
            const QString where = def.name + u'.' + field->name;
            QVERIFY2((info.value(1).toInt() != 0) == !field->nullable, qPrintable(where + u": NOT NULL"_s));
            QString sqlDefault = info.value(2).toString();
            if (sqlDefault.startsWith(u'\''))
                sqlDefault = sqlDefault.mid(1).chopped(1);
            const QVariant declared = field->defaultValue;
            if (declared.isNull())
                QVERIFY2(info.value(2).isNull(), qPrintable(where + u" has a default in SQL only"_s));
            else if (field->type == FieldType::Real)
                QCOMPARE(sqlDefault.toDouble(), declared.toDouble());
            else
                QCOMPARE(sqlDefault, declared.toString());
        }

        QSqlQuery table((*db)->connection());
        QVERIFY(table.exec(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(def.name)));
        QVERIFY(table.next());
        const QString sql = table.value(0).toString();
        // Every CHECK in SQL is declared (the declaration may hold more rules,
        // which RowRules enforces in code on both sides).
        static const QRegularExpression check(u"(\\w+) (TEXT|INTEGER|REAL)[^,]*CHECK \\(([^)]*)\\)"_s);
        for (auto it = check.globalMatch(sql); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1) == u"deleted"_s)
                continue;
            const FieldDef *field = def.field(m.captured(1));
            QVERIFY2(field, qPrintable(m.captured(0)));
            const QString clause = m.captured(3);
            const QString where = def.name + u'.' + field->name + u": "_s + clause;
            if (clause.contains(u" IN "_s)) {
                for (const QString &value : field->oneOf)
                    QVERIFY2(clause.contains(u'\'' + value + u'\''), qPrintable(where));
                QCOMPARE(clause.count(u'\'') / 2, field->oneOf.size());
            } else if (clause.contains(u">="_s)) {
                QVERIFY2(field->minimum && *field->minimum == 0, qPrintable(where));
            } else {
                QVERIFY2(clause.contains(u"<> ''"_s) && field->nonEmpty, qPrintable(where));
            }
        }

        QList<QStringList> uniqueKeys;
        QSqlQuery indexes((*db)->connection());
        QVERIFY(indexes.exec(
            u"SELECT name FROM pragma_index_list('%1') WHERE \"unique\" = 1 AND origin <> 'pk'"_s.arg(def.name)));
        while (indexes.next()) {
            QSqlQuery columns((*db)->connection());
            QVERIFY(columns.exec(
                u"SELECT name FROM pragma_index_info('%1') ORDER BY seqno"_s.arg(indexes.value(0).toString())));
            QStringList key;
            while (columns.next())
                key.append(columns.value(0).toString());
            uniqueKeys.append(key);
        }
        QCOMPARE(uniqueKeys, def.uniqueKeys);
    }
}

void TestStore::pragmasProtectCommittedData()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"k12.sqlite"_s));
    QVERIFY(db.ok());
    QCOMPARE(pragma(**db, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(**db, u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(pragma(**db, u"foreign_keys"_s), u"1"_s);
}

void TestStore::fileAndFolderAreUserOnly()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"profile/nested"_s);
    test::TempProfile unused; // exercises the normal path too
    Result<std::unique_ptr<Store>> store = Store::open(folder);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
    QCOMPARE(::stat(QFile::encodeName(folder + u"/k12.sqlite"_s).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TestStore::migratesHandMadeV0Fixture()
{
    // A v0 file: made before the app had a schema (user_version 0), holding a
    // table of the teacher's own that the migration must leave alone.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    makeRawDatabase(path, 0,
                    {u"CREATE TABLE teacher_notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                     u"INSERT INTO teacher_notes (body) VALUES ('bring chalk')"_s});
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT body FROM teacher_notes"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"bring chalk"_s);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM class"_s));
}

void TestStore::migratesVersion1KeepingItsRows()
{
    // A file as the first release left it: schema 1 with an open conflict.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    QStringList statements = Migrations::all().constFirst().statements;
    statements << u"INSERT INTO conflict (id, entity, row_id, field, mine, server, server_rev, detected_at) "
                  "VALUES ('c1', 'score', 'r1', 'points', '8', '9', 4, '2026-11-01T08:00:00.000Z')"_s;
    makeRawDatabase(path, 1, statements);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT mine, server FROM conflict WHERE id = 'c1'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"8"_s);
    QCOMPARE(q.value(1).toString(), u"9"_s);
    // Recording a conflict finds the open one of its row and field by index,
    // not by reading every open conflict.
    QVERIFY(q.exec(u"EXPLAIN QUERY PLAN DELETE FROM conflict WHERE entity = 'score' AND row_id = 'r1' AND field = "
                   "'points' AND resolved_at IS NULL"_s));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(u"conflict_row_field_idx"_s), qPrintable(plan));
}

void TestStore::migratesVersion3ToFinalsAndFamilies()
{
    // A file of wave 2's first half: schema 3 with a class, a period and a
    // standard. Version 4 adds fields with the defaults a new row would get.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    QStringList statements;
    for (const Migration &m : Migrations::all()) {
        if (m.version <= 3)
            statements += m.statements;
    }
    statements << u"INSERT INTO \"class\" (id, rev, updated_at, name) VALUES ('c1', 3, '2026-11-01', 'Algebra')"_s
               << u"INSERT INTO grading_period (id, rev, updated_at, class_id, name) VALUES ('p1', 4, '2026-11-01', "
                  "'c1', 'Q1')"_s
               << u"INSERT INTO standard (id, rev, updated_at, class_id, code) VALUES ('s1', 5, '2026-11-01', 'c1', "
                  "'A.1')"_s;
    makeRawDatabase(path, 3, statements);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT * FROM \"class\" WHERE id = 'c1'"_s) && q.next());
    QVariantMap row;
    for (int i = 0; i < q.record().count(); ++i)
        row.insert(q.record().fieldName(i), q.value(i));
    const SchoolClass cls = SchoolClass::fromRow(row);
    QCOMPARE(cls.name, u"Algebra"_s);
    QCOMPARE(cls.riskBelowPercent, 70.0);
    QCOMPARE(cls.riskMissingCount, 3);
    QCOMPARE(cls.riskDropPoints, 10.0);
    QVERIFY(cls.familyShowFinal);
    QVERIFY(!cls.autoMissing);
    QVERIFY(cls.proficiencyScale.isEmpty());
    QVERIFY2(cls.problem().isEmpty(), qPrintable(cls.problem()));
    QVERIFY(q.exec(u"SELECT formula FROM grading_period WHERE id = 'p1'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"[]"_s);
    QVERIFY(q.exec(u"SELECT mastery_method, mastery_param FROM standard WHERE id = 's1'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), QString());
    QVERIFY(q.value(1).isNull());
    // The new tables are there and take rows.
    for (const QString &table :
         {u"final_override"_s, u"report_comment"_s, u"guardian"_s, u"student_guardian"_s, u"comment_template"_s}) {
        QVERIFY2(q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && q.next(), qPrintable(table));
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestStore::migratesVersion6ToCellAndOutboxCounts()
{
    // A schema 6 file (issue 18's) with a class of three students and three
    // assignments, one of them deleted, and queued changes. Version 7 counts
    // filled and missing cells and the outbox's states from the rows:
    //           A1          A2          A3 (deleted)
    //   s1      8           missing     missing
    //   s2      missing     ''          -
    //   s3      excused     letter B    missing, deleted score
    //   s1's score on A2 is also excused: filled, not missing.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    // Schema 6 as the app made it (the search index needs the app's SQL
    // functions), with version 7's objects taken away again.
    {
        Result<std::unique_ptr<Database>> made = Database::open(path);
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
    // Version 8's audit_op gives audit_log back as the table it was.
    QStringList statements{u"DROP VIEW audit_log"_s, u"DROP TABLE audit_op"_s, u"DROP TABLE score_counts_deferred"_s,
                           u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT "
                           "NULL, action TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, "
                           "changes TEXT NOT NULL DEFAULT '{}')"_s};
    for (const QString &drop : {u"TRIGGER score_tally_ai"_s, u"TRIGGER score_tally_ad"_s, u"TRIGGER score_tally_au"_s,
                                u"TRIGGER score_tally_au_moved"_s, u"TRIGGER score_tally_assignment_ai"_s,
                                u"TRIGGER score_tally_assignment_ad"_s, u"TRIGGER score_tally_assignment_au"_s,
                                u"TABLE score_tally_assignment"_s, u"TABLE score_tally_student"_s,
                                u"TRIGGER outbox_tally_ai"_s, u"TRIGGER outbox_tally_ad"_s,
                                u"TRIGGER outbox_tally_au"_s, u"TABLE outbox_tally"_s, u"INDEX outbox_rejected_idx"_s})
        statements << u"DROP "_s + drop;
    const QString score = u"INSERT INTO score (id, updated_at, class_id, assignment_id, student_id, points, letter, "
                          "missing, excused, deleted) VALUES ('%1', '2026-11-01', 'c1', '%2', '%3', %4, %5, %6, %7, "
                          "%8)"_s;
    statements << u"INSERT INTO \"class\" (id, updated_at, name) VALUES ('c1', '2026-11-01', 'Algebra')"_s;
    for (const QString &a : {u"a1"_s, u"a2"_s, u"a3"_s})
        statements << u"INSERT INTO assignment (id, updated_at, class_id, title, deleted) VALUES ('%1', "
                      "'2026-11-01', 'c1', '%1', %2)"_s.arg(a)
                          .arg(a == u"a3"_s ? 1 : 0);
    for (const QString &st : {u"s1"_s, u"s2"_s, u"s3"_s})
        statements << u"INSERT INTO student (id, updated_at, given_name, family_name) VALUES ('%1', '2026-11-01', "
                      "'G', 'F')"_s.arg(st);
    statements << score.arg(u"x1"_s, u"a1"_s, u"s1"_s, u"8"_s, u"NULL"_s, u"0"_s, u"0"_s, u"0"_s)
               << score.arg(u"x2"_s, u"a2"_s, u"s1"_s, u"NULL"_s, u"NULL"_s, u"1"_s, u"1"_s, u"0"_s)
               << score.arg(u"x3"_s, u"a3"_s, u"s1"_s, u"NULL"_s, u"NULL"_s, u"1"_s, u"0"_s, u"0"_s)
               << score.arg(u"x4"_s, u"a1"_s, u"s2"_s, u"NULL"_s, u"NULL"_s, u"1"_s, u"0"_s, u"0"_s)
               << score.arg(u"x5"_s, u"a2"_s, u"s2"_s, u"NULL"_s, u"''"_s, u"0"_s, u"0"_s, u"0"_s)
               << score.arg(u"x6"_s, u"a1"_s, u"s3"_s, u"NULL"_s, u"NULL"_s, u"0"_s, u"1"_s, u"0"_s)
               << score.arg(u"x7"_s, u"a2"_s, u"s3"_s, u"NULL"_s, u"'B'"_s, u"0"_s, u"0"_s, u"0"_s)
               << score.arg(u"x8"_s, u"a3"_s, u"s3"_s, u"NULL"_s, u"NULL"_s, u"1"_s, u"0"_s, u"1"_s);
    for (int i = 0; i < 5; ++i)
        statements << u"INSERT INTO outbox (mutation_id, entity, row_id, op, created_at, state) VALUES ('m%1', "
                      "'score', 'x1', 'upsert', '2026-11-01', '%2')"_s.arg(i)
                          .arg(i == 2 ? u"rejected"_s : u"pending"_s);
    makeRawDatabase(path, 6, statements);

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Database &db = **opened;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%tally%' OR name = "
                       "'outbox_rejected_idx'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 14); // 3 tables, 10 triggers, 1 index
    }
    auto rows = [&](const QString &sql) {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u' ');
        }
        return out;
    };
    // Filled per assignment: a1 all three; a2 s1 (excused) and s3 (B), not
    // s2's empty letter; a3 s1 only (s3's score is deleted).
    QCOMPARE(rows(u"SELECT assignment_id, filled FROM score_tally_assignment ORDER BY 1"_s),
             (QStringList{u"a1 3"_s, u"a2 2"_s, u"a3 1"_s}));
    // Per student: missing counts live assignments only (a3 is deleted).
    QCOMPARE(rows(u"SELECT class_id, student_id, filled, missing FROM score_tally_student ORDER BY 2"_s),
             (QStringList{u"c1 s1 3 0"_s, u"c1 s2 1 1"_s, u"c1 s3 2 0"_s}));
    Result<qint64> cells = ScoreTally::countMismatches(db);
    QVERIFY2(cells.ok(), qPrintable(cells.error()));
    QCOMPARE(*cells, 0);
    QCOMPARE(*OutboxTally::count(db, u"pending"_s), 4);
    QCOMPARE(*OutboxTally::count(db, u"rejected"_s), 1);
    QCOMPARE(*OutboxTally::countMismatches(db), 0);

    // Writes after the migration keep the counts equal to a recount.
    for (const QString &sql :
         {u"UPDATE assignment SET deleted = 0 WHERE id = 'a3'"_s, u"UPDATE score SET excused = 0 WHERE id = 'x2'"_s,
          u"UPDATE score SET deleted = 0 WHERE id = 'x8'"_s, u"DELETE FROM score WHERE id = 'x4'"_s,
          u"UPDATE score SET comment = 'ok' WHERE id = 'x1'"_s, u"DELETE FROM outbox WHERE state = 'pending'"_s,
          u"UPDATE outbox SET state = 'pending'"_s}) {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    // s1: a2 and a3 missing now; s2: nothing; s3: a3 missing.
    QCOMPARE(rows(u"SELECT student_id, filled, missing FROM score_tally_student ORDER BY 1"_s),
             (QStringList{u"s1 3 2"_s, u"s2 0 0"_s, u"s3 3 1"_s}));
    QCOMPARE(*ScoreTally::countMismatches(db), 0);
    QCOMPARE(*OutboxTally::count(db, u"pending"_s), 1);
    QCOMPARE(*OutboxTally::count(db, u"rejected"_s), 0);
    QCOMPARE(*OutboxTally::countMismatches(db), 0);
    // A tally changed by hand is found, and a rebuild mends it.
    QVERIFY(
        QSqlQuery(db.connection()).exec(u"UPDATE score_tally_assignment SET filled = 9 WHERE assignment_id = 'a1'"_s));
    QCOMPARE(*ScoreTally::countMismatches(db), 2);
    QVERIFY(ScoreTally::rebuild(db).ok());
    QCOMPARE(*ScoreTally::countMismatches(db), 0);
}

void TestStore::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    makeRawDatabase(path, Migrations::latestVersion() + 5, {u"CREATE TABLE future (x)"_s});
    const QByteArray before = digest(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QTest::qWait(20);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(u"newer version"_s), qPrintable(db.error()));
    QVERIFY(db.error().contains(QString::number(Migrations::latestVersion() + 5)));
    QCOMPARE(digest(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
}

void TestStore::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    test::writeFile(path, QByteArray(4096, 'x'));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(u"not a K12 Teacher database"_s), qPrintable(db.error()));
}

void TestStore::reopeningDoesNotMigrateAgain()
{
    test::TempProfile profile;
    QVERIFY(profile.store().apply(u"test"_s, {Change::upsert(u"class"_s, newId(), {{u"name"_s, u"A"_s}})}).ok());
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 1);
    QCOMPARE(profile.store().database().schemaVersion(), Migrations::latestVersion());
}

// A large commit leaves its pages in the WAL; the checkpointer thread copies
// them into the database file while the connection stays open, and another
// connection reads every row throughout.
void TestStore::walIsCheckpointedBesideTheWriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(exec((*db)->connection(), u"CREATE TABLE filler (n INTEGER, pad BLOB)"_s).ok());
    const qint64 before = QFileInfo(path).size();
    {
        Transaction tx((*db)->connection());
        QVERIFY(tx.begun());
        QSqlQuery q((*db)->connection());
        // 2,000 rows of 4 KiB: about 2,000 pages, over the 1,000-page threshold.
        QVERIFY(q.exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000) "
                       "INSERT INTO filler SELECT n, zeroblob(4096) FROM c"_s));
        QVERIFY(tx.commit().ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 2000 * 4096, 10000);

    Result<std::unique_ptr<Database>> reader = Database::open(path);
    QVERIFY(reader.ok());
    QSqlQuery count((*reader)->connection());
    QVERIFY(count.exec(u"SELECT count(*) FROM filler"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 2000);
}

void TestStore::newIdsAreUniqueAndTimeOrdered()
{
    QSet<QString> seen;
    for (int i = 0; i < 100000; ++i)
        seen.insert(newId());
    QCOMPARE(seen.size(), 100000);

    const QString first = newId();
    QTest::qWait(3);
    const QString later = newId();
    QVERIFY(isId(first) && isId(later));
    // Version nibble 7 and variant bits 10 (Qt 6.4's QUuid::version() predates version 7).
    QCOMPARE(first.at(14), u'7');
    QVERIFY(QStringView(u"89ab").contains(first.at(19)));
    QCOMPARE(QUuid::fromString(first).variant(), QUuid::DCE);
    QVERIFY2(first < later, qPrintable(first + u" / "_s + later)); // text order is time order
    // The first 48 bits are the creation time in milliseconds.
    const qint64 ms = first.left(8).toLongLong(nullptr, 16) << 16 | first.mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestStore::pairIdsAreStableAndClusterByTheirFirstId()
{
    const QString assignment = newId();
    const QString student = newId();
    const QString id = pairId(u"score"_s, assignment, student);
    QVERIFY(isId(id));
    QCOMPARE(pairId(u"score"_s, assignment, student), id);                // every device computes the same
    QVERIFY(pairId(u"score"_s, student, assignment) != id);               // order matters
    QVERIFY(pairId(u"assignment_standard"_s, assignment, student) != id); // and the kind
    QCOMPARE(id.left(13), assignment.left(13));                           // the assignment's 48 bits
    QCOMPARE(id.at(14), u'8');
    QVERIFY(QStringView(u"89ab").contains(id.at(19)));
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(pairId(u"score"_s, assignment, newId()));
    QCOMPARE(ids.size(), 1000);
    // A first id that is not a UUID still gives a valid, stable id.
    QCOMPARE(pairId(u"x"_s, u"not-a-uuid"_s, student), pairId(u"x"_s, u"not-a-uuid"_s, student));
    QVERIFY(isId(pairId(u"x"_s, u"not-a-uuid"_s, student)));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
