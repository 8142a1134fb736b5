// Offscreen test of keyboard-first grade entry in the real window:
// type + Enter moves down, Tab moves right, Delete clears, shortcuts flag,
// invalid entries are refused in the status bar, Ctrl+Z / Ctrl+Shift+Z.
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"

#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/common/ProfileSettings.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestGradebookView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typeEnterMovesDown();
    void currentCellHasAVisibleFrame();
    void tabMovesRight();
    void deleteClearsSelection();
    void shortcutsFlagCells();
    void invalidEntryShowsMessage();
    void undoRedoShortcuts();
    void exportFromTheWindow();
    void typedLateDaysApplyThePenalty();
    void turnedInDateFromTheWindow();

private:
    void setLatePenalty();
    void typeInto(int row, int column, const QString &text, Qt::Key finish);
    void typeKeys(const QString &text);
    double pointsAt(int student, int assignment);

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    QString m_classId;
    QStringList m_students;
    QStringList m_assignments;
    GradebookView *m_view = nullptr;
    GradebookModel *m_model = nullptr;
};

void TestGradebookView::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Chemistry"_s;
    m_classId = *ClassRepository(s).create(c, u"x"_s);
    QList<Student> roster;
    for (const auto &[given, family] : {std::pair{u"Marie"_s, u"Curie"_s}, std::pair{u"Dmitri"_s, u"Mendeleev"_s},
                                        std::pair{u"Rosalind"_s, u"Franklin"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, m_classId, u"x"_s).ok());
    m_students.clear();
    for (const Student &st : StudentRepository(s).enrolledIn(m_classId))
        m_students.append(st.id);
    m_assignments.clear();
    for (int i = 1; i <= 3; ++i) {
        Assignment a;
        a.classId = m_classId;
        a.title = u"Lab %1"_s.arg(i);
        a.pointsPossible = 10;
        a.position = i;
        m_assignments.append(*AssignmentRepository(s).create(a, u"x"_s));
    }
    m_window = std::make_unique<MainWindow>(s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectClass(m_classId);
    m_view = m_window->gradebookPanel()->view();
    m_model = m_window->gradebookPanel()->model();
    QCOMPARE(m_model->rowCount(), 3);
}

void TestGradebookView::cleanup()
{
    m_window.reset();
    m_profile.reset();
}

// A keyboard user sees which cell typing goes to: a 2 px frame in the highlight colour on the
// current cell, also when the selection is elsewhere (Ctrl+arrow), and none without focus.
void TestGradebookView::currentCellHasAVisibleFrame()
{
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    const QModelIndex current = m_model->index(1, 2);
    m_view->setCurrentIndex(current);
    m_view->selectionModel()->select(m_model->index(0, 1), QItemSelectionModel::ClearAndSelect);
    const QRect cell = m_view->visualRect(current);
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    QImage shot = m_view->viewport()->grab().toImage();
    QCOMPARE(shot.pixelColor(cell.center().x(), cell.top() + 1), highlight);
    QCOMPARE(shot.pixelColor(cell.left() + 1, cell.center().y()), highlight);
    QCOMPARE(shot.pixelColor(cell.right() - 1, cell.center().y()), highlight);
    QVERIFY(shot.pixelColor(cell.center()) != highlight); // a frame, not a fill

    m_window->findChild<QWidget *>(u"classList"_s)->setFocus();
    QTRY_VERIFY(!m_view->hasFocus());
    shot = m_view->viewport()->grab().toImage();
    QVERIFY(shot.pixelColor(cell.center().x(), cell.top() + 1) != highlight);
}

double TestGradebookView::pointsAt(int student, int assignment)
{
    const Score s =
        ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(assignment), m_students.at(student));
    return s.points.value_or(-1);
}

// Keys go to whatever has focus, as they do for a teacher at the keyboard.
void TestGradebookView::typeKeys(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void TestGradebookView::typeInto(int row, int column, const QString &text, Qt::Key finish)
{
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(row, column));
    typeKeys(text); // the first key opens the editor, as in a spreadsheet
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != m_view);
    QTest::keyClick(editor, finish);
    // The delegate commits and closes the editor from a queued call, as in the real app.
    QCoreApplication::processEvents();
}

void TestGradebookView::typeEnterMovesDown()
{
    // Students sort as Curie, Franklin, Mendeleev.
    typeInto(0, 1, u"8"_s, Qt::Key_Return);
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 1));
    typeKeys(u"9.5"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 1));
    QCOMPARE(pointsAt(0, 0), 8.0);
    QCOMPARE(pointsAt(1, 0), 9.5);
    QCOMPARE(m_model->index(1, m_model->finalColumn()).data().toString(), u"95.00"_s);
    QString shot = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR"));
    if (!shot.isEmpty())
        m_window->grab().save(QDir(shot).filePath(u"gradebook-typing.png"_s));
}

void TestGradebookView::tabMovesRight()
{
    typeInto(2, 1, u"7"_s, Qt::Key_Tab);
    // Tab commits and opens the next cell to the right.
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 2));
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != m_view);
    typeKeys(u"6"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(pointsAt(2, 0), 7.0);
    QCOMPARE(pointsAt(2, 1), 6.0);
}

void TestGradebookView::deleteClearsSelection()
{
    typeInto(0, 1, u"8"_s, Qt::Key_Return);
    typeInto(1, 1, u"9"_s, Qt::Key_Return);
    m_view->selectionModel()->select(QItemSelection(m_model->index(0, 1), m_model->index(1, 1)),
                                     QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(pointsAt(0, 0), -1.0);
    QCOMPARE(pointsAt(1, 0), -1.0);
    QCOMPARE(m_window->undoStack()->undoText(), u"Clear Grades"_s);
}

void TestGradebookView::shortcutsFlagCells()
{
    m_view->setFocus();
    m_view->selectionModel()->select(QItemSelection(m_model->index(0, 2), m_model->index(2, 2)),
                                     QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_M, Qt::ControlModifier);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(m_model->index(r, 2).data().toString(), u"M"_s);
    QCOMPARE(m_window->undoStack()->count(), 1); // three cells, one step
    QTest::keyClick(m_view, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_model->index(1, 2).data().toString(), u"EX"_s);
    QTest::keyClick(m_view, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_model->index(1, 2).data(GradebookModel::LateRole).toBool());
    const Score s = ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(1), m_students.at(1));
    QVERIFY(s.excused && s.late && !s.missing);
}

void TestGradebookView::invalidEntryShowsMessage()
{
    const qint64 before = test::countRows(m_profile->store(), u"outbox"_s);
    typeInto(0, 1, u"abc"_s, Qt::Key_Return);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"not a score"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    typeInto(0, 1, u"25"_s, Qt::Key_Return);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"allowed maximum"_s));
    typeInto(0, 1, u"-2"_s, Qt::Key_Return);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"negative"_s));
    QCOMPARE(test::countRows(m_profile->store(), u"outbox"_s), before);
    QCOMPARE(m_model->index(0, 1).data().toString(), QString());
}

void TestGradebookView::undoRedoShortcuts()
{
    typeInto(0, 1, u"8"_s, Qt::Key_Return);
    typeInto(0, 1, u"4"_s, Qt::Key_Return);
    QCOMPARE(pointsAt(0, 0), 4.0);
    m_view->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(pointsAt(0, 0), 8.0);
    QCOMPARE(m_model->index(0, 1).data().toString(), u"8"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pointsAt(0, 0), 4.0);
    QCOMPARE(m_model->index(0, m_model->finalColumn()).data().toString(), u"40.00"_s);
}

void TestGradebookView::exportFromTheWindow()
{
    typeInto(0, 1, u"8"_s, Qt::Key_Return);
    const QString path = m_profile->dir.filePath(u"out.csv"_s);
    GradebookExport::Options options;
    options.byteOrderMark = true;
    QVERIFY(m_window->gradebookPanel()->exportTo(path, options).ok());
    const QByteArray csv = test::readFile(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFStudent,Student Number,Lab 1,Lab 2,Lab 3,Final %,Letter\r\n"));
    QVERIFY(csv.contains("\"Curie, Marie\",,8,,,80.00,B-\r\n"));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(profileSettings(m_profile->store()).value(u"checklist/exported"_s).toBool());
}

// The class takes 10% a day off late work and keeps at least 50%.
void TestGradebookView::setLatePenalty()
{
    QVERIFY(
        ClassRepository(m_profile->store())
            .update(m_classId,
                    {{u"late_penalty_enabled"_s, true}, {u"late_penalty_per_day"_s, 10}, {u"late_penalty_floor"_s, 50}},
                    u"x"_s)
            .ok());
}

void TestGradebookView::typedLateDaysApplyThePenalty()
{
    setLatePenalty();
    test::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
    typeInto(0, 1, u"9"_s, Qt::Key_Return);
    typeInto(0, 2, u"10"_s, Qt::Key_Return);
    const QModelIndex final = m_model->index(0, m_model->finalColumn());
    QCOMPARE(final.data().toString(), u"95.00"_s); // (9 + 10) / 20
    const int steps = m_window->undoStack()->count();

    typeInto(0, 1, u"L3"_s, Qt::Key_Return);
    const Score s = ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(0), m_students.at(0));
    QCOMPARE(*s.points, 9.0);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 3);
    // 3 days: 70 % of 9 = 6.3; (6.3 + 10) / 20 = 81.5 %.
    QCOMPARE(final.data().toString(), u"81.50"_s);
    QCOMPARE(m_model->index(0, 1).data().toString(), u"9 L3"_s);
    QCOMPARE(m_model->index(0, 1).data(Qt::ToolTipRole).toString(),
             u"9 of 10 points\nLate 3 days: -30% (10% a day, at least 50% kept): 9 → 6.3"_s);
    QCOMPARE(m_window->undoStack()->count(), steps + 1); // one step

    m_view->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(final.data().toString(), u"95.00"_s);
    const Score undone = ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(0), m_students.at(0));
    QCOMPARE(*undone.points, 9.0);
    QVERIFY(!undone.late);
    QCOMPARE(undone.daysLate, 0);
}

void TestGradebookView::turnedInDateFromTheWindow()
{
    setLatePenalty();
    test::setToday(QDate(2025, 12, 20));
    const auto resetClock = qScopeGuard([] { Clock::reset(); });
    test::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
    // Lab 1 is due Tue 2 Dec 2025; Lab 2 has no due date.
    QVERIFY(AssignmentRepository(m_profile->store())
                .update(m_assignments.at(0), {{u"due_date"_s, u"2025-12-02"_s}}, u"x"_s)
                .ok());
    typeInto(1, 1, u"9"_s, Qt::Key_Return); // Franklin, Lab 1
    const QModelIndex final = m_model->index(1, m_model->finalColumn());
    QCOMPARE(final.data().toString(), u"90.00"_s);

    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(1, 1));
    m_view->selectionModel()->select(m_model->index(1, 1), QItemSelectionModel::ClearAndSelect);
    QString summary;
    test::whenModalShows([&summary](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"turnedInDialog"_s);
        dialog->findChild<QDateEdit *>(u"turnedInDate"_s)->setDate(QDate(2025, 12, 5));
        summary = dialog->findChild<QLabel *>(u"turnedInSummary"_s)->text();
        const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"late-work.png"_s));
        dialog->findChild<QPushButton *>(u"turnedInApply"_s)->click();
    });
    QTest::keyClick(m_view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    // Due Tue 2 Dec, in Fri 5 Dec: Wed, Thu, Fri.
    QVERIFY2(summary.contains(u"\"Lab 1\", due "_s) && summary.contains(u": 3 school days late"_s),
             qPrintable(summary));
    // What the cell's tooltip will say: 70 % of 9 = 6.3.
    QVERIFY2(summary.contains(u"Late 3 days: -30% (10% a day, at least 50% kept): 9 → 6.3"_s), qPrintable(summary));
    Score s = ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(0), m_students.at(1));
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 3);
    QCOMPARE(final.data().toString(), u"63.00"_s);
    QCOMPARE(m_window->undoStack()->undoText(), u"Turned In"_s);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Turned in on"_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Lab 2 has no due date: the dialog says so, and Apply stays off.
    m_view->setCurrentIndex(m_model->index(1, 2));
    m_view->selectionModel()->select(m_model->index(1, 2), QItemSelectionModel::ClearAndSelect);
    QString noDue;
    bool applyEnabled = true;
    test::whenModalShows([&](QWidget *dialog) {
        noDue = dialog->findChild<QLabel *>(u"turnedInSummary"_s)->text();
        applyEnabled = dialog->findChild<QPushButton *>(u"turnedInApply"_s)->isEnabled();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    m_window->findChild<QAction *>(u"turnedInAction"_s)->trigger();
    QVERIFY2(noDue.contains(u"\"Lab 2\" has no due date"_s), qPrintable(noDue));
    QVERIFY(!applyEnabled);

    // Undo (Edit > Undo): on time again, back to 90 %.
    m_window->undoStack()->undo();
    s = ScoreRepository(m_profile->store()).scoreFor(m_classId, m_assignments.at(0), m_students.at(1));
    QVERIFY(!s.late);
    QCOMPARE(final.data().toString(), u"90.00"_s);
}

QTEST_MAIN(TestGradebookView)
#include "tst_gradebookview.moc"
