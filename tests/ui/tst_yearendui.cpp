// The window's year-end pieces (issue 19): the notice of held deletions above
// the main window (its words, Review opening Sync Problems on them, Apply and
// Keep Mine doing what `sync --apply-deletions` / `--keep` do), the Delete
// Class confirmation (the typed name for a class with grades, the undo) and
// File > Export the Year (written on a worker thread: the same zip as
// `k12-teacher export year`, the window responsive, Cancel leaving nothing).
// Screenshots docs/screenshots/held-deletions.png, export-year.png and
// export-year-progress.png when K12_SCREENSHOT_DIR is set.
#include "tests/common/RolloverFixture.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "models/store/Database.h"
#include "sync/SyncService.h"
#include "sync/engine/HeldDeletions.h"
#include "ui/MainWindow.h"
#include "ui/common/Ask.h"
#include "ui/sync/HeldDeletionsBar.h"
#include "ui/sync/HeldRowsView.h"
#include "ui/sync/RejectedChangesDialog.h"
#include "ui/sync/SyncActions.h"
#include "ui/yearend/DeleteClassDialog.h"
#include "ui/yearend/ExportYearDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

// The server's tombstones of the first `scores` scores and `enrollments` enrollments of the class, held.
void holdDeletions(Store &store, const QString &classId, int scores, int enrollments)
{
    Transaction t(store.database().connection());
    HeldDeletions held(store.database());
    int rev = 1000;
    for (const auto &[entity, n] : {std::pair{u"score"_s, scores}, std::pair{u"enrollment"_s, enrollments}}) {
        const QList<QVariantMap> rows =
            store.rows(*EntitySchema::find(entity), u"class_id = ?"_s, {classId}, u"id"_s).mid(0, n);
        for (const QVariantMap &row : rows) {
            protocol::SyncRow tomb;
            tomb.entity = entity;
            tomb.id = row.value(u"id"_s).toString();
            tomb.rev = ++rev;
            tomb.deleted = true;
            tomb.updatedAt = u"2026-06-20T10:00:00Z"_s;
            QVERIFY(held.hold(tomb, HeldDeletions::Why::MassDelete, u"2026-06-20T10:00:01Z"_s));
        }
    }
    QVERIFY(t.commit());
}

// Two zips of the same profile written at different moments hold the same entries with the same bytes,
// but for what records the moment or the process: README.txt's "Written ..." line, the XLSX's document
// properties (its own zip: compared entry by entry) and the PDFs' dates and font order (their text is
// compared, read by pdftotext). Prints what differs; exit 0 if none.
const char *const kSameZip = R"PY(
import io, re, subprocess, sys, tempfile, zipfile
def norm(name, data):
    if name.endswith(".txt"):
        return b"\n".join(l for l in data.split(b"\n") if not l.startswith(b"Written "))
    if name.endswith(".pdf"):  # fonts are embedded in a per-process order: the text, page by page, must match
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            return subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, check=True).stdout
    if name.endswith(".xlsx"):
        inner = zipfile.ZipFile(io.BytesIO(data))
        return repr(sorted((i.filename, re.sub(rb"<dcterms:(created|modified)[^<]*</dcterms:\w+>", b"", inner.read(i.filename)))
                           for i in inner.infolist())).encode()
    return data
a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
na, nb = [i.filename for i in a.infolist()], [i.filename for i in b.infolist()]
if na != nb:
    print("entries differ:", na, nb); sys.exit(1)
bad = [n for n in na if norm(n, a.read(n)) != norm(n, b.read(n))]
print(len(na), "entries;", "differ:", bad)
for n in bad[:2]:
    x, y = norm(n, a.read(n)), norm(n, b.read(n))
    at = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
    print(n, len(x), len(y), "first difference at", at, x[max(0, at - 60):at + 60], y[max(0, at - 60):at + 60])
sys.exit(1 if bad else 0)
)PY";

} // namespace

class TestYearEndUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void heldDeletionsNotice();
    void deleteClassAsksForTheName();
    void exportTheYear();
    void exportTheYearOffTheWindowThread();
    void cancelTheYearsExport();

private:
    EnglishPlurals m_plurals;
};

void TestYearEndUi::heldDeletionsNotice()
{
    TempProfile p;
    const QString id = makeCourseClass(p.store(), u"Algebra I"_s, u"P1"_s, u"2025-26"_s, CourseShape{3, 2, 12, 1});
    holdDeletions(p.store(), id, 30, 5);
    SyncService service(p.store());
    QSignalSpy first(&service, &SyncService::statusChanged);
    MainWindow w(p.store());
    w.setSyncService(&service);
    w.resize(1100, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(first.count() > 0, 10000);
    w.selectClass(id);

    auto *bar = w.findChild<HeldDeletionsBar *>(u"heldDeletionsBar"_s);
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->label()->text(),
             u"The server removed 30 grades and 5 students in Algebra I (2025-26). Nothing was deleted here yet."_s);
    QVERIFY(bar->geometry().top() < w.findChild<QListView *>(u"classList"_s)->mapTo(&w, QPoint(0, 0)).y());
    QApplication::processEvents();
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR"));
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + u"/held-deletions.png"_s));

    // Review: Sync Problems with the held deletions only.
    QTest::mouseClick(bar->reviewButton(), Qt::LeftButton);
    auto *problems = w.findChild<RejectedChangesDialog *>();
    QTRY_VERIFY(problems && problems->isVisible());
    QCOMPARE(problems->heldView()->count(), 35);
    problems->close();

    // Keep Mine: the rows stay and go back to the server (35 upserts wait); the notice goes.
    const qint64 queued = countRows(p.store(), u"outbox"_s, u"state = 'pending'"_s);
    QTest::mouseClick(bar->keepButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(HeldDeletions(p.store().database()).count(), 0);
    QCOMPARE(countRows(p.store(), u"score"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 36);
    QCOMPARE(countRows(p.store(), u"outbox"_s, u"state = 'pending'"_s) - queued, 35);

    // Apply, after its question: deleted here as on the server.
    holdDeletions(p.store(), id, 30, 5);
    bar->refresh();
    QVERIFY(bar->isVisible());
    Ask::setNextAnswer(int(QMessageBox::Cancel));
    QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
    QCOMPARE(HeldDeletions(p.store().database()).count(), 35); // cancelled: nothing
    Ask::setNextAnswer(int(QMessageBox::Yes));
    QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(countRows(p.store(), u"score"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 6);
    QCOMPARE(countRows(p.store(), u"enrollment"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 7);
    Ask::clearAnswers();
}

void TestYearEndUi::deleteClassAsksForTheName()
{
    TempProfile p;
    const QString id = makeCourseClass(p.store(), u"Biology"_s, {}, u"2025-26"_s, CourseShape{3, 2, 4, 1});
    const QString other = makeCourseClass(p.store(), u"Chemistry"_s, {}, u"2025-26"_s, CourseShape{2, 1, 2, 1});
    MainWindow w(p.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectClass(id);
    QAction *del = w.findChild<QAction *>(u"deleteClassAction"_s);
    QVERIFY(del && del->isEnabled());
    QVERIFY(w.findChild<QListView *>(u"classList"_s)->actions().contains(del)); // the sidebar's context menu

    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DeleteClassDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(u"deleteClassCounts"_s)
                    ->text()
                    .startsWith(u"4 students, 3 assignments and 12 grades"_s));
        QVERIFY(dialog->nameEdit());
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), u"Biolog"_s);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), u"y"_s);
        QVERIFY(dialog->deleteButton()->isEnabled());
        const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR"));
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/delete-class.png"_s));
        checked = true;
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    });
    del->trigger();
    QVERIFY(checked);
    QCOMPARE(countRows(p.store(), u"class"_s, u"id = '%1' AND deleted = 0"_s.arg(id)), 0);
    QCOMPARE(countRows(p.store(), u"score"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 0);
    QCOMPARE(countRows(p.store(), u"class"_s, u"id = '%1' AND deleted = 0"_s.arg(other)), 1);
    QCOMPARE(w.undoStack()->undoText(), u"Delete Class"_s);
    w.undoStack()->undo();
    QCOMPARE(countRows(p.store(), u"score"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 12);

    // A class without grades: no name to type.
    ClassDeleteActions::Summary none;
    none.label = u"Empty"_s;
    DeleteClassDialog plain(none, u"Empty"_s);
    QVERIFY(!plain.nameEdit());
    QVERIFY(plain.deleteButton()->isEnabled());
}

void TestYearEndUi::exportTheYear()
{
    TempProfile p;
    makeCourseClass(p.store(), u"Biology"_s, {}, u"2024-25"_s, CourseShape{2, 1, 2, 1});
    makeCourseClass(p.store(), u"Biology"_s, {}, u"2025-26"_s, CourseShape{2, 1, 2, 1});
    QTemporaryDir out;
    ExportYearDialog dialog(p.store(), QString());
    QCOMPARE(dialog.termBox()->count(), 2);
    QCOMPARE(dialog.termBox()->currentText(), u"2025-26"_s); // the latest
    QVERIFY(dialog.pathEdit()->text().endsWith(u"K12 Teacher - 2025-26.zip"_s));
    dialog.termBox()->setCurrentIndex(1);
    QVERIFY(dialog.pathEdit()->text().endsWith(u"K12 Teacher - 2024-25.zip"_s));
    dialog.pathEdit()->setText(out.filePath(u"old.zip"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR")); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/export-year.png"_s));
    Ask::setNextAnswer(int(QMessageBox::Ok)); // "Wrote ..."
    QVERIFY(dialog.exportNow());
    QVERIFY(QFileInfo(out.filePath(u"old.zip"_s)).size() > 1000);
    QCOMPARE(readFile(out.filePath(u"old.zip"_s)).left(2), QByteArray("PK"));
    Ask::clearAnswers();
}

void TestYearEndUi::exportTheYearOffTheWindowThread()
{
    TempProfile p;
    const CourseShape shape{8, 4, 8, 2};
    makeCourseClass(p.store(), u"Biology"_s, u"1"_s, u"2025-26"_s, shape);
    makeCourseClass(p.store(), u"Biology"_s, u"2"_s, u"2025-26"_s, shape);
    makeCourseClass(p.store(), u"Chemistry"_s, {}, u"2025-26"_s, shape);
    // The English the CLI prints ("3 classes"), from the app's own translation: the window's zip must match it.
    QTranslator english;
    QVERIFY2(english.load(u"k12_teacher_en"_s, QStringLiteral(K12_QM_DIR)), "k12_teacher_en.qm not in " K12_QM_DIR);
    QCoreApplication::installTranslator(&english);
    const auto uninstall = qScopeGuard([&english] { QCoreApplication::removeTranslator(&english); });
    QTemporaryDir out;
    const QString windowZip = out.filePath(u"window.zip"_s);
    ExportYearDialog dialog(p.store(), u"2025-26"_s);
    dialog.pathEdit()->setText(windowZip);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The window's thread keeps turning while the worker writes: a timer fires, the dialog names each class.
    int ticks = 0;
    bool writing = false;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ticks += writing ? 1 : 0; });
    timer.start(5);
    QStringList labels;
    const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR"));
    connect(&dialog, &ExportYearDialog::exportProgressed, this, [&](int done, int total, const QString &current) {
        writing = !current.isEmpty();
        QCOMPARE(total, 3);
        auto *progress = dialog.findChild<QProgressDialog *>(u"exportYearProgress"_s);
        QVERIFY(progress && progress->isVisible());
        if (!current.isEmpty() && !labels.contains(progress->labelText())) {
            labels << progress->labelText();
            if (!dir.isEmpty() && done == 1)
                QVERIFY(progress->grab().save(dir + u"/export-year-progress.png"_s));
        }
    });
    Ask::setNextAnswer(int(QMessageBox::Ok)); // "Wrote ..."
    QVERIFY(dialog.exportNow());
    Ask::clearAnswers();
    QCOMPARE(labels, (QStringList{u"Writing Biology (period 1) (class 1 of 3)..."_s,
                                  u"Writing Biology (period 2) (class 2 of 3)..."_s,
                                  u"Writing Chemistry (class 3 of 3)..."_s}));
    QVERIFY2(ticks > 0, "the window's timer never fired while the year was written");

    // The CLI writes the same zip from the same profile.
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    const QString cliZip = out.filePath(u"cli.zip"_s);
    const ProcessResult cli = runTeacher(
        {u"--profile"_s, p.path(), u"export"_s, u"year"_s, u"--term"_s, u"2025-26"_s, u"--out"_s, cliZip}, {}, 120000);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QProcess compare;
    compare.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromLatin1(kSameZip), windowZip, cliZip});
    QVERIFY(compare.waitForFinished(60000));
    const QString said = QString::fromUtf8(compare.readAllStandardOutput() + compare.readAllStandardError());
    QVERIFY2(compare.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.startsWith(u"22 entries"_s), qPrintable(said)); // 3 x (CSV, XLSX, reports, 4 plans) + README
}

void TestYearEndUi::cancelTheYearsExport()
{
    TempProfile p;
    const CourseShape shape{8, 4, 8, 2};
    for (const QString &period : {u"1"_s, u"2"_s, u"3"_s, u"4"_s})
        makeCourseClass(p.store(), u"Biology"_s, period, u"2025-26"_s, shape);
    QTemporaryDir out;
    ExportYearDialog dialog(p.store(), u"2025-26"_s);
    dialog.pathEdit()->setText(out.filePath(u"cancelled.zip"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int reported = 0;
    connect(&dialog, &ExportYearDialog::exportProgressed, this, [&](int done, int, const QString &current) {
        ++reported;
        if (reported == 1) { // the first class has just begun: the teacher clicks Cancel
            QCOMPARE(done, 0);
            QCOMPARE(current, u"Biology (period 1)"_s);
            auto *progress = dialog.findChild<QProgressDialog *>(u"exportYearProgress"_s);
            QVERIFY(progress);
            auto *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel && cancel->isVisible());
            cancel->click();
        }
    });
    Ask::setNextAnswer(int(QMessageBox::Ok)); // "The export was cancelled; nothing was written."
    QVERIFY(!dialog.exportNow());
    Ask::clearAnswers();
    QVERIFY(reported >= 1);
    QVERIFY2(reported < 4 * 7, "the worker went on after Cancel");
    // Nothing at all: no zip, no hidden temporary file.
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

QTEST_MAIN(TestYearEndUi)
#include "tst_yearendui.moc"
