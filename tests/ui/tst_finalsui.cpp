// Term finals in the window, offscreen: the formula editor on the Grading
// Periods tab (a term added with its formula, a cycle refused on the page),
// the grid's Final % and Letter showing the term final when the period filter
// selects it, and "Override Final Letter..." / "Clear Override" on a final
// cell (B+ *, the tooltip with the computed letter and reason; undoable).
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"

#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/Repositories.h"
#include "ui/gradebook/FinalLetterOverrides.h"
#include "ui/gradebook/FormulaEditor.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/gradebook/GradingPeriodsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
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

} // namespace

class TestFinalsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void formulaEditorAddsATermAndRefusesACycle();
    void gridShowsTermFinalAndOverrides();

private:
    Store &store() { return f->profile.store(); }
    Actions &actions() { return panel->model()->actions(); }
    void grade(int student, const QString &assignmentId, double points)
    {
        QVERIFY(actions().grades().setGrade(f->classId, *AssignmentRepository(store()).find(assignmentId),
                                            f->students.at(student), {ScoreEdit::setPoints(points)}));
    }
    QString periodOf(const QString &name)
    {
        for (const GradingPeriod &p : GradingPeriodRepository(store()).forClass(f->classId)) {
            if (p.name == name)
                return p.id;
        }
        return {};
    }
    QString cell(int row, int column) const
    {
        return panel->model()->data(panel->model()->index(row, column)).toString();
    }

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<GradebookPanel> panel;
    QString q1, q2, exam;
};

// The fixture's class with Q1 (Sep-Oct: HW1, Test) and Q2 (Nov-Dec: HW2) and a
// Final Exam (Tests, 100) in no period. Adams: HW1 9, Test 40 (Q1 = 40 x 90 % +
// 60 x 80 % = 84), HW2 7 (Q2 = 70: Tests has nothing in Q2), exam 88.
void TestFinalsUi::init()
{
    f = std::make_unique<test::GradebookFixture>();
    undo = std::make_unique<QUndoStack>();
    panel = std::make_unique<GradebookPanel>(store(), undo.get());
    panel->resize(1000, 420);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    panel->setClassId(f->classId);
    GradingPeriod p;
    p.classId = f->classId;
    p.name = u"Q1"_s;
    p.startDate = QDate(2026, 9, 1);
    p.endDate = QDate(2026, 10, 31);
    q1 = *actions().periods().add(p);
    p.name = u"Q2"_s;
    p.startDate = QDate(2026, 11, 1);
    p.endDate = QDate(2026, 12, 31);
    q2 = *actions().periods().add(p);
    QVERIFY(actions().periods().assign({f->assignments.at(0), f->assignments.at(2)}, q1));
    QVERIFY(actions().periods().assign({f->assignments.at(1)}, q2));
    Assignment a;
    a.classId = f->classId;
    a.title = u"Final Exam"_s;
    a.pointsPossible = 100;
    a.categoryId = f->tests;
    exam = *actions().assignments().add(a);
    grade(0, f->assignments.at(0), 9);
    grade(0, f->assignments.at(2), 40);
    grade(0, f->assignments.at(1), 7);
    grade(0, exam, 88);
    undo->clear();
}

void TestFinalsUi::cleanup()
{
    panel.reset();
    undo.reset();
    f.reset();
}

void TestFinalsUi::formulaEditorAddsATermAndRefusesACycle()
{
    QString text;
    QString refused;
    bool refusalVisible = false;
    int steps = -1;
    test::whenModalShows([&](QWidget *dialog) {
        auto *tabs = dialog->findChild<QTabWidget *>(u"classSettingsTabs"_s);
        auto *page = dialog->findChild<GradingPeriodsPage *>(u"gradingPeriodsPage"_s);
        QVERIFY(tabs && page);
        tabs->setCurrentWidget(page);
        FormulaEditor *editor = page->formulaEditor();
        auto *period = editor->findChild<QComboBox *>(u"formulaPeriod"_s);
        auto *rows = editor->findChild<QTableWidget *>(u"formulaParts"_s);
        // A new term: its name typed, three parts (the first through the button).
        period->setFocus();
        period->lineEdit()->selectAll();
        QTest::keyClicks(period, u"S1"_s);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addFormulaPart"_s), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 1);
        rows->removeRow(0);
        editor->addPart(u"p:"_s + q1, 40);
        editor->addPart(u"p:"_s + q2, 40);
        editor->addPart(u"a:"_s + exam, 20);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"saveFormula"_s), Qt::LeftButton);
        text = editor->formulaText();
        steps = undo->count();
        dialog->resize(980, 560);
        saveShot(dialog, u"final-formula.png"_s);
        // Q1 made of S1 (which is made of Q1): refused on the page, nothing written.
        editor->showPeriod(q1);
        editor->addPart(QString(u"p:"_s) + periodOf(u"S1"_s), 100);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"saveFormula"_s), Qt::LeftButton);
        refused = editor->problem();
        refusalVisible = editor->findChild<QLabel *>(u"formulaProblem"_s)->isVisible();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    panel->settingsAction()->trigger();
    QCOMPARE(text, u"S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"_s);
    QCOMPARE(steps, 1);
    QCOMPARE(undo->undoText(), u"Add Term"_s);
    QVERIFY(refusalVisible);
    QCOMPARE(refused, u"\"S1\" is already computed from this period: a formula cannot go round in a circle."_s);
    QCOMPARE(undo->count(), 1);
    QVERIFY(GradingPeriodRepository(store()).find(q1)->formula.isEmpty());
    // The grid's period filter lists the term at once.
    auto *filter = panel->findChild<QComboBox *>(u"gradingPeriodFilter"_s);
    QVERIFY(filter->findText(u"S1"_s) >= 0);
}

void TestFinalsUi::gridShowsTermFinalAndOverrides()
{
    Result<QString> s1 =
        actions().finals().addTerm(f->classId, u"S1"_s, {{q1, {}, {}, 40}, {q2, {}, {}, 40}, {{}, exam, {}, 20}});
    QVERIFY(s1);
    GradebookModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *filter = panel->findChild<QComboBox *>(u"gradingPeriodFilter"_s);
    const int at = filter->findData(*s1);
    QVERIFY(at >= 0);
    filter->setCurrentIndex(at);
    Q_EMIT filter->activated(at);
    // Adams: S1 = 0.4 x 84 + 0.4 x 70 + 0.2 x 88 = 33.6 + 28 + 17.6 = 79.20 -> C+ (77 and up).
    QCOMPARE(cell(0, model->finalColumn()), QLocale().toString(79.2, 'f', 2));
    QCOMPARE(cell(0, model->letterColumn()), u"C+"_s);
    QCOMPARE(model->data(model->index(0, model->finalColumn()), Qt::ToolTipRole).toString(),
             u"S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"_s);

    auto *overrides = panel->findChild<FinalLetterOverrides *>();
    QVERIFY(overrides);
    GradebookView *view = panel->view();
    view->setCurrentIndex(model->index(0, 1)); // an assignment cell: not a final
    QVERIFY(!overrides->overrideAction()->isEnabled());
    view->setCurrentIndex(model->index(0, model->letterColumn()));
    QVERIFY(overrides->overrideAction()->isEnabled());
    QVERIFY(!overrides->clearAction()->isEnabled());
    QVERIFY(panel->bulkActions().contains(overrides->overrideAction())); // the Grades menu and the grid's menu

    bool okDisabledWithoutReason = false;
    test::whenModalShows([&](QWidget *dialog) {
        auto *letter = dialog->findChild<QComboBox *>(u"overrideLetter"_s);
        auto *reason = dialog->findChild<QLineEdit *>(u"overrideReason"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(letter && reason && buttons);
        QCOMPARE(letter->currentText(), u"C+"_s);
        okDisabledWithoutReason = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        letter->setCurrentIndex(letter->findText(u"B-"_s));
        QTest::keyClicks(reason, u"Completed the unit retake"_s);
        saveShot(dialog, u"final-override-dialog.png"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    overrides->overrideAction()->trigger();
    QVERIFY(okDisabledWithoutReason);
    QCOMPARE(cell(0, model->letterColumn()), u"B- *"_s);
    QCOMPARE(cell(0, model->finalColumn()), QLocale().toString(79.2, 'f', 2)); // the percentage stays
    QCOMPARE(model->data(model->index(0, model->letterColumn()), Qt::ToolTipRole).toString(),
             u"Overridden from C+: Completed the unit retake"_s);
    QCOMPARE(undo->undoText(), u"Override Final Letter"_s);
    QVERIFY(overrides->clearAction()->isEnabled());
    view->setCurrentIndex(model->index(1, model->finalColumn()));
    panel->resize(1000, 300);
    saveShot(panel.get(), u"final-override.png"_s);

    undo->undo();
    QCOMPARE(cell(0, model->letterColumn()), u"C+"_s);
    undo->redo();
    QCOMPARE(cell(0, model->letterColumn()), u"B- *"_s);
    view->setCurrentIndex(model->index(1, model->letterColumn()));
    QVERIFY(!overrides->clearAction()->isEnabled()); // Baker has no override
    view->setCurrentIndex(model->index(0, model->letterColumn()));
    QVERIFY(overrides->clearAction()->isEnabled());
    overrides->clearAction()->trigger();
    QCOMPARE(cell(0, model->letterColumn()), u"C+"_s);
    QCOMPARE(undo->undoText(), u"Clear Final Letter Override"_s);

    // "All": the course's final, which has no override.
    filter->setCurrentIndex(0);
    Q_EMIT filter->activated(0);
    QVERIFY(!cell(0, model->letterColumn()).endsWith(u'*'));
}

QTEST_MAIN(TestFinalsUi)
#include "tst_finalsui.moc"
