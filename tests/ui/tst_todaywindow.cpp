// Today in the main window (issue 20): the start page, the sidebar's first
// entry and Ctrl+1, leaving it for a class, and each item opening the thing it
// names where it lives in the window.
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/insight/InsightPanel.h"
#include "ui/plans/PlansPanel.h"
#include "ui/today/TodayView.h"

#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestTodayWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        Clock::reset();
    }
    void startsOnTodayAndComesBack();
    void itemsOpenWhereTheyLive();

private:
    QTreeWidgetItem *find(const QString &text) const
    {
        const QList<QTreeWidgetItem *> found =
            m_window->todayView()->tree()->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }
    bool todayShown() const
    {
        return m_window->findChild<QStackedWidget *>()->currentWidget() == m_window->todayView();
    }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    QString m_algebra, m_biology, m_quiz, m_unit, m_lesson, m_ben;
};

void TestTodayWindow::init()
{
    // Wednesday 9 Dec 2026: Algebra has a lesson today, Quiz 1 (due 2 Dec) has
    // Ben's cell empty and Ana's missing work puts her on the missing list.
    test::setToday(QDate(2026, 12, 9));
    m_profile = std::make_unique<test::TempProfile>();
    ChangeList c;
    auto add = [&](const QString &entity, const QVariantMap &fields, QString id = {}) {
        id = id.isEmpty() ? newId() : id;
        c.append(Change::upsert(entity, id, fields));
        return id;
    };
    SchoolClass cls;
    cls.name = u"Algebra 1"_s;
    cls.riskMissingCount = 1;
    m_algebra = add(u"class"_s, cls.toFields());
    cls.name = u"Biology"_s;
    m_biology = add(u"class"_s, cls.toFields());
    Student st;
    st.givenName = u"Ben"_s;
    st.familyName = u"Okafor"_s;
    m_ben = add(u"student"_s, st.toFields());
    st.givenName = u"Ana"_s;
    const QString ana = add(u"student"_s, st.toFields());
    for (const QString &s : {m_ben, ana})
        add(u"enrollment"_s, Enrollment{{}, 0, m_algebra, s, u"active"_s}.toFields(),
            pairId(u"enrollment"_s, m_algebra, s));
    UnitPlan u;
    u.classId = m_algebra;
    u.title = u"Linear functions"_s;
    u.startDate = QDate(2026, 12, 7);
    u.endDate = QDate(2026, 12, 18);
    m_unit = add(u"unit_plan"_s, u.toFields());
    Lesson l;
    l.classId = m_algebra;
    l.unitId = m_unit;
    l.title = u"Slopes"_s;
    l.date = QDate(2026, 12, 9);
    m_lesson = add(u"lesson"_s, l.toFields());
    Assignment a;
    a.classId = m_algebra;
    a.title = u"Quiz 1"_s;
    a.pointsPossible = 10;
    a.dueDate = QDate(2026, 12, 2);
    m_quiz = add(u"assignment"_s, a.toFields());
    Score missing;
    missing.classId = m_algebra;
    missing.assignmentId = m_quiz;
    missing.studentId = ana;
    missing.missing = true;
    add(u"score"_s, missing.toFields(), Score::idFor(m_quiz, ana));
    QVERIFY(m_profile->store().apply(u"test"_s, c));

    m_window = std::make_unique<MainWindow>(m_profile->store());
    m_window->resize(1100, 700);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestTodayWindow::startsOnTodayAndComesBack()
{
    // Constructed, the window shows the remembered class; at start the app asks for Today.
    QVERIFY(!todayShown());
    m_window->openStartPage();
    QVERIFY(todayShown());
    QVERIFY(m_window->todayAction()->isChecked());
    QVERIFY(m_window->todayView()->isVisible());
    QCOMPARE(m_window->windowTitle(), u"Today — K12 Teacher"_s);
    // The sidebar's first entry is Today.
    auto *button = m_window->findChild<QToolButton *>(u"todayButton"_s);
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), m_window->todayAction());

    // A class clicked in the list leaves Today for its page.
    auto *list = m_window->findChild<QListView *>(u"classList"_s);
    const QModelIndex second = list->model()->index(1, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    QVERIFY(!todayShown());
    QVERIFY(!m_window->todayAction()->isChecked());
    QCOMPARE(m_window->currentClassId(), m_biology);

    // Ctrl+1 comes back; the button too, after choosing a class again.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(todayShown());
    m_window->selectClass(m_algebra);
    QVERIFY(!todayShown());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(todayShown());

    // A profile without classes starts on the welcome page instead.
    m_window.reset();
    test::TempProfile empty;
    MainWindow fresh(empty.store());
    fresh.show();
    fresh.openStartPage();
    QVERIFY(fresh.findChild<QStackedWidget *>()->currentWidget() != fresh.todayView());
}

void TestTodayWindow::itemsOpenWhereTheyLive()
{
    m_window->openStartPage();
    QTreeWidget *tree = m_window->todayView()->tree();
    auto *tabs = m_window->findChild<QTabWidget *>(u"classTabs"_s);

    // The lesson: the class's Plans tab at that lesson.
    Q_EMIT tree->itemActivated(find(u"Slopes"_s), 0);
    QVERIFY(!todayShown());
    QCOMPARE(m_window->currentClassId(), m_algebra);
    QCOMPARE(tabs->currentWidget(), m_window->plansPanel());
    QCOMPARE(m_window->plansPanel()->currentLessonId(), m_lesson);

    // The ungraded assignment: grade-by-assignment on it.
    m_window->showToday();
    QString chosen;
    test::whenModalShows([&chosen](QWidget *dialog) {
        if (auto *choice = dialog->findChild<QComboBox *>(u"byAssignmentChoice"_s))
            chosen = choice->currentText();
        dialog->close();
    });
    const QList<QTreeWidgetItem *> quiz = tree->findItems(u"Quiz 1"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(quiz.size(), 1); // ungraded, past due (2 Dec is last week)
    Q_EMIT tree->itemActivated(quiz.last(), 0);
    QCOMPARE(tabs->currentWidget(), m_window->gradebookPanel());
    QTRY_COMPARE(chosen, u"Quiz 1"_s);

    // The student with missing work: the class's Insight tab.
    m_window->showToday();
    Q_EMIT tree->itemActivated(find(u"Ana Okafor"_s), 0);
    QVERIFY(!todayShown());
    QCOMPARE(tabs->currentWidget(), m_window->findChild<InsightPanel *>());

    // Sync items without a sync client: the status bar says why nothing opens.
    m_window->showToday();
    Q_EMIT tree->itemActivated(find(u"Working on this computer only"_s), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"this computer only"_s));
    QVERIFY(todayShown());
}

QTEST_MAIN(TestTodayWindow)
#include "tst_todaywindow.moc"
