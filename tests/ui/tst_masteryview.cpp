// The Mastery tab offscreen: the table on MasteryModel with level colours and
// the evidence tooltip, the method chooser recomputing without touching the
// class's setting, the empty state, and the tab in the main window.
#include "tests/common/TestSupport.h"

#include "models/actions/Actions.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/common/Ask.h"
#include "ui/mastery/LevelDialog.h"
#include "ui/mastery/MasteryPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
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

class TestMasteryView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tableShowsLevelsAndEvidence();
    void chooserRecomputesWithoutSaving();
    void emptyClassExplainsWhatToDo();
    void levelEnteredInTheWindowIsOneUndoStep();
    void addStandardFromTheTab();
    void tabInTheMainWindow();

private:
    Store &store() { return m_profile->store(); }

    std::unique_ptr<test::TempProfile> m_profile;
    QUndoStack m_undo;
    QString m_classId;
};

void TestMasteryView::init()
{
    m_undo.clear();
    m_profile = std::make_unique<test::TempProfile>();
    Actions actions(store());
    SchoolClass c;
    c.name = u"ELA 7"_s;
    c.masteryMethod = u"decaying_average"_s;
    c.masteryParam = 65;
    m_classId = *actions.classes().create(c);
    QList<Student> roster;
    const QStringList families{u"Alvarez"_s, u"Brooks"_s, u"Chen"_s, u"Dubois"_s, u"Evans"_s, u"Fischer"_s};
    for (int i = 0; i < families.size(); ++i) {
        Student st;
        st.givenName = QStringList{u"Maya"_s, u"Liam"_s, u"Noah"_s, u"Emma"_s, u"Ava"_s, u"Leo"_s}.at(i);
        st.familyName = families.at(i);
        st.studentNumber = QString::number(7001 + i);
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    const QList<Student> students = StudentRepository(store()).enrolledIn(m_classId);
    const QList<std::pair<QString, QString>> codes{{u"RL.7.1"_s, u"Cite textual evidence"_s},
                                                   {u"RL.7.2"_s, u"Determine a theme"_s},
                                                   {u"RL.7.3"_s, u"Analyze interactions of story elements"_s},
                                                   {u"W.7.1"_s, u"Write arguments"_s},
                                                   {u"L.7.4"_s, u"Determine word meanings"_s}};
    QStringList standards;
    for (const auto &[code, description] : codes)
        standards.append(*actions.standards().add(m_classId, code, description));
    QList<Assignment> tasks;
    for (int k = 1; k <= 4; ++k) {
        Assignment a;
        a.classId = m_classId;
        a.title = QStringList{u"Reading log"_s, u"Quiz: The Giver"_s, u"Essay draft"_s, u"Unit test"_s}.at(k - 1);
        a.dueDate = QDate(2026, 9, 7 * k);
        a.id = *actions.assignments().add(a);
        tasks.append(a);
    }
    // Every student and standard a different story; the first student's RL.7.1 is 1, 2, 3, 4.
    for (int s = 0; s < students.size(); ++s) {
        for (int t = 0; t < standards.size(); ++t) {
            if ((s + t) % 5 == 4)
                continue; // no evidence yet
            for (int k = 0; k < tasks.size(); ++k) {
                const double level = std::clamp(1.0 + ((s * 3 + t * 2 + k * (1 + (s + t) % 2)) % 7) / 2.0, 1.0, 4.0);
                QVERIFY(actions.standards().setLevel(tasks.at(k), students.at(s).id, standards.at(t),
                                                     s == 0 && t == 0   ? k + 1.0
                                                     : s == 2 && t == 1 ? 4.0
                                                                        : level));
            }
        }
    }
}

void TestMasteryView::tableShowsLevelsAndEvidence()
{
    MasteryPanel panel(store(), &m_undo);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setClassId(m_classId);
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"masteryTable"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->columnCount(), 5);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"L.7.4"_s); // by code
    const QModelIndex first = table->model()->index(0, 1); // Alvarez, RL.7.1: decaying 1, 2, 3, 4 = 3.48
    QCOMPARE(first.data().toString(), u"3.48"_s);
    QCOMPARE(first.data(MasteryModel::LevelRole).toString(), u"Proficient"_s);
    const QString tip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.indexOf(u"Reading log"_s) < tip.indexOf(u"Unit test"_s), qPrintable(tip));
    QVERIFY(panel.findChild<QLabel *>(u"masteryMethodExplanation"_s)->text().startsWith(u"Decaying average"_s));
    saveShot(&panel, u"mastery-view.png"_s);
}

void TestMasteryView::chooserRecomputesWithoutSaving()
{
    MasteryPanel panel(store(), &m_undo);
    panel.setClassId(m_classId);
    auto *chooser = panel.findChild<QComboBox *>(u"masteryMethodChooser"_s);
    QVERIFY(chooser);
    QVERIFY2(chooser->itemText(0).contains(u"Decaying average"_s), qPrintable(chooser->itemText(0)));
    chooser->setCurrentIndex(chooser->findData(u"highest"_s));
    const QModelIndex first = panel.model()->index(0, 1);
    QCOMPARE(first.data().toString(), u"4.00"_s);
    QCOMPARE(first.data(MasteryModel::LevelRole).toString(), u"Exceeding"_s);
    QVERIFY(panel.findChild<QLabel *>(u"masteryMethodExplanation"_s)->text().contains(u"best level"_s));
    QCOMPARE(ClassRepository(store()).find(m_classId)->masteryMethod, u"decaying_average"_s); // not saved
    chooser->setCurrentIndex(0);
    QCOMPARE(panel.model()->index(0, 1).data().toString(), u"3.48"_s);
}

void TestMasteryView::emptyClassExplainsWhatToDo()
{
    SchoolClass c;
    c.name = u"Empty"_s;
    const QString empty = *Actions(store()).classes().create(c);
    MasteryPanel panel(store(), &m_undo);
    panel.setClassId(empty);
    auto *pages = panel.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget()->objectName(), u"masteryEmpty"_s);
    QVERIFY(Actions(store()).standards().add(empty, u"A.1"_s));
    QCOMPARE(pages->currentWidget()->objectName(), u"masteryTable"_s);
}

void TestMasteryView::levelEnteredInTheWindowIsOneUndoStep()
{
    MasteryPanel panel(store(), &m_undo);
    panel.setClassId(m_classId);
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Brooks (row 1) on W.7.1 (column 4) has no evidence yet.
    const QModelIndex cell = panel.model()->index(1, 4);
    QCOMPARE(cell.data().toString(), QString());
    LevelDialog *dialog = panel.openLevelDialog(cell);
    QVERIFY(dialog);
    auto *assignment = dialog->findChild<QComboBox *>(u"levelAssignment"_s);
    QVERIFY(assignment->currentText().startsWith(u"Reading log"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"levelRemove"_s)->isVisible()); // nothing entered yet
    dialog->findChild<QDoubleSpinBox *>(u"levelValue"_s)->setValue(2.5);
    QCOMPARE(dialog->findChild<QLabel *>(u"levelLabel"_s)->text(), u"Developing"_s);
    dialog->findChild<QCheckBox *>(u"levelUseDate"_s)->setChecked(true);
    dialog->findChild<QDateEdit *>(u"levelDate"_s)->setDate(QDate(2026, 9, 9));
    saveShot(dialog, u"mastery-level-dialog.png"_s);
    QVERIFY(dialog->save());
    QCOMPARE(panel.model()->index(1, 4).data().toString(), u"2.50"_s);
    QVERIFY(panel.model()->index(1, 4).data(Qt::ToolTipRole).toString().contains(u"Reading log"_s));
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), u"Set Standard Level"_s);
    m_undo.undo();
    QCOMPARE(panel.model()->index(1, 4).data().toString(), QString());
    m_undo.redo();

    // The dialog of a cell with evidence shows it and can remove it.
    LevelDialog *again = panel.openLevelDialog(panel.model()->index(1, 4));
    QCOMPARE(again->findChild<QDoubleSpinBox *>(u"levelValue"_s)->value(), 2.5);
    QVERIFY(!again->findChild<QPushButton *>(u"levelRemove"_s)->isHidden());
    QVERIFY(again->remove());
    QCOMPARE(panel.model()->index(1, 4).data().toString(), QString());
    // A typo is refused in the dialog's words, nothing written.
    LevelDialog *typo = panel.openLevelDialog(panel.model()->index(1, 4));
    typo->findChild<QDoubleSpinBox *>(u"levelValue"_s)->setMaximum(100);
    typo->findChild<QDoubleSpinBox *>(u"levelValue"_s)->setValue(40);
    QVERIFY(!typo->save());
    QVERIFY(typo->findChild<QLabel *>(u"levelProblem"_s)->text().contains(u"maximum"_s));
}

void TestMasteryView::addStandardFromTheTab()
{
    MasteryPanel panel(store(), &m_undo);
    panel.setClassId(m_classId);
    Ask::setNextAnswer(u"RL.7.10"_s);
    Ask::setNextAnswer(u"Read and comprehend literature"_s);
    panel.addStandardAction()->trigger();
    QCOMPARE(panel.model()->columnCount(), 6);
    QCOMPARE(panel.model()->headerData(4, Qt::Horizontal).toString(), u"RL.7.10"_s); // after RL.7.3, before W
    QCOMPARE(m_undo.undoText(), u"Add Standard"_s);
    Ask::clearAnswers();
}

void TestMasteryView::tabInTheMainWindow()
{
    MainWindow window(store());
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"classTabs"_s);
    QVERIFY(tabs);
    auto *panel = window.findChild<MasteryPanel *>(u"masteryPanel"_s);
    QVERIFY2(panel, "no Mastery tab");
    tabs->setCurrentWidget(panel);
    QCOMPARE(panel->model()->classId(), m_classId);
    QCOMPARE(panel->model()->rowCount(), 6);
    saveShot(&window, u"mastery-tab.png"_s);
}

QTEST_MAIN(TestMasteryView)
#include "tst_masteryview.moc"
