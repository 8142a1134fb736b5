// The global search (issue 20): FTS5 results for accented, prefix, multi-word
// and archived cases; the index matching its rows after an edit, undo, a bulk
// set, a rebuild and a process killed with SIGKILL mid-transaction (a child
// writing in a loop). Real SQLite files; the index is compared with what a
// rebuild makes (SearchIndex::countMismatches).
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "models/actions/Actions.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/search/PlainText.h"
#include "models/search/SearchIndex.h"
#include "models/search/SearchQuery.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

using Kind = SearchIndex::Kind;

// Kind and plain title of each result, in order: "student:José Pérez".
QStringList found(Store &store, const QString &text)
{
    Result<QList<SearchResult>> r = SearchQuery(store.database()).run(text);
    if (!r)
        return {u"error: "_s + r.error()};
    QStringList out;
    for (const SearchResult &x : *r)
        out << SearchIndex::kindName(x.kind) + u':' + SearchResult::plain(x.title);
    return out;
}

qint64 mismatches(Store &store)
{
    Result<qint64> n = SearchIndex::countMismatches(store.database());
    return n ? *n : -1;
}

qint64 documents(Store &store, const QString &kind)
{
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT COUNT(*) FROM search_index WHERE kind = ?"_s);
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

struct Fixture
{
    QString algebra, biology, ana, jose, quiz, essay, lesson;
};

Fixture makeFixture(Store &store, QUndoStack *undo)
{
    Actions a(store, undo);
    Fixture f;
    SchoolClass algebra;
    algebra.name = u"Algebra I"_s;
    algebra.subject = u"Mathematics"_s;
    algebra.term = u"2025-26"_s;
    f.algebra = *a.classes().create(algebra);
    SchoolClass biology;
    biology.name = u"Biology 7"_s;
    biology.subject = u"Science"_s;
    biology.term = u"2024-25"_s;
    f.biology = *a.classes().create(biology);

    Student jose;
    jose.givenName = u"José"_s;
    jose.familyName = u"Pérez"_s;
    jose.studentNumber = u"70417"_s;
    f.jose = *a.roster().addStudent(jose, f.algebra);
    Student ana;
    ana.givenName = u"Ana"_s;
    ana.familyName = u"Algarra"_s;
    ana.studentNumber = u"70418"_s;
    f.ana = *a.roster().addStudent(ana, f.biology);

    Assignment quiz;
    quiz.classId = f.algebra;
    quiz.title = u"Linear equations quiz"_s;
    quiz.pointsPossible = 10;
    f.quiz = *a.assignments().add(quiz);
    Assignment essay;
    essay.classId = f.biology;
    essay.title = u"Cell essay"_s;
    essay.pointsPossible = 20;
    f.essay = *a.assignments().add(essay);

    UnitPlan unit;
    unit.classId = f.biology;
    unit.title = u"Photosynthesis"_s;
    const QString unitId = *a.plans().createUnit(unit);
    Lesson lesson;
    lesson.classId = f.biology;
    lesson.unitId = unitId;
    lesson.title = u"Leaf lab"_s;
    // What the plan editor stores: a Qt rich-text document.
    lesson.activities = u"<!DOCTYPE HTML><html><head><style type=\"text/css\">p, li { white-space: pre-wrap; "
                        "font-family:'Sans Serif'; margin-top:0px; }</style></head><body><p>Stomata under the "
                        "microscope&nbsp;&amp; chlorophyll</p></body></html>"_s;
    f.lesson = *a.plans().createLesson(lesson);
    return f;
}

Assignment assignmentOf(Store &store, const QString &id)
{
    const std::optional<QVariantMap> row = store.row(*EntitySchema::find(u"assignment"_s), id);
    Assignment as;
    as.id = id;
    as.classId = row->value(u"class_id"_s).toString();
    as.title = row->value(u"title"_s).toString();
    as.pointsPossible = row->value(u"points_possible"_s).toDouble();
    return as;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void plainTextOfRichText();
    void matchExpressionQuotesEachWord();
    void accentsAreIgnoredBothWays();
    void prefixFindsAlgebra();
    void multiWordMeansEveryWord();
    void archivedClassesAreFoundAndMarked();
    void commentsAndHighlight();
    void guardiansFindTheirStudent();
    void editUndoRedoKeepTheIndex();
    void bulkSetKeepsTheIndex();
    void deletedRowsLeaveTheIndex();
    void rebuildMakesTheSameIndex();
    void migrationFiveIndexesASchemaFourFile();
    void killNineMidTransaction();

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    Fixture m_f;
};

void TestSearch::init()
{
    m_profile = std::make_unique<TempProfile>();
    m_undo = std::make_unique<QUndoStack>();
    m_f = makeFixture(m_profile->store(), m_undo.get());
    m_undo->clear();
}

void TestSearch::cleanup()
{
    m_undo.reset();
    m_profile.reset();
}

void TestSearch::plainTextOfRichText()
{
    QCOMPARE(PlainText::fromHtml(u"<html><head><style>p { margin:0 }</style></head><body><p>one</p><p>two &amp; "
                                 "three&#233;</p><!-- note --></body></html>"_s),
             u"one two & threeé"_s);
    QCOMPARE(PlainText::fromHtml(u"plain text"_s), u"plain text"_s);
    // The lesson's style sheet is not indexed: "margin" and "sans" find nothing; its words do.
    QCOMPARE(found(m_profile->store(), u"margin"_s), QStringList());
    QCOMPARE(found(m_profile->store(), u"sans"_s), QStringList());
    QCOMPARE(found(m_profile->store(), u"chloro"_s), QStringList{u"lesson:Leaf lab"_s});
    QCOMPARE(found(m_profile->store(), u"stomata micro"_s), QStringList{u"lesson:Leaf lab"_s});
}

void TestSearch::matchExpressionQuotesEachWord()
{
    QCOMPARE(SearchQuery::matchExpression(u"  alg  "_s), u"\"alg\"*"_s);
    QCOMPARE(SearchQuery::matchExpression(u"ana AND \"x"_s), u"\"ana\"* \"AND\"* \"\"\"x\"*"_s);
    QCOMPARE(SearchQuery::matchExpression(u"- * ()"_s), QString());
    // Operators typed by the teacher are words, not syntax errors.
    QCOMPARE(found(m_profile->store(), u"NEAR( -"_s), QStringList());
    QCOMPARE(found(m_profile->store(), u"\"Alg"_s).size(), 2);
}

void TestSearch::accentsAreIgnoredBothWays()
{
    QCOMPARE(found(m_profile->store(), u"jose"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(found(m_profile->store(), u"JOSÉ"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(found(m_profile->store(), u"perez"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(found(m_profile->store(), u"pé"_s), QStringList{u"student:José Pérez"_s});
    // The highlight keeps the accent the row has.
    Result<QList<SearchResult>> r = SearchQuery(m_profile->store().database()).run(u"jose"_s);
    QVERIFY(r && r->size() == 1);
    QCOMPARE(SearchResult::bracketed(r->first().title), u"[José] Pérez"_s);
    QCOMPARE(r->first().id, m_f.jose);
    QCOMPARE(r->first().studentId, m_f.jose);
    QCOMPARE(r->first().classId, m_f.algebra);
    QCOMPARE(r->first().className, u"Algebra I"_s);
}

void TestSearch::prefixFindsAlgebra()
{
    // "alg": the class Algebra I and the student Ana Algarra (both by title),
    // best first: the student's document is shorter (no subject or term).
    QCOMPARE(found(m_profile->store(), u"alg"_s), (QStringList{u"student:Ana Algarra"_s, u"class:Algebra I"_s}));
    Result<QList<SearchResult>> r = SearchQuery(m_profile->store().database()).run(u"alg"_s);
    QVERIFY(r && r->size() == 2 && r->at(0).rank <= r->at(1).rank);
    QCOMPARE(found(m_profile->store(), u"algebra"_s), QStringList{u"class:Algebra I"_s});
    QCOMPARE(found(m_profile->store(), u"algebras"_s), QStringList());
    // A student number's start, a subject (the class's body), one letter.
    QCOMPARE(found(m_profile->store(), u"7041"_s), (QStringList{u"student:José Pérez"_s, u"student:Ana Algarra"_s}));
    QCOMPARE(found(m_profile->store(), u"math"_s), QStringList{u"class:Algebra I"_s});
    QCOMPARE(found(m_profile->store(), u"photo"_s), QStringList{u"unit:Photosynthesis"_s});
}

void TestSearch::multiWordMeansEveryWord()
{
    QCOMPARE(found(m_profile->store(), u"jos pér"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(found(m_profile->store(), u"jose algarra"_s), QStringList());
    QCOMPARE(found(m_profile->store(), u"linear quiz"_s), QStringList{u"assignment:Linear equations quiz"_s});
    QCOMPARE(found(m_profile->store(), u"quiz linear"_s), QStringList{u"assignment:Linear equations quiz"_s});
    QCOMPARE(found(m_profile->store(), u"linear essay"_s), QStringList());
}

void TestSearch::archivedClassesAreFoundAndMarked()
{
    QVERIFY(Actions(m_profile->store()).classes().setArchived(m_f.biology, true));
    Result<QList<SearchResult>> r = SearchQuery(m_profile->store().database()).run(u"algarra"_s);
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    QVERIFY(r->first().archived);
    QCOMPARE(r->first().classTerm, u"2024-25"_s);
    QCOMPARE(r->first().className, u"Biology 7"_s);
    r = SearchQuery(m_profile->store().database()).run(u"cell"_s);
    QVERIFY(r && r->size() == 1 && r->first().archived);
    r = SearchQuery(m_profile->store().database()).run(u"jose"_s);
    QVERIFY(r && r->size() == 1 && !r->first().archived);
    QCOMPARE(mismatches(m_profile->store()), 0);
}

void TestSearch::commentsAndHighlight()
{
    Store &store = m_profile->store();
    Actions a(store, m_undo.get());
    QVERIFY(a.grades().setGrade(m_f.algebra, assignmentOf(store, m_f.quiz), m_f.jose,
                                {ScoreEdit::setPoints(9), ScoreEdit::comment(u"Clear steps; revisit slope"_s)}));
    Result<QList<SearchResult>> r = SearchQuery(store.database()).run(u"slo"_s);
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    const SearchResult &c = r->first();
    QCOMPARE(c.kind, Kind::Comment);
    QCOMPARE(c.id, Score::idFor(m_f.quiz, m_f.jose));
    QCOMPARE(c.studentId, m_f.jose);
    QCOMPARE(c.assignmentId, m_f.quiz);
    QCOMPARE(SearchResult::plain(c.title), u"José Pérez · Linear equations quiz"_s);
    QCOMPARE(SearchResult::bracketed(c.snippet), u"Clear steps; revisit [slope]"_s);
    QCOMPARE(SearchResult::html(c.snippet), u"Clear steps; revisit <b>slope</b>"_s);
    // Points alone make no document: one comment, one document.
    QVERIFY(a.grades().setGrade(m_f.algebra, assignmentOf(store, m_f.quiz), m_f.jose, {ScoreEdit::setPoints(7)}));
    QCOMPARE(documents(store, u"comment"_s), 1);
    QVERIFY(a.grades().setGrade(m_f.algebra, assignmentOf(store, m_f.quiz), m_f.jose, {ScoreEdit::comment({})}));
    QCOMPARE(documents(store, u"comment"_s), 0);
    QCOMPARE(found(store, u"slope"_s), QStringList());
    QCOMPARE(mismatches(store), 0);
}

void TestSearch::guardiansFindTheirStudent()
{
    Store &store = m_profile->store();
    Guardian g;
    g.givenName = u"Mariposa"_s;
    g.familyName = u"Quintanilla"_s;
    g.email = u"mariposa.q@example.org"_s;
    Result<GuardianActions::Added> added = Actions(store).guardians().add(g, m_f.jose);
    QVERIFY2(added, qPrintable(added ? QString() : added.error()));
    Result<QList<SearchResult>> r = SearchQuery(store.database()).run(u"quinta"_s);
    QVERIFY(r && r->size() == 1);
    QCOMPARE(r->first().kind, Kind::Guardian);
    QCOMPARE(r->first().studentId, m_f.jose);
    QCOMPARE(r->first().classId, m_f.algebra);
    QCOMPARE(SearchResult::plain(r->first().title), u"Mariposa Quintanilla (guardian of José Pérez)"_s);
    // By email, and renamed: the document follows the guardian row.
    QCOMPARE(found(store, u"mariposa.q"_s).size(), 1);
    g.id = added->guardianId;
    g.familyName = u"Quiroga"_s;
    QVERIFY(Actions(store).guardians().edit(g));
    QCOMPARE(found(store, u"quinta"_s), QStringList());
    QCOMPARE(found(store, u"quiro"_s).size(), 1);
    QVERIFY(Actions(store).guardians().unlink(added->guardianId, m_f.jose));
    QCOMPARE(found(store, u"quiro"_s), QStringList());
    QCOMPARE(mismatches(store), 0);
}

void TestSearch::editUndoRedoKeepTheIndex()
{
    Store &store = m_profile->store();
    Actions a(store, m_undo.get());
    Student jose;
    jose.id = m_f.jose;
    jose.givenName = u"Joaquín"_s;
    jose.familyName = u"Pérez"_s;
    jose.studentNumber = u"70417"_s;
    QVERIFY(a.roster().editStudent(jose));
    QCOMPARE(found(store, u"jose"_s), QStringList());
    QCOMPARE(found(store, u"joaquin"_s), QStringList{u"student:Joaquín Pérez"_s});
    QCOMPARE(mismatches(store), 0);
    m_undo->undo();
    QCOMPARE(found(store, u"joaquin"_s), QStringList());
    QCOMPARE(found(store, u"jose"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(mismatches(store), 0);
    m_undo->redo();
    QCOMPARE(found(store, u"joaq"_s), QStringList{u"student:Joaquín Pérez"_s});
    QCOMPARE(mismatches(store), 0);

    // A lesson's title edited in the plans.
    QVERIFY(a.plans().editLesson(m_f.lesson, u"title"_s, u"Stomata count"_s, u"Edit Title"_s));
    QCOMPARE(found(store, u"leaf"_s), QStringList());
    QCOMPARE(found(store, u"count stom"_s), QStringList{u"lesson:Stomata count"_s});
    m_undo->undo();
    QCOMPARE(found(store, u"leaf"_s), QStringList{u"lesson:Leaf lab"_s});
    QCOMPARE(mismatches(store), 0);
}

void TestSearch::bulkSetKeepsTheIndex()
{
    Store &store = m_profile->store();
    Actions a(store, m_undo.get());
    // 30 students x 4 assignments in Algebra: the first 3 columns get one
    // comment (90 documents), the last column points only (none).
    for (int i = 0; i < 29; ++i) {
        Student s;
        s.givenName = u"Student"_s;
        s.familyName = u"Number %1"_s.arg(i);
        QVERIFY(a.roster().addStudent(s, m_f.algebra));
    }
    for (int i = 0; i < 3; ++i) {
        Assignment as;
        as.classId = m_f.algebra;
        as.title = u"Homework %1"_s.arg(i + 1);
        as.pointsPossible = 5;
        QVERIFY(a.assignments().add(as));
    }
    Result<GradebookData> data = GradebookData::load(store, m_f.algebra);
    QVERIFY(data);
    QCOMPARE(data->studentCount(), 30);
    QCOMPARE(data->assignmentCount(), 4);
    QList<CellRef> commented, pointsOnly;
    for (int s = 0; s < 30; ++s) {
        for (int as = 0; as < 4; ++as)
            (as < 3 ? commented : pointsOnly).append({s, as});
    }
    m_undo->clear();
    QVERIFY(a.grades().writeScores(*data, BulkEdits::comment(*data, commented, u"Needs a revision"_s), u"Comment"_s,
                                   u"grade.comment"_s));
    QCOMPARE(documents(store, u"comment"_s), 90);
    Result<QList<SearchResult>> r = SearchQuery(store.database()).run(u"revis"_s, 1000);
    QVERIFY(r);
    QCOMPARE(r->size(), 90);
    QVERIFY(a.grades().edit(*data, pointsOnly, ScoreEdit::setPoints(4), u"Fill"_s));
    QCOMPARE(documents(store, u"comment"_s), 90);
    QCOMPARE(mismatches(store), 0);
    m_undo->undo(); // the points
    m_undo->undo(); // the comments
    QCOMPARE(documents(store, u"comment"_s), 0);
    QCOMPARE(found(store, u"revis"_s), QStringList());
    QCOMPARE(mismatches(store), 0);
    m_undo->redo();
    QCOMPARE(documents(store, u"comment"_s), 90);
    QCOMPARE(mismatches(store), 0);
}

void TestSearch::deletedRowsLeaveTheIndex()
{
    Store &store = m_profile->store();
    Actions a(store, m_undo.get());
    QVERIFY(a.assignments().remove(m_f.essay));
    QCOMPARE(found(store, u"essay"_s), QStringList());
    QVERIFY(a.roster().removeStudents(m_f.algebra, {m_f.jose}));
    QCOMPARE(found(store, u"jose"_s), QStringList());
    QCOMPARE(mismatches(store), 0);
    m_undo->undo();
    QCOMPARE(found(store, u"jose"_s), QStringList{u"student:José Pérez"_s});
    m_undo->undo();
    QCOMPARE(found(store, u"essay"_s), QStringList{u"assignment:Cell essay"_s});
    QCOMPARE(mismatches(store), 0);
}

void TestSearch::rebuildMakesTheSameIndex()
{
    Store &store = m_profile->store();
    // Damage the index behind the triggers' back: the check sees it, a rebuild mends it.
    QSqlQuery q(store.database().connection());
    QVERIFY(q.exec(u"DELETE FROM search_index WHERE kind = 'student'"_s));
    QVERIFY(q.exec(u"UPDATE search_index SET title = 'Zebra' WHERE kind = 'class'"_s));
    QCOMPARE(mismatches(store), 6); // 2 students missing, 2 classes with another title (both ways)
    QCOMPARE(found(store, u"jose"_s), QStringList());
    QVERIFY(SearchIndex::rebuild(store.database()));
    QCOMPARE(mismatches(store), 0);
    QCOMPARE(found(store, u"jose"_s), QStringList{u"student:José Pérez"_s});
    QVERIFY(q.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s));
}

void TestSearch::migrationFiveIndexesASchemaFourFile()
{
    // The fixture's rows in a file as schema 4 left it: no index, no triggers.
    {
        QSqlQuery q(m_profile->store().database().connection());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"_s));
        QStringList triggers;
        while (q.next())
            triggers << q.value(0).toString();
        // insert, update, delete on class, enrollment, student, student_guardian, guardian,
        // category, assignment, standard, unit_plan, lesson and score
        QCOMPARE(triggers.size(), 3 * 11);
        for (const QString &t : triggers)
            QVERIFY(q.exec(u"DROP TRIGGER "_s + t));
        QVERIFY(q.exec(u"DROP TABLE search_index"_s));
        // And what the later migrations add (6: two synced tables; 7: the
        // Today report's counts), so that the reopening runs 5, 6 and 7.
        QVERIFY(q.exec(u"SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE '%tally%') OR "
                       "(type = 'table' AND (name LIKE '%tally%' OR name IN ('guardian_invitation', "
                       "'family_notice'))) OR name = 'outbox_rejected_idx' ORDER BY type DESC"_s));
        QStringList later;
        while (q.next())
            later << u"DROP "_s + q.value(0).toString().toUpper() + u' ' + q.value(1).toString();
        // 8: the audit trail per operation (audit_log was a table) and the writer's cell counts.
        later << u"DROP VIEW audit_log"_s << u"DROP TABLE audit_op"_s << u"DROP TABLE score_counts_deferred"_s
              << u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT NULL, action "
                 "TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, changes TEXT NOT NULL "
                 "DEFAULT '{}')"_s;
        for (const QString &drop : std::as_const(later))
            QVERIFY2(q.exec(drop), qPrintable(drop));
        QVERIFY(q.exec(u"PRAGMA user_version = 4"_s));
    }
    m_profile->reopen();
    Store &store = m_profile->store();
    QCOMPARE(store.database().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(mismatches(store), 0);
    // class x2, student x2, assignment x2, unit, lesson.
    QSqlQuery q(store.database().connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM search_index"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QCOMPARE(found(store, u"jose"_s), QStringList{u"student:José Pérez"_s});
    QCOMPARE(found(store, u"chloro"_s), QStringList{u"lesson:Leaf lab"_s});
}

namespace {

// The child of killNineMidTransaction: writes comments on 400 cells per
// transaction, forever, and says after each commit how many it made.
int writeForever(const QString &profileDir)
{
    Result<std::unique_ptr<Store>> store = Store::open(profileDir);
    if (!store)
        return 3;
    QList<Score> scores;
    QSqlQuery q((*store)->database().connection());
    q.exec(u"SELECT s.id, e.class_id FROM student s JOIN enrollment e ON e.student_id = s.id"_s);
    QList<QPair<QString, QString>> students;
    while (q.next())
        students.append({q.value(0).toString(), q.value(1).toString()});
    q.exec(u"SELECT id, class_id FROM assignment"_s);
    QList<QPair<QString, QString>> assignments;
    while (q.next())
        assignments.append({q.value(0).toString(), q.value(1).toString()});
    QTextStream out(stdout);
    for (int round = 0;; ++round) {
        ChangeList changes;
        for (const auto &[assignment, classId] : assignments) {
            for (const auto &[student, studentClass] : students) {
                if (studentClass != classId)
                    continue;
                Score s;
                s.id = Score::idFor(assignment, student);
                s.classId = classId;
                s.assignmentId = assignment;
                s.studentId = student;
                s.comment = u"Round%1 remark"_s.arg(round);
                changes.append(Change::upsert(u"score"_s, s.id, s.toFields()));
            }
        }
        // A student renamed in the same transaction: the index of two tables at once.
        changes.append(
            Change::upsert(u"student"_s, students.first().first, {{u"given_name"_s, u"Round%1"_s.arg(round)}}));
        if (!(*store)->apply(u"test.loop"_s, changes))
            return 4;
        out << "committed " << round << Qt::endl;
    }
}

} // namespace

void TestSearch::killNineMidTransaction()
{
    Store &store = m_profile->store();
    Actions a(store);
    for (int i = 0; i < 99; ++i) {
        Student s;
        s.givenName = u"Kid"_s;
        s.familyName = u"Number %1"_s.arg(i);
        QVERIFY(a.roster().addStudent(s, m_f.algebra));
    }
    for (int i = 0; i < 3; ++i) {
        Assignment as;
        as.classId = m_f.algebra;
        as.title = u"Exercise %1"_s.arg(i);
        as.pointsPossible = 5;
        QVERIFY(a.assignments().add(as));
    }
    m_profile->close();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"K12_SEARCH_WRITER"_s, m_profile->path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    // Let it commit a few rounds, then kill it at a random point of the next.
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("committed 5") && timer.elapsed() < 60000) {
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    }
    QVERIFY2(output.contains("committed 5"), output.constData());
    QTest::qWait(QRandomGenerator::global()->bounded(5, 60));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    const qsizetype last = output.lastIndexOf("committed ");
    const int committed = output.mid(last + 10).trimmed().split('\n').first().toInt();

    m_profile->reopen();
    Store &reopened = m_profile->store();
    QCOMPARE(mismatches(reopened), 0);
    QSqlQuery q(reopened.database().connection());
    QVERIFY(q.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s));
    // The last round the child reported is in the index (a later one may be
    // too, committed just before the kill reached it printing).
    const qint64 round = documents(reopened, u"comment"_s);
    QCOMPARE(round, 401); // 100 students x 4 assignments in Algebra, Ana's essay in Biology
    Result<QList<SearchResult>> r = SearchQuery(reopened.database()).run(u"round%1"_s.arg(committed + 1), 1000);
    QVERIFY(r);
    if (r->isEmpty()) {
        r = SearchQuery(reopened.database()).run(u"round%1 remark"_s.arg(committed), 1000);
        QVERIFY(r);
        QCOMPARE(r->size(), 401);
    } else {
        QCOMPARE(r->size(), 402); // 401 comments and the renamed student
    }
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("K12_SEARCH_WRITER")) {
        QCoreApplication app(argc, argv);
        return writeForever(qEnvironmentVariable("K12_SEARCH_WRITER"));
    }
    QCoreApplication app(argc, argv);
    TestSearch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_search.moc"
