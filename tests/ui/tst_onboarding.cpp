// The getting-started walkthrough driven as a teacher would: keys and clicks
// on the real widgets, offscreen. Checks what lands in the database (and its
// outbox), that a closed walkthrough resumes at the same step with its data,
// sign-in through a SignInHandler (and honestly without one), validation in
// place, the getting-started checklist, and counts the interactions a new
// teacher needs with the defaults. With K12_SCREENSHOT_DIR set it saves a
// screenshot of every step.
#include "tests/common/ModalHelper.h"
#include "kernel/domain/Clock.h"
#include "tests/common/TestSupport.h"

#include "models/plans/PlanDates.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/onboarding/CategoriesPage.h"
#include "ui/onboarding/GettingStartedChecklist.h"
#include "ui/onboarding/OnboardingState.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/onboarding/SignInHandler.h"
#include "ui/onboarding/StudentNameList.h"
#include "ui/plans/PlansPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// A Wednesday: the defaults then start the first unit on Monday 9 March 2026.
const QDate kToday(2026, 3, 4);

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no widget named %s", qPrintable(name));
    return found;
}

bool visibleText(QWidget *parent, const QString &labelName, const QString &part)
{
    auto *label = parent->findChild<QLabel *>(labelName);
    return label && label->isVisible() && label->text().contains(part);
}

class FakeSignIn : public SignInHandler
{
public:
    void signIn(const QUrl &server, const QString &email, const QString &password, Done done) override
    {
        ++calls;
        lastServer = server;
        lastEmail = email;
        // Answer from the event loop, as a network reply would.
        QTimer::singleShot(0, [password, done] {
            done(password == u"right"_s ? Status{} : Status{fail(u"Wrong email or password."_s)});
        });
    }
    QString keychainProblem() const override { return keychain; }

    int calls = 0;
    QUrl lastServer;
    QString lastEmail;
    QString keychain;
};

} // namespace

class TestOnboarding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void nameListParsing();
    void wholeWalkthroughWithKeysAndClicks();
    void enterThroughTheDefaults();
    void closedHalfwayResumesAtTheSameStep();
    void skipThenReopenFromHelp();
    void resumeAfterTheClassWasDeleted();
    void signInThroughTheHandler();
    void validationInPlace();
    void checklistTicksItselfOff();

private:
    OnboardingWizard *startWizard(MainWindow &window);
    void press(Qt::Key key);
    void clickNext();
    void typeInto(const QString &name, const QString &text, bool replace = true);
    void shot(QWidget *widget, const QString &name);
    int pageId() const { return m_wizard ? m_wizard->currentId() : -1; }

    std::unique_ptr<test::TempProfile> m_profile;
    QPointer<OnboardingWizard> m_wizard;
    int m_interactions = 0;
};

void TestOnboarding::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_interactions = 0;
}

void TestOnboarding::cleanup()
{
    Clock::reset();
    if (m_wizard)
        delete m_wizard.data();
    m_profile.reset();
}

OnboardingWizard *TestOnboarding::startWizard(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    test::setToday(kToday);
    if (!window.openWalkthroughIfFirstRun())
        return nullptr;
    m_wizard = window.findChild<OnboardingWizard *>();
    if (!QTest::qWaitForWindowExposed(m_wizard))
        return nullptr;
    m_wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(m_wizard))
        return nullptr;
    return m_wizard;
}

void TestOnboarding::press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_wizard.data();
    QTest::keyClick(target, key);
    ++m_interactions;
}

void TestOnboarding::clickNext()
{
    QAbstractButton *next = m_wizard->button(
        m_wizard->currentId() == OnboardingWizard::FinishPageId ? QWizard::FinishButton : QWizard::NextButton);
    QVERIFY2(next->isEnabled(), qPrintable(u"Next is disabled on page %1"_s.arg(m_wizard->currentId())));
    QTest::mouseClick(next, Qt::LeftButton);
    ++m_interactions;
}

void TestOnboarding::typeInto(const QString &name, const QString &text, bool replace)
{
    QWidget *w = child<QWidget>(m_wizard, name);
    QTest::mouseClick(w, Qt::LeftButton); // the teacher clicks into the field...
    if (replace) {
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(w, Qt::Key_Delete);
    }
    // ...and types; QTest::keyClicks knows no '\n', so each new line is a Return key.
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClicks(w, lines.at(i));
    }
    m_interactions += 1;
}

void TestOnboarding::shot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

void TestOnboarding::nameListParsing()
{
    const StudentNameList::Outcome ok = StudentNameList::parse(
        u"Lovelace, Ada\n  Grace Hopper \n\n1. Vincent van Gogh\n- Curie,Marie\nOkafor\tAmara\n"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok.students.size(), 5);
    QCOMPARE(ok.students.at(0).familyName, u"Lovelace"_s);
    QCOMPARE(ok.students.at(0).givenName, u"Ada"_s);
    QCOMPARE(ok.students.at(1).givenName, u"Grace"_s);
    QCOMPARE(ok.students.at(1).familyName, u"Hopper"_s);
    QCOMPARE(ok.students.at(2).givenName, u"Vincent"_s);
    QCOMPARE(ok.students.at(2).familyName, u"van Gogh"_s);
    QCOMPARE(ok.students.at(3).givenName, u"Marie"_s);
    QCOMPARE(ok.students.at(4).familyName, u"Okafor"_s); // a spreadsheet's "Family<Tab>Given"
    const StudentNameList::Outcome bad = StudentNameList::parse(u"Cher\nAda Lovelace\n, Ada\n"_s);
    QCOMPARE(bad.problems.size(), 2);
    QVERIFY2(bad.problems.at(0).startsWith(u"Line 1 (\"Cher\") has one name only"_s), qPrintable(bad.problems.at(0)));
    QVERIFY(bad.problems.at(1).startsWith(u"Line 3"_s));
    QCOMPARE(StudentNameList::sample().size(), 12);
}

void TestOnboarding::wholeWalkthroughWithKeysAndClicks()
{
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window));
    QCOMPARE(pageId(), int(OnboardingWizard::WelcomePageId));
    shot(m_wizard, u"onboarding-1-welcome.png"_s);
    press(Qt::Key_Return);

    // Connect: "connect" without a sign-in handler says so and cannot go on; offline can.
    QCOMPARE(pageId(), int(OnboardingWizard::ConnectPageId));
    QVERIFY(child<QRadioButton>(m_wizard, u"workOfflineChoice"_s)->isChecked());
    QTest::mouseClick(child<QRadioButton>(m_wizard, u"connectServerChoice"_s), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(visibleText(m_wizard, u"signInNote"_s, u"Sign-in becomes available in Settings"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    shot(m_wizard, u"onboarding-2-connect.png"_s);
    QTest::mouseClick(child<QRadioButton>(m_wizard, u"workOfflineChoice"_s), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    clickNext();

    // The class: typed field by field, with Tab, one wrong grade level fixed in place.
    QCOMPARE(pageId(), int(OnboardingWizard::ClassPageId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());                            // no name yet
    QCOMPARE(child<QLineEdit>(m_wizard, u"wizardClassTerm"_s)->text(), u"2025-26 Spring"_s); // default term
    QTest::keyClicks(QApplication::focusWidget(), u"Algebra I"_s);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"wizardClassName"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Mathematics"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"13"_s);
    QVERIFY(visibleText(m_wizard, u"classGradeMessage"_s, u"a number from 1 to 12"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QTest::keyClicks(QApplication::focusWidget(), u"9"_s);
    QVERIFY(!child<QLabel>(m_wizard, u"classGradeMessage"_s)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"2026-27 Fall"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"3"_s);
    shot(m_wizard, u"onboarding-3-class.png"_s);
    press(Qt::Key_Return);
    QCOMPARE(pageId(), int(OnboardingWizard::StudentsPageId));
    const QList<SchoolClass> classes = ClassRepository(m_profile->store()).list();
    QCOMPARE(classes.size(), 1); // written on Next
    const QString classId = classes.constFirst().id;

    // Students: pasted with one bad line, fixed in place.
    typeInto(u"studentNames"_s, u"Lovelace, Ada\nGrace Hopper\nCher"_s);
    QVERIFY(visibleText(m_wizard, u"studentNamesProblems"_s, u"Line 3"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(QApplication::focusWidget(), u" Sarkisian"_s);
    QVERIFY(!child<QLabel>(m_wizard, u"studentNamesProblems"_s)->isVisible());
    QVERIFY(child<QLabel>(m_wizard, u"studentNamesInfo"_s)->text().contains(u"3 student"_s));
    shot(m_wizard, u"onboarding-4-students.png"_s);
    clickNext(); // Enter in the names box starts a new line, so the teacher clicks Next

    // Categories: the default template, one weight edited in place, one typo refused.
    QCOMPARE(pageId(), int(OnboardingWizard::CategoriesPageId));
    auto *table = child<QTableWidget>(m_wizard, u"categoryTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 0)->text(), u"Quizzes"_s);
    const auto editCell = [&](int row, int column, const QString &text) {
        table->setFocus();
        table->setCurrentCell(row, column);
        for (const QChar c : text) // the first key opens the cell's editor, the rest go to it
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commits the cell only
        QTRY_COMPARE(table->item(row, column)->text(), text);         // (the delegate commits from the event loop)
        ++m_interactions;
    };
    editCell(1, 1, u"25"_s);
    QCOMPARE(pageId(), int(OnboardingWizard::CategoriesPageId)); // Enter committed the cell, not the page
    QVERIFY(child<QLabel>(m_wizard, u"categoriesSummary"_s)->text().contains(u"95%"_s));
    editCell(2, 1, u"lots"_s);
    QVERIFY(visibleText(m_wizard, u"categoriesProblems"_s, u"The weight of \"Tests\" must be a number"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    editCell(2, 1, u"55"_s);
    QVERIFY(child<QLabel>(m_wizard, u"categoriesSummary"_s)->text().startsWith(u"Weights add up to 100%."_s));
    shot(m_wizard, u"onboarding-5-categories.png"_s);
    clickNext();

    // The unit: own title, one standard, an end date typed before the start is refused.
    QCOMPARE(pageId(), int(OnboardingWizard::UnitPageId));
    QCOMPARE(child<QDateEdit>(m_wizard, u"wizardUnitStart"_s)->date(), QDate(2026, 3, 9));
    QCOMPARE(child<QDateEdit>(m_wizard, u"wizardUnitEnd"_s)->date(), QDate(2026, 3, 27));
    typeInto(u"wizardUnitTitle"_s, u"Ratios and Rates"_s);
    typeInto(u"wizardStandard1Code"_s, u"CCSS.MATH.6.RP.A.1"_s);
    typeInto(u"wizardStandard1Description"_s, u"Understand the concept of a ratio"_s);
    child<QDateEdit>(m_wizard, u"wizardUnitEnd"_s)->setDate(QDate(2026, 3, 2));
    QVERIFY(visibleText(m_wizard, u"unitDatesMessage"_s, u"ends before it starts"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    child<QDateEdit>(m_wizard, u"wizardUnitEnd"_s)->setDate(QDate(2026, 3, 27));
    shot(m_wizard, u"onboarding-6-unit.png"_s);
    press(Qt::Key_Return);

    // The first lesson: default title and day, objectives typed.
    QCOMPARE(pageId(), int(OnboardingWizard::LessonPageId));
    QCOMPARE(child<QLineEdit>(m_wizard, u"wizardLessonTitle"_s)->text(), u"Lesson 1"_s);
    QCOMPARE(child<QDateEdit>(m_wizard, u"wizardLessonDate"_s)->date(), QDate(2026, 3, 9));
    typeInto(u"wizardLessonTitle"_s, u"What is a ratio?"_s);
    typeInto(u"wizardLessonObjectives"_s, u"Write a ratio three ways"_s);
    shot(m_wizard, u"onboarding-7-lesson.png"_s);
    clickNext();

    QCOMPARE(pageId(), int(OnboardingWizard::FinishPageId));
    const QString summary = child<QLabel>(m_wizard, u"finishSummary"_s)->text();
    QVERIFY2(summary.contains(u"Algebra I"_s) && summary.contains(u"3 student"_s) &&
                 summary.contains(u"Ratios and Rates"_s) && summary.contains(u"What is a ratio?"_s),
             qPrintable(summary));
    QVERIFY(!m_wizard->button(QWizard::CustomButton1)->isVisible()); // no "Skip" on the last page
    shot(m_wizard, u"onboarding-8-finish.png"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_wizard); // closed and deleted

    // The database: everything the teacher entered, each row with its outbox mutation.
    Store &s = m_profile->store();
    const SchoolClass c = *ClassRepository(s).find(classId);
    QCOMPARE(c.name, u"Algebra I"_s);
    QCOMPARE(c.subject, u"Mathematics"_s);
    QCOMPARE(c.gradeLevel, u"9"_s);
    QCOMPARE(c.term, u"2026-27 Fall"_s);
    QCOMPARE(c.period, u"3"_s);
    const QList<Student> students = StudentRepository(s).enrolledIn(classId);
    QCOMPARE(students.size(), 3);
    QCOMPARE(students.at(0).familyName, u"Hopper"_s);
    QCOMPARE(students.at(1).displayName(), u"Lovelace, Ada"_s);
    QCOMPARE(students.at(2).displayName(), u"Sarkisian, Cher"_s);
    const QList<Category> categories = CategoryRepository(s).inClass(classId);
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.at(0).name, u"Homework"_s);
    QCOMPARE(categories.at(0).weight, 20.0);
    QCOMPARE(categories.at(1).name, u"Quizzes"_s);
    QCOMPARE(categories.at(1).weight, 25.0);
    QCOMPARE(categories.at(2).weight, 55.0);
    const QList<UnitPlan> units = PlanQueries(s).units(classId);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).title, u"Ratios and Rates"_s);
    QCOMPARE(units.at(0).startDate, QDate(2026, 3, 9));
    QCOMPARE(units.at(0).endDate, QDate(2026, 3, 27));
    const QList<Standard> standards = PlanQueries(s).standardsByIds(units.at(0).standardIds);
    QCOMPARE(standards.size(), 1);
    QCOMPARE(standards.at(0).code, u"CCSS.MATH.6.RP.A.1"_s);
    const QList<Lesson> lessons = PlanQueries(s).lessons(units.at(0).id);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).title, u"What is a ratio?"_s);
    QCOMPARE(lessons.at(0).objectives, u"Write a ratio three ways"_s);
    QCOMPARE(lessons.at(0).date, QDate(2026, 3, 9));
    for (const auto &[entity, count] :
         {std::pair{u"class"_s, 1}, std::pair{u"student"_s, 3}, std::pair{u"enrollment"_s, 3},
          std::pair{u"category"_s, 3}, std::pair{u"standard"_s, 1}, std::pair{u"unit_plan"_s, 1},
          std::pair{u"lesson"_s, 1}}) {
        QCOMPARE(test::countRows(s, u"outbox"_s, u"entity = '%1' AND op = 'upsert'"_s.arg(entity)), qint64(count));
        QCOMPARE(test::countRows(s, u"audit_log"_s, u"entity = '%1'"_s.arg(entity)), qint64(count));
    }

    // Landing: the class is selected, the checklist shows, the Plans tab has the unit and lesson.
    QCOMPARE(window.currentClassId(), classId);
    QTRY_VERIFY(window.checklist()->isVisible());
    QVERIFY(!window.checklist()->assignmentDone());
    PlansPanel *plans = window.plansPanel();
    QCOMPARE(plans->unitView()->model()->rowCount(), 1);
    QCOMPARE(plans->lessonView()->model()->rowCount(), 1);
    QVERIFY(plans->lessonView()->model()->index(0, 0).data().toString().contains(u"What is a ratio?"_s));
    shot(&window, u"onboarding-9-class-with-checklist.png"_s);
    // The walkthrough's writes are on the app's undo stack, one step each.
    QCOMPARE(window.undoStack()->count(), 5); // class, students, categories, unit, lesson
    QCOMPARE(window.undoStack()->undoText(), u"New Lesson"_s);
    qInfo("walkthrough with every field typed: %d interactions", m_interactions);
}

void TestOnboarding::enterThroughTheDefaults()
{
    // The shortest way to a saved first lesson: type the class name, press Enter on every step.
    QElapsedTimer clock;
    clock.start();
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window)); // opens by itself on the first run: 0 interactions
    m_interactions = 0;
    press(Qt::Key_Return); // welcome
    press(Qt::Key_Return); // work offline (the default)
    QCOMPARE(pageId(), int(OnboardingWizard::ClassPageId));
    QTest::keyClicks(QApplication::focusWidget(), u"Biology"_s);
    ++m_interactions; // the class name: the one required input
    for (int step = 0; step < 5; ++step)
        press(Qt::Key_Return); // class, students (empty roster), categories, unit, lesson
    QCOMPARE(pageId(), int(OnboardingWizard::FinishPageId));
    const int toFirstLesson = m_interactions;
    const qint64 elapsed = clock.elapsed();
    press(Qt::Key_Return); // Finish
    QTRY_VERIFY(!m_wizard);

    Store &s = m_profile->store();
    const QList<SchoolClass> classes = ClassRepository(s).list();
    QCOMPARE(classes.size(), 1);
    QCOMPARE(classes.at(0).name, u"Biology"_s);
    QCOMPARE(classes.at(0).term, u"2025-26 Spring"_s);
    QCOMPARE(StudentRepository(s).enrolledIn(classes.at(0).id).size(), 0); // empty roster by default
    const QList<Category> categories = CategoryRepository(s).inClass(classes.at(0).id);
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.at(2).name, u"Tests"_s);
    QCOMPARE(categories.at(2).weight, 50.0);
    const QList<UnitPlan> units = PlanQueries(s).units(classes.at(0).id);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).title, u"Unit 1"_s);
    QCOMPARE(units.at(0).startDate, PlanDates::nextMonday(kToday));
    QCOMPARE(units.at(0).endDate, QDate(2026, 3, 27)); // three school weeks
    const QList<Lesson> lessons = PlanQueries(s).lessons(units.at(0).id);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).title, u"Lesson 1"_s);
    QCOMPARE(lessons.at(0).date, units.at(0).startDate);
    QCOMPARE(toFirstLesson, 8);
    QVERIFY(toFirstLesson <= 25);
    qInfo("INTERACTIONS to a saved first lesson: %d (plus 1 to press Finish); scripted wall time %lld ms",
          toFirstLesson, elapsed);
}

void TestOnboarding::closedHalfwayResumesAtTheSameStep()
{
    {
        MainWindow window(m_profile->store());
        QVERIFY(startWizard(window));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"Chemistry"_s);
        press(Qt::Key_Return);
        typeInto(u"studentNames"_s, u"Curie, Marie\nRosalind Franklin"_s);
        clickNext();
        QCOMPARE(pageId(), int(OnboardingWizard::CategoriesPageId));
        // The teacher closes the walkthrough here (Close button).
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard);
    }
    Store &s = m_profile->store();
    const OnboardingState state(OnboardingState::settingsPathFor(m_profile->path()));
    QCOMPARE(state.step(), int(OnboardingWizard::CategoriesPageId));
    QVERIFY(!state.finished());
    const QString classId = state.classId();
    QCOMPARE(ClassRepository(s).find(classId)->name, u"Chemistry"_s);
    QCOMPARE(StudentRepository(s).enrolledIn(classId).size(), 2);
    QCOMPARE(CategoryRepository(s).inClass(classId).size(), 0); // this step was not done

    // The next start opens it again (it was closed, not skipped), at the same step.
    MainWindow again(m_profile->store());
    QVERIFY(startWizard(again));
    QCOMPARE(pageId(), int(OnboardingWizard::CategoriesPageId));
    QCOMPARE(child<QTableWidget>(m_wizard, u"categoryTable"_s)->rowCount(), 3);
    // Back reaches the earlier steps, filled from what was saved.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(pageId(), int(OnboardingWizard::StudentsPageId));
    QVERIFY(child<QLabel>(m_wizard, u"studentsExisting"_s)->text().contains(u"2 student"_s));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(pageId(), int(OnboardingWizard::ClassPageId));
    QCOMPARE(child<QLineEdit>(m_wizard, u"wizardClassName"_s)->text(), u"Chemistry"_s);
    typeInto(u"wizardClassSubject"_s, u"Science"_s);
    clickNext();                                                     // updates the same class
    typeInto(u"studentNames"_s, u"Marie Curie\nDmitri Mendeleev"_s); // Marie Curie is already there
    clickNext();
    for (int i = 0; i < 4; ++i)
        clickNext(); // categories, unit, lesson, finish
    QTRY_VERIFY(!m_wizard);

    QCOMPARE(ClassRepository(s).list().size(), 1);
    QCOMPARE(ClassRepository(s).find(classId)->subject, u"Science"_s);
    QCOMPARE(StudentRepository(s).enrolledIn(classId).size(), 3);
    QCOMPARE(CategoryRepository(s).inClass(classId).size(), 3);
    QCOMPARE(PlanQueries(s).units(classId).size(), 1);
    QVERIFY(OnboardingState(state.settingsPath()).finished());
    // Finished: it does not open by itself again.
    MainWindow third(m_profile->store());
    QVERIFY(!third.openWalkthroughIfFirstRun());
}

void TestOnboarding::skipThenReopenFromHelp()
{
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window));
    press(Qt::Key_Return);
    QCOMPARE(pageId(), int(OnboardingWizard::ConnectPageId));
    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton); // Skip Walkthrough
    QTRY_VERIFY(!m_wizard);
    QVERIFY(OnboardingState(OnboardingState::settingsPathFor(m_profile->path())).skipped());
    QVERIFY(!window.openWalkthroughIfFirstRun()); // skipped: not again by itself...
    window.walkthroughAction()->trigger();        // ...but from Help, where it stopped
    m_wizard = window.findChild<OnboardingWizard *>();
    QVERIFY(m_wizard);
    QCOMPARE(pageId(), int(OnboardingWizard::ConnectPageId));
    QVERIFY(!OnboardingState(OnboardingState::settingsPathFor(m_profile->path())).skipped());
    QCOMPARE(window.openWalkthrough(), m_wizard.data()); // a second request raises the same one
}

void TestOnboarding::resumeAfterTheClassWasDeleted()
{
    {
        MainWindow window(m_profile->store());
        QVERIFY(startWizard(window));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"Art"_s);
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Return); // class, students, categories, unit
        QCOMPARE(pageId(), int(OnboardingWizard::LessonPageId));
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard);
    }
    Store &s = m_profile->store();
    const QString oldClass = ClassRepository(s).list().constFirst().id;
    QVERIFY(ClassRepository(s).remove(oldClass, u"test"_s).ok());

    // The class is gone: the walkthrough goes back to the step that makes one, and makes everything anew.
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window));
    QCOMPARE(pageId(), int(OnboardingWizard::ClassPageId));
    typeInto(u"wizardClassName"_s, u"Art again"_s);
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Return); // class, students, categories, unit, lesson
    QCOMPARE(pageId(), int(OnboardingWizard::FinishPageId));
    const QString newClass = ClassRepository(s).list().constFirst().id;
    QVERIFY(newClass != oldClass);
    QCOMPARE(CategoryRepository(s).inClass(newClass).size(), 3);
    const QList<UnitPlan> units = PlanQueries(s).units(newClass);
    QCOMPARE(units.size(), 1);
    QCOMPARE(PlanQueries(s).lessons(units.at(0).id).size(), 1);
}

void TestOnboarding::signInThroughTheHandler()
{
    FakeSignIn handler;
    handler.keychain = u"No keychain is available on this computer."_s;
    MainWindow window(m_profile->store());
    window.setSignInHandler(&handler);
    QVERIFY(startWizard(window));
    press(Qt::Key_Return);
    QTest::mouseClick(child<QRadioButton>(m_wizard, u"connectServerChoice"_s), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(visibleText(m_wizard, u"signInNote"_s, u"No keychain is available"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(u"serverUrl"_s, u"k12.school.org"_s);
    QVERIFY(visibleText(m_wizard, u"serverUrlMessage"_s, u"https://"_s));
    typeInto(u"serverUrl"_s, u"https://k12.school.org"_s);
    QVERIFY(!child<QLabel>(m_wizard, u"serverUrlMessage"_s)->isVisible());
    typeInto(u"serverEmail"_s, u"teacher@school.org"_s);
    typeInto(u"serverPassword"_s, u"wrong"_s);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    clickNext();
    QTRY_VERIFY(visibleText(m_wizard, u"signInResult"_s, u"Wrong email or password."_s));
    QCOMPARE(pageId(), int(OnboardingWizard::ConnectPageId));
    QCOMPARE(handler.calls, 1);
    QCOMPARE(handler.lastServer, QUrl(u"https://k12.school.org"_s));
    QCOMPARE(handler.lastEmail, u"teacher@school.org"_s);
    typeInto(u"serverPassword"_s, u"right"_s);
    clickNext();
    QTRY_COMPARE(pageId(), int(OnboardingWizard::ClassPageId));
    QCOMPARE(OnboardingState(OnboardingState::settingsPathFor(m_profile->path())).connection(), u"server"_s);
}

void TestOnboarding::validationInPlace()
{
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    // A name typed and erased says what is missing.
    QTest::keyClicks(QApplication::focusWidget(), u"X"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QVERIFY(visibleText(m_wizard, u"classNameMessage"_s, u"Give the class a name"_s));
    typeInto(u"wizardClassPeriod"_s, u"a period name far too long"_s);
    QVERIFY(visibleText(m_wizard, u"classPeriodMessage"_s, u"at most 12 characters"_s));
    typeInto(u"wizardClassPeriod"_s, u"B"_s);
    typeInto(u"wizardClassGrade"_s, u"9-12"_s);
    QVERIFY(!child<QLabel>(m_wizard, u"classGradeMessage"_s)->isVisible());
    typeInto(u"wizardClassName"_s, u"Physics"_s);
    press(Qt::Key_Return);
    // A roster file with a bad row imports nothing and says where.
    const QString csv = m_profile->dir.filePath(u"roster.csv"_s);
    test::writeFile(csv, "given_name,family_name\nAda,Lovelace\nGrace,\n");
    QTest::mouseClick(child<QRadioButton>(m_wizard, u"importRosterChoice"_s), Qt::LeftButton, {}, QPoint(8, 8));
    typeInto(u"rosterCsvPath"_s, csv);
    QVERIFY(visibleText(m_wizard, u"studentCsvProblems"_s, u"line 3"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    test::writeFile(csv, "given_name,family_name\nAda,Lovelace\nGrace,Hopper\n");
    typeInto(u"rosterCsvPath"_s, csv);
    QVERIFY(child<QLabel>(m_wizard, u"rosterCsvInfo"_s)->text().contains(u"2 student"_s));
    clickNext();
    // Two categories with the same name are refused.
    auto *table = child<QTableWidget>(m_wizard, u"categoryTable"_s);
    table->item(1, 0)->setText(u"homework"_s);
    QVERIFY(visibleText(m_wizard, u"categoriesProblems"_s, u"Two categories are called"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // "Total points" replaces the rows and needs no weights.
    auto *templates = child<QComboBox>(m_wizard, u"categoryTemplate"_s);
    templates->setCurrentIndex(3);
    Q_EMIT templates->activated(3);
    QVERIFY(child<QLabel>(m_wizard, u"categoriesSummary"_s)->text().startsWith(u"Total points"_s));
    clickNext();
    // A standard description without its code.
    typeInto(u"wizardStandard1Description"_s, u"Ratios"_s);
    QVERIFY(visibleText(m_wizard, u"unitStandardsMessage"_s, u"needs a code"_s));
    typeInto(u"wizardStandard1Code"_s, u"RP.1"_s);
    QVERIFY(!child<QLabel>(m_wizard, u"unitStandardsMessage"_s)->isVisible());
    clickNext();
    // A lesson outside its unit's dates.
    child<QDateEdit>(m_wizard, u"wizardLessonDate"_s)->setDate(QDate(2026, 5, 1));
    QVERIFY(visibleText(m_wizard, u"lessonDateMessage"_s, u"within the unit"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    typeInto(u"wizardLessonTitle"_s, QString());
    QVERIFY(visibleText(m_wizard, u"lessonTitleMessage"_s, u"Give the lesson a title"_s));

    Store &s = m_profile->store();
    const QString classId = ClassRepository(s).list().constFirst().id;
    QCOMPARE(ClassRepository(s).find(classId)->gradeLevel, u"9-12"_s);
    QCOMPARE(StudentRepository(s).enrolledIn(classId).size(), 2);
    const QList<Category> categories = CategoryRepository(s).inClass(classId);
    QCOMPARE(categories.size(), 3);
    for (const Category &c : categories)
        QCOMPARE(c.weight, 0.0); // total points
}

void TestOnboarding::checklistTicksItselfOff()
{
    MainWindow window(m_profile->store());
    QVERIFY(startWizard(window));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), u"History"_s);
    press(Qt::Key_Return);
    typeInto(u"studentNames"_s, u"Tubman, Harriet"_s);
    for (int i = 0; i < 5; ++i)
        clickNext();
    QTRY_VERIFY(!m_wizard);
    GettingStartedChecklist *list = window.checklist();
    QTRY_VERIFY(list->isVisible());
    QVERIFY(!list->assignmentDone() && !list->gradeDone() && !list->exportDone());

    Store &s = m_profile->store();
    const QString classId = window.currentClassId();
    Assignment a;
    a.classId = classId;
    a.title = u"Quiz 1"_s;
    const QString assignmentId = *AssignmentRepository(s).create(a, u"test"_s);
    QVERIFY(list->assignmentDone());
    QVERIFY(!list->gradeDone());
    Score score;
    score.id = Score::idFor(assignmentId, StudentRepository(s).enrolledIn(classId).constFirst().id);
    score.classId = classId;
    score.assignmentId = assignmentId;
    score.studentId = StudentRepository(s).enrolledIn(classId).constFirst().id;
    score.points = 9;
    QVERIFY(ScoreRepository(s).save(score, u"test"_s).ok());
    QVERIFY(list->gradeDone());
    // File > Export Gradebook marks the export (through the profile settings).
    GradebookExport::Options options;
    QVERIFY(window.gradebookPanel()->exportTo(m_profile->dir.filePath(u"grades.csv"_s), options).ok());
    QTRY_VERIFY(list->exportDone());
    QVERIFY(list->allDone());
    QVERIFY(child<QLabel>(list, u"checklistTitle"_s)->text().contains(u"all done"_s));
    shot(&window, u"onboarding-10-checklist-done.png"_s);
    QTest::mouseClick(child<QAbstractButton>(list, u"checklistHide"_s), Qt::LeftButton);
    QVERIFY(!list->isVisible());
    MainWindow again(m_profile->store());
    again.show();
    QVERIFY(!again.checklist()->isVisible()); // hidden for good
}

QTEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"
