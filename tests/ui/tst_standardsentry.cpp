// Standards in the gradebook (issue 16): tagging assignments (one or several
// columns at once, adding a standard on the spot) and the "by standard" mode
// of an assignment, typed with the keyboard as in the grid, each level one
// undo step, checked in the store and through the mastery report.
#include "tests/common/GradebookFixture.h"

#include "models/actions/Actions.h"
#include "models/itemmodels/StandardLevelsModel.h"
#include "models/mastery/StandardQueries.h"
#include "ui/gradebook/GradeByStandardDialog.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/gradebook/TagStandardsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// As a teacher types in the grid: the first key opens the cell's editor, the
// rest go into it, Enter commits (from a queued call) and moves down.
void typeLevel(QAbstractItemView *view, const QString &typed)
{
    QTest::keyClick(view, typed.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), typed.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class TestStandardsEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tagSeveralAssignmentsAtOnce();
    void levelsTypedLikeScores();
    void refusedLevelChangesNothing();

private:
    Assignment assignment(int i) const { return *AssignmentRepository(f->profile.store()).find(f->assignments.at(i)); }
    double level(int student, const QString &standardId, int a = 0) const
    {
        for (const MasteryScore &e : StandardQueries(f->profile.store()).evidence(f->classId)) {
            if (e.studentId == f->students.at(student) && e.standardId == standardId &&
                e.assignmentId == f->assignments.at(a))
                return e.score;
        }
        return -1;
    }

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<Actions> actions;
    QString rl1;
    QString rl2;
};

void TestStandardsEntry::init()
{
    f = std::make_unique<test::GradebookFixture>();
    undo = std::make_unique<QUndoStack>();
    actions = std::make_unique<Actions>(f->profile.store(), undo.get());
    rl1 = *actions->standards().add(f->classId, u"RL.7.1"_s, u"Cite textual evidence"_s);
    rl2 = *actions->standards().add(f->classId, u"RL.7.2"_s, u"Determine a theme"_s);
    undo->clear();
}

void TestStandardsEntry::cleanup()
{
    actions.reset();
    undo.reset();
    f.reset();
}

// Two columns selected, one standard ticked and one added in the dialog: both
// assignments carry both, in one undo step.
void TestStandardsEntry::tagSeveralAssignmentsAtOnce()
{
    TagStandardsDialog dialog(*actions, f->classId, {assignment(0), assignment(1)});
    auto *list = dialog.findChild<QListWidget *>(u"tagStandardsList"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Checked); // RL.7.1
    dialog.findChild<QLineEdit *>(u"tagStandardsNewCode"_s)->setText(u"W.7.1"_s);
    dialog.findChild<QPushButton *>(u"tagStandardsAdd"_s)->click();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked); // kept while the list was rebuilt
    const Standard w71 = *StandardQueries(f->profile.store()).resolve(f->classId, u"W.7.1"_s);
    const int undoBefore = undo->count();
    QVERIFY(dialog.apply());
    QCOMPARE(dialog.added(), 4); // 2 standards x 2 assignments
    for (int a : {0, 1}) {
        QStringList tags = StandardQueries(f->profile.store()).tagsOf(f->assignments.at(a));
        tags.sort();
        QStringList expected{rl1, w71.id};
        expected.sort();
        QCOMPARE(tags, expected);
    }
    QCOMPARE(undo->count(), undoBefore + 1); // the tags in one step
    undo->undo();
    QVERIFY(StandardQueries(f->profile.store()).tagsOf(f->assignments.at(0)).isEmpty());

    // One assignment carries a standard, the other not: partly checked, left alone.
    QVERIFY(actions->standards().tag(assignment(0), {rl2}).ok());
    TagStandardsDialog mixed(*actions, f->classId, {assignment(0), assignment(1)});
    auto *mixedList = mixed.findChild<QListWidget *>(u"tagStandardsList"_s);
    QCOMPARE(mixedList->item(1)->checkState(), Qt::PartiallyChecked); // RL.7.2
    QVERIFY(mixed.apply());
    QCOMPARE(StandardQueries(f->profile.store()).tagsOf(f->assignments.at(0)), QStringList{rl2});
    QVERIFY(StandardQueries(f->profile.store()).tagsOf(f->assignments.at(1)).isEmpty());
}

// Type 3, Enter, 2,5, Enter: the levels of Adams and Baker on RL.7.1, the
// cursor moving down as in the grid; each one undo step.
void TestStandardsEntry::levelsTypedLikeScores()
{
    QVERIFY(actions->standards().tag(assignment(0), {rl1, rl2}).ok());
    GradeByStandardDialog dialog(*actions, f->classId, {assignment(0), assignment(1)}, f->assignments.at(0));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    StandardLevelsModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"RL.7.1"_s);
    GradebookView *view = dialog.view();
    view->setFocus();
    QCOMPARE(view->currentIndex(), model->index(0, 0));
    const int undoBefore = undo->count();
    typeLevel(view, u"3"_s);
    QCOMPARE(level(0, rl1), 3.0);
    QCOMPARE(view->currentIndex(), model->index(1, 0)); // Enter moved down
    typeLevel(view, u"2,5"_s);
    QCOMPARE(level(1, rl1), 2.5);
    QCOMPARE(model->index(1, 0).data().toString(), QLocale().toString(2.5));
    QCOMPARE(undo->count(), undoBefore + 2);
    undo->undo();
    QCOMPARE(level(1, rl1), -1.0);
    QCOMPARE(model->index(1, 0).data().toString(), QString());

    const QByteArray shots = qgetenv("K12_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(actions->standards().setLevel(assignment(0), f->students.at(1), rl2, 4).ok());
        QVERIFY(actions->standards().setLevel(assignment(0), f->students.at(2), rl1, 1).ok());
        dialog.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(u"grade-by-standard.png"_s));
    }
}

// 9 on a 1-4 scale is taken for a typo (above twice the top): refused with the
// reason shown, nothing written.
void TestStandardsEntry::refusedLevelChangesNothing()
{
    QVERIFY(actions->standards().tag(assignment(0), {rl1}).ok());
    GradeByStandardDialog dialog(*actions, f->classId, {assignment(0)}, f->assignments.at(0));
    StandardLevelsModel *model = dialog.model();
    QVERIFY(!model->setData(model->index(0, 0), u"9"_s));
    QVERIFY(!model->lastError().isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(u"byStandardStatus"_s)->text(), model->lastError());
    QVERIFY(!model->setData(model->index(0, 0), u"three"_s));
    QCOMPARE(level(0, rl1), -1.0);
    QVERIFY(model->setData(model->index(0, 0), u"4"_s));
    QVERIFY(model->setData(model->index(0, 0), QString())); // clears
    QCOMPARE(level(0, rl1), -1.0);
}

QTEST_MAIN(TestStandardsEntry)
#include "tst_standardsentry.moc"
