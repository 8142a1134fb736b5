// The Today report on a hand-made profile (Wednesday 9 December 2026):
//  Algebra 1 (active): unit 7-18 Dec with a lesson today, none tomorrow;
//    students Ana, Ben, Cy active and Dee dropped; assignments
//    Quiz 1 (due 2 Dec: Ana 8, Ben missing, Cy empty)        -> 1 ungraded
//    HW 2   (due 3 Dec: Ana 9, Ben missing, Cy 7)            -> 0, not listed
//    HW 3   (due 4 Dec: Ana excused, Ben missing, Cy empty)  -> 1 ungraded
//    Project (due Mon 7 Dec: Ana 10)                         -> 2 ungraded, due this week
//    Test   (due Fri 11 Dec, nothing yet)                    -> due this week, not past due
//    Draft  (due 1 Dec, unpublished)                         -> ignored
//    Ben has 3 missing = the class's threshold (3) -> listed; Dee's cells never count.
//  Biology (active): unit 7-18 Dec, a lesson tomorrow, none today.
//  Old History (archived): a lesson today, a past-due assignment, 3 missing: all ignored.
//  One open conflict, one resolved; one rejected change, one pending.
// And `k12-teacher today --json` on the same profile prints the same.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/actions/Actions.h"
#include "models/repositories/CategoryRepository.h"
#include "models/settings/LanguageSetting.h"
#include "models/store/OutboxTally.h"
#include "models/store/Store.h"
#include "models/today/ScoreTally.h"
#include "models/today/TodayReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

const QDate kToday(2026, 12, 9);

struct Builder
{
    Store &store;
    ChangeList changes;

    QString add(const QString &entity, const QVariantMap &fields, QString id = {})
    {
        if (id.isEmpty())
            id = newId();
        changes.append(Change::upsert(entity, id, fields));
        return id;
    }
    QString schoolClass(const QString &name, bool archived = false)
    {
        SchoolClass c;
        c.name = name;
        c.archived = archived;
        return add(u"class"_s, c.toFields());
    }
    QString student(const QString &classId, const QString &given, const QString &status = u"active"_s)
    {
        Student s;
        s.givenName = given;
        s.familyName = u"Test"_s;
        const QString id = add(u"student"_s, s.toFields());
        const Enrollment e{{}, 0, classId, id, status};
        add(u"enrollment"_s, e.toFields(), pairId(u"enrollment"_s, classId, id));
        return id;
    }
    QString unit(const QString &classId, const QString &title)
    {
        UnitPlan u;
        u.classId = classId;
        u.title = title;
        u.startDate = QDate(2026, 12, 7);
        u.endDate = QDate(2026, 12, 18);
        return add(u"unit_plan"_s, u.toFields());
    }
    QString lesson(const QString &classId, const QString &unitId, const QString &title, const QDate &date)
    {
        Lesson l;
        l.classId = classId;
        l.unitId = unitId;
        l.title = title;
        l.date = date;
        return add(u"lesson"_s, l.toFields());
    }
    QString assignment(const QString &classId, const QString &title, const QDate &due, bool published = true)
    {
        Assignment a;
        a.classId = classId;
        a.title = title;
        a.pointsPossible = 10;
        a.dueDate = due;
        a.published = published;
        return add(u"assignment"_s, a.toFields());
    }
    void score(const QString &classId, const QString &assignmentId, const QString &studentId,
               std::optional<double> points, bool missing = false, bool excused = false)
    {
        Score s;
        s.classId = classId;
        s.assignmentId = assignmentId;
        s.studentId = studentId;
        s.points = points;
        s.missing = missing;
        s.excused = excused;
        add(u"score"_s, s.toFields(), Score::idFor(assignmentId, studentId));
    }
};

void exec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

} // namespace

class TestToday : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { Clock::reset(); }
    void lessons();
    void assignments();
    void studentsMissing();
    void sync();
    void nextSchoolDay();
    void cliJson();
    void cliText();
    void cliTextCountsInTheLanguage_data();
    void cliTextCountsInTheLanguage();
    void countsFollowEditsUndoAndRollback();
    void countsFollowPulledRowsInAnyOrder();

private:
    std::unique_ptr<test::TempProfile> m_profile;
    QString m_algebra, m_biology, m_history, m_ben, m_cy, m_quiz, m_hw3, m_project, m_test, m_slopes, m_cells;
};

void TestToday::init()
{
    test::setToday(kToday);
    m_profile = std::make_unique<test::TempProfile>();
    Builder b{m_profile->store(), {}};
    m_algebra = b.schoolClass(u"Algebra 1"_s);
    m_biology = b.schoolClass(u"Biology"_s);
    m_history = b.schoolClass(u"Old History"_s);
    const QString ana = b.student(m_algebra, u"Ana"_s);
    m_ben = b.student(m_algebra, u"Ben"_s);
    m_cy = b.student(m_algebra, u"Cy"_s);
    const QString &cy = m_cy;
    b.student(m_algebra, u"Dee"_s, u"dropped"_s);
    const QString algebraUnit = b.unit(m_algebra, u"Linear functions"_s);
    m_slopes = b.lesson(m_algebra, algebraUnit, u"Slopes"_s, kToday);
    const QString bioUnit = b.unit(m_biology, u"The cell"_s);
    m_cells = b.lesson(m_biology, bioUnit, u"Cells"_s, kToday.addDays(1));

    m_quiz = b.assignment(m_algebra, u"Quiz 1"_s, QDate(2026, 12, 2));
    b.score(m_algebra, m_quiz, ana, 8);
    b.score(m_algebra, m_quiz, m_ben, std::nullopt, true);
    const QString hw2 = b.assignment(m_algebra, u"HW 2"_s, QDate(2026, 12, 3));
    b.score(m_algebra, hw2, ana, 9);
    b.score(m_algebra, hw2, m_ben, std::nullopt, true);
    b.score(m_algebra, hw2, cy, 7);
    m_hw3 = b.assignment(m_algebra, u"HW 3"_s, QDate(2026, 12, 4));
    b.score(m_algebra, m_hw3, ana, std::nullopt, false, true);
    b.score(m_algebra, m_hw3, m_ben, std::nullopt, true);
    m_project = b.assignment(m_algebra, u"Project"_s, QDate(2026, 12, 7));
    b.score(m_algebra, m_project, ana, 10);
    m_test = b.assignment(m_algebra, u"Test"_s, QDate(2026, 12, 11));
    b.assignment(m_algebra, u"Draft"_s, QDate(2026, 12, 1), false);

    const QString old = b.student(m_history, u"Oz"_s);
    const QString oldUnit = b.unit(m_history, u"Rome"_s);
    b.lesson(m_history, oldUnit, u"Caesar"_s, kToday);
    for (int i = 0; i < 3; ++i) {
        const QString a = b.assignment(m_history, u"Essay %1"_s.arg(i), QDate(2026, 12, 1 + i));
        b.score(m_history, a, old, std::nullopt, true);
    }
    b.assignment(m_history, u"Map"_s, QDate(2026, 12, 8));
    const auto applied = m_profile->store().apply(u"test.setup"_s, b.changes);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error()));

    Store &s = m_profile->store();
    // Archived afterwards, as the rollover does: an archived class takes no more writes.
    exec(s, u"UPDATE \"class\" SET archived = 1 WHERE id = '%1'"_s.arg(m_history));
    exec(s, u"INSERT INTO conflict (id, entity, row_id, field, mine, server, detected_at) VALUES "
            "('c1', 'score', 'r1', 'points', '8', '9', '2026-12-08T10:00:00.000Z')"_s);
    exec(s, u"INSERT INTO conflict (id, entity, row_id, field, mine, server, detected_at, resolved_at, resolution) "
            "VALUES ('c2', 'score', 'r2', 'points', '1', '2', '2026-12-08T10:00:00.000Z', "
            "'2026-12-08T11:00:00.000Z', 'mine')"_s);
    // The setup left pending outbox rows; one of them becomes rejected.
    exec(s, u"UPDATE outbox SET state = 'rejected', rejected_reason = 'forbidden' WHERE seq = (SELECT MIN(seq) "
            "FROM outbox)"_s);
}

void TestToday::lessons()
{
    const TodayReport r = TodayReport::build(m_profile->store(), Clock::today());
    QCOMPARE(r.today, kToday);
    QCOMPARE(r.tomorrow, QDate(2026, 12, 10));
    // Today: Algebra's lesson, Biology's class day without one; never the archived class.
    QCOMPARE(r.lessonsToday.size(), 2);
    QCOMPARE(r.lessonsToday.at(0).className, u"Algebra 1"_s);
    QCOMPARE(r.lessonsToday.at(0).lessonId, m_slopes);
    QCOMPARE(r.lessonsToday.at(0).title, u"Slopes"_s);
    QCOMPARE(r.lessonsToday.at(0).unitTitle, u"Linear functions"_s);
    QCOMPARE(r.lessonsToday.at(1).className, u"Biology"_s);
    QVERIFY(r.lessonsToday.at(1).noPlan());
    QCOMPARE(r.lessonsToday.at(1).date, kToday);
    // Tomorrow: Biology's "Cells" and Algebra's missing plan.
    QCOMPARE(r.lessonsTomorrow.size(), 2);
    QCOMPARE(r.lessonsTomorrow.at(0).lessonId, m_cells);
    QCOMPARE(r.lessonsTomorrow.at(1).classId, m_algebra);
    QVERIFY(r.lessonsTomorrow.at(1).noPlan());
    QCOMPARE(r.lessonsTomorrow.at(1).date, QDate(2026, 12, 10));

    // A Saturday is no class day: nothing to plan for it, and "tomorrow" is Monday.
    const TodayReport weekend = TodayReport::build(m_profile->store(), QDate(2026, 12, 12));
    QVERIFY(weekend.lessonsToday.isEmpty());
    QCOMPARE(weekend.tomorrow, QDate(2026, 12, 14));
    QCOMPARE(weekend.lessonsTomorrow.size(), 2); // both classes' units go on: no plans yet
    QVERIFY(weekend.lessonsTomorrow.at(0).noPlan() && weekend.lessonsTomorrow.at(1).noPlan());
}

void TestToday::assignments()
{
    const TodayReport r = TodayReport::build(m_profile->store(), kToday);
    QCOMPARE(r.dueThisWeek.size(), 2);
    QCOMPARE(r.dueThisWeek.at(0).assignmentId, m_project);
    QCOMPARE(r.dueThisWeek.at(1).assignmentId, m_test);
    QCOMPARE(r.dueThisWeek.at(1).ungraded, 3);

    QCOMPARE(r.ungradedPastDue.size(), 3);
    QCOMPARE(r.ungradedPastDue.at(0).assignmentId, m_quiz);
    QCOMPARE(r.ungradedPastDue.at(0).ungraded, 1); // Cy (Dee dropped, Ben marked missing)
    QCOMPARE(r.ungradedPastDue.at(1).assignmentId, m_hw3);
    QCOMPARE(r.ungradedPastDue.at(1).ungraded, 1);
    QCOMPARE(r.ungradedPastDue.at(2).assignmentId, m_project);
    QCOMPARE(r.ungradedPastDue.at(2).ungraded, 2);
    QCOMPARE(r.ungradedPastDue.at(2).className, u"Algebra 1"_s);
}

void TestToday::studentsMissing()
{
    TodayReport r = TodayReport::build(m_profile->store(), kToday);
    QCOMPARE(r.studentsMissing.size(), 1);
    QCOMPARE(r.studentsMissing.at(0).studentId, m_ben);
    QCOMPARE(r.studentsMissing.at(0).name, u"Ben Test"_s);
    QCOMPARE(r.studentsMissing.at(0).missing, 3);
    QCOMPARE(r.studentsMissing.at(0).threshold, 3);
    // The class's own threshold decides: at 4 Ben is under it, at 0 the list is off.
    exec(m_profile->store(), u"UPDATE \"class\" SET risk_missing_count = 4 WHERE id = '%1'"_s.arg(m_algebra));
    QVERIFY(TodayReport::build(m_profile->store(), kToday).studentsMissing.isEmpty());
    exec(m_profile->store(), u"UPDATE \"class\" SET risk_missing_count = 0 WHERE id = '%1'"_s.arg(m_algebra));
    QVERIFY(TodayReport::build(m_profile->store(), kToday).studentsMissing.isEmpty());
    exec(m_profile->store(), u"UPDATE \"class\" SET risk_missing_count = 2 WHERE id = '%1'"_s.arg(m_algebra));
    QCOMPARE(TodayReport::build(m_profile->store(), kToday).studentsMissing.size(), 1);
}

void TestToday::sync()
{
    Store &s = m_profile->store();
    exec(s, u"INSERT INTO sync_state (key, value) VALUES ('signed_in', '1'), ('server_url', 'https://k12.example'), "
            "('last_sync_at', '2026-12-08T07:30:00.000Z'), ('last_error', 'timeout'), ('error_streak', '2')"_s);
    const qint64 outbox = test::countRows(s, u"outbox"_s);
    const TodayReport r = TodayReport::build(s, kToday);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.at(0).id, u"c1"_s);
    QCOMPARE(r.conflicts.at(0).field, u"points"_s);
    QCOMPARE(r.rejected.size(), 1);
    QCOMPARE(r.rejected.at(0).error, u"forbidden"_s);
    QCOMPARE(r.sync.pending, outbox - 1);
    QVERIFY(r.sync.signedIn);
    QCOMPARE(r.sync.server, u"https://k12.example"_s);
    QCOMPARE(r.sync.lastSync, QDateTime(QDate(2026, 12, 8), QTime(7, 30), Qt::UTC));
    QCOMPARE(r.sync.lastError, u"timeout"_s);
    QCOMPARE(r.sync.errorStreak, 2);
    QCOMPARE(r.sync.held, 0);
}

void TestToday::nextSchoolDay()
{
    QCOMPARE(TodayReport::nextSchoolDay(QDate(2026, 12, 11)), QDate(2026, 12, 14)); // Friday -> Monday
    QCOMPARE(TodayReport::nextSchoolDay(QDate(2026, 12, 13)), QDate(2026, 12, 14)); // Sunday -> Monday
    QCOMPARE(TodayReport::nextSchoolDay(QDate(2026, 12, 9)), QDate(2026, 12, 10));
}

void TestToday::cliJson()
{
    m_profile->close();
    const test::ProcessResult p =
        test::runTeacher({u"--profile"_s, m_profile->path(), u"today"_s, u"--date"_s, u"2026-12-09"_s, u"--json"_s});
    QVERIFY2(p.exitCode == 0, qPrintable(p.err));
    const QJsonObject o = QJsonDocument::fromJson(p.out.toUtf8()).object();
    for (const char *key : {"lessons_today", "lessons_tomorrow", "due_this_week", "ungraded_past_due",
                            "students_missing", "conflicts", "rejected"})
        QVERIFY2(o.value(QLatin1StringView(key)).isArray(), key);
    QVERIFY(o.value(u"sync"_s).isObject());
    QCOMPARE(o.value(u"date"_s).toString(), u"2026-12-09"_s);
    const QJsonArray today = o.value(u"lessons_today"_s).toArray();
    QCOMPARE(today.size(), 2);
    QCOMPARE(today.at(0)[u"class"_s].toString(), u"Algebra 1"_s);
    QCOMPARE(today.at(0)[u"lesson_id"_s].toString(), m_slopes);
    QCOMPARE(today.at(0)[u"title"_s].toString(), u"Slopes"_s);
    QCOMPARE(today.at(1)[u"no_plan"_s].toBool(), true);
    QCOMPARE(o.value(u"lessons_tomorrow"_s).toArray().at(0)[u"date"_s].toString(), u"2026-12-10"_s);
    const QJsonArray ungraded = o.value(u"ungraded_past_due"_s).toArray();
    QCOMPARE(ungraded.size(), 3);
    QCOMPARE(ungraded.at(2)[u"assignment_id"_s].toString(), m_project);
    QCOMPARE(ungraded.at(2)[u"ungraded"_s].toInt(), 2);
    QCOMPARE(ungraded.at(2)[u"due_date"_s].toString(), u"2026-12-07"_s);
    QCOMPARE(o.value(u"due_this_week"_s).toArray().size(), 2);
    const QJsonArray missing = o.value(u"students_missing"_s).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.at(0)[u"student"_s].toString(), u"Ben Test"_s);
    QCOMPARE(missing.at(0)[u"missing"_s].toInt(), 3);
    QCOMPARE(o.value(u"conflicts"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"rejected"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"sync"_s).toObject().value(u"signed_in"_s).toBool(), false);
}

void TestToday::cliText()
{
    m_profile->close();
    const test::ProcessResult p =
        test::runTeacher({u"--profile"_s, m_profile->path(), u"today"_s, u"--date"_s, u"2026-12-09"_s});
    QVERIFY2(p.exitCode == 0, qPrintable(p.err));
    QVERIFY2(p.out.contains(u"Algebra 1\tSlopes"_s), qPrintable(p.out));
    QVERIFY2(p.out.contains(u"Quiz 1\t2026-12-02\t1"_s), qPrintable(p.out));
    QVERIFY2(p.out.contains(u"Ben Test\t3"_s), qPrintable(p.out));
    QVERIFY(!p.out.contains(u"Old History"_s));
}

void TestToday::cliTextCountsInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("waiting");
    QTest::newRow("en") << u"en"_s << u"1,456,528 changes waiting to sync"_s;
    QTest::newRow("es") << u"es"_s << u"1.456.528 cambios esperando a sincronizarse"_s;
    QTest::newRow("fr") << u"fr"_s << u"1\u202f456\u202f528 modifications en attente de synchronisation"_s;
}

// A busy profile's counts come out digit-grouped in the teacher's language; --json keeps the plain number.
void TestToday::cliTextCountsInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, waiting);
    // The outbox's pending count as its triggers keep it, for a profile that has not synced for a long time.
    exec(m_profile->store(), u"INSERT INTO outbox_tally (state, rows) VALUES ('pending', 1456528) "
                             "ON CONFLICT (state) DO UPDATE SET rows = excluded.rows"_s);
    m_profile->close();
    LanguageSetting::save(m_profile->path(), language);
    const QStringList args{u"--profile"_s, m_profile->path(), u"today"_s, u"--date"_s, u"2026-12-09"_s};
    const test::ProcessResult text = test::runTeacher(args);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"  "_s + waiting + u'\n'), qPrintable(text.out));
    const test::ProcessResult json = test::runTeacher(args + QStringList{u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject sync = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"sync"_s).toObject();
    QVERIFY2(json.out.contains(u": 1456528"_s), qPrintable(json.out));
    QCOMPARE(sync.value(u"pending"_s).toInteger(), 1456528);
}

namespace {

// The tallies the report reads equal a recount of the rows.
void verifyTallies(Store &store)
{
    const Result<qint64> cells = ScoreTally::countMismatches(store.database());
    QVERIFY2(cells.ok(), qPrintable(cells.error()));
    QCOMPARE(*cells, 0);
    const Result<qint64> outbox = OutboxTally::countMismatches(store.database());
    QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
    QCOMPARE(*outbox, 0);
}

int ungradedOf(const TodayReport &r, const QString &assignmentId)
{
    for (const TodayReport::AssignmentItem &a : r.ungradedPastDue) {
        if (a.assignmentId == assignmentId)
            return a.ungraded;
    }
    return 0;
}

} // namespace

void TestToday::countsFollowEditsUndoAndRollback()
{
    // The report reads counts the score and assignment triggers keep: each
    // user action, its undo and a transaction that rolls back must leave them
    // equal to a recount, and the report must follow.
    Store &s = m_profile->store();
    QUndoStack undo;
    Actions actions(s, &undo);
    verifyTallies(s);
    const std::optional<Assignment> quiz = AssignmentRepository(s).find(m_quiz);
    QVERIFY(quiz);

    // Cy's Quiz 1 graded: the quiz has nothing left to grade.
    QVERIFY(actions.grades().setGrade(m_algebra, *quiz, m_cy, {ScoreEdit::setPoints(6)}).ok());
    verifyTallies(s);
    QCOMPARE(ungradedOf(TodayReport::build(s, kToday), m_quiz), 0);
    undo.undo();
    verifyTallies(s);
    QCOMPARE(ungradedOf(TodayReport::build(s, kToday), m_quiz), 1);
    undo.redo();
    QCOMPARE(ungradedOf(TodayReport::build(s, kToday), m_quiz), 0);
    undo.undo();

    // Ben's missing Quiz 1 graded: 2 missing, under the threshold of 3.
    QVERIFY(actions.grades().setGrade(m_algebra, *quiz, m_ben, {ScoreEdit::setPoints(5)}).ok());
    verifyTallies(s);
    QVERIFY(TodayReport::build(s, kToday).studentsMissing.isEmpty());
    undo.undo();
    QCOMPARE(TodayReport::build(s, kToday).studentsMissing.value(0).missing, 3);

    // HW 3 deleted: its missing cell stops counting; undone, it counts again.
    QVERIFY(actions.assignments().remove(m_hw3).ok());
    verifyTallies(s);
    TodayReport r = TodayReport::build(s, kToday);
    QVERIFY(r.studentsMissing.isEmpty());
    QCOMPARE(ungradedOf(r, m_hw3), 0);
    undo.undo();
    verifyTallies(s);
    r = TodayReport::build(s, kToday);
    QCOMPARE(r.studentsMissing.value(0).missing, 3);
    QCOMPARE(ungradedOf(r, m_hw3), 1);

    // Ben removed from the class: his filled cells no longer count as graded
    // (Quiz 1: Ana of Ana and Cy; the Project: Ana of Ana and Cy).
    QVERIFY(actions.roster().removeStudents(m_algebra, {m_ben}).ok());
    verifyTallies(s);
    r = TodayReport::build(s, kToday);
    QCOMPARE(ungradedOf(r, m_quiz), 1);
    QCOMPARE(ungradedOf(r, m_project), 1);
    QVERIFY(r.studentsMissing.isEmpty());
    undo.undo();
    verifyTallies(s);

    // A transaction that rolls back leaves the counts as they were.
    exec(s, u"BEGIN"_s);
    exec(s, u"UPDATE score SET points = 4, missing = 0 WHERE student_id = '%1'"_s.arg(m_ben));
    exec(s, u"DELETE FROM score WHERE student_id = '%1'"_s.arg(m_cy));
    exec(s, u"UPDATE outbox SET state = 'rejected'"_s);
    exec(s, u"ROLLBACK"_s);
    verifyTallies(s);
    r = TodayReport::build(s, kToday);
    QCOMPARE(r.studentsMissing.value(0).missing, 3);
    QCOMPARE(r.rejected.size(), 1);
}

void TestToday::countsFollowPulledRowsInAnyOrder()
{
    // Sync writes with foreign keys off: a score can arrive before its
    // assignment, and a deleted assignment can come back.
    Store &s = m_profile->store();
    exec(s, u"PRAGMA foreign_keys=OFF"_s);
    exec(s, u"INSERT INTO score (id, updated_at, class_id, assignment_id, student_id, missing) VALUES ('s-late', "
            "'2026-12-08', '%1', 'a-late', '%2', 1)"_s.arg(m_algebra, m_cy));
    verifyTallies(s);
    QVERIFY(TodayReport::build(s, kToday).studentsMissing.size() == 1); // Cy: not yet (the assignment is not here)
    exec(s, u"INSERT INTO assignment (id, updated_at, class_id, title, due_date) VALUES ('a-late', '2026-12-08', "
            "'%1', 'Lab', '2026-12-08')"_s.arg(m_algebra));
    exec(s, u"PRAGMA foreign_keys=ON"_s);
    verifyTallies(s);
    // Lab counts now: Cy has 1 missing, under the threshold.
    TodayReport r = TodayReport::build(s, kToday);
    QCOMPARE(r.studentsMissing.size(), 1);
    QCOMPARE(ungradedOf(r, u"a-late"_s), 2); // Ana and Ben; Cy's missing mark counts as dealt with
    exec(s, u"INSERT INTO score (id, updated_at, class_id, assignment_id, student_id, missing) VALUES ('s-q', "
            "'2026-12-08', '%1', '%2', '%3', 1)"_s.arg(m_algebra, m_quiz, m_cy));
    exec(s, u"INSERT INTO score (id, updated_at, class_id, assignment_id, student_id, missing) VALUES ('s-h', "
            "'2026-12-08', '%1', '%2', '%3', 1)"_s.arg(m_algebra, m_hw3, m_cy));
    verifyTallies(s);
    r = TodayReport::build(s, kToday);
    QCOMPARE(r.studentsMissing.size(), 2);
    const int cy = r.studentsMissing.at(0).studentId == m_cy ? 0 : 1; // Ben and Cy tie on 3
    QCOMPARE(r.studentsMissing.at(cy).studentId, m_cy);
    QCOMPARE(r.studentsMissing.at(cy).missing, 3);
    // The server deletes Lab, then brings it back.
    exec(s, u"UPDATE assignment SET deleted = 1 WHERE id = 'a-late'"_s);
    verifyTallies(s);
    QCOMPARE(TodayReport::build(s, kToday).studentsMissing.size(), 1);
    exec(s, u"UPDATE assignment SET deleted = 0 WHERE id = 'a-late'"_s);
    verifyTallies(s);
    QCOMPARE(TodayReport::build(s, kToday).studentsMissing.size(), 2);
    exec(s, u"DELETE FROM score WHERE id = 's-late'"_s);
    verifyTallies(s);
    QCOMPARE(TodayReport::build(s, kToday).studentsMissing.size(), 1);
}

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
