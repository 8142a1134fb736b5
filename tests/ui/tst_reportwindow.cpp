// The Progress Reports window: the students of the class or the roster's
// selection, the preview (a real PDF in QPdfView), previous / next, the
// comment saved as an undo step, Insert from Bank with the student's values,
// the language choice, and the batch saved as 0600 files. With
// K12_SCREENSHOT_DIR set it also saves report-preview.png there.
#include "tests/common/KeyboardWalk.h"
#include "tests/common/TestSupport.h"

#include "models/actions/ActionRunner.h"
#include "models/actions/ClassActions.h"
#include "models/actions/CommentBankActions.h"
#include "models/actions/ReportCommentActions.h"
#include "models/reports/ReportSettings.h"
#include "models/reports/ReportText.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/reports/ProgressReportWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestReportWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void studentsAndPreview();
    void selectionOnly();
    void commentAndBank();
    void languageAndBatch();
    void menuWithoutAClass();

private:
    bool waitForPreview(ProgressReportWindow &w)
    {
        return QTest::qWaitFor([&] { return w.previewDocument()->status() == QPdfDocument::Status::Ready; }, 5000);
    }

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_class;
    QStringList m_students; // gradebook order: Ávila, Baker, Chen, Diaz
};

void TestReportWindow::initTestCase()
{
    ReportText::addSearchPath(QStringLiteral(K12_QM_DIR));
}

void TestReportWindow::init()
{
    test::setToday(QDate(2026, 12, 6));
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    m_class = *ClassRepository(s).create(c, u"x"_s);
    QStringList categories;
    for (const auto &[name, weight] : {std::pair{u"Homework"_s, 40.0}, std::pair{u"Tests"_s, 60.0}}) {
        Category cat;
        cat.classId = m_class;
        cat.name = name;
        cat.weight = weight;
        cat.position = int(categories.size());
        categories << *CategoryRepository(s).create(cat, u"x"_s);
    }
    QList<Student> roster;
    int number = 101;
    for (const auto &[given, family] : {std::pair{u"Ana"_s, u"Ávila"_s}, std::pair{u"Ben"_s, u"Baker"_s},
                                        std::pair{u"Chloe"_s, u"Chen"_s}, std::pair{u"Dan"_s, u"Diaz"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        st.studentNumber = QString::number(number++);
        roster << st;
    }
    QVERIFY(StudentRepository(s).enroll(roster, m_class, u"x"_s).ok());
    m_students.clear();
    for (const QString &n : {u"101"_s, u"102"_s, u"103"_s, u"104"_s}) {
        for (const Student &st : StudentRepository(s).enrolledIn(m_class)) {
            if (st.studentNumber == n)
                m_students << st.id;
        }
    }
    const struct
    {
        const char *title;
        int category;
        double points;
        QDate due;
    } work[] = {{"Homework 1: Linear equations", 0, 10, QDate(2026, 9, 10)},
                {"Homework 2: Graphing lines", 0, 10, QDate(2026, 9, 17)},
                {"Homework 3: Slope", 0, 10, QDate(2026, 9, 24)},
                {"Quiz 1", 1, 20, QDate(2026, 9, 25)},
                {"Unit 1 Test", 1, 50, QDate(2026, 10, 2)},
                {"Project: Lines in the city", 1, 30, QDate(2026, 10, 9)}};
    int position = 0;
    for (const auto &w : work) {
        Assignment a;
        a.classId = m_class;
        a.title = QString::fromUtf8(w.title);
        a.categoryId = categories.at(w.category);
        a.pointsPossible = w.points;
        a.dueDate = w.due;
        a.position = position++;
        const QString id = *AssignmentRepository(s).create(a, u"x"_s);
        for (int i = 0; i < m_students.size(); ++i) {
            Score x;
            x.id = Score::idFor(id, m_students.at(i));
            x.classId = m_class;
            x.assignmentId = id;
            x.studentId = m_students.at(i);
            if (i == 0 && position == 2)
                x.missing = true;
            else if (i == 0 && position == 3) {
                x.points = 8;
                x.late = true;
                x.daysLate = 2;
            } else if (i == 0 && position == 6)
                x.excused = true;
            else
                x.points = w.points * (0.95 - 0.07 * i - 0.01 * position);
            QVERIFY(s.apply(u"x"_s, {Change::upsert(u"score"_s, x.id, x.toFields())}).ok());
        }
    }
    // A logo drawn here, so the test needs no image file of its own.
    QImage logo(240, 240, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1d, 0x3f, 0x73));
        p.setPen(Qt::NoPen);
        p.drawEllipse(10, 10, 220, 220);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(80);
        f.setBold(true);
        p.setFont(f);
        p.drawText(logo.rect(), Qt::AlignCenter, u"LMS"_s);
    }
    const QString logoPath = m_profile->dir.filePath(u"logo.png"_s);
    QVERIFY(logo.save(logoPath));
    ReportSettings{u"Lincoln Middle School"_s, logoPath, u"Ms. Rivera"_s}.save(m_profile->path());
    QVERIFY(ReportCommentActions(ActionRunner(s))
                .set(m_class, m_students.at(0), {},
                     u"Ana participates every day. Please help her turn in Homework 2 this week."_s)
                .ok());
}

void TestReportWindow::studentsAndPreview()
{
    QUndoStack undo;
    ProgressReportWindow w(m_profile->store(), &undo, m_class);
    w.show();
    QCOMPARE(w.studentIds(), m_students);
    QCOMPARE(w.currentIndex(), 0);
    QVERIFY(waitForPreview(w));
    QCOMPARE(w.previewDocument()->pageCount(), 1);
    // The preview is the report itself: its text has the student, the missing work and the comment.
    const QString page = w.previewDocument()->getAllText(0).text();
    QVERIFY2(page.contains(u"Ana Ávila"_s), qPrintable(page));
    QVERIFY(page.contains(u"MISSING WORK"_s));
    QVERIFY(page.contains(u"Lincoln Middle School"_s));
    QCOMPARE(w.commentEditor()->toPlainText(),
             u"Ana participates every day. Please help her turn in Homework 2 this week."_s);
    if (const QString dir = qEnvironmentVariable("K12_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.resize(1280, 800);
        QTest::qWait(600); // QPdfView paints asynchronously
        QVERIFY(w.grab().save(QDir(dir).filePath(u"report-preview.png"_s)));
    }
    w.setCurrentIndex(1);
    QVERIFY(waitForPreview(w));
    QVERIFY(w.previewDocument()->getAllText(0).text().contains(u"Ben Baker"_s));
    QCOMPARE(w.commentEditor()->toPlainText(), QString());
}

void TestReportWindow::selectionOnly()
{
    QUndoStack undo;
    ProgressReportWindow w(m_profile->store(), &undo, m_class, {m_students.at(3), m_students.at(1)});
    QCOMPARE(w.studentIds().size(), 4); // all students until the selection is chosen
    w.setSelectionOnly(true);
    QCOMPARE(w.studentIds(), (QStringList{m_students.at(1), m_students.at(3)})); // gradebook order
}

void TestReportWindow::commentAndBank()
{
    QUndoStack undo;
    Store &s = m_profile->store();
    QVERIFY(CommentBankActions(ActionRunner(s))
                .add(u"{first_name} has {missing_count} missing and a {final_letter}."_s)
                .ok());
    const QString templateId = CommentBankActions::list(s).at(0).id;
    ProgressReportWindow w(m_profile->store(), &undo, m_class);
    w.commentEditor()->clear();
    w.insertFromBank(templateId);
    const QString expanded = w.commentEditor()->toPlainText();
    QVERIFY2(expanded.startsWith(u"Ana has 1 missing and a "_s), qPrintable(expanded));
    QVERIFY(!expanded.contains(u'{'));
    QVERIFY(w.saveComment());
    QCOMPARE(ReportCommentActions::commentFor(s, m_class, m_students.at(0), {}), expanded);
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QCOMPARE(ReportCommentActions::commentFor(s, m_class, m_students.at(0), {}),
             u"Ana participates every day. Please help her turn in Homework 2 this week."_s);
}

void TestReportWindow::languageAndBatch()
{
    QUndoStack undo;
    ProgressReportWindow w(m_profile->store(), &undo, m_class);
    w.show();
    const int spanish = w.languageBox()->findData(u"es"_s);
    QVERIFY(spanish > 0);
    // French too (issue 21), named in itself after Español.
    QCOMPARE(w.languageBox()->findData(u"fr"_s), spanish + 1);
    QCOMPARE(w.languageBox()->itemText(spanish + 1), u"Français"_s);
    w.languageBox()->setCurrentIndex(spanish);
    QVERIFY(waitForPreview(w));
    QVERIFY(w.previewDocument()->getAllText(0).text().contains(u"Informe de progreso"_s));
    QCOMPARE(w.reportAt(2).language, u"es"_s);

    const QString folder = m_profile->dir.filePath(u"out"_s);
    QVERIFY(w.saveEach(folder));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 4);
    for (const QString &f : files) {
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(QDir(folder).filePath(f)).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
    const QString combined = m_profile->dir.filePath(u"all.pdf"_s);
    QVERIFY(w.saveCombined(combined));
    QVERIFY(QFileInfo(combined).size() > 0);
}

// File > Progress Reports with no class to report on (a new profile): greyed, its tip saying why, out of
// the keyboard's way; once there is a class, Alt+F, the arrows and Enter open the reports of that class.
void TestReportWindow::menuWithoutAClass()
{
    test::TempProfile empty;
    MainWindow w(empty.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QAction *reports = w.findChild<QAction *>(u"progressReportsAction"_s);
    QVERIFY(reports);
    QVERIFY(!reports->isEnabled());
    QCOMPARE(reports->statusTip(), u"Progress reports are written for one class: add a class first"_s);

    // The keyboard passes it by: the arrows never stop on it (nothing to choose that would do nothing).
    QString problem;
    QVERIFY(!test::menuAt(&w, w.menuBar(), u"&File"_s, reports, &problem));
    QVERIFY2(problem.startsWith(u"the arrow keys never reach"_s), qPrintable(problem));
    QVERIFY(!QApplication::activePopupWidget());
    if (const QString dir = qEnvironmentVariable("K12_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // The File menu open on the greyed item, its tip in the status bar, as the teacher sees it.
        QMenu *menu = w.findChild<QMenu *>(u"fileMenu"_s);
        if (!menu) {
            for (QAction *a : w.menuBar()->actions())
                menu = a->text() == u"&File"_s ? a->menu() : menu;
        }
        QVERIFY(menu);
        w.menuBar()->setActiveAction(menu->menuAction());
        QTRY_VERIFY(menu->isVisible());
        menu->setActiveAction(reports);
        QCoreApplication::processEvents();
        w.statusBar()->showMessage(reports->statusTip());
        QImage shot(w.size(), QImage::Format_ARGB32);
        w.render(&shot);
        QPainter painter(&shot);
        menu->render(&painter, w.mapFromGlobal(menu->pos()));
        painter.end();
        QVERIFY(shot.save(dir + u"/progress-reports-no-class.png"_s));
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    SchoolClass c;
    c.name = u"Algebra 1"_s;
    c.term = u"2026-27"_s;
    const Result<QString> made = ClassActions(ActionRunner(empty.store())).create(c);
    QVERIFY(made.ok());
    QTRY_VERIFY(reports->isEnabled()); // the class list shows it, the action follows
    QCOMPARE(reports->statusTip(), u"Preview, print or save the class's progress reports for families"_s);
    QMenu *file = test::menuAt(&w, w.menuBar(), u"&File"_s, reports, &problem);
    QVERIFY2(file, qPrintable(problem));
    QTest::keyClick(file, Qt::Key_Return);
    ProgressReportWindow *opened = nullptr;
    QTRY_VERIFY((opened = w.findChild<ProgressReportWindow *>()) && opened->isVisible());
    QCOMPARE(opened->windowTitle(), u"Progress Reports"_s);
    opened->close();
}

QTEST_MAIN(TestReportWindow)
#include "tst_reportwindow.moc"
