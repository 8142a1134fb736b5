// Offscreen smoke test of the main window: create a class and students through
// the widgets, as a teacher would, and check what landed in the database.
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/classes/RosterPanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

void fill(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void saveShot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addClassAndStudentThroughTheWidgets();
    void rosterImportErrorsShowAndChangeNothing();
    void archiveHidesTheClass();
    void geometryIsRemembered();
};

void TestMainWindow::addClassAndStudentThroughTheWidgets()
{
    test::TempProfile p;
    MainWindow w(p.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QPushButton *>(u"createFirstClassButton"_s)->isVisible());

    // New Class: type the fields, press Enter.
    test::whenModalShows([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"classDialog"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        fill(dialog, u"className"_s, u"Algebra I"_s);
        fill(dialog, u"classSubject"_s, u"Mathematics"_s);
        fill(dialog, u"classPeriod"_s, u"3"_s);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    w.newClassAction()->trigger();

    const QList<SchoolClass> classes = ClassRepository(p.store()).list();
    QCOMPARE(classes.size(), 1);
    QCOMPARE(classes.constFirst().name, u"Algebra I"_s);
    QCOMPARE(classes.constFirst().subject, u"Mathematics"_s);
    QCOMPARE(classes.constFirst().period, u"3"_s);
    QCOMPARE(w.currentClassId(), classes.constFirst().id);
    QCOMPARE(w.findChild<QLabel *>(u"classTitle"_s)->text(), u"Algebra I"_s);

    // Add Student through the roster's action and dialog.
    test::whenModalShows([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"studentDialog"_s);
        fill(dialog, u"studentGiven"_s, u"Ada"_s);
        fill(dialog, u"studentFamily"_s, u"Lovelace"_s);
        fill(dialog, u"studentNumber"_s, u"1001"_s);
        fill(dialog, u"studentEmail"_s, u"ada@example.org"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QAction *add = w.rosterPanel()->addStudentAction();
    QVERIFY(add->isEnabled());
    add->trigger();

    const QList<Student> roster = StudentRepository(p.store()).enrolledIn(w.currentClassId());
    QCOMPARE(roster.size(), 1);
    QCOMPARE(roster.constFirst().givenName, u"Ada"_s);
    QCOMPARE(roster.constFirst().email, u"ada@example.org"_s);
    QCOMPARE(w.rosterPanel()->view()->model()->rowCount(), 1);
    QCOMPARE(test::countRows(p.store(), u"outbox"_s), 3); // class, student, enrollment
    QVERIFY(w.findChild<QLabel *>(u"syncLabel"_s)->text().contains(u"3"_s));

    // A dialog with an invalid email keeps OK disabled and says why.
    test::whenModalShows([](QWidget *dialog) {
        fill(dialog, u"studentGiven"_s, u"Grace"_s);
        fill(dialog, u"studentFamily"_s, u"Hopper"_s);
        fill(dialog, u"studentEmail"_s, u"grace-at-navy"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"studentProblem"_s)->text().contains(u"grace-at-navy"_s));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    add->trigger();
    QCOMPARE(StudentRepository(p.store()).enrolledIn(w.currentClassId()).size(), 1);
    saveShot(&w, u"main-window-test.png"_s);
}

void TestMainWindow::rosterImportErrorsShowAndChangeNothing()
{
    test::TempProfile p;
    SchoolClass c;
    c.name = u"Art"_s;
    const QString classId = *ClassRepository(p.store()).create(c, u"x"_s);
    MainWindow w(p.store());
    w.show();
    w.selectClass(classId);
    const qint64 before = test::countRows(p.store(), u"outbox"_s);

    const QString bad = p.dir.filePath(u"bad.csv"_s);
    test::writeFile(bad, "given_name,family_name\nFrida,\n");
    QString shown;
    test::whenModalShows([&shown](QWidget *box) {
        auto *message = qobject_cast<QMessageBox *>(box);
        QVERIFY(message);
        shown = message->informativeText();
        message->accept();
    });
    QCOMPARE(w.rosterPanel()->importRosterFile(bad), 0);
    QVERIFY2(shown.contains(u"bad.csv, line 2, column family_name"_s), qPrintable(shown));
    QCOMPARE(test::countRows(p.store(), u"outbox"_s), before);

    const QString good = p.dir.filePath(u"good.csv"_s);
    test::writeFile(good, "given_name,family_name,student_number\nFrida,Kahlo,1\nGeorgia,O'Keeffe,2\n");
    QCOMPARE(w.rosterPanel()->importRosterFile(good), 2);
    QCOMPARE(w.rosterPanel()->view()->model()->rowCount(), 2);
}

void TestMainWindow::archiveHidesTheClass()
{
    test::TempProfile p;
    SchoolClass c;
    c.name = u"Old class"_s;
    const QString classId = *ClassRepository(p.store()).create(c, u"x"_s);
    MainWindow w(p.store());
    w.show();
    w.selectClass(classId);
    auto *archive = w.findChild<QAction *>(u"archiveClassAction"_s);
    QVERIFY(archive && archive->isEnabled());
    archive->trigger();
    QVERIFY(ClassRepository(p.store()).find(classId)->archived);
    QCOMPARE(w.findChild<QListView *>(u"classList"_s)->model()->rowCount(), 0);
}

void TestMainWindow::geometryIsRemembered()
{
    test::TempProfile p;
    {
        MainWindow w(p.store());
        w.show();
        w.resize(900, 640);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.close();
    }
    MainWindow again(p.store());
    QCOMPARE(again.size(), QSize(900, 640));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
