// A class's options in the window, offscreen: the proficiency scale editor in
// class settings (one undo step, reset, a bad row named), the Mastery tab's
// per-standard method from the header (marked, one undo step, back to the
// class's) with the class's scale in the legend, and the automatic-missing bar
// above the grid (runs when the class opens, Show selects the cells, Undo takes
// them back). Saves docs/screenshots' proficiency-scale.png, standard-method.png
// and auto-missing.png when K12_SCREENSHOT_DIR is set.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/gradebook/AutoMissingNotice.h"
#include "ui/gradebook/ClassSettingsDialog.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/gradebook/MasterySettingsPage.h"
#include "ui/mastery/MasteryPanel.h"
#include "ui/mastery/StandardMethodDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

void saveShot(const QPixmap &shot, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

} // namespace

class TestClassOptionsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { Clock::reset(); }
    void scaleEditorSavesOneUndoStep();
    void standardMethodFromTheHeader();
    void autoMissingBarShowsAndUndoes();
    void autoMissingOffMarksNothing();
    void midnightIsNextLocalDay();

private:
    Store &store() { return m_profile->store(); }
    SchoolClass schoolClass() { return *ClassRepository(store()).find(m_classId); }

    std::unique_ptr<test::TempProfile> m_profile;
    QUndoStack m_undo;
    QString m_classId;
    QStringList m_students;
    QStringList m_standards;
    QList<Assignment> m_tasks;
    const QDate m_day{2026, 10, 14};
};

void TestClassOptionsUi::init()
{
    Clock::setFixed(QDateTime(m_day, QTime(12, 0), Qt::UTC));
    m_undo.clear();
    m_profile = std::make_unique<test::TempProfile>();
    Actions actions(store());
    SchoolClass c;
    c.name = u"Biology 9"_s;
    m_classId = *actions.classes().create(c);
    QList<Student> roster;
    const QStringList families{u"Alvarez"_s, u"Brooks"_s, u"Chen"_s, u"Dubois"_s, u"Evans"_s};
    const QStringList given{u"Maya"_s, u"Liam"_s, u"Noah"_s, u"Emma"_s, u"Ava"_s};
    for (int i = 0; i < families.size(); ++i) {
        Student st;
        st.givenName = given.at(i);
        st.familyName = families.at(i);
        st.studentNumber = QString::number(9001 + i);
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    m_students.clear();
    for (const Student &st : StudentRepository(store()).enrolledIn(m_classId))
        m_students.append(st.id);
    m_standards.clear();
    for (const auto &[code, what] :
         {std::pair{u"LS1.A"_s, u"Structure and function"_s}, std::pair{u"LS1.B"_s, u"Growth and development"_s},
          std::pair{u"LS2.A"_s, u"Interdependent relationships"_s}, std::pair{u"LS3.A"_s, u"Inheritance of traits"_s}})
        m_standards.append(*actions.standards().add(m_classId, code, what));
    m_tasks.clear();
    const QStringList titles{u"Cell lab"_s, u"Quiz 1"_s, u"Lab report"_s, u"Unit test"_s, u"Project"_s};
    const QList<QDate> due{m_day.addDays(-20), m_day.addDays(-13), m_day.addDays(-6), m_day.addDays(-1),
                           m_day.addDays(7)};
    for (int k = 0; k < titles.size(); ++k) {
        Assignment a;
        a.classId = m_classId;
        a.title = titles.at(k);
        a.pointsPossible = 20;
        a.dueDate = due.at(k);
        a.id = *actions.assignments().add(a);
        m_tasks.append(a);
    }
}

void TestClassOptionsUi::scaleEditorSavesOneUndoStep()
{
    const SchoolClass before = schoolClass();
    ClassSettingsDialog dialog(before, {}, GradingScale::defaultCutoffs());
    auto *page = dialog.findChild<MasterySettingsPage *>(u"masterySettingsPage"_s);
    QVERIFY(page);
    auto *levels = page->findChild<QTableWidget *>(u"proficiencyLevels"_s);
    QVERIFY(levels);
    QCOMPARE(levels->rowCount(), 4);
    QCOMPARE(levels->item(2, 1)->text(), u"Proficient"_s);
    // Rename the four, add a fifth (one above the top: 5).
    const QStringList labels{u"Emerging"_s, u"Approaching"_s, u"Meeting"_s, u"Exceeding"_s};
    for (int i = 0; i < labels.size(); ++i)
        levels->item(i, 1)->setText(labels.at(i));
    QTest::mouseClick(page->findChild<QPushButton *>(u"addProficiencyLevel"_s), Qt::LeftButton);
    QCOMPARE(levels->rowCount(), 5);
    QCOMPARE(levels->item(4, 0)->text(), u"5"_s);
    levels->item(4, 1)->setText(u"Mastered"_s);
    // A level without a number is named by its row, and the page cannot be saved.
    levels->item(1, 0)->setText(u"two"_s);
    QVERIFY2(page->problem().contains(u"row 2"_s), qPrintable(page->problem()));
    levels->item(1, 0)->setText(u"2"_s);
    QCOMPARE(page->problem(), QString());

    auto *tabs = dialog.findChild<QTabWidget *>(u"classSettingsTabs"_s);
    tabs->setCurrentWidget(page);
    dialog.resize(600, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    levels->setCurrentCell(4, 1);
    saveShot(dialog.grab(), u"proficiency-scale.png"_s);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const GradingSettings after = dialog.settings();
    Result<int> saved = Actions(store(), &m_undo)
                            .classes()
                            .saveGradingSettings(GradingSettings{before, {}, GradingScale::defaultCutoffs()}, after);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(m_undo.count(), 1);
    const ProficiencyScale stored = ProficiencyScale::forClass(schoolClass());
    QCOMPARE(stored.levels().size(), 5);
    QCOMPARE(stored.label(3.5), u"Meeting"_s);
    QCOMPARE(stored.label(5), u"Mastered"_s);
    m_undo.undo();
    QCOMPARE(schoolClass().proficiencyScale, QString());

    // Reset to Default 1-4 fills the table with the default levels again.
    QTest::mouseClick(page->findChild<QPushButton *>(u"resetProficiencyScale"_s), Qt::LeftButton);
    QCOMPARE(levels->rowCount(), 4);
    QCOMPARE(levels->item(3, 1)->text(), u"Exceeding"_s);
    SchoolClass reset = schoolClass();
    page->applyTo(reset);
    QCOMPARE(reset.proficiencyScale, QString()); // the default is stored as none
}

void TestClassOptionsUi::standardMethodFromTheHeader()
{
    StandardActions standards = Actions(store()).standards();
    // The class's own scale, 1-5, and evidence: Maya on LS1.A 1, 3, 2 (most recent 2; highest 3).
    QVERIFY(Actions(store()).classes().setProficiencyScale(
        m_classId, *ProficiencyScale::parse(u"1=Emerging,2=Approaching,3=Meeting,4=Exceeding,5=Mastered"_s)));
    const QList<double> maya{1, 3, 2};
    for (int k = 0; k < 3; ++k)
        QVERIFY(standards.setLevel(m_tasks.at(k), m_students.at(0), m_standards.at(0), maya.at(k)));
    for (int s = 0; s < m_students.size(); ++s) {
        for (int t = 0; t < m_standards.size(); ++t) {
            if ((s == 0 && t == 0) || (s + t) % 4 == 3)
                continue;
            for (int k = 0; k < 4; ++k)
                QVERIFY(standards.setLevel(m_tasks.at(k), m_students.at(s), m_standards.at(t),
                                           1 + (s * 2 + t + k * 3) % 9 / 2.0));
        }
    }
    // LS2.A already has its own method.
    QVERIFY(standards.setMethod(m_standards.at(2), u"decaying_average"_s, 75));

    MasteryPanel panel(store(), &m_undo);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setClassId(m_classId);
    panel.resize(980, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    MasteryModel *model = panel.model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"LS1.A"_s);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"LS2.A *"_s);
    QVERIFY(model->headerData(2, Qt::Horizontal, MasteryModel::MethodOverriddenRole).toBool());
    QVERIFY(
        model->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"Decaying average (rate 75 %)"_s));
    // The legend is the class's scale.
    QCOMPARE(panel.findChild<QLabel *>(u"masteryLegend4"_s)->text(), u"5 Mastered"_s);
    QVERIFY(panel.findChild<QLabel *>(u"masteryOwnMethodNote"_s));
    QCOMPARE(model->index(0, 0).data().toString(), u"2.00"_s); // the class's most recent
    QCOMPARE(model->index(0, 0).data(MasteryModel::LevelRole).toString(), u"Approaching"_s);

    StandardMethodDialog *dialog = panel.openMethodDialog(0);
    QVERIFY(dialog);
    auto *method = dialog->findChild<QComboBox *>(u"standardMethod"_s);
    QCOMPARE(method->currentIndex(), 0); // the class's
    method->setCurrentIndex(method->findData(u"highest"_s));
    QVERIFY(!dialog->findChild<QDoubleSpinBox *>(u"standardMethodParam"_s)->isVisible()); // highest takes none
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPixmap shot = panel.grab();
    {
        // The dialog over the panel's lower right, as it opens over the window.
        QPainter painter(&shot);
        const QPixmap d = dialog->grab();
        const QPoint at(shot.width() - d.width() - 16, shot.height() - d.height() - 16);
        painter.fillRect(QRect(at + QPoint(4, 4), d.size()), QColor(0, 0, 0, 50));
        painter.drawPixmap(at, d);
        painter.setPen(QColor(0x80, 0x80, 0x80));
        painter.drawRect(QRect(at, d.size()).adjusted(0, 0, -1, -1));
    }
    saveShot(shot, u"standard-method.png"_s);
    dialog->accept();
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.text(0), u"Set Standard's Method"_s);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"LS1.A *"_s);
    QCOMPARE(model->index(0, 0).data().toString(), u"3.00"_s); // highest of 1, 3, 2
    QCOMPARE(model->index(0, 0).data(MasteryModel::LevelRole).toString(), u"Meeting"_s);
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Highest (this standard's own)"_s));
    // The chooser forcing one method takes the marks off; the class setting brings them back.
    auto *chooser = panel.findChild<QComboBox *>(u"masteryMethodChooser"_s);
    chooser->setCurrentIndex(chooser->findData(u"mean"_s));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"LS1.A"_s);
    QCOMPARE(model->index(0, 0).data().toString(), u"2.00"_s); // mean of 1, 3, 2
    chooser->setCurrentIndex(0);
    QCOMPARE(model->index(0, 0).data().toString(), u"3.00"_s);
    // Back to the class's method from the same dialog; undo returns the override.
    dialog = panel.openMethodDialog(0);
    dialog->findChild<QComboBox *>(u"standardMethod"_s)->setCurrentIndex(0);
    dialog->accept();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"LS1.A"_s);
    QCOMPARE(model->index(0, 0).data().toString(), u"2.00"_s);
    m_undo.undo();
    QCOMPARE(model->index(0, 0).data().toString(), u"3.00"_s);
    // n-mastery with its parameter (3 scores at or above the class threshold) on LS1.B.
    dialog = panel.openMethodDialog(1);
    dialog->findChild<QComboBox *>(u"standardMethod"_s)
        ->setCurrentIndex(dialog->findChild<QComboBox *>(u"standardMethod"_s)->findData(u"n_mastery"_s));
    dialog->findChild<QDoubleSpinBox *>(u"standardMethodParam"_s)->setValue(3);
    dialog->accept();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"LS1.B *"_s);
    QVERIFY(!panel.openMethodDialog(99));
}

void TestClassOptionsUi::autoMissingBarShowsAndUndoes()
{
    // Scores: Cell lab all in but Evans; Quiz 1 two in; the rest empty. Option on.
    Actions actions(store());
    for (int s = 0; s < 4; ++s)
        QVERIFY(actions.grades().setGrade(m_classId, m_tasks.at(0), m_students.at(s), {ScoreEdit::setPoints(15 + s)}));
    QVERIFY(actions.grades().setGrade(m_classId, m_tasks.at(1), m_students.at(0), {ScoreEdit::setPoints(18)}));
    QVERIFY(actions.grades().setGrade(m_classId, m_tasks.at(1), m_students.at(2), {ScoreEdit::excused()}));
    SchoolClass on = schoolClass();
    on.autoMissing = true;
    QVERIFY(actions.classes().saveOptions(schoolClass(), on));

    // The screenshot shows the English plural forms ("14 scores"), as the app
    // does with its English translation (the build's k12_teacher_en.qm).
    QTranslator english;
    if (qEnvironmentVariableIsSet("K12_SCREENSHOT_DIR") &&
        english.load(QCoreApplication::applicationDirPath() + u"/../app/k12_teacher_en.qm"_s))
        QCoreApplication::installTranslator(&english);
    GradebookPanel panel(store(), &m_undo);
    panel.resize(980, 330);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setClassId(m_classId);
    AutoMissingNotice *notice = panel.autoMissingNotice();
    QVERIFY(notice->isVisible());
    // Past due (before Oct 14): Cell lab (Evans), Quiz 1 (3), Lab report (5), Unit test (5) = 14 on 4.
    QCOMPARE(notice->marked().size(), 14);
    QVERIFY2(notice->message().startsWith(u"Marked 14 score"_s), qPrintable(notice->message()));
    QVERIFY2(notice->message().contains(u"on 4 assignment"_s), qPrintable(notice->message()));
    QCOMPARE(m_undo.count(), 1);
    QVERIFY(ScoreRepository(store()).scoreFor(m_classId, m_tasks.at(3).id, m_students.at(4)).missing);
    QVERIFY(ScoreRepository(store()).scoreFor(m_classId, m_tasks.at(4).id, m_students.at(4)).isEmpty()); // due later

    QTest::mouseClick(notice->findChild<QPushButton *>(u"autoMissingShow"_s), Qt::LeftButton);
    const QModelIndexList selected = panel.view()->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 14);
    for (const QModelIndex &i : selected)
        QCOMPARE(i.data(Qt::DisplayRole).toString().isEmpty(), false);
    saveShot(panel.grab(), u"auto-missing.png"_s);

    QTest::mouseClick(notice->findChild<QPushButton *>(u"autoMissingUndo"_s), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QVERIFY(ScoreRepository(store()).scoreFor(m_classId, m_tasks.at(3).id, m_students.at(4)).isEmpty());
    QCOMPARE(ScoreRepository(store()).scoreFor(m_classId, m_tasks.at(0).id, m_students.at(0)).points,
             std::optional<double>(15));
    // Opening the class again runs it again (the same 14); at "midnight" nothing new.
    panel.setClassId(QString());
    panel.setClassId(m_classId);
    QCOMPARE(notice->marked().size(), 14);
    QCOMPARE(notice->runIfEnabled(), 0);
}

void TestClassOptionsUi::autoMissingOffMarksNothing()
{
    GradebookPanel panel(store(), &m_undo);
    panel.setClassId(m_classId);
    QVERIFY(!panel.autoMissingNotice()->isVisibleTo(&panel));
    QCOMPARE(panel.autoMissingNotice()->runIfEnabled(), 0);
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(test::countRows(store(), u"score"_s, u"missing = 1"_s), 0);
    // Switching the option on in class settings marks at once.
    SchoolClass on = schoolClass();
    on.autoMissing = true;
    QVERIFY(Actions(store(), &m_undo).classes().saveOptions(schoolClass(), on));
    QTRY_COMPARE(panel.autoMissingNotice()->marked().size(), 5 * 4);
    QCOMPARE(m_undo.count(), 2);
}

void TestClassOptionsUi::midnightIsNextLocalDay()
{
    Clock::setFixed(QDateTime(m_day, QTime(23, 59, 0), Qt::LocalTime).toUTC());
    QCOMPARE(AutoMissingNotice::msecsToNextMidnight(), 65000); // 1 minute + the 5 seconds after
    Clock::setFixed(QDateTime(m_day, QTime(0, 0, 10), Qt::LocalTime).toUTC());
    QCOMPARE(AutoMissingNotice::msecsToNextMidnight(), qint64(24 * 3600 - 5) * 1000);
}

QTEST_MAIN(TestClassOptionsUi)
#include "tst_classoptions_ui.moc"
