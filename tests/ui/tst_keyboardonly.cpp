// Keyboard alone (issue 21, Accessibility): every dialog the menus open is reached with
// Alt+letter and the arrow keys, every control in it with Tab (none unreachable, no trap),
// and it closes with Esc; the walkthrough runs end to end with keys only.
#include "tests/common/GradebookFixture.h"
#include "tests/common/KeyboardWalk.h"
#include "tests/common/ModalHelper.h"

#include "kernel/domain/Clock.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestKeyboardOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogsFromTheMenus_data();
    void dialogsFromTheMenus();
    void mnemonicsAreUnique();
    void walkthroughWithKeysOnly();
    void mainWindowByTab();
};

namespace {

QAction *actionNamed(QWidget *window, const QString &objectName)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

// Alt+letter owners showing in `window`: menu titles, page tabs, buttons, labels with a buddy.
QMultiMap<QString, QString> mnemonics(QWidget *window)
{
    QMultiMap<QString, QString> owners;
    const auto add = [&](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key.toString(), owner);
    };
    if (auto *mw = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : mw->menuBar()->actions())
            add(a->text(), u"menu "_s + a->text());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (bar->isVisible()) {
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), u"tab "_s + bar->tabText(i));
        }
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->window() == window)
            add(b->text(), u"button "_s + b->text());
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy() && l->window() == window)
            add(l->text(), u"label "_s + l->text());
    }
    return owners;
}

} // namespace

void TestKeyboardOnly::mnemonicsAreUnique()
{
    // Two owners of one Alt+letter: the key goes to the first and the second is out of reach.
    test::GradebookFixture f;
    MainWindow w(f.profile.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *tabs = w.findChild<QTabWidget *>(u"classTabs"_s);
    QStringList clashes;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QApplication::processEvents();
        const QMultiMap<QString, QString> owners = mnemonics(&w);
        for (const QString &key : owners.uniqueKeys()) {
            if (owners.count(key) > 1)
                clashes << u"%1 on the %2 page: %3"_s.arg(key, tabs->tabText(page), owners.values(key).join(u", "_s));
        }
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
}

void TestKeyboardOnly::dialogsFromTheMenus_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::newRow("new class") << u"&File"_s << u"newClassAction"_s;
    QTest::newRow("new term") << u"&File"_s << u"newTermAction"_s;
    QTest::newRow("import scores") << u"&File"_s << u"importScoresAction"_s;
    QTest::newRow("export gradebook") << u"&File"_s << u"exportGradebookAction"_s;
    QTest::newRow("backups") << u"&File"_s << u"backupsAction"_s;
    QTest::newRow("export year") << u"&File"_s << u"exportYearAction"_s;
    QTest::newRow("edit class") << u"&Class"_s << u"editClassAction"_s;
    QTest::newRow("delete class") << u"&Class"_s << u"deleteClassAction"_s;
    QTest::newRow("missing notice") << u"&Class"_s << u"missingNoticeAction"_s;
    QTest::newRow("add assignment") << u"&Class"_s << u"addAssignmentAction"_s;
    QTest::newRow("add category") << u"&Class"_s << u"addCategoryAction"_s;
    QTest::newRow("grading settings") << u"&Class"_s << u"gradingSettingsAction"_s;
    QTest::newRow("turned in") << u"&Edit"_s << u"turnedInAction"_s;
    QTest::newRow("set score") << u"Gra&des"_s << u"setScoreAction"_s;
    QTest::newRow("curve") << u"Gra&des"_s << u"curveAction"_s;
    QTest::newRow("grade by assignment") << u"Gra&des"_s << u"gradeByAssignmentAction"_s;
    QTest::newRow("grade by standard") << u"Gra&des"_s << u"gradeByStandardAction"_s;
    QTest::newRow("tag standards") << u"Gra&des"_s << u"tagStandardsAction"_s;
    QTest::newRow("add student") << u"&Students"_s << u"addStudentAction"_s;
    QTest::newRow("preferences") << u"Se&ttings"_s << u"preferencesAction"_s;
}

void TestKeyboardOnly::dialogsFromTheMenus()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    test::GradebookFixture f;
    MainWindow w(f.profile.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    GradebookView *grid = w.gradebookPanel()->view();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 2));
    QAction *item = actionNamed(&w, action);
    QVERIFY2(item, qPrintable(action));
    QVERIFY2(item->isEnabled(), qPrintable(action + u" is disabled"_s));

    QString problem;
    QMenu *opened = test::menuAt(&w, w.menuBar(), menu, item, &problem);
    QVERIFY2(opened, qPrintable(problem));
    QStringList problems;
    bool seen = false;
    test::whenModalShows([&](QWidget *dialog) {
        seen = true;
        const test::TabWalk walk = test::walkTabs(dialog, test::describe(dialog));
        problems << walk.problems << test::walkTabPages(dialog, test::describe(dialog));
        QStringList order;
        for (QWidget *s : walk.order)
            order << test::describe(s);
        qInfo("%s: %lld stops: %s", qPrintable(test::describe(dialog)), walk.order.size(),
              qPrintable(order.join(u", "_s)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        if (dialog->isVisible()) {
            problems << u"%1: Esc did not close it (focus on %2)"_s.arg(test::describe(dialog),
                                                                        test::describe(QApplication::focusWidget()));
            dialog->close(); // so the test goes on
        }
    });
    QTest::keyClick(opened, Qt::Key_Return);
    QTRY_VERIFY2(seen, "no modal dialog opened");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestKeyboardOnly::walkthroughWithKeysOnly()
{
    // Help > Getting Started Walkthrough with Alt+H and the arrows; every page walked round with
    // Tab; fields typed; Enter (or Alt+N where Enter makes a new line) moves on; Enter finishes.
    test::TempProfile p;
    test::setToday(QDate(2026, 3, 4));
    MainWindow w(p.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QString problem;
    QMenu *help = test::menuAt(&w, w.menuBar(), u"&Help"_s, w.walkthroughAction(), &problem);
    QVERIFY2(help, qPrintable(problem));
    QTest::keyClick(help, Qt::Key_Return);
    QPointer<OnboardingWizard> wizard = w.findChild<OnboardingWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QStringList problems;
    const auto walkPage = [&] {
        const QString where = u"walkthrough page %1"_s.arg(wizard->currentId());
        problems << test::walkTabs(wizard, where).problems;
    };
    const auto key = [&](Qt::Key k, Qt::KeyboardModifiers m = {}) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : wizard.data(), k, m);
    };
    const auto type = [&](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };

    QCOMPARE(wizard->currentId(), int(OnboardingWizard::WelcomePageId));
    walkPage();
    key(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConnectPageId));
    walkPage();
    key(Qt::Key_Return); // working offline, the default
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::ClassPageId));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"wizardClassName"_s);
    type(u"Algebra I"_s);
    walkPage();
    key(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::StudentsPageId));
    walkPage();
    // The page opens on its choice (type the names or import a file); the names box is a Tab away.
    for (int i = 0; i < 10 && QApplication::focusWidget()->objectName() != u"studentNames"_s; ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"studentNames"_s);
    type(u"Lovelace, Ada"_s);
    key(Qt::Key_Return); // a new line in the names box
    type(u"Grace Hopper"_s);
    key(Qt::Key_N, Qt::AltModifier); // Next > (its mnemonic clicks it after the button's 100 ms flash)
    QTRY_COMPARE(wizard->currentId(), int(OnboardingWizard::CategoriesPageId));
    walkPage();
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(OnboardingWizard::UnitPageId));
    walkPage();
    QCOMPARE(QApplication::focusWidget()->objectName(), u"wizardUnitTitle"_s);
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"Ratios"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::LessonPageId));
    walkPage();
    QCOMPARE(QApplication::focusWidget()->objectName(), u"wizardLessonTitle"_s);
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"What is a ratio?"_s);
    key(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishPageId));
    walkPage();
    key(Qt::Key_Return);
    QTRY_VERIFY(!wizard);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

    Store &s = p.store();
    const QList<SchoolClass> classes = ClassRepository(s).list();
    QCOMPARE(classes.size(), 1);
    QCOMPARE(classes.at(0).name, u"Algebra I"_s);
    QCOMPARE(StudentRepository(s).enrolledIn(classes.at(0).id).size(), 2);
    const QList<UnitPlan> units = PlanQueries(s).units(classes.at(0).id);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).title, u"Ratios"_s);
    const QList<Lesson> lessons = PlanQueries(s).lessons(units.at(0).id);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).title, u"What is a ratio?"_s);
    Clock::reset();
}

void TestKeyboardOnly::mainWindowByTab()
{
    // Each class page walked round with Tab from the class list: every control, every toolbar
    // button (some actions are on a toolbar only), no trap (the grid's Tab moves cell to cell
    // and then on out).
    test::GradebookFixture f;
    MainWindow w(f.profile.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *tabs = w.findChild<QTabWidget *>(u"classTabs"_s);
    QStringList problems;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        w.findChild<QListView *>(u"classList"_s)->setFocus();
        QApplication::processEvents();
        const QString where = u"main window, %1 page"_s.arg(tabs->tabText(page));
        const test::TabWalk walk = test::walkTabs(&w, where, 600);
        problems << walk.problems;
        for (QToolBar *bar : w.findChildren<QToolBar *>()) {
            for (QToolButton *b : bar->findChildren<QToolButton *>()) {
                if (b->isVisible() && b->isEnabled() && !walk.order.contains(b))
                    problems << u"%1: Tab never reaches the toolbar button %2"_s.arg(where, test::describe(b));
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
