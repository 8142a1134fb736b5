// File > Backups...: the list (date, reason, size, checked), Back Up Now, Verify, and
// Restore... with its preview of what the restore changes per class; the chosen restore
// is handed to the window (pendingRestore), which closes for it. Screenshots with
// K12_SCREENSHOT_DIR set: backups.png, restore-preview.png.
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/grading/GradebookData.h"
#include "ui/MainWindow.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/backup/RestorePreviewDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestBackupsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listBackUpVerifyAndPreviewedRestore();
    void windowHasTheMenuAndKeepsTheChoice();

private:
    static void shot(QWidget *w, const QString &name)
    {
        const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
    }
};

void TestBackupsUi::listBackUpVerifyAndPreviewedRestore()
{
    test::GradebookFixture f;
    Store &store = f.profile.store();
    Actions actions(store);
    const auto type = [&](int student, int assignment, const QString &text) {
        Result<GradebookData> data = GradebookData::load(store, f.classId);
        QVERIFY(data);
        QVERIFY(actions.grades().typeInCell(*data, CellRef{student, assignment}, text));
    };
    type(0, 0, u"9"_s);
    type(1, 0, u"7"_s);
    type(2, 0, u"10"_s);
    BackupService service(f.profile.path());
    Clock::setFixed(QDateTime(QDate(2026, 12, 4), QTime(7, 30), Qt::UTC));
    QVERIFY(service.snapshot(BackupReason::daily));
    Clock::setFixed(QDateTime(QDate(2026, 12, 5), QTime(7, 30), Qt::UTC));
    QVERIFY(service.snapshot(BackupReason::daily));
    Clock::setFixed(QDateTime(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC));
    QVERIFY(service.snapshot(BackupReason::beforeImport));
    // After the backups: two scores changed, one typed, an assignment and a student added, a class made.
    Clock::setFixed(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    type(0, 0, u"10"_s);
    type(1, 0, u"8"_s);
    type(0, 1, u"6"_s);
    Assignment quiz;
    quiz.classId = f.classId;
    quiz.title = u"Quiz 3"_s;
    quiz.pointsPossible = 20;
    QVERIFY(actions.assignments().add(quiz));
    Student dana;
    dana.givenName = u"Dana"_s;
    dana.familyName = u"Diaz"_s;
    dana.studentNumber = u"104"_s;
    QVERIFY(actions.roster().addStudent(dana, f.classId));
    SchoolClass chem;
    chem.name = u"Chemistry, period 4"_s;
    QVERIFY(actions.classes().create(chem));

    BackupsDialog dialog(f.profile.path());
    dialog.show();
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Before an import"_s);
    QCOMPARE(list->topLevelItem(2)->text(1), u"Daily"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"Not yet"_s);

    Clock::setFixed(QDateTime(QDate(2026, 12, 6), QTime(9, 5), Qt::UTC));
    dialog.backUpNow();
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->currentItem()->text(1), u"Backed up by you"_s);
    // Verify the daily of 5 December.
    list->setCurrentItem(list->topLevelItem(2));
    dialog.verifySelected();
    QCOMPARE(list->currentItem()->text(3), u"Good"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"backupStatus"_s)->text(), u"The backup is good: every check passed."_s);
    shot(&dialog, u"backups.png"_s);

    // Restore... shows the preview; Cancel changes nothing, Restore records the choice.
    const QString chosen = list->currentItem()->data(0, Qt::UserRole).toString();
    bool sawPreview = false;
    test::whenModalShows([&](QWidget *modal) {
        auto *preview = qobject_cast<RestorePreviewDialog *>(modal);
        QVERIFY(preview);
        sawPreview = true;
        auto *rows = preview->findChild<QTreeWidget *>(u"restoreDifferences"_s);
        QCOMPARE(rows->topLevelItemCount(), 2);
        QTreeWidgetItem *algebra = nullptr;
        QTreeWidgetItem *chemistry = nullptr;
        for (int i = 0; i < rows->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = rows->topLevelItem(i);
            (item->text(0).startsWith(u"Chemistry"_s) ? chemistry : algebra) = item;
        }
        QVERIFY(algebra && chemistry);
        QCOMPARE(algebra->text(1), u"4 → 3: 1 removed"_s);
        QCOMPARE(algebra->text(2), u"1 removed"_s);
        QCOMPARE(algebra->text(3), u"1 removed, 2 as before"_s);
        QCOMPARE(chemistry->text(0), u"Chemistry, period 4 (new since the backup: removed)"_s);
        QCOMPARE(chemistry->text(3), u"removed with the class"_s);
        preview->resize(880, 400);
        shot(preview, u"restore-preview.png"_s);
        preview->findChild<QPushButton *>(u"confirmRestore"_s)->click();
    });
    dialog.restoreSelected();
    QVERIFY(sawPreview);
    QCOMPARE(dialog.chosenRestore(), chosen);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Clock::reset();
}

void TestBackupsUi::windowHasTheMenuAndKeepsTheChoice()
{
    test::TempProfile profile;
    MainWindow window(profile.store());
    auto *action = window.findChild<QAction *>(u"backupsAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Backups..."_s);
    QVERIFY(window.pendingRestore().isEmpty());
    // Close without choosing: nothing pending.
    test::whenModalShows([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    action->trigger();
    QVERIFY(window.pendingRestore().isEmpty());
}

QTEST_MAIN(TestBackupsUi)
#include "tst_backupsui.moc"
