// Automatic missing, hand-worked: a class on a fixed day (Clock), three active
// students and one dropped, assignments due the day before, that day, the day
// after, unpublished, extra credit, letter-graded and without a due date, cells
// with points, a letter, a flag or only a comment. Exactly the empty cells of
// active students on published, past-due assignments become missing, in one
// undo step audited grade.auto_missing; undo restores them; a second run marks
// nothing.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestAutoMissing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { Clock::reset(); }
    void marksOnlyEmptyPastDueCells();
    void undoRestoresAndSecondRunMarksNothing();
    void asOfMovesTheDay();
    void nothingToMarkWritesNothing();

private:
    QString addAssignment(const QString &title, const QDate &due, bool published = true, double points = 10,
                          const QString &type = u"points"_s);
    Score score(const QString &assignment, const QString &student)
    {
        return ScoreRepository(store()).scoreFor(m_classId, assignment, student);
    }
    void set(const QString &assignment, const QString &student, const QList<ScoreEdit> &edits)
    {
        QVERIFY(Actions(store()).grades().setGrade(m_classId, *AssignmentRepository(store()).find(assignment), student,
                                                   edits));
    }
    Store &store() { return m_profile->store(); }

    std::unique_ptr<test::TempProfile> m_profile;
    QUndoStack m_undo;
    QString m_classId;
    QString m_adams, m_baker, m_clark, m_dropped;
    QString m_yesterday, m_old, m_today, m_tomorrow, m_unpublished, m_extra, m_letter, m_undated;
    const QDate m_day{2026, 10, 14}; // a Wednesday
};

QString TestAutoMissing::addAssignment(const QString &title, const QDate &due, bool published, double points,
                                       const QString &type)
{
    Assignment a;
    a.classId = m_classId;
    a.title = title;
    a.pointsPossible = points;
    a.dueDate = due;
    a.published = published;
    a.gradingType = type;
    Result<QString> id = Actions(store()).assignments().add(a);
    if (!id)
        qFatal("assignment: %s", qPrintable(id.error()));
    return *id;
}

void TestAutoMissing::init()
{
    Clock::setFixed(QDateTime(m_day, QTime(12, 0), Qt::UTC));
    m_undo.clear();
    m_profile = std::make_unique<test::TempProfile>();
    SchoolClass c;
    c.name = u"Biology"_s;
    c.autoMissing = true;
    m_classId = *ClassRepository(store()).create(c, u"x"_s);
    QList<Student> roster;
    for (const QString &family : {u"Adams"_s, u"Baker"_s, u"Clark"_s, u"Dropped"_s}) {
        Student st;
        st.givenName = u"Sam"_s;
        st.familyName = family;
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    const QList<Student> enrolled = StudentRepository(store()).enrolledIn(m_classId);
    QCOMPARE(enrolled.size(), 4);
    m_adams = enrolled.at(0).id;
    m_baker = enrolled.at(1).id;
    m_clark = enrolled.at(2).id;
    m_dropped = enrolled.at(3).id;

    m_yesterday = addAssignment(u"Lab 1"_s, m_day.addDays(-1));
    m_old = addAssignment(u"Quiz 1"_s, m_day.addDays(-3));
    m_today = addAssignment(u"Lab 2"_s, m_day);
    m_tomorrow = addAssignment(u"Lab 3"_s, m_day.addDays(1));
    m_unpublished = addAssignment(u"Draft"_s, m_day.addDays(-1), false);
    m_extra = addAssignment(u"Bonus"_s, m_day.addDays(-1), true, 0);
    m_letter = addAssignment(u"Essay"_s, m_day.addDays(-2), true, 10, u"letter"_s);
    m_undated = addAssignment(u"Notebook"_s, QDate());

    // Lab 1: Adams has points; Baker and Clark are empty.
    set(m_yesterday, m_adams, {ScoreEdit::setPoints(8)});
    // Quiz 1: nothing empty among the active: excused, only a comment, late.
    set(m_old, m_adams, {ScoreEdit::excused()});
    Score commented = score(m_old, m_baker);
    commented.comment = u"Absent on Monday"_s;
    QVERIFY(ScoreRepository(store()).saveAll({commented}, u"x"_s));
    set(m_old, m_clark, {ScoreEdit::late(true, 1)});
    // Essay (letters): Adams has a B+; Baker and Clark are empty.
    set(m_letter, m_adams, {ScoreEdit::setLetter(u"B+"_s)});
    // The dropped student is empty everywhere, and stays so.
    QVERIFY(StudentRepository(store()).unenroll(m_classId, {m_dropped}, u"x"_s));
}

void TestAutoMissing::marksOnlyEmptyPastDueCells()
{
    const qint64 scoresBefore = test::countRows(store(), u"score"_s);
    Result<AutoMissing::Outcome> r = Actions(store(), &m_undo).grades().markMissingPastDue(m_classId, Clock::today());
    QVERIFY2(r, qPrintable(r.error()));
    // Lab 1: Baker, Clark; Essay: Baker, Clark. 4 scores on 2 assignments.
    QCOMPARE(r->scores.size(), 4);
    QCOMPARE(r->assignments, 2);
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.text(0), u"Mark Missing Past Due"_s);
    QCOMPARE(test::countRows(store(), u"audit_log"_s, u"action = 'grade.auto_missing'"_s), 4);
    QCOMPARE(test::countRows(store(), u"score"_s), scoresBefore + 4); // all four cells were new rows

    for (const QString &a : {m_yesterday, m_letter}) {
        for (const QString &s : {m_baker, m_clark}) {
            const Score marked = score(a, s);
            QVERIFY(marked.missing);
            QVERIFY(!marked.points && marked.letter.isEmpty() && !marked.late && !marked.excused);
        }
    }
    // Untouched: the cells with something in them...
    QCOMPARE(score(m_yesterday, m_adams).points, std::optional<double>(8));
    QVERIFY(!score(m_yesterday, m_adams).missing);
    QVERIFY(score(m_old, m_adams).excused && !score(m_old, m_adams).missing);
    QCOMPARE(score(m_old, m_baker).comment, u"Absent on Monday"_s);
    QVERIFY(!score(m_old, m_baker).missing);
    QVERIFY(score(m_old, m_clark).late && !score(m_old, m_clark).missing);
    QCOMPARE(score(m_letter, m_adams).letter, u"B+"_s);
    QVERIFY(!score(m_letter, m_adams).missing);
    // ...due today or later, unpublished, extra credit, undated...
    for (const QString &a : {m_today, m_tomorrow, m_unpublished, m_extra, m_undated}) {
        for (const QString &s : {m_adams, m_baker, m_clark})
            QVERIFY2(score(a, s).isEmpty(), qPrintable(AssignmentRepository(store()).find(a)->title));
    }
    // ...and the dropped student, even on a past-due assignment.
    for (const QString &a : {m_yesterday, m_old, m_letter})
        QVERIFY(score(a, m_dropped).isEmpty());
}

void TestAutoMissing::undoRestoresAndSecondRunMarksNothing()
{
    GradeActions grades = Actions(store(), &m_undo).grades();
    Result<AutoMissing::Outcome> first = grades.markMissingPastDue(m_classId, Clock::today());
    QVERIFY(first);
    QCOMPARE(first->scores.size(), 4);
    // Idempotent: nothing left to mark, and no empty undo step.
    Result<AutoMissing::Outcome> second = grades.markMissingPastDue(m_classId, Clock::today());
    QVERIFY(second);
    QCOMPARE(second->scores.size(), 0);
    QCOMPARE(second->assignments, 0);
    QCOMPARE(m_undo.count(), 1);
    // Undo: the four cells are empty again.
    m_undo.undo();
    for (const QString &a : {m_yesterday, m_letter}) {
        for (const QString &s : {m_baker, m_clark})
            QVERIFY(score(a, s).isEmpty());
    }
    QCOMPARE(score(m_yesterday, m_adams).points, std::optional<double>(8));
    // Redo marks them again; a run after undo marks the same four.
    m_undo.redo();
    QVERIFY(score(m_yesterday, m_baker).missing);
    m_undo.undo();
    Result<AutoMissing::Outcome> again = grades.markMissingPastDue(m_classId, Clock::today());
    QVERIFY(again);
    QCOMPARE(again->scores.size(), 4);
}

void TestAutoMissing::asOfMovesTheDay()
{
    // Two days later, Lab 2 (due "today") and Lab 3 (due tomorrow) are past due too: +3 +3.
    Result<AutoMissing::Outcome> r = Actions(store(), &m_undo).grades().markMissingPastDue(m_classId, m_day.addDays(2));
    QVERIFY(r);
    QCOMPARE(r->scores.size(), 10);
    QCOMPARE(r->assignments, 4);
    QVERIFY(score(m_tomorrow, m_adams).missing);
    QVERIFY(!score(m_unpublished, m_adams).missing);
}

void TestAutoMissing::nothingToMarkWritesNothing()
{
    const qint64 outbox = test::countRows(store(), u"outbox"_s);
    // Three days earlier nothing was due yet.
    Result<AutoMissing::Outcome> r =
        Actions(store(), &m_undo).grades().markMissingPastDue(m_classId, m_day.addDays(-3));
    QVERIFY(r);
    QCOMPARE(r->scores.size(), 0);
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox);
    QVERIFY(!Actions(store()).grades().markMissingPastDue(m_classId, QDate()));
}

QTEST_GUILESS_MAIN(TestAutoMissing)
#include "tst_automissing.moc"
