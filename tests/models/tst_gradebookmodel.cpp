// The gradebook grid's model: layout, typed input, flags, recompute on edit,
// one undo step per edit, outbox and audit for every edit and every undo.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// A grade edit on the grid's cells through the grid's actions (as the panel does).
bool applyEdit(GradebookModel &model, const QModelIndexList &cells, const ScoreEdit &edit, const QString &label)
{
    return model.actions().grades().edit(model.gradebook(), model.cellsOf(cells), edit, label).ok();
}

struct Fixture
{
    test::TempProfile profile;
    QString classId;
    QString homework, tests;
    QStringList students;    // Adams, Baker, Clark
    QStringList assignments; // HW1 (10), HW2 (10), Test (50)

    Fixture()
    {
        Store &s = profile.store();
        SchoolClass c;
        c.name = u"Biology"_s;
        classId = *ClassRepository(s).create(c, u"x"_s);
        Category hw;
        hw.classId = classId;
        hw.name = u"Homework"_s;
        hw.weight = 40;
        hw.position = 0;
        homework = *CategoryRepository(s).create(hw, u"x"_s);
        Category t = hw;
        t.id.clear();
        t.name = u"Tests"_s;
        t.weight = 60;
        t.position = 1;
        tests = *CategoryRepository(s).create(t, u"x"_s);
        QList<Student> roster;
        for (const QString &family : {u"Clark"_s, u"Adams"_s, u"Baker"_s}) {
            Student st;
            st.givenName = u"Sam"_s;
            st.familyName = family;
            roster.append(st);
        }
        (void)StudentRepository(s).enroll(roster, classId, u"x"_s);
        for (const Student &st : StudentRepository(s).enrolledIn(classId))
            students.append(st.id);
        int position = 0;
        // Created out of category order on purpose: the grid groups them.
        for (const auto &[title, points, category] :
             {std::tuple{u"Test"_s, 50.0, tests}, std::tuple{u"HW1"_s, 10.0, homework},
              std::tuple{u"HW2"_s, 10.0, homework}}) {
            Assignment a;
            a.classId = classId;
            a.title = title;
            a.pointsPossible = points;
            a.categoryId = category;
            a.position = position++;
            assignments.append(*AssignmentRepository(s).create(a, u"x"_s));
        }
    }
};

// The class takes 10% a day off late work and keeps at least 50%; HW1 is due
// Tue 2 Dec 2025, the Test Fri 5 Dec, HW2 has no due date.
void setLatePolicy(Fixture &f)
{
    Store &s = f.profile.store();
    QVERIFY(
        ClassRepository(s)
            .update(f.classId,
                    {{u"late_penalty_enabled"_s, true}, {u"late_penalty_per_day"_s, 10}, {u"late_penalty_floor"_s, 50}},
                    u"x"_s)
            .ok());
    QVERIFY(AssignmentRepository(s).update(f.assignments.at(1), {{u"due_date"_s, u"2025-12-02"_s}}, u"x"_s).ok());
    QVERIFY(AssignmentRepository(s).update(f.assignments.at(0), {{u"due_date"_s, u"2025-12-05"_s}}, u"x"_s).ok());
}

} // namespace

class TestGradebookModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutGroupsByCategory();
    void typingAScoreRecomputesFinal();
    void typedTokensAndPercent();
    void invalidInputIsRefusedAndWritesNothing();
    void undoRedoRestoresExactlyAndSyncs();
    void bulkEditIsOneUndoStep();
    void gradeAfterUndoneFirstGradeIsExactlyWhatWasTyped();
    void letterGradedAssignment();
    void externalChangesReload();
    void typedLateDaysApplyThePenalty();
    void turnedInDateMakesTheDaysLate();
};

void TestGradebookModel::layoutGroupsByCategory()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f.classId);
    QCOMPARE(model.rowCount(), 3);
    // Student, HW1, HW2, Test, Homework %, Tests %, Final %, Letter
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.index(0, 0).data().toString(), u"Adams, Sam"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"HW1\n10 pts"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Test\n50 pts"_s);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Homework %\n(weight 40)"_s);
    QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), u"Final %"_s);
    QCOMPARE(model.columnKind(7), GradebookModel::ColumnKind::Letter);
    QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, 6)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, 6).data().toString(), u"—"_s); // nothing graded yet
}

void TestGradebookModel::typingAScoreRecomputesFinal()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f.classId);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, 1), u"8"_s));  // HW1 8/10
    QVERIFY(model.setData(model.index(0, 3), u"45"_s)); // Test 45/50
    QCOMPARE(model.index(0, 1).data().toString(), u"8"_s);
    QCOMPARE(model.index(0, 4).data().toString(), u"80.00"_s); // homework 8/10
    QCOMPARE(model.index(0, 5).data().toString(), u"90.00"_s); // tests 45/50
    // 0.4 x 80 + 0.6 x 90 = 86
    QCOMPARE(model.index(0, 6).data().toString(), u"86.00"_s);
    QCOMPARE(model.index(0, 7).data().toString(), u"B"_s);
    // A screen reader hears whose grade and which column with the value, not a bare "86.00".
    const QString who = model.index(0, 0).data().toString();
    QCOMPARE(model.index(0, 4).data(Qt::AccessibleTextRole).toString(), who + u"; Homework %; 80.00"_s);
    QCOMPARE(model.index(0, 6).data(Qt::AccessibleTextRole).toString(), who + u"; Final %; 86.00"_s);
    QCOMPARE(model.index(0, 7).data(Qt::AccessibleTextRole).toString(), who + u"; Letter; B"_s);
    QCOMPARE(model.index(1, 6).data(Qt::AccessibleTextRole).toString(),
             model.index(1, 0).data().toString() + u"; Final %; no grade yet"_s);
    QVERIFY(changed.count() >= 2);
    bool finalUpdated = false;
    for (const QList<QVariant> &args : changed)
        finalUpdated |= args.at(0).toModelIndex().column() <= 6 && args.at(1).toModelIndex().column() >= 6;
    QVERIFY(finalUpdated);
    // The write went through the one rule.
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s, u"entity = 'score'"_s), 2);
    QCOMPARE(test::countRows(f.profile.store(), u"audit_log"_s, u"entity = 'score' AND action = 'grade.set'"_s), 2);
    QCOMPARE(*ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(0)).points,
             8.0);
}

void TestGradebookModel::typedTokensAndPercent()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(1, 1), u"m"_s));
    QCOMPARE(model.index(1, 1).data().toString(), u"M"_s);
    QVERIFY(model.index(1, 1).data(GradebookModel::MissingRole).toBool());
    QVERIFY(model.setData(model.index(1, 2), u"EX"_s));
    QCOMPARE(model.index(1, 2).data().toString(), u"EX"_s);
    QVERIFY(model.setData(model.index(1, 3), u"90%"_s)); // 90% of 50 = 45
    QCOMPARE(model.index(1, 3).data(Qt::EditRole).toString(), u"45"_s);
    QVERIFY(model.setData(model.index(1, 3), u"L"_s)); // late keeps the points
    QCOMPARE(model.index(1, 3).data().toString(), u"45 L"_s);
    QVERIFY(model.setData(model.index(1, 1), u"7,5"_s)); // decimal comma; clears missing
    QCOMPARE(model.index(1, 1).data().toString(), u"7.5"_s);
    QVERIFY(!model.index(1, 1).data(GradebookModel::MissingRole).toBool());
    QVERIFY(model.setData(model.index(1, 1), QString()));
    QCOMPARE(model.index(1, 1).data().toString(), QString());
}

void TestGradebookModel::invalidInputIsRefusedAndWritesNothing()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    QSignalSpy rejected(&model, &GradebookModel::editRejected);
    const qint64 outbox = test::countRows(f.profile.store(), u"outbox"_s);
    for (const QString &bad :
         {u"abc"_s, u"-1"_s, u"21"_s /* above 2 x 10 */, u"B+"_s /* points assignment */, u"5%%"_s}) {
        QVERIFY2(!model.setData(model.index(0, 1), bad), qPrintable(bad));
    }
    QCOMPARE(rejected.count(), 5);
    QVERIFY(rejected.at(2).at(0).toString().contains(u"allowed maximum"_s));
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s), outbox);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(model.index(0, 1).data().toString(), QString());
}

void TestGradebookModel::undoRedoRestoresExactlyAndSyncs()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(2, 1), u"9"_s));
    QVERIFY(applyEdit(model, {model.index(2, 1)}, ScoreEdit::late(true, 2), u"Mark Late"_s));
    QVERIFY(model.setData(model.index(2, 1), u"6"_s));
    QCOMPARE(stack.count(), 3);
    const QString final6 = model.index(2, 6).data().toString();

    stack.undo();                                             // back to 9, late
    QCOMPARE(model.index(2, 1).data().toString(), u"9 L2"_s); // the days, as typed
    Score s = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(2));
    QCOMPARE(*s.points, 9.0);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 2);
    stack.undo(); // back to 9, on time
    QCOMPARE(model.index(2, 1).data().toString(), u"9"_s);
    stack.undo(); // back to ungraded: the score row is a tombstone again
    QCOMPARE(model.index(2, 1).data().toString(), QString());
    QCOMPARE(model.index(2, 6).data().toString(), u"—"_s);
    QVERIFY(ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(2)).isEmpty());
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(model.index(2, 1).data().toString(), u"6 L2"_s);
    QCOMPARE(model.index(2, 6).data().toString(), final6);
    // 3 edits + 3 undos + 3 redos, each a mutation in the outbox and an audit entry.
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s, u"entity = 'score'"_s), 9);
    QCOMPARE(test::countRows(f.profile.store(), u"audit_log"_s, u"action = 'grade.set.undo'"_s), 3);
    QCOMPARE(test::countRows(f.profile.store(), u"audit_log"_s, u"action = 'grade.set.redo'"_s), 3);
}

void TestGradebookModel::gradeAfterUndoneFirstGradeIsExactlyWhatWasTyped()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    // The cell's first write marks it late; undone, the score row becomes a
    // tombstone that still says late. A new grade must not bring that back.
    QVERIFY(applyEdit(model, {model.index(1, 2)}, ScoreEdit::late(true, 3), u"Mark Late"_s));
    stack.undo();
    QVERIFY(!model.index(1, 2).data(GradebookModel::LateRole).toBool());
    QVERIFY(model.setData(model.index(1, 2), u"7"_s));
    const Score s = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(2), f.students.at(1));
    QCOMPARE(*s.points, 7.0);
    QVERIFY(!s.late);
    QCOMPARE(s.daysLate, 0);
    QCOMPARE(model.index(1, 2).data().toString(), u"7"_s);
}

void TestGradebookModel::bulkEditIsOneUndoStep()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(0, 2), u"10"_s));
    QModelIndexList block;
    for (int r = 0; r < 3; ++r)
        for (int c = 1; c <= 2; ++c)
            block.append(model.index(r, c));
    block.append(model.index(0, 6)); // a computed cell in the selection is ignored
    QVERIFY(applyEdit(model, block, ScoreEdit::missing(), u"Mark Missing"_s));
    QCOMPARE(stack.count(), 2);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(model.index(r, 1).data().toString(), u"M"_s);
    // Missing counts as zero: homework 0 of 20 -> 0 %, no test yet -> final = homework only.
    QCOMPARE(model.index(0, 6).data().toString(), u"0.00"_s);
    stack.undo();
    QCOMPARE(model.index(0, 2).data().toString(), u"10"_s);
    QCOMPARE(model.index(1, 1).data().toString(), QString());
    QCOMPARE(model.index(0, 6).data().toString(), u"100.00"_s);
}

void TestGradebookModel::letterGradedAssignment()
{
    Fixture f;
    Assignment essay;
    essay.classId = f.classId;
    essay.title = u"Essay"_s;
    essay.pointsPossible = 20;
    essay.gradingType = u"letter"_s;
    essay.categoryId = f.tests;
    const QString essayId = *AssignmentRepository(f.profile.store()).create(essay, u"x"_s);
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    const int column = model.columnForAssignment(model.gradebook().assignmentIndex(essayId));
    QVERIFY(model.setData(model.index(0, column), u"b+"_s));
    QCOMPARE(model.index(0, column).data().toString(), u"B+"_s);
    QCOMPARE(ScoreRepository(f.profile.store()).scoreFor(f.classId, essayId, f.students.at(0)).letter, u"B+"_s);
    QVERIFY(model.gradeOf(0).categories.at(1).percent.has_value());
    QVERIFY(!model.setData(model.index(0, column), u"Q"_s));
}

void TestGradebookModel::externalChangesReload()
{
    Fixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    Assignment extra;
    extra.classId = f.classId;
    extra.title = u"Bonus"_s;
    extra.pointsPossible = 0;
    QVERIFY(AssignmentRepository(f.profile.store()).create(extra, u"x"_s).ok());
    QCOMPARE(model.columnCount(), 9);
    QVERIFY(model.headerData(4, Qt::Horizontal).toString().contains(u"extra credit"_s)); // uncategorised last
    Score s = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(0), f.students.at(1));
    s.points = 40;
    QVERIFY(ScoreRepository(f.profile.store()).save(s, u"cli"_s).ok());
    QCOMPARE(model.index(1, 3).data().toString(), u"40"_s);
}

void TestGradebookModel::typedLateDaysApplyThePenalty()
{
    Fixture f;
    setLatePolicy(f);
    test::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(0, 1), u"9"_s));  // HW1 9/10
    QVERIFY(model.setData(model.index(0, 3), u"45"_s)); // Test 45/50
    // Homework 90 %, tests 90 %: 0.4 x 90 + 0.6 x 90 = 90.
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);

    QVERIFY(model.setData(model.index(0, 1), u"L3"_s));
    const Score late = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(0));
    QCOMPARE(*late.points, 9.0); // late is a flag: the points stay
    QVERIFY(late.late);
    QCOMPARE(late.daysLate, 3);
    QCOMPARE(model.index(0, 1).data().toString(), u"9 L3"_s);
    // 3 days: 100 - 3 x 10 = 70 % kept, 9 x 0.7 = 6.3; homework 63 %;
    // 0.4 x 63 + 0.6 x 90 = 25.2 + 54 = 79.2.
    QCOMPARE(model.index(0, 4).data().toString(), u"63.00"_s);
    QCOMPARE(model.index(0, 6).data().toString(), u"79.20"_s);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             u"9 of 10 points\nLate 3 days: -30% (10% a day, at least 50% kept): 9 → 6.3"_s);
    QVERIFY(model.index(0, 1)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(u"9 of 10 points; Late 3 days: -30% (10% a day, at least 50% kept): 9 → 6.3"_s));
    QCOMPARE(stack.count(), 3);

    stack.undo(); // one step: back to 9, on time
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);
    const Score undone = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(0));
    QCOMPARE(*undone.points, 9.0);
    QVERIFY(!undone.late);
    QCOMPARE(undone.daysLate, 0);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), u"9 of 10 points"_s);

    // 8 days: 100 - 80 = 20 % is below the floor: 50 % kept, 9 x 0.5 = 4.5;
    // homework 45 %; 0.4 x 45 + 0.6 x 90 = 18 + 54 = 72.
    QVERIFY(model.setData(model.index(0, 1), u"late 8"_s));
    QCOMPARE(model.index(0, 6).data().toString(), u"72.00"_s);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             u"9 of 10 points\nLate 8 days: -50% (10% a day, at least 50% kept): 9 → 4.5"_s);
    // Plain L: late with no days, no penalty.
    QVERIFY(model.setData(model.index(0, 1), u"L"_s));
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             u"9 of 10 points\nLate, no days given: no penalty (type L3 for 3 days late)"_s);
    // L 2 in an empty cell: late, not graded yet; the tooltip says what the points will lose.
    QVERIFY(model.setData(model.index(1, 2), u"L 2"_s));
    QCOMPARE(model.index(1, 2).data().toString(), u"L2"_s);
    QCOMPARE(model.index(1, 2).data(Qt::ToolTipRole).toString(),
             u"Late 2 days: -20% once graded (10% a day, at least 50% kept)"_s);
    // A bad number of days writes nothing.
    const int steps = stack.count();
    QVERIFY(!model.setData(model.index(0, 1), u"L2.5"_s));
    QCOMPARE(stack.count(), steps);
}

void TestGradebookModel::turnedInDateMakesTheDaysLate()
{
    Fixture f;
    setLatePolicy(f);
    test::setToday(QDate(2025, 12, 20));
    const auto resetClock = qScopeGuard([] { Clock::reset(); });
    test::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f.classId);
    const GradebookData &d = model.gradebook();
    const int hw1 = d.assignmentIndex(f.assignments.at(1));
    const int hw2 = d.assignmentIndex(f.assignments.at(2));
    const int test = d.assignmentIndex(f.assignments.at(0));
    GradeActions grades = model.actions().grades();
    auto hw1Score = [&] {
        return ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(0));
    };
    QVERIFY(model.setData(model.index(0, 1), u"9"_s));  // HW1 9/10
    QVERIFY(model.setData(model.index(0, 3), u"45"_s)); // Test 45/50
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);

    // In on Fri 5 Dec, due Tue 2 Dec: Wed, Thu, Fri = 3 school days; 9 x 0.7 = 6.3;
    // homework 63 %; 0.4 x 63 + 0.6 x 90 = 79.2.
    Result<int> r = grades.turnedIn(d, {CellRef{0, hw1}}, QDate(2025, 12, 5));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(*r, 1);
    QCOMPARE(hw1Score().daysLate, 3);
    QVERIFY(hw1Score().late);
    QCOMPARE(*hw1Score().points, 9.0);
    QCOMPARE(model.index(0, 6).data().toString(), u"79.20"_s);
    QCOMPARE(stack.undoText(), u"Turned In"_s);
    QCOMPARE(test::countRows(f.profile.store(), u"audit_log"_s, u"action = 'grade.turned_in'"_s), 1);

    // In on Mon 8 Dec: the weekend is not school days, 4; 60 % of 9 = 5.4;
    // homework 54 %; 0.4 x 54 + 0.6 x 90 = 21.6 + 54 = 75.6.
    QVERIFY(grades.turnedIn(d, {CellRef{0, hw1}}, QDate(2025, 12, 8)).ok());
    QCOMPARE(hw1Score().daysLate, 4);
    QCOMPARE(model.index(0, 6).data().toString(), u"75.60"_s);

    // In on the due date: on time, no longer late; back to 90.
    QVERIFY(grades.turnedIn(d, {CellRef{0, hw1}}, QDate(2025, 12, 2)).ok());
    QVERIFY(!hw1Score().late);
    QCOMPARE(hw1Score().daysLate, 0);
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);
    // Before the due date: on time too, which it already is: nothing written, no undo step.
    const int steps = stack.count();
    r = grades.turnedIn(d, {CellRef{0, hw1}}, QDate(2025, 12, 1));
    QVERIFY(r.ok());
    QCOMPARE(*r, 0);
    QCOMPARE(stack.count(), steps);

    // The Test, due Fri 5 Dec, in on Mon 8 Dec: 1 school day; 45 x 0.9 = 40.5;
    // tests 81 %; 0.4 x 90 + 0.6 x 81 = 36 + 48.6 = 84.6.
    QVERIFY(grades.turnedIn(d, {CellRef{0, test}}, QDate(2025, 12, 8)).ok());
    QCOMPARE(model.index(0, 6).data().toString(), u"84.60"_s);
    QCOMPARE(model.index(0, 3).data(Qt::ToolTipRole).toString(),
             u"45 of 50 points\nLate 1 day: -10% (10% a day, at least 50% kept): 45 → 40.5"_s);

    // HW2 has no due date: the whole selection is refused, saying why; nothing is written.
    const qint64 outbox = test::countRows(f.profile.store(), u"outbox"_s);
    r = grades.turnedIn(d, {CellRef{0, hw1}, CellRef{0, hw2}}, QDate(2025, 12, 5));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"\"HW2\" has no due date"_s), qPrintable(r.error()));
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s), outbox);
    QVERIFY(!hw1Score().late);
    // A date after today is refused too.
    QVERIFY(!grades.turnedIn(d, {CellRef{0, hw1}}, QDate(2025, 12, 21)).ok());

    // Undo takes back the Test's turned-in date in one step.
    stack.undo();
    QCOMPARE(model.index(0, 6).data().toString(), u"90.00"_s);

    // Missing work that comes in is not missing any more: Wed 3 Dec is 1 school day late.
    QVERIFY(model.setData(model.index(1, 1), u"M"_s));
    QVERIFY(grades.turnedIn(d, {CellRef{1, hw1}}, QDate(2025, 12, 3)).ok());
    const Score baker = ScoreRepository(f.profile.store()).scoreFor(f.classId, f.assignments.at(1), f.students.at(1));
    QVERIFY(!baker.missing);
    QVERIFY(baker.late);
    QCOMPARE(baker.daysLate, 1);
}

QTEST_MAIN(TestGradebookModel)
#include "tst_gradebookmodel.moc"
