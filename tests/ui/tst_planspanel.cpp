// The Plans tab in the real main window, offscreen: forms that save as the
// teacher types (one undo step per field edit, not per keystroke or pause),
// validation in place, the rich-text toolbar, standards added inline, lesson
// reorder by keys, new/delete/duplicate with undo, PDF export, and the week
// view across classes. With K12_SCREENSHOT_DIR set it saves screenshots.
#include "tests/common/ModalHelper.h"
#include "kernel/domain/Clock.h"
#include "tests/common/TestSupport.h"

#include "models/itemmodels/WeekPlanModel.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "ui/MainWindow.h"
#include "ui/plans/FieldAutoSave.h"
#include "ui/plans/LessonEditor.h"
#include "ui/plans/PlansPanel.h"
#include "ui/plans/UnitEditor.h"
#include "ui/plans/WeekView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no widget named %s", qPrintable(name));
    return found;
}

} // namespace

class TestPlansPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fieldEditIsOneUndoStep();
    void focusLossSavesWithoutWaiting();
    void activitiesToolbarFormatsRichText();
    void invalidDatesShowInPlaceAndSaveNothing();
    void standardAddedInlineIsOneStep();
    void reorderWithAltArrows();
    void newDeleteAndUndo();
    void duplicateIntoAnotherClassThroughTheDialog();
    void exportFromThePanel();
    void weekViewAcrossClasses();

private:
    Store &store() { return m_profile->store(); }
    QString makeClass(const QString &name, const QString &subject);
    QString makeUnit(const QString &classId, const QString &title, const QDate &start, const QString &summary = {},
                     const QString &questions = {});
    QString makeLesson(const QString &unitId, const QString &title, const QDate &date, int position,
                       const QString &objectives = {});
    void openPlans(const QString &classId);
    void shot(QWidget *widget, const QString &name);
    QString lessonTitle(const QString &id) { return LessonRepository(store()).find(id)->title; }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    PlansPanel *m_panel = nullptr;
    QString m_classId;
    QString m_unitId;
    QStringList m_lessons;
};

QString TestPlansPanel::makeClass(const QString &name, const QString &subject)
{
    SchoolClass c;
    c.name = name;
    c.subject = subject;
    c.gradeLevel = u"7"_s;
    c.period = u"2"_s;
    return *ClassRepository(store()).create(c, u"test"_s);
}

QString TestPlansPanel::makeUnit(const QString &classId, const QString &title, const QDate &start,
                                 const QString &summary, const QString &questions)
{
    UnitPlan u;
    u.classId = classId;
    u.title = title;
    u.startDate = start;
    u.endDate = start.addDays(18);
    u.summary = summary;
    u.essentialQuestions = questions;
    u.position = PlanQueries(store()).nextUnitPosition(classId);
    return *UnitPlanRepository(store()).create(u, u"test"_s);
}

QString TestPlansPanel::makeLesson(const QString &unitId, const QString &title, const QDate &date, int position,
                                   const QString &objectives)
{
    const UnitPlan u = *UnitPlanRepository(store()).find(unitId);
    Lesson l;
    l.classId = u.classId;
    l.unitId = unitId;
    l.title = title;
    l.date = date;
    l.position = position;
    l.objectives = objectives;
    return *LessonRepository(store()).create(l, u"test"_s);
}

void TestPlansPanel::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_classId = makeClass(u"Math 7"_s, u"Mathematics"_s);
    m_unitId = makeUnit(m_classId, u"Ratios and Rates"_s, QDate(2026, 3, 2),
                        u"Students compare quantities with ratios and rates, and use them to solve problems."_s,
                        u"When is comparing by division better than by subtraction?\nHow do unit rates help us "
                        "shop?"_s);
    m_lessons.clear();
    const QStringList titles{u"What is a ratio?"_s, u"Ratio tables"_s, u"Unit rates"_s, u"Quiz review"_s};
    const QStringList objectives{u"Write a ratio three ways and explain what it compares"_s,
                                 u"Build a ratio table from a recipe"_s, u"Find and compare unit rates"_s,
                                 u"Review ratios, tables and unit rates"_s};
    for (int i = 0; i < titles.size(); ++i)
        m_lessons.append(makeLesson(m_unitId, titles.at(i), QDate(2026, 3, 2 + i), i, objectives.at(i)));
    m_window = std::make_unique<MainWindow>(store());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_panel = m_window->plansPanel();
    openPlans(m_classId);
    // Fast idle saves keep the test quick; the real delay is 600 ms.
    m_panel->unitEditor()->autoSave()->setIdleMs(40);
    m_panel->lessonEditor()->autoSave()->setIdleMs(40);
}

void TestPlansPanel::cleanup()
{
    Clock::reset();
    m_window.reset();
    m_profile.reset();
}

void TestPlansPanel::openPlans(const QString &classId)
{
    m_window->selectClass(classId);
    child<QTabWidget>(m_window.get(), u"classTabs"_s)->setCurrentWidget(m_panel);
}

void TestPlansPanel::shot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

void TestPlansPanel::fieldEditIsOneUndoStep()
{
    m_panel->selectLesson(m_lessons.at(0));
    QVERIFY(m_panel->isLessonShown());
    QLineEdit *title = m_panel->lessonEditor()->titleEdit();
    QCOMPARE(title->text(), u"What is a ratio?"_s);
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();
    const qint64 outbox = test::countRows(store(), u"outbox"_s);

    QTest::mouseClick(title, Qt::LeftButton);
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, u"Ratios"_s);
    QTRY_COMPARE(lessonTitle(m_lessons.at(0)), u"Ratios"_s); // saved after a pause, focus still in the field
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 1);
    QTest::keyClicks(title, u" in recipes"_s);
    QTRY_COMPARE(lessonTitle(m_lessons.at(0)), u"Ratios in recipes"_s); // and again after the next pause
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 2);
    // Leaving the field ends the edit: one undo step for the whole title, not one per pause or key.
    QTest::mouseClick(child<QPlainTextEdit>(m_panel, u"lessonObjectives"_s), Qt::LeftButton);
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), u"Edit Lesson Title"_s);
    QVERIFY(m_panel->lessonView()->model()->index(0, 0).data().toString().contains(u"Ratios in recipes"_s));

    undo->undo();
    QCOMPARE(lessonTitle(m_lessons.at(0)), u"What is a ratio?"_s);
    QCOMPARE(title->text(), u"What is a ratio?"_s);              // the form follows the undo
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 4); // the undo syncs too
    undo->redo();
    QCOMPARE(title->text(), u"Ratios in recipes"_s);
    QVERIFY(m_panel->isLessonShown()); // the selection survived all of it
}

void TestPlansPanel::focusLossSavesWithoutWaiting()
{
    m_panel->selectLesson(m_lessons.at(1));
    m_panel->lessonEditor()->autoSave()->setIdleMs(60000); // no idle save: only the focus change saves
    auto *materials = child<QPlainTextEdit>(m_panel, u"lessonMaterials"_s);
    QTest::mouseClick(materials->viewport(), Qt::LeftButton);
    QTest::keyClicks(materials, u"Recipe cards"_s);
    QVERIFY(LessonRepository(store()).find(m_lessons.at(1))->materials.isEmpty());
    QTest::keyClick(materials, Qt::Key_Tab); // Tab moves on, and the field is saved
    QCOMPARE(LessonRepository(store()).find(m_lessons.at(1))->materials, u"Recipe cards"_s);
    QCOMPARE(m_window->undoStack()->undoText(), u"Edit Lesson Materials"_s);
    // Switching to another lesson saves what was typed, too.
    auto *homework = child<QPlainTextEdit>(m_panel, u"lessonHomework"_s);
    QTest::mouseClick(homework->viewport(), Qt::LeftButton);
    QTest::keyClicks(homework, u"Page 12"_s);
    m_panel->selectLesson(m_lessons.at(2));
    QCOMPARE(LessonRepository(store()).find(m_lessons.at(1))->homework, u"Page 12"_s);
    // And closing the window right after typing loses nothing.
    QTest::mouseClick(homework->viewport(), Qt::LeftButton);
    QTest::keyClicks(homework, u"Bring a recipe"_s);
    m_window->close();
    QCOMPARE(LessonRepository(store()).find(m_lessons.at(2))->homework, u"Bring a recipe"_s);
}

void TestPlansPanel::activitiesToolbarFormatsRichText()
{
    m_panel->selectLesson(m_lessons.at(0));
    QTextEdit *activities = m_panel->lessonEditor()->activitiesEdit();
    QTest::mouseClick(activities->viewport(), Qt::LeftButton);
    QTest::keyClicks(activities, u"Warm-up"_s);
    QTest::keyClick(activities, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(activities, Qt::Key_B, Qt::ControlModifier); // the Bold shortcut of the toolbar
    QVERIFY(child<QAction>(m_panel, u"activitiesBold"_s)->isChecked());
    QTest::keyClick(activities, Qt::Key_End);
    QTest::keyClicks(activities, u": recipe cards on every table"_s);
    QTest::keyClick(activities, Qt::Key_Return);
    QTest::keyClick(activities, Qt::Key_B, Qt::ControlModifier); // bold off again
    QVERIFY(!child<QAction>(m_panel, u"activitiesBold"_s)->isChecked());
    child<QAction>(m_panel, u"activitiesList"_s)->trigger();
    QTest::keyClicks(activities, u"Pairs sort cards by ingredient"_s);
    QTest::keyClick(activities, Qt::Key_Return);
    QTest::keyClicks(activities, u"Share one ratio with the class"_s);
    auto *materials = child<QPlainTextEdit>(m_panel, u"lessonMaterials"_s);
    QTest::mouseClick(materials->viewport(), Qt::LeftButton);
    QTest::keyClicks(materials, u"Recipe cards, counters"_s);
    QTest::mouseClick(m_panel->lessonEditor()->titleEdit(), Qt::LeftButton); // leave the field
    const QString stored = LessonRepository(store()).find(m_lessons.at(0))->activities;
    QVERIFY2(stored.contains(u"font-weight:700"_s) && stored.contains(u"Warm-up"_s), qPrintable(stored));
    QVERIFY2(stored.contains(u"<ul"_s) && stored.contains(u"Pairs sort cards"_s), qPrintable(stored));
    QCOMPARE(m_window->undoStack()->undoText(), u"Edit Lesson Materials"_s);
    QCOMPARE(m_window->undoStack()->text(m_window->undoStack()->count() - 2), u"Edit Lesson Activities"_s);
    shot(m_window.get(), u"plans-lesson.png"_s);
}

void TestPlansPanel::invalidDatesShowInPlaceAndSaveNothing()
{
    m_panel->selectUnit(m_unitId);
    QVERIFY(!m_panel->isLessonShown());
    auto *end = child<QDateEdit>(m_panel, u"unitEnd"_s);
    const int steps = m_window->undoStack()->count();
    const qint64 outbox = test::countRows(store(), u"outbox"_s);
    end->setFocus();
    end->setDate(QDate(2026, 2, 20));
    QTest::mouseClick(m_panel->unitEditor()->titleEdit(), Qt::LeftButton);
    auto *problem = child<QLabel>(m_panel, u"unitProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"cannot end before it starts"_s), qPrintable(problem->text()));
    QCOMPARE(UnitPlanRepository(store()).find(m_unitId)->endDate, QDate(2026, 3, 20));
    QCOMPARE(m_window->undoStack()->count(), steps); // no empty undo step either
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox);
    end->setFocus();
    end->setDate(QDate(2026, 3, 27));
    QTest::mouseClick(m_panel->unitEditor()->titleEdit(), Qt::LeftButton);
    QVERIFY(!problem->isVisible());
    QCOMPARE(UnitPlanRepository(store()).find(m_unitId)->endDate, QDate(2026, 3, 27));
    QCOMPARE(m_window->undoStack()->undoText(), u"Change Unit End"_s);
    // An emptied title is refused the same way.
    QLineEdit *title = m_panel->unitEditor()->titleEdit();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(problem->text().contains(u"needs a title"_s));
    QCOMPARE(UnitPlanRepository(store()).find(m_unitId)->title, u"Ratios and Rates"_s);
}

void TestPlansPanel::standardAddedInlineIsOneStep()
{
    m_panel->selectUnit(m_unitId);
    auto *code = child<QLineEdit>(m_panel->unitEditor(), u"newStandardCode"_s);
    auto *description = child<QLineEdit>(m_panel->unitEditor(), u"newStandardDescription"_s);
    QTest::mouseClick(code, Qt::LeftButton);
    QTest::keyClicks(code, u"CCSS.MATH.6.RP.A.2"_s);
    QTest::mouseClick(description, Qt::LeftButton);
    QTest::keyClicks(description, u"Understand unit rates"_s);
    QTest::keyClick(description, Qt::Key_Return);
    const UnitPlan unit = *UnitPlanRepository(store()).find(m_unitId);
    QCOMPARE(unit.standardIds.size(), 1);
    const QList<Standard> standards = PlanQueries(store()).standards(m_classId);
    QCOMPARE(standards.size(), 1);
    QCOMPARE(standards.at(0).code, u"CCSS.MATH.6.RP.A.2"_s);
    auto *list = child<QListWidget>(m_panel->unitEditor(), u"standardsList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QVERIFY(code->text().isEmpty());
    // The same code again is refused in place.
    QTest::keyClicks(code, u"ccss.math.6.rp.a.2"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(child<QLabel>(m_panel->unitEditor(), u"standardsProblem"_s)->text().contains(u"already has"_s));
    // Unticking is a step of its own; undo twice removes the tick, then the standard.
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(UnitPlanRepository(store()).find(m_unitId)->standardIds.isEmpty());
    m_window->undoStack()->undo();
    QCOMPARE(UnitPlanRepository(store()).find(m_unitId)->standardIds.size(), 1);
    m_window->undoStack()->undo();
    QVERIFY(PlanQueries(store()).standards(m_classId).isEmpty());
    QVERIFY(UnitPlanRepository(store()).find(m_unitId)->standardIds.isEmpty());
    QCOMPARE(list->count(), 0);
}

void TestPlansPanel::reorderWithAltArrows()
{
    m_panel->selectLesson(m_lessons.at(2)); // "Unit rates"
    QListView *view = m_panel->lessonView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QStringList order;
    for (const Lesson &l : PlanQueries(store()).lessons(m_unitId))
        order.append(l.title);
    QCOMPARE(order, (QStringList{u"What is a ratio?"_s, u"Unit rates"_s, u"Ratio tables"_s, u"Quiz review"_s}));
    QCOMPARE(view->currentIndex().row(), 1); // the moved lesson stays selected
    QCOMPARE(m_panel->currentLessonId(), m_lessons.at(2));
    QCOMPARE(m_window->undoStack()->undoText(), u"Reorder Lessons"_s);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(PlanQueries(store()).lessons(m_unitId).constFirst().title, u"Unit rates"_s);
    QVERIFY(!m_panel->moveUpAction()->isEnabled()); // at the top
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(PlanQueries(store()).lessons(m_unitId).at(2).title, u"Unit rates"_s);
    QCOMPARE(m_panel->lessonView()->model()->index(2, 0).data(Qt::UserRole + 2).toString(), u"Unit rates"_s);
}

void TestPlansPanel::newDeleteAndUndo()
{
    QUndoStack *undo = m_window->undoStack();
    m_panel->newUnitAction()->trigger();
    QList<UnitPlan> units = PlanQueries(store()).units(m_classId);
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(1).title, u"Unit 2"_s);
    QVERIFY(units.at(1).startDate.dayOfWeek() == 1); // a Monday
    QCOMPARE(m_panel->currentUnitId(), units.at(1).id);
    QCOMPARE(QApplication::focusWidget(), m_panel->unitEditor()->titleEdit()); // ready to type its title
    m_panel->newLessonAction()->trigger();
    const QList<Lesson> lessons = PlanQueries(store()).lessons(units.at(1).id);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).title, u"Lesson 1"_s);
    QCOMPARE(lessons.at(0).date, units.at(1).startDate);
    QVERIFY(m_panel->isLessonShown());

    // Deleting a lesson needs no question (undo brings it back).
    m_panel->deleteAction()->trigger();
    QVERIFY(PlanQueries(store()).lessons(units.at(1).id).isEmpty());
    QVERIFY(!m_panel->isLessonShown());
    undo->undo();
    QCOMPARE(PlanQueries(store()).lessons(units.at(1).id).size(), 1);

    // Deleting a unit asks first; its lessons go with it, in one step.
    m_panel->selectUnit(m_unitId);
    QString question;
    test::whenModalShows([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    m_panel->deleteAction()->trigger();
    QVERIFY2(question.contains(u"Ratios and Rates"_s) && question.contains(u"4"_s), qPrintable(question));
    QVERIFY(!UnitPlanRepository(store()).find(m_unitId));
    QCOMPARE(test::countRows(store(), u"lesson"_s, u"unit_id = '%1' AND deleted = 1"_s.arg(m_unitId)), 4);
    undo->undo();
    QCOMPARE(PlanQueries(store()).lessons(m_unitId).size(), 4);
    QCOMPARE(m_panel->unitView()->model()->rowCount(), 2);
}

void TestPlansPanel::duplicateIntoAnotherClassThroughTheDialog()
{
    const QString other = makeClass(u"Math 7, period 5"_s, u"Mathematics"_s);
    openPlans(m_classId);
    m_panel->selectUnit(m_unitId);
    QString preview;
    test::whenModalShows([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"duplicateUnitDialog"_s);
        auto *classes = child<QComboBox>(dialog, u"duplicateClass"_s);
        classes->setCurrentIndex(classes->findData(other));
        QCOMPARE(child<QLineEdit>(dialog, u"duplicateTitle"_s)->text(), u"Ratios and Rates"_s);
        child<QDateEdit>(dialog, u"duplicateStart"_s)->setDate(QDate(2026, 9, 7)); // next term
        preview = child<QLabel>(dialog, u"duplicatePreview"_s)->text();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    const int steps = m_window->undoStack()->count();
    m_panel->duplicateAction()->trigger();
    QVERIFY2(preview.contains(u"189 day"_s) && preview.contains(u"4 lesson"_s), qPrintable(preview));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    const QList<UnitPlan> copies = PlanQueries(store()).units(other);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.at(0).startDate, QDate(2026, 9, 7));
    const QList<Lesson> lessons = PlanQueries(store()).lessons(copies.at(0).id);
    QCOMPARE(lessons.size(), 4);
    QCOMPARE(lessons.at(3).date, QDate(2026, 9, 10));
    m_window->undoStack()->undo();
    QVERIFY(PlanQueries(store()).units(other).isEmpty());
}

void TestPlansPanel::exportFromThePanel()
{
    m_panel->selectUnit(m_unitId);
    const QString unitPdf = m_profile->dir.filePath(u"unit.pdf"_s);
    const Status unit = m_panel->exportUnitPdf(unitPdf);
    QVERIFY2(unit.ok(), qPrintable(unit.error()));
    QVERIFY(test::readFile(unitPdf).startsWith("%PDF-"));
    QCOMPARE(QFileInfo(unitPdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!m_panel->exportLessonAction()->isEnabled()); // no lesson shown
    m_panel->selectLesson(m_lessons.at(1));
    QVERIFY(m_panel->exportLessonAction()->isEnabled());
    QVERIFY(m_panel->exportLessonPdf(m_profile->dir.filePath(u"lesson.pdf"_s)).ok());
}

void TestPlansPanel::weekViewAcrossClasses()
{
    const QString science = makeClass(u"Life Science"_s, u"Science"_s);
    const QString history = makeClass(u"World History"_s, u"History"_s);
    const QString cells = makeUnit(science, u"Cells"_s, QDate(2026, 3, 2));
    const QString rivers = makeUnit(history, u"River Civilizations"_s, QDate(2026, 3, 2));
    QVERIFY(!PlanQueries(store()).units(m_classId).isEmpty());
    makeLesson(cells, u"Microscope lab"_s, QDate(2026, 3, 2), 0);
    const QString plant = makeLesson(cells, u"Plant and animal cells"_s, QDate(2026, 3, 4), 1);
    makeLesson(cells, u"Cell membrane"_s, QDate(2026, 3, 6), 2);
    makeLesson(rivers, u"Mesopotamia"_s, QDate(2026, 3, 3), 0);
    makeLesson(rivers, u"The Nile"_s, QDate(2026, 3, 5), 1);
    makeLesson(rivers, u"Indus Valley"_s, QDate(2026, 3, 6), 2);

    QStringList standards;
    for (const auto &[code, description] :
         {std::pair{u"CCSS.MATH.6.RP.A.1"_s, u"Understand the concept of a ratio"_s},
          std::pair{u"CCSS.MATH.6.RP.A.2"_s, u"Understand the concept of a unit rate"_s},
          std::pair{u"CCSS.MATH.6.RP.A.3"_s, u"Use ratio and rate reasoning to solve problems"_s}}) {
        Standard st;
        st.classId = m_classId;
        st.code = code;
        st.description = description;
        standards.append(*StandardRepository(store()).create(st, u"test"_s));
    }
    QVERIFY(UnitPlanRepository(store())
                .update(m_unitId, {{u"standard_ids"_s, u"[\"%1\",\"%2\"]"_s.arg(standards.at(0), standards.at(1))}},
                        u"test"_s)
                .ok());
    openPlans(m_classId); // the new classes reset the sidebar
    m_panel->selectUnit(m_unitId);
    shot(m_window.get(), u"plans-tab.png"_s);
    m_panel->weekAction()->trigger();
    WeekView *week = m_panel->weekView();
    QVERIFY(week->isVisible());
    test::setToday(QDate(2026, 3, 4));
    week->model()->reload();
    week->showWeekOf(QDate(2026, 3, 4));
    QCOMPARE(week->model()->lessonCount(), 10);
    QVERIFY(!m_panel->newUnitAction()->isEnabled()); // the week is read-only
    shot(m_window.get(), u"plans-week.png"_s);
    child<QPushButton>(week, u"nextWeekButton"_s)->click();
    QCOMPARE(week->model()->monday(), QDate(2026, 3, 9));
    QCOMPARE(week->model()->lessonCount(), 0);
    QVERIFY(child<QLabel>(week, u"weekEmpty"_s)->isVisible());
    child<QPushButton>(week, u"previousWeekButton"_s)->click();

    // Opening a lesson of another class from the week switches to that class and shows the lesson.
    QModelIndex cell;
    for (int r = 0; r < week->model()->rowCount() && !cell.isValid(); ++r) {
        if (week->model()->index(r, 2).data(WeekPlanModel::LessonIdRole).toString() == plant)
            cell = week->model()->index(r, 2);
    }
    QVERIFY(cell.isValid());
    Q_EMIT week->table()->activated(cell);
    QCOMPARE(m_window->currentClassId(), science);
    QVERIFY(!week->isVisible());
    QVERIFY(m_panel->isLessonShown());
    QCOMPARE(m_panel->currentLessonId(), plant);
    QCOMPARE(m_panel->lessonEditor()->titleEdit()->text(), u"Plant and animal cells"_s);
}

QTEST_MAIN(TestPlansPanel)
#include "tst_planspanel.moc"
