// The search popup in the window (issue 20): Ctrl+K and the toolbar field open
// it, results appear grouped by kind with headers in the same event-loop turn
// as the keystroke, arrows skip headers, Enter opens the thing (the student's
// roster row, the score's cell, the lesson), Esc closes; archived classes'
// rows are marked; the model passes QAbstractItemModelTester. With
// K12_SCREENSHOT_DIR set it saves search.png (the window with the popup).
#include "tests/common/TestSupport.h"

#include "models/actions/Actions.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/itemmodels/LessonListModel.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/StudentRepository.h"
#include "models/search/SearchResultsModel.h"
#include "ui/MainWindow.h"
#include "ui/classes/RosterPanel.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/plans/PlansPanel.h"
#include "ui/search/SearchNavigator.h"
#include "ui/search/SearchPopup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

struct Busy
{
    QString algebra, biology, history, marisol, quiz, lesson;
};

Busy makeBusyProfile(Store &store)
{
    Actions a(store);
    Busy b;
    const QStringList given{u"Marisol"_s, u"Mario"_s,  u"Ana"_s,  u"José"_s,  u"Liam"_s,  u"Marcus"_s,
                            u"Chen"_s,    u"Fatima"_s, u"Noah"_s, u"Sofía"_s, u"Amara"_s, u"Diego"_s};
    const QStringList family{u"Márquez"_s, u"Rossi"_s,  u"Martínez"_s, u"Pérez"_s, u"Walker"_s, u"Johnson"_s,
                             u"Wu"_s,      u"Hassan"_s, u"Kim"_s,      u"López"_s, u"Okafor"_s, u"Silva"_s};
    auto makeClass = [&](const QString &name, const QString &subject, const QString &term) {
        SchoolClass c;
        c.name = name;
        c.subject = subject;
        c.term = term;
        return *a.classes().create(c);
    };
    b.algebra = makeClass(u"Algebra I — Period 2"_s, u"Mathematics"_s, u"2026-27"_s);
    b.biology = makeClass(u"Biology 7"_s, u"Science"_s, u"2026-27"_s);
    b.history = makeClass(u"World History"_s, u"Social Studies"_s, u"2025-26"_s);
    QStringList algebraStudents;
    for (int i = 0; i < given.size(); ++i) {
        Student s;
        s.givenName = given.at(i);
        s.familyName = family.at(i);
        s.studentNumber = QString::number(70400 + i);
        const QString id = *a.roster().addStudent(s, i % 3 == 2 ? b.biology : b.algebra);
        if (i % 3 != 2)
            algebraStudents << id;
        if (i == 0)
            b.marisol = id;
    }
    // Three of them were in last year's history class too.
    StudentRepository repo(store);
    for (const QString &number : {u"70400"_s, u"70401"_s, u"70403"_s}) {
        Student s = *repo.resolveInClass(b.algebra, number);
        (void)a.roster().addStudent(s, b.history);
    }
    const QStringList titles{u"Marginal notes quiz"_s, u"Linear equations quiz"_s, u"Market day project"_s,
                             u"Factoring homework"_s};
    QStringList assignmentIds;
    for (const QString &t : titles) {
        Assignment as;
        as.classId = b.algebra;
        as.title = t;
        as.pointsPossible = 10;
        assignmentIds << *a.assignments().add(as);
    }
    b.quiz = assignmentIds.at(1);
    Assignment mapping;
    mapping.classId = b.history;
    mapping.title = u"Maritime empires map"_s;
    mapping.pointsPossible = 20;
    (void)a.assignments().add(mapping);
    Assignment quizRow;
    quizRow.id = b.quiz;
    quizRow.classId = b.algebra;
    quizRow.title = titles.at(1);
    quizRow.pointsPossible = 10;
    (void)a.grades().setGrade(b.algebra, quizRow, b.marisol,
                              {ScoreEdit::setPoints(8), ScoreEdit::comment(u"Mark each step; remarkable progress"_s)});
    (void)a.grades().setGrade(b.algebra, quizRow, algebraStudents.at(2),
                              {ScoreEdit::setPoints(6), ScoreEdit::comment(u"Missing the marked examples"_s)});
    UnitPlan unit;
    unit.classId = b.biology;
    unit.title = u"Marine ecosystems"_s;
    const QString unitId = *a.plans().createUnit(unit);
    Lesson lesson;
    lesson.classId = b.biology;
    lesson.unitId = unitId;
    lesson.title = u"Tide pools"_s;
    lesson.activities = u"<p>Sort <b>marine</b> invertebrates, then a gallery walk</p>"_s;
    b.lesson = *a.plans().createLesson(lesson);
    (void)a.classes().setArchived(b.history, true);
    return b;
}

} // namespace

class TestSearchPopup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlKTypesAndShowsGroups();
    void arrowsSkipHeadersAndEnterOpensTheStudent();
    void enterOnACommentOpensItsCell();
    void toolbarFieldMovesIntoThePopup();
    void lessonOpensInThePlans();

private:
    SearchNavigator *navigator() const { return m_window->findChild<SearchNavigator *>(u"searchNavigator"_s); }
    void screenshot(const QString &name);

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    Busy m_busy;
};

void TestSearchPopup::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_busy = makeBusyProfile(m_profile->store());
    m_window = std::make_unique<MainWindow>(m_profile->store());
    m_window->resize(1240, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectClass(m_busy.biology);
    QVERIFY(navigator());
}

void TestSearchPopup::cleanup()
{
    m_window.reset();
    m_profile.reset();
}

void TestSearchPopup::screenshot(const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // The popup is a window of its own: paint it over the main window's grab where it stands.
    QPixmap shot = m_window->grab();
    SearchPopup *popup = navigator()->popup();
    QPainter painter(&shot);
    painter.drawPixmap(m_window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    painter.end();
    QVERIFY(shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

void TestSearchPopup::ctrlKTypesAndShowsGroups()
{
    SearchNavigator *nav = navigator();
    QCOMPARE(nav->searchAction()->shortcut(), QKeySequence(u"Ctrl+K"_s));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = nav->popup();
    QVERIFY(popup->isVisible());
    QCOMPARE(QApplication::focusWidget(), popup->field());
    QAbstractItemModelTester tester(popup->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The results are there when the keystroke returns: no timer, no wait.
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(popup->field(), u"mar"_s);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qInfo("typing \"mar\" to results on screen: %.1f ms (last query %.2f ms)", ms, popup->model()->lastQueryMs());
    QVERIFY(popup->model()->lastQueryMs() < SearchPopup::kSyncBudgetMs);
    SearchResultsModel *model = popup->model();
    QStringList headers;
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        (i.data(SearchResultsModel::IsHeaderRole).toBool() ? headers : rows) << i.data().toString();
    }
    // Students Marisol Márquez, Mario Rossi (Algebra), Ana Martínez, Marcus Johnson
    // (Biology); in archived World History again Marisol and Mario: 6; assignments Marginal notes quiz,
    // Market day project, Maritime empires map; comments "Mark each step; remarkable"
    // (no: "remarkable" does not start with mar) and "marked examples"; unit Marine
    // ecosystems; lesson Tide pools (marine in its activities).
    QVERIFY2(headers.contains(u"Students (6)"_s), qPrintable(headers.join(u" | "_s)));
    QVERIFY2(headers.contains(u"Assignments (3)"_s), qPrintable(headers.join(u" | "_s)));
    QVERIFY2(headers.contains(u"Comments (2)"_s), qPrintable(headers.join(u" | "_s)));
    QVERIFY2(headers.contains(u"Units (1)"_s), qPrintable(headers.join(u" | "_s)));
    QVERIFY2(headers.contains(u"Lessons (1)"_s), qPrintable(headers.join(u" | "_s)));
    QVERIFY(rows.contains(u"Maritime empires map, World History, Archived (2025-26)"_s));
    // The first result is current; its row's HTML has the match in bold.
    const int current = popup->view()->currentIndex().row();
    QCOMPARE(current, model->nextResultRow(-1, 1));
    QVERIFY(popup->view()->currentIndex().data(SearchResultsModel::HtmlRole).toString().contains(u"<b>Mar"_s));
    QCOMPARE(popup->view()->accessibleName(), u"Search results"_s);
    QCOMPARE(popup->field()->accessibleName(), u"Search for"_s);
    screenshot(u"search.png"_s);

    QTest::keyClick(popup->field(), Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
}

void TestSearchPopup::arrowsSkipHeadersAndEnterOpensTheStudent()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = navigator()->popup();
    QTest::keyClicks(popup->field(), u"marisol"_s);
    SearchResultsModel *model = popup->model();
    // Students (2): Marisol in Algebra, and in archived World History.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0).data().toString(), u"Students (2)"_s);
    QCOMPARE(popup->view()->currentIndex().row(), 1);
    QTest::keyClick(popup->field(), Qt::Key_Up); // no result above: stays
    QCOMPARE(popup->view()->currentIndex().row(), 1);
    QTest::keyClick(popup->field(), Qt::Key_Down);
    QCOMPARE(popup->view()->currentIndex().row(), 2);
    QVERIFY(model->index(2).data().toString().contains(u"Archived (2025-26)"_s));
    QTest::keyClick(popup->field(), Qt::Key_Up);
    const SearchResult *first = model->resultAt(1);
    QVERIFY(first);
    const QString classId = first->classId;
    QTest::keyClick(popup->field(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_window->currentClassId(), classId);
    auto *tabs = m_window->findChild<QTabWidget *>(u"classTabs"_s);
    QCOMPARE(tabs->currentWidget(), m_window->rosterPanel());
    QCOMPARE(m_window->rosterPanel()->view()->currentIndex().data(RosterModel::IdRole).toString(), m_busy.marisol);
}

void TestSearchPopup::enterOnACommentOpensItsCell()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = navigator()->popup();
    QTest::keyClicks(popup->field(), u"each step"_s);
    QCOMPARE(popup->model()->rowCount(), 2);
    QCOMPARE(popup->model()->index(0).data().toString(), u"Comments (1)"_s);
    QTest::keyClick(popup->field(), Qt::Key_Enter);
    QCOMPARE(m_window->currentClassId(), m_busy.algebra);
    GradebookPanel *panel = m_window->gradebookPanel();
    QCOMPARE(m_window->findChild<QTabWidget *>(u"classTabs"_s)->currentWidget(), panel);
    const QModelIndex cell = panel->view()->currentIndex();
    const GradebookData &data = panel->model()->gradebook();
    QCOMPARE(cell.row(), data.studentIndex(m_busy.marisol));
    QCOMPARE(cell.column(), panel->model()->columnForAssignment(data.assignmentIndex(m_busy.quiz)));
}

void TestSearchPopup::toolbarFieldMovesIntoThePopup()
{
    QLineEdit *toolbar = navigator()->toolbarField();
    QCOMPARE(toolbar->placeholderText(), u"Search (Ctrl+K)"_s);
    toolbar->setFocus();
    QTest::keyClick(toolbar, Qt::Key_J);
    SearchPopup *popup = navigator()->popup();
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->field()->text(), u"j"_s);
    QCOMPARE(QApplication::focusWidget(), popup->field()); // the next keys go there
    QVERIFY(toolbar->text().isEmpty());
    QTest::keyClicks(popup->field(), u"ose"_s);
    QCOMPARE(popup->field()->text(), u"jose"_s);
    QVERIFY(popup->model()->resultCount() >= 1);
    QVERIFY(popup->model()->index(1).data().toString().startsWith(u"José Pérez"_s));
    QTest::keyClick(popup->field(), Qt::Key_Escape);
}

void TestSearchPopup::lessonOpensInThePlans()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = navigator()->popup();
    QTest::keyClicks(popup->field(), u"tide"_s);
    QCOMPARE(popup->model()->index(0).data().toString(), u"Lessons (1)"_s);
    QTest::keyClick(popup->field(), Qt::Key_Return);
    QCOMPARE(m_window->currentClassId(), m_busy.biology);
    QCOMPARE(m_window->findChild<QTabWidget *>(u"classTabs"_s)->currentWidget(), m_window->plansPanel());
    QCOMPARE(m_window->plansPanel()->lessonView()->currentIndex().data(LessonListModel::IdRole).toString(),
             m_busy.lesson);
}

QTEST_MAIN(TestSearchPopup)
#include "tst_searchpopup.moc"
