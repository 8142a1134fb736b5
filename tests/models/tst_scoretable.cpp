// Local migration 9 (issue 22): the score table clustered on (class,
// assignment, student) WITHOUT ROWID. A schema 8 file with scores, comments,
// counts and an audit trail migrates with every row, count, search document
// and audit entry as before; writes afterwards keep them consistent.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Ids.h"
#include "models/search/PlainText.h"
#include "models/search/SearchIndex.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/today/ScoreTally.h"

#include "kernel/sqlite/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << row.join(u'|');
    }
    return out;
}

// What the test compares before and after the migration.
struct Snapshot
{
    QStringList scores, tallyAssignments, tallyStudents, documents, audit, outbox, foreignKeyCheck;

    static Snapshot of(const QSqlDatabase &db)
    {
        return {rowsOf(db, u"SELECT id, rev, updated_at, deleted, class_id, assignment_id, student_id, points, letter, "
                           "missing, late, excused, exempt, days_late, comment FROM score ORDER BY id"_s),
                rowsOf(db, u"SELECT * FROM score_tally_assignment ORDER BY 1"_s),
                rowsOf(db, u"SELECT * FROM score_tally_student ORDER BY 1, 2"_s),
                // The FTS rowid of a comment changes (rowid * 16 + 9, then docid * 16 + 9); what is found does not.
                rowsOf(db, u"SELECT kind, row_id, class_id, title, body FROM search_index ORDER BY 1, 2"_s),
                rowsOf(db, u"SELECT * FROM audit_log ORDER BY seq"_s),
                rowsOf(db, u"SELECT * FROM outbox ORDER BY seq"_s), rowsOf(db, u"PRAGMA foreign_key_check(score)"_s)};
    }
};

} // namespace

class TestScoreTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void migratesVersion8KeepingEverything();
    void writesAfterTheMigrationStayConsistent();
    void theKeyKeepsOneScorePerCell();
    void aClassIsReadThroughThePrimaryKey();

private:
    // A schema 8 file as the app made it: migrations 1 to 8 on a raw
    // connection (with the search index's SQL function), then the rows.
    void makeVersion8File();
    std::unique_ptr<Database> openMigrated();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Snapshot m_before;
    QString m_c1, m_c2, m_a1, m_a2, m_b1, m_s1, m_s2, m_s3, m_ghost;
    QString m_x1, m_x2, m_x3, m_x4, m_x5, m_x6, m_x7;
};

void TestScoreTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"k12.sqlite"_s);
    for (QString *id : {&m_c1, &m_c2, &m_a1, &m_a2, &m_b1, &m_s1, &m_s2, &m_s3, &m_ghost, &m_x1, &m_x2, &m_x3, &m_x4,
                        &m_x5, &m_x6, &m_x7})
        *id = newId();
    makeVersion8File();
}

void TestScoreTable::cleanup()
{
    m_dir.reset();
}

void TestScoreTable::makeVersion8File()
{
    const QString name = u"raw-v8"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(PlainText::registerSqlFunction(SqliteStatement::handleOf(db)));
        QSqlQuery q(db);
        for (const Migration &m : Migrations::all()) {
            if (m.version > 8)
                continue;
            QVERIFY(q.exec(u"BEGIN"_s));
            for (const QString &sql : m.statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            QVERIFY(q.exec(u"COMMIT"_s));
        }
        // Rows inserted out of key order, so that rowid order and key order differ.
        //          a1 (c1)             a2 (c1)            b1 (c2)
        //   s1     x1 8 "great lab"    x3 5
        //   s2     x2 missing          x4 excused
        //   s3                         x6 deleted, "hidden remark"   x5 9 "photosynthesis essay"
        //   ghost                                         x7 4 (its student not here yet: a pull's order)
        const QString score = u"INSERT INTO score (id, rev, updated_at, class_id, assignment_id, student_id, points, "
                              "missing, excused, deleted, comment) VALUES ('%1', 3, '2026-11-02T10:00:00.000Z', "
                              "'%2', '%3', '%4', %5, %6, %7, %8, '%9')"_s;
        QStringList statements{
            u"INSERT INTO \"class\" (id, updated_at, name) VALUES ('%1', '2026-11-01', 'Algebra'), ('%2', "
            "'2026-11-01', 'Biology')"_s.arg(m_c1, m_c2),
            u"INSERT INTO assignment (id, updated_at, class_id, title, points_possible) VALUES ('%1', '2026-11-01', "
            "'%4', 'Lab', 10), ('%2', '2026-11-01', '%4', 'Quiz', 10), ('%3', '2026-11-01', '%5', 'Essay', 10)"_s.arg(
                m_a1, m_a2, m_b1, m_c1, m_c2),
            u"INSERT INTO student (id, updated_at, given_name, family_name) VALUES ('%1', '2026-11-01', 'Ada', "
            "'L'), ('%2', '2026-11-01', 'Bo', 'M'), ('%3', '2026-11-01', 'Cy', 'N')"_s.arg(m_s1, m_s2, m_s3),
            u"PRAGMA foreign_keys = OFF"_s,
            score.arg(m_x5, m_c2, m_b1, m_s3, u"9"_s, u"0"_s, u"0"_s, u"0"_s, u"photosynthesis essay"_s),
            score.arg(m_x3, m_c1, m_a2, m_s1, u"5"_s, u"0"_s, u"0"_s, u"0"_s, QString()),
            score.arg(m_x7, m_c2, m_b1, m_ghost, u"4"_s, u"0"_s, u"0"_s, u"0"_s, QString()),
            score.arg(m_x1, m_c1, m_a1, m_s1, u"8"_s, u"0"_s, u"0"_s, u"0"_s, u"great lab report"_s),
            score.arg(m_x6, m_c1, m_a2, m_s3, u"NULL"_s, u"0"_s, u"0"_s, u"1"_s, u"hidden remark"_s),
            score.arg(m_x4, m_c1, m_a2, m_s2, u"NULL"_s, u"0"_s, u"1"_s, u"0"_s, QString()),
            score.arg(m_x2, m_c1, m_a1, m_s2, u"NULL"_s, u"1"_s, u"0"_s, u"0"_s, QString()),
            u"INSERT INTO audit_op (at, origin, action, entries) VALUES ('2026-11-02T10:00:00.000Z', 'local', "
            "'grade.set', json_array(json_array('score', '%1', 'upsert', json('{\"points\":{\"old\":null,\"new\":8}}'))))"_s
                .arg(m_x1),
            u"INSERT INTO outbox (mutation_id, entity, row_id, op, created_at) VALUES ('m1', 'score', '%1', 'upsert', "
            "'2026-11-02')"_s.arg(m_x1),
            u"PRAGMA user_version = 8"_s,
        };
        for (const QString &sql : std::as_const(statements))
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        m_before = Snapshot::of(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // The fixture is what the test says it is.
    QCOMPARE(m_before.scores.size(), 7);
    QStringList filled{m_a1 + u"|2"_s, m_a2 + u"|2"_s, m_b1 + u"|2"_s};
    filled.sort();
    QCOMPARE(m_before.tallyAssignments, filled);
    QCOMPARE(m_before.documents.filter(u"comment|"_s).size(), 2); // x1 and x5; x6 is deleted
    QCOMPARE(m_before.audit.size(), 1);
    QCOMPARE(m_before.foreignKeyCheck.size(), 1); // x7's student
}

std::unique_ptr<Database> TestScoreTable::openMigrated()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened) {
        qWarning() << opened.error();
        return {};
    }
    return std::move(opened).value();
}

void TestScoreTable::migratesVersion8KeepingEverything()
{
    std::unique_ptr<Database> db = openMigrated();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 9);
    const Snapshot after = Snapshot::of(db->connection());
    QCOMPARE(after.scores, m_before.scores);
    QCOMPARE(after.tallyAssignments, m_before.tallyAssignments);
    QCOMPARE(after.tallyStudents, m_before.tallyStudents);
    QCOMPARE(after.documents, m_before.documents);
    QCOMPARE(after.audit, m_before.audit);
    QCOMPARE(after.outbox, m_before.outbox);
    QCOMPARE(after.foreignKeyCheck.size(), 1);
    QCOMPARE(*ScoreTally::countMismatches(*db), 0);
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);

    // The layout: clustered, one unique index on id, the old indexes gone.
    QStringList sql = rowsOf(db->connection(), u"SELECT sql FROM sqlite_master WHERE name = 'score'"_s);
    QCOMPARE(sql.size(), 1);
    QVERIFY2(sql.first().contains(u"PRIMARY KEY (class_id, assignment_id, student_id)) WITHOUT ROWID"_s),
             qPrintable(sql.first()));
    QCOMPARE(rowsOf(db->connection(), u"SELECT name, \"unique\", origin FROM pragma_index_list('score') ORDER BY 1"_s),
             (QStringList{u"score_id_idx|1|c"_s, u"sqlite_autoindex_score_1|1|pk"_s}));
    // Every trigger on score came back, and those on assignment that read it.
    QCOMPARE(rowsOf(db->connection(), u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND (tbl_name = 'score' "
                                      "OR name LIKE 'score_tally_assignment%') ORDER BY 1"_s),
             (QStringList{u"score_tally_ad"_s, u"score_tally_ai"_s, u"score_tally_assignment_ad"_s,
                          u"score_tally_assignment_ai"_s, u"score_tally_assignment_au"_s, u"score_tally_au"_s,
                          u"score_tally_au_moved"_s, u"search_comment_score_ad"_s, u"search_comment_score_ai"_s,
                          u"search_comment_score_au"_s}));
    // Search finds the comments by their words, under their score's id.
    QCOMPARE(rowsOf(db->connection(), u"SELECT row_id FROM search_index WHERE search_index MATCH 'photosynthesis'"_s),
             QStringList{m_x5});
    QCOMPARE(rowsOf(db->connection(), u"SELECT COUNT(*) FROM search_index WHERE search_index MATCH 'hidden'"_s),
             QStringList{u"0"_s});
}

void TestScoreTable::writesAfterTheMigrationStayConsistent()
{
    std::unique_ptr<Database> db = openMigrated();
    QVERIFY(db);
    ChangeWriter writer(*db);
    const QString x8 = newId();
    // Re-grade (found by its key), comment, remove a comment, delete, create,
    // restore a deleted score with a new comment: one operation.
    Result<QList<AppliedChange>> r = writer.apply(
        u"test"_s, {Change::upsert(u"score"_s, m_x3, {{u"points"_s, 6.0}}),
                    Change::upsert(u"score"_s, m_x2, {{u"comment"_s, u"needs a retake"_s}}),
                    Change::upsert(u"score"_s, m_x1, {{u"comment"_s, QString()}}), Change::remove(u"score"_s, m_x4),
                    Change::upsert(u"score"_s, x8,
                                   {{u"class_id"_s, m_c1},
                                    {u"assignment_id"_s, m_a1},
                                    {u"student_id"_s, m_s3},
                                    {u"points"_s, 7.0},
                                    {u"comment"_s, u"late but thorough"_s}}),
                    Change::upsert(u"score"_s, m_x6, {{u"comment"_s, u"restored remark"_s}})});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->size(), 6);
    QCOMPARE(
        rowsOf(db->connection(), u"SELECT points, comment, deleted FROM score WHERE id IN ('%1', '%2', '%3', '%4', "
                                 "'%5') ORDER BY points, deleted"_s.arg(m_x3, m_x2, m_x1, m_x4, x8)),
        (QStringList{u"NULL|needs a retake|0"_s, u"NULL||1"_s, u"6||0"_s, u"7|late but thorough|0"_s, u"8||0"_s}));
    QCOMPARE(*ScoreTally::countMismatches(*db), 0);
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);
    auto found = [&](const QString &word) {
        return rowsOf(db->connection(),
                      u"SELECT row_id FROM search_index WHERE search_index MATCH '%1' ORDER BY 1"_s.arg(word));
    };
    QCOMPARE(found(u"retake"_s), QStringList{m_x2});
    QCOMPARE(found(u"thorough"_s), QStringList{x8});
    QCOMPARE(found(u"great"_s), QStringList{});
    // x6 was a deleted score: a comment alone does not bring it back (the writer
    // revives a row only through an upsert of a deleted one, which this is).
    QCOMPARE(rowsOf(db->connection(), u"SELECT deleted FROM score WHERE id = '%1'"_s.arg(m_x6)), QStringList{u"0"_s});
    QCOMPARE(found(u"restored"_s), QStringList{m_x6});

    // A pulled row is written by an upsert (LocalRowWriter): its triggers run under its conflict handling.
    QVERIFY(QSqlQuery(db->connection())
                .exec(u"INSERT INTO score (id, rev, updated_at, class_id, assignment_id, student_id, comment) SELECT "
                      "id, rev + 1, updated_at, class_id, assignment_id, student_id, 'pulled words' FROM score WHERE "
                      "id = '%1' ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, comment = excluded.comment"_s.arg(
                          m_x2)));
    QCOMPARE(found(u"retake"_s), QStringList{});
    QCOMPARE(found(u"pulled"_s), QStringList{m_x2});
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);
    // A rebuild makes the same documents under the same numbers.
    const QStringList numbered = rowsOf(db->connection(), u"SELECT rowid, row_id FROM search_index ORDER BY 1"_s);
    QVERIFY(SearchIndex::rebuild(*db).ok());
    QCOMPARE(rowsOf(db->connection(), u"SELECT rowid, row_id FROM search_index ORDER BY 1"_s), numbered);
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);

    // A hard delete (a restore, a class removed) takes the document and its number.
    QVERIFY(QSqlQuery(db->connection()).exec(u"DELETE FROM score WHERE id = '%1'"_s.arg(m_x2)));
    QCOMPARE(found(u"pulled"_s), QStringList{});
    QCOMPARE(rowsOf(db->connection(), u"SELECT COUNT(*) FROM score_docid WHERE score_id = '%1'"_s.arg(m_x2)),
             QStringList{u"0"_s});
    QCOMPARE(*ScoreTally::countMismatches(*db), 0);
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);
    // A comment whose number was lost is found by the check.
    QVERIFY(QSqlQuery(db->connection()).exec(u"DELETE FROM score_docid WHERE score_id = '%1'"_s.arg(x8)));
    QVERIFY(*SearchIndex::countMismatches(*db) > 0);
    QVERIFY(SearchIndex::rebuild(*db).ok());
    QCOMPARE(*SearchIndex::countMismatches(*db), 0);
    QCOMPARE(found(u"thorough"_s), QStringList{x8});
}

void TestScoreTable::theKeyKeepsOneScorePerCell()
{
    std::unique_ptr<Database> db = openMigrated();
    QVERIFY(db);
    ChangeWriter writer(*db);
    // A second score for x1's cell under another id is refused, and nothing is written.
    const QStringList before = Snapshot::of(db->connection()).scores;
    Result<QList<AppliedChange>> r = writer.apply(
        u"test"_s,
        {Change::upsert(
            u"score"_s, newId(),
            {{u"class_id"_s, m_c1}, {u"assignment_id"_s, m_a1}, {u"student_id"_s, m_s1}, {u"points"_s, 1.0}})});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"UNIQUE"_s), qPrintable(r.error()));
    QCOMPARE(Snapshot::of(db->connection()).scores, before);
    // A score moved to another cell moves in the table (found by its old key).
    r = writer.apply(u"test"_s, {Change::upsert(u"score"_s, m_x2, {{u"student_id"_s, m_s3}})});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(rowsOf(db->connection(), u"SELECT student_id, missing FROM score WHERE id = '%1'"_s.arg(m_x2)),
             QStringList{m_s3 + u"|1"_s});
    QCOMPARE(*ScoreTally::countMismatches(*db), 0);
}

void TestScoreTable::aClassIsReadThroughThePrimaryKey()
{
    std::unique_ptr<Database> db = openMigrated();
    QVERIFY(db);
    // The grid's read (GradebookLoad): one range of the table, no other index.
    const QStringList plan =
        rowsOf(db->connection(), u"EXPLAIN QUERY PLAN SELECT assignment_id, student_id, points FROM score WHERE "
                                 "class_id = 'c' AND deleted = 0"_s);
    QVERIFY2(plan.join(u'\n').contains(u"USING PRIMARY KEY (class_id=?)"_s), qPrintable(plan.join(u'\n')));
    // And in key order: the class's assignments, each with its students.
    QCOMPARE(rowsOf(db->connection(), u"SELECT id FROM score WHERE class_id = '%1'"_s.arg(m_c1)).size(), 5);
    const QStringList keys =
        rowsOf(db->connection(), u"SELECT assignment_id || student_id FROM score WHERE class_id = '%1'"_s.arg(m_c1));
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(keys, sorted);
}

QTEST_GUILESS_MAIN(TestScoreTable)
#include "tst_scoretable.moc"
