// Today's cell counts of pulled scores (issue 22): a page that starts with a
// score this computer lacks is counted by the pull itself, once per page
// (LocalRowWriter::beginCountingScores), instead of by the score triggers.
// The counts must equal a recount of the rows and what the triggers make, on
// a real k12-server, with pages of a few rows so that assignments, deleted
// assignments and scores already here fall in and between counted pages.
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "models/actions/Actions.h"
#include "models/today/ScoreTally.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

qint64 mismatches(Store &store)
{
    Result<qint64> n = ScoreTally::countMismatches(store.database());
    return n ? *n : -1;
}

// The tally tables as text, rows of zero left out (they mean the same as none).
QStringList tally(Store &store)
{
    QStringList rows;
    QSqlQuery q(store.database().connection());
    q.exec(u"SELECT 'a ' || assignment_id || ' ' || filled FROM score_tally_assignment WHERE filled <> 0 UNION ALL "
           "SELECT 's ' || class_id || ' ' || student_id || ' ' || filled || ' ' || missing FROM score_tally_student "
           "WHERE filled <> 0 OR missing <> 0 ORDER BY 1"_s);
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

// The filled cells the tally holds, all together (0 when the table is empty).
qint64 filledTotal(Store &store)
{
    QSqlQuery q(store.database().connection());
    q.exec(u"SELECT COALESCE(SUM(filled), 0), COALESCE(SUM(missing), 0) FROM score_tally_student"_s);
    return q.next() ? q.value(0).toLongLong() * 1000 + q.value(1).toLongLong() : -1;
}

SyncReport syncWith(SyncDevice &device, bool perPage, int pullLimit)
{
    SyncState state(device.store().database());
    SyncSession::Options options;
    options.countScoresPerPage = perPage;
    options.pullLimit = pullLimit;
    return SyncSession(device.store().database(), device.api(), state, options).run();
}

} // namespace

class TestSyncTally : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pulledScoresAreCountedAsTheTriggersCountThem_data();
    void pulledScoresAreCountedAsTheTriggersCountThem();
};

void TestSyncTally::pulledScoresAreCountedAsTheTriggersCountThem_data()
{
    QTest::addColumn<int>("pullLimit");
    QTest::newRow("pages of 3 rows") << 3;
    QTest::newRow("pages of 7 rows") << 7;
    QTest::newRow("one page") << 5000;
}

void TestSyncTally::pulledScoresAreCountedAsTheTriggersCountThem()
{
    QFETCH(int, pullLimit);
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"tally@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, perPage, byTriggers;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(perPage.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(byTriggers.signIn(server.baseUrl(), teacher.email, kPassword).ok());

    // A class of 4 students and 3 assignments, its cells in every state the
    // counts tell apart.
    Actions onA(a.store());
    SchoolClass c;
    c.name = u"Biology 9"_s;
    const QString classId = *onA.classes().create(c);
    QStringList students;
    for (const QString &name : {u"Ana"_s, u"Bruno"_s, u"Chloé"_s, u"Dmitri"_s}) {
        Student s;
        s.givenName = name;
        s.familyName = u"Test"_s;
        students << *onA.roster().addStudent(s, classId);
    }
    QList<Assignment> assignments;
    for (const QString &title : {u"Lab 1"_s, u"Quiz 1"_s, u"Essay"_s}) {
        Assignment as;
        as.classId = classId;
        as.title = title;
        as.pointsPossible = 10;
        as.id = *onA.assignments().add(as);
        assignments << as;
    }
    Assignment letterGraded = assignments.at(2);
    letterGraded.gradingType = u"letter"_s;
    QVERIFY(onA.assignments().edit(assignments.at(2), letterGraded));
    assignments[2] = letterGraded;
    // Four cells per assignment, in the order of `assignments`.
    const QList<QList<ScoreEdit>> states{
        {ScoreEdit::setPoints(9)},                       // filled
        {ScoreEdit::missing()},                          // filled and missing
        {ScoreEdit::excused()},                          // filled
        {ScoreEdit::comment(u"Seen in class"_s)},        // neither
        {ScoreEdit::exempt()},                           // filled
        {ScoreEdit::missing(), ScoreEdit::setPoints(4)}, // filled, not missing (points)
        {ScoreEdit::setPoints(7), ScoreEdit::clear()},   // written, then cleared
        {ScoreEdit::setPoints(10)},                      // filled
        {ScoreEdit::setLetter(u"B"_s)},                  // filled (a letter)
        {ScoreEdit::missing(), ScoreEdit::excused()},    // filled, not missing (excused)
        {ScoreEdit::late(true, 2)},                      // late alone: neither
        {ScoreEdit::missing()},                          // missing, on the essay deleted below
    };
    int k = 0;
    for (const Assignment &as : std::as_const(assignments)) {
        for (const QString &student : std::as_const(students)) {
            const QList<ScoreEdit> edits = states.at(k++ % states.size());
            const Status graded = onA.grades().setGrade(classId, as, student, edits);
            QVERIFY2(graded.ok(), qPrintable(QString::number(k - 1) + u": "_s + graded.error()));
        }
    }
    // Deleted after its scores were written: its row comes after theirs, and
    // its missing cells stop counting.
    QVERIFY(onA.assignments().remove(assignments.at(2).id));
    SyncReport ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QCOMPARE(mismatches(a.store()), 0);
    QVERIFY(filledTotal(a.store()) > 0);

    // Two new computers: one counts each page, one leaves it to the triggers.
    SyncReport rp = syncWith(perPage, true, pullLimit);
    QVERIFY2(rp.ok(), qPrintable(rp.message));
    SyncReport rt = syncWith(byTriggers, false, pullLimit);
    QVERIFY2(rt.ok(), qPrintable(rt.message));
    QCOMPARE(rp.pulled, rt.pulled);
    QCOMPARE(mismatches(perPage.store()), 0);
    QCOMPARE(mismatches(byTriggers.store()), 0);
    QCOMPARE(tally(perPage.store()), tally(byTriggers.store()));
    QCOMPARE(tally(perPage.store()), tally(a.store()));
    QCOMPARE(filledTotal(perPage.store()), filledTotal(a.store()));

    // Then a new assignment and its scores first (a page that starts with a
    // new score), then cells that both computers already have: re-graded,
    // marked missing, cleared; an assignment deleted and one brought back.
    Assignment extra;
    extra.classId = classId;
    extra.title = u"Lab 2"_s;
    extra.pointsPossible = 5;
    extra.id = *onA.assignments().add(extra);
    for (int i = 0; i < students.size(); ++i)
        QVERIFY(onA.grades().setGrade(classId, extra, students.at(i),
                                      {i % 2 ? ScoreEdit::missing() : ScoreEdit::setPoints(3)}));
    QVERIFY(onA.grades().setGrade(classId, assignments.at(0), students.at(1), {ScoreEdit::setPoints(6)}));
    QVERIFY(onA.grades().setGrade(classId, assignments.at(0), students.at(0), {ScoreEdit::missing()}));
    QVERIFY(onA.grades().setGrade(classId, assignments.at(1), students.at(3), {ScoreEdit::clear()}));
    QVERIFY(onA.grades().setGrade(classId, assignments.at(1), students.at(2), {ScoreEdit::exempt()}));
    QVERIFY(onA.assignments().remove(assignments.at(1).id));
    QVERIFY(onA.grades().setGrade(classId, extra, students.at(0), {ScoreEdit::missing()}));
    ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QCOMPARE(mismatches(a.store()), 0);

    rp = syncWith(perPage, true, pullLimit);
    QVERIFY2(rp.ok(), qPrintable(rp.message));
    rt = syncWith(byTriggers, false, pullLimit);
    QVERIFY2(rt.ok(), qPrintable(rt.message));
    QVERIFY(rp.pulled > 0);
    QCOMPARE(rp.pulled, rt.pulled);
    QCOMPARE(mismatches(perPage.store()), 0);
    QCOMPARE(mismatches(byTriggers.store()), 0);
    QCOMPARE(tally(perPage.store()), tally(byTriggers.store()));
    QCOMPARE(tally(perPage.store()), tally(a.store()));

    // The deferral is gone with each page's transaction: the teacher's own
    // edits are counted as before.
    QCOMPARE(countRows(perPage.store(), u"score_counts_deferred"_s), 0);
    Actions onP(perPage.store());
    QVERIFY(onP.grades().setGrade(classId, extra, students.at(3), {ScoreEdit::setPoints(5)}));
    QCOMPARE(mismatches(perPage.store()), 0);
}

QTEST_GUILESS_MAIN(TestSyncTally)
#include "tst_sync_tally.moc"
