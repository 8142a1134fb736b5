// The Grading Periods tab of the class settings, offscreen: periods added,
// re-dated, renamed and removed in place (one undo step each, refusals shown
// on the page), quarters and semesters from a school year, a calendar copied
// from another class; the grid's period filter lists a new period at once and
// shows the assignments put in it or due within its dates.
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"

#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/Repositories.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/gradebook/GradingPeriodsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

QStringList tableRows(QTableWidget *table)
{
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        rows << cells.join(u' ');
    }
    return rows;
}

QStringList comboItems(QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

class TestPeriodEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void settingsTabAddsPeriodsAtOnce();
    void editRemovePresetsAndCopy();
    void filterShowsExplicitAndByDateAssignments();
    void assignmentDialogPutsInAPeriod();

private:
    Store &store() { return f->profile.store(); }
    Assignment assignment(int i) { return *AssignmentRepository(store()).find(f->assignments.at(i)); }
    void setDue(int i, const QDate &due)
    {
        Assignment before = assignment(i);
        Assignment after = before;
        after.dueDate = due;
        QVERIFY(panel->model()->actions().assignments().edit(before, after));
    }

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<GradebookPanel> panel;
};

void TestPeriodEditor::init()
{
    f = std::make_unique<test::GradebookFixture>();
    undo = std::make_unique<QUndoStack>();
    panel = std::make_unique<GradebookPanel>(store(), undo.get());
    panel->resize(900, 500);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    panel->setClassId(f->classId);
    QCOMPARE(panel->model()->rowCount(), 3);
}

void TestPeriodEditor::cleanup()
{
    panel.reset();
    undo.reset();
    f.reset();
}

void TestPeriodEditor::settingsTabAddsPeriodsAtOnce()
{
    // Another class with a calendar to copy from later.
    SchoolClass other;
    other.name = u"Chemistry"_s;
    const QString otherId = *panel->model()->actions().classes().create(other);
    QVERIFY(panel->model()->actions().periods().addPreset(otherId, PeriodActions::Preset::Semesters, QDate(2026, 8, 31),
                                                          QDate(2027, 6, 4)));
    undo->clear();
    setDue(0, QDate(2026, 9, 10));
    setDue(2, QDate(2026, 9, 28));
    undo->clear();

    auto *filter = panel->findChild<QComboBox *>(u"gradingPeriodFilter"_s);
    QVERIFY(filter);
    QCOMPARE(comboItems(filter), QStringList{u"All"_s});
    QString tabTitle;
    QStringList filterWhileOpen;
    QStringList rows;
    QString refused;
    int stepsWhileOpen = -1;
    bool problemVisible = false;
    test::whenModalShows([&](QWidget *dialog) {
        auto *tabs = dialog->findChild<QTabWidget *>(u"classSettingsTabs"_s);
        QVERIFY(tabs);
        auto *page = dialog->findChild<GradingPeriodsPage *>(u"gradingPeriodsPage"_s);
        QVERIFY(page);
        tabs->setCurrentWidget(page);
        tabTitle = tabs->tabText(tabs->currentIndex());
        auto *name = page->findChild<QLineEdit *>(u"periodName"_s);
        name->setFocus();
        QTest::keyClicks(name, u"Q1"_s);
        page->findChild<QDateEdit *>(u"periodStart"_s)->setDate(QDate(2026, 9, 7));
        page->findChild<QDateEdit *>(u"periodEnd"_s)->setDate(QDate(2026, 9, 20));
        QTest::keyClick(name, Qt::Key_Return); // Enter in the name adds
        // The next period's dates are proposed: the day after, as long again.
        QCOMPARE(page->findChild<QDateEdit *>(u"periodStart"_s)->date(), QDate(2026, 9, 21));
        QCOMPARE(page->findChild<QDateEdit *>(u"periodEnd"_s)->date(), QDate(2026, 10, 4));
        QTest::keyClicks(name, u"Q2"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"addPeriod"_s), Qt::LeftButton);
        // One that overlaps Q2 is refused on the page; nothing is written.
        QTest::keyClicks(name, u"Exams"_s);
        page->findChild<QDateEdit *>(u"periodStart"_s)->setDate(QDate(2026, 10, 1));
        page->findChild<QDateEdit *>(u"periodEnd"_s)->setDate(QDate(2026, 10, 9));
        QTest::mouseClick(page->findChild<QPushButton *>(u"addPeriod"_s), Qt::LeftButton);
        refused = page->problem();
        problemVisible = page->findChild<QLabel *>(u"periodProblem"_s)->isVisible();
        rows = tableRows(page->findChild<QTableWidget *>(u"periodTable"_s));
        filterWhileOpen = comboItems(filter);
        stepsWhileOpen = undo->count();
        auto *copyFrom = page->findChild<QComboBox *>(u"copyFromClass"_s);
        QCOMPARE(comboItems(copyFrom), QStringList{u"Chemistry"_s});
        dialog->resize(720, 520);
        saveShot(dialog, u"period-editor.png"_s);
        qobject_cast<QDialog *>(dialog)->reject(); // Cancel: the periods stay (saved at once)
    });
    panel->settingsAction()->trigger();
    QCOMPARE(tabTitle, u"&Grading Periods"_s);
    QVERIFY(problemVisible);
    QCOMPARE(rows, (QStringList{u"Q1 2026-09-07 2026-09-20 1"_s, u"Q2 2026-09-21 2026-10-04 1"_s}));
    QCOMPARE(refused, u"\"Exams\" (2026-10-01 to 2026-10-09) overlaps \"Q2\" (2026-09-21 to 2026-10-04): the periods "
                      "of a class cannot share a day."_s);
    QCOMPARE(filterWhileOpen, (QStringList{u"All"_s, u"Q1"_s, u"Q2"_s})); // listed at once, dialog still open
    QCOMPARE(stepsWhileOpen, 2);
    QCOMPARE(undo->undoText(), u"Add Grading Period"_s);
    QCOMPARE(GradingPeriodRepository(store()).forClass(f->classId).size(), 2);
    undo->undo();
    QCOMPARE(comboItems(filter), (QStringList{u"All"_s, u"Q1"_s}));
}

void TestPeriodEditor::editRemovePresetsAndCopy()
{
    SchoolClass other;
    other.name = u"Chemistry"_s;
    const QString otherId = *panel->model()->actions().classes().create(other);
    QVERIFY(panel->model()->actions().periods().addPreset(otherId, PeriodActions::Preset::Semesters, QDate(2026, 8, 31),
                                                          QDate(2027, 6, 4)));
    undo->clear();
    GradingPeriodsPage page(panel->model()->actions(), f->classId);
    page.show();
    auto *table = page.findChild<QTableWidget *>(u"periodTable"_s);
    page.findChild<QDateEdit *>(u"yearStart"_s)->setDate(QDate(2026, 9, 7));
    page.findChild<QDateEdit *>(u"yearEnd"_s)->setDate(QDate(2026, 10, 30));
    QTest::mouseClick(page.findChild<QPushButton *>(u"addQuarters"_s), Qt::LeftButton);
    // 40 school days, 10 a quarter; each quarter ends the Sunday before the next.
    QCOMPARE(tableRows(table), (QStringList{u"Q1 2026-09-07 2026-09-20 0"_s, u"Q2 2026-09-21 2026-10-04 0"_s,
                                            u"Q3 2026-10-05 2026-10-18 0"_s, u"Q4 2026-10-19 2026-10-30 0"_s}));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), u"Add Quarters"_s);
    QTest::mouseClick(page.findChild<QPushButton *>(u"addSemesters"_s), Qt::LeftButton);
    QVERIFY2(page.problem().contains(u"overlaps"_s), qPrintable(page.problem()));
    QCOMPARE(undo->count(), 1);

    // Rename in place; a date typed into Q1's end that runs into Q2 is refused and put back.
    table->item(0, 0)->setText(u"Quarter 1"_s);
    QVERIFY(page.problem().isEmpty());
    QCOMPARE(GradingPeriodRepository(store()).forClass(f->classId, u"start_date"_s).first().name, u"Quarter 1"_s);
    table->item(0, 2)->setText(u"2026-09-22"_s);
    QVERIFY(page.problem().contains(u"overlaps"_s));
    QCOMPARE(table->item(0, 2)->text(), u"2026-09-20"_s);
    table->item(0, 2)->setText(u"20 Sept"_s);
    QVERIFY(page.problem().contains(u"YYYY-MM-DD"_s));
    table->item(3, 2)->setText(u"2026-11-06"_s);
    QCOMPARE(GradingPeriodRepository(store()).forClass(f->classId, u"start_date"_s).last().endDate, QDate(2026, 11, 6));
    QCOMPARE(undo->count(), 3);

    // Remove the selected period; the table follows.
    table->selectRow(1);
    QVERIFY(page.findChild<QPushButton *>(u"removePeriod"_s)->isEnabled());
    QTest::mouseClick(page.findChild<QPushButton *>(u"removePeriod"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(undo->undoText(), u"Remove Grading Period"_s);
    undo->undo(); // undo elsewhere (Edit > Undo): the table follows the store
    QCOMPARE(table->rowCount(), 4);

    // Copy Chemistry's semesters into a third class through its own page.
    SchoolClass third;
    third.name = u"Physics"_s;
    const QString thirdId = *panel->model()->actions().classes().create(third);
    GradingPeriodsPage physics(panel->model()->actions(), thirdId);
    auto *copyFrom = physics.findChild<QComboBox *>(u"copyFromClass"_s);
    QCOMPARE(comboItems(copyFrom), (QStringList{u"Biology"_s, u"Chemistry"_s}));
    copyFrom->setCurrentIndex(1);
    QTest::mouseClick(physics.findChild<QPushButton *>(u"copyPeriods"_s), Qt::LeftButton);
    QCOMPARE(tableRows(physics.findChild<QTableWidget *>(u"periodTable"_s)),
             (QStringList{u"S1 2026-08-31 2027-01-17 0"_s, u"S2 2027-01-18 2027-06-04 0"_s}));
    QCOMPARE(undo->undoText(), u"Copy Grading Periods"_s);
}

void TestPeriodEditor::filterShowsExplicitAndByDateAssignments()
{
    // HW1 due 09-10 (Q1 by date), HW2 due 09-25 but put in Q1, Test due 09-28 (Q2 by date).
    Actions &actions = panel->model()->actions();
    GradingPeriod q1;
    q1.classId = f->classId;
    q1.name = u"Q1"_s;
    q1.startDate = QDate(2026, 9, 7);
    q1.endDate = QDate(2026, 9, 20);
    const QString q1Id = *actions.periods().add(q1);
    GradingPeriod q2 = q1;
    q2.name = u"Q2"_s;
    q2.startDate = QDate(2026, 9, 21);
    q2.endDate = QDate(2026, 10, 4);
    QVERIFY(actions.periods().add(q2));
    setDue(0, QDate(2026, 9, 10));
    setDue(1, QDate(2026, 9, 25));
    setDue(2, QDate(2026, 9, 28));
    QVERIFY(actions.periods().assign({f->assignments.at(1)}, q1Id));
    // Adams: HW1 8, HW2 6, Test 40. All: (40 x 70 + 60 x 80) / 100 = 76; Q1: homework 14/20 = 70; Q2: 40/50 = 80.
    for (const auto &[a, points] : {std::pair{0, 8.0}, std::pair{1, 6.0}, std::pair{2, 40.0}})
        QVERIFY(
            actions.grades().setGrade(f->classId, assignment(a), f->students.at(0), {ScoreEdit::setPoints(points)}));

    GradebookModel *model = panel->model();
    auto *view = panel->findChild<GradebookView *>();
    QVERIFY(view);
    const auto finalOfAdams = [model] {
        return model->data(model->index(0, model->finalColumn()), GradebookModel::RawValueRole).toDouble();
    };
    const auto shown = [&] {
        QStringList titles;
        for (int a = 0; a < model->gradebook().assignmentCount(); ++a) {
            if (!view->isColumnHidden(model->columnForAssignment(a)))
                titles << model->gradebook().assignments.at(a).title;
        }
        return titles;
    };
    auto *filter = panel->findChild<QComboBox *>(u"gradingPeriodFilter"_s);
    QCOMPARE(comboItems(filter), (QStringList{u"All"_s, u"Q1"_s, u"Q2"_s}));
    QCOMPARE(finalOfAdams(), 76.0);
    QCOMPARE(shown(), (QStringList{u"HW1"_s, u"HW2"_s, u"Test"_s}));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), u"Q1"_s);
    QCOMPARE(shown(), (QStringList{u"HW1"_s, u"HW2"_s})); // by date and by link
    QCOMPARE(finalOfAdams(), 70.0);
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(shown(), QStringList{u"Test"_s});
    QCOMPARE(finalOfAdams(), 80.0);
    saveShot(panel.get(), u"period-filter.png"_s);
    // Removing the period the grid shows puts the filter back on All, grades and columns too.
    QVERIFY(actions.periods().remove(model->gradebook().gradingPeriodId));
    QCOMPARE(filter->currentText(), u"All"_s);
    QCOMPARE(shown(), (QStringList{u"HW1"_s, u"HW2"_s, u"Test"_s}));
    QCOMPARE(finalOfAdams(), 76.0);
}

void TestPeriodEditor::assignmentDialogPutsInAPeriod()
{
    // Without periods the dialog has no period row.
    bool rowShown = true;
    test::whenModalShows([&rowShown](QWidget *dialog) {
        rowShown = !dialog->findChild<QComboBox *>(u"assignmentPeriod"_s)->isHidden();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    panel->addAssignmentAction()->trigger();
    QVERIFY(!rowShown);

    Actions &actions = panel->model()->actions();
    QVERIFY(actions.periods().addPreset(f->classId, PeriodActions::Preset::Semesters, QDate(2026, 9, 7),
                                        QDate(2026, 10, 30)));
    const QList<GradingPeriod> periods = GradingPeriodRepository(store()).forClass(f->classId, u"start_date"_s);
    QStringList offered;
    test::whenModalShows([&offered](QWidget *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(u"assignmentTitle"_s);
        title->setFocus();
        QTest::keyClicks(title, u"Midterm"_s);
        auto *period = dialog->findChild<QComboBox *>(u"assignmentPeriod"_s);
        offered = comboItems(period);
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Down); // By due date -> S1
        QTest::keyClick(period, Qt::Key_Down); // S1 -> S2
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    panel->addAssignmentAction()->trigger();
    QCOMPARE(offered, (QStringList{u"By due date"_s, u"S1"_s, u"S2"_s}));
    const Assignment added = AssignmentRepository(store()).inClass(f->classId).constLast();
    QCOMPARE(added.title, u"Midterm"_s);
    QCOMPARE(added.gradingPeriodId, periods.at(1).id);
    QCOMPARE(undo->undoText(), u"Add Assignment"_s);
}

QTEST_MAIN(TestPeriodEditor)
#include "tst_periodeditor.moc"
