// The window's year-end pieces (issue 19): the notice of held deletions above
// the main window (its words, Review opening Sync Problems on them, Apply and
// Keep Mine doing what `sync --apply-deletions` / `--keep` do), the Delete
// Class confirmation (the typed name for a class with grades, the undo) and
// File > Export the Year. Screenshot docs/screenshots/held-deletions.png when
// K12_SCREENSHOT_DIR is set.
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
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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

} // namespace

class TestYearEndUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void heldDeletionsNotice();
    void deleteClassAsksForTheName();
    void exportTheYear();

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

QTEST_MAIN(TestYearEndUi)
#include "tst_yearendui.moc"
