// Offscreen widget test of bulk grading in the real window: select a block,
// paste TSV from the clipboard, undo it with Ctrl+Z; the curve dialog's preview.
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"

#include "models/csv/GradebookColumns.h"
#include "models/itemmodels/GradebookModel.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/CurveDialog.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/gradebook/ImportScoresDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestBulkGrading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void selectBlockAndPaste();
    void badPasteShowsWhereAndWritesNothing();
    void curveDialogPreviewAndApply();
    void importDialogPreviewsProblemsAndImports();
    void bulkMenuOffersEveryOperation();

private:
    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<MainWindow> window;
    GradebookView *view = nullptr;
    GradebookModel *model = nullptr;
};

void TestBulkGrading::init()
{
    f = std::make_unique<test::GradebookFixture>();
    window = std::make_unique<MainWindow>(f->profile.store());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->selectClass(f->classId);
    view = window->gradebookPanel()->view();
    model = window->gradebookPanel()->model();
}

void TestBulkGrading::cleanup()
{
    window.reset();
    f.reset();
}

void TestBulkGrading::selectBlockAndPaste()
{
    view->setFocus();
    view->setCurrentIndex(model->index(0, 1));
    view->selectionModel()->select(QItemSelection(model->index(0, 1), model->index(2, 2)),
                                   QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->setText(u"10\t9\r\n8,5\tM\r\n7\tEX\r\n"_s);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(*f->score(0, 0).points, 10.0);
    QCOMPARE(*f->score(0, 1).points, 9.0);
    QCOMPARE(*f->score(1, 0).points, 8.5);
    QVERIFY(f->score(1, 1).missing);
    QVERIFY(f->score(2, 1).excused);
    QCOMPARE(window->undoStack()->count(), 1);
    QCOMPARE(model->index(1, 2).data().toString(), u"M"_s);
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"bulk-paste.png"_s));

    // Copy the block back: what was pasted comes out.
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"10\t9\n8.5\tM\n7\tEX\n"_s);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    for (int s = 0; s < 3; ++s)
        for (int a = 0; a < 2; ++a)
            QVERIFY(f->score(s, a).isEmpty());
}

void TestBulkGrading::badPasteShowsWhereAndWritesNothing()
{
    view->setFocus();
    view->setCurrentIndex(model->index(0, 1));
    const qint64 outbox = test::countRows(f->profile.store(), u"outbox"_s);
    QGuiApplication::clipboard()->setText(u"10\n11\n99\n"_s);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"row 3, column 1"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(test::countRows(f->profile.store(), u"outbox"_s), outbox);
    QVERIFY(f->score(0, 0).isEmpty());
}

void TestBulkGrading::curveDialogPreviewAndApply()
{
    QVERIFY(model->setData(model->index(0, 3), u"40"_s));
    QVERIFY(model->setData(model->index(1, 3), u"30"_s));
    view->setFocus();
    view->setCurrentIndex(model->index(0, 3));
    view->selectionModel()->select(model->index(0, 3), QItemSelectionModel::ClearAndSelect);
    QString summary;
    test::whenModalShows([&summary](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"curveDialog"_s);
        auto *amount = dialog->findChild<QDoubleSpinBox *>(u"curveAmount"_s);
        amount->setValue(5);
        summary = dialog->findChild<QLabel *>(u"curveSummary"_s)->text();
        const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"curve-preview.png"_s));
        dialog->findChild<QPushButton *>(u"curveApply"_s)->click();
    });
    window->findChild<QAction *>(u"curveAction"_s)->trigger();
    QVERIFY2(summary.contains(u"35.00"_s) && summary.contains(u"40.00"_s), qPrintable(summary));
    QCOMPARE(*f->score(0, 2).points, 45.0);
    QCOMPARE(*f->score(1, 2).points, 35.0);
    window->undoStack()->undo();
    QCOMPARE(*f->score(0, 2).points, 40.0);
}

void TestBulkGrading::importDialogPreviewsProblemsAndImports()
{
    const QString csv = f->profile.dir.filePath(u"scores.csv"_s);
    test::writeFile(csv, "Student Number,First Name,HW1,HW2,Test\n101,Sam,9,8,45\n102,Sam,EX,21,40\n"
                         "103,Sam,7,,101\n999,Sam,5,5,5\n");
    ImportScoresDialog dialog(model->gradebook(), window.get());
    dialog.show();
    dialog.analyzeFile(csv);
    QTRY_VERIFY(!dialog.isAnalyzing());
    QCOMPARE(dialog.plan().problems.size(), 3); // 21 > 2 x 10, 101 > 2 x 50, unknown 999
    // The columns that are not scores are listed too, after the problems.
    auto *list = dialog.findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(list->count(), 5);
    QCOMPARE(list->item(4)->text(), ImportScoresDialog::tr("Column \"%1\" is not imported as scores (%2).")
                                        .arg(u"First Name"_s, GradebookColumns::tr("names the student")));
    auto *import = dialog.findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(!import->isEnabled());
    dialog.findChild<QCheckBox *>(u"importSkipBadRows"_s)->setChecked(true);
    QVERIFY(import->isEnabled());
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"import-preview.png"_s));
    const ChangeList changes = dialog.changes();
    QCOMPARE(changes.size(), 3); // row 101 only: lines with a problem are skipped
    QVERIFY(f->profile.store().apply(u"grade.import"_s, changes).ok());
    QCOMPARE(*f->score(0, 2).points, 45.0);
    QVERIFY(f->score(1, 0).isEmpty());
}

void TestBulkGrading::bulkMenuOffersEveryOperation()
{
    view->setFocus();
    view->selectionModel()->select(QItemSelection(model->index(0, 1), model->index(2, 2)),
                                   QItemSelectionModel::ClearAndSelect);
    auto *button = window->findChild<QToolButton *>(u"bulkButton"_s);
    QVERIFY(button && button->menu());
    QMenu *menu = button->menu();
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().remove(u'&');
    for (const QString &expected :
         {u"Set Score..."_s, u"Fill Empty Cells..."_s, u"Fill Down"_s, u"Copy"_s, u"Paste"_s, u"Curve Assignment..."_s,
          u"Comment..."_s, u"Publish Assignments"_s, u"Hide Assignments"_s, u"Grade by Assignment..."_s})
        QVERIFY2(texts.contains(expected), qPrintable(expected));
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        // The window with the menu open over it, as a teacher sees it.
        QPixmap shot = window->grab();
        QPainter painter(&shot);
        painter.drawPixmap(button->mapTo(window.get(), QPoint(0, button->height())), menu->grab());
        painter.end();
        shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(u"bulk-menu.png"_s));
        menu->hide();
    }
}

QTEST_MAIN(TestBulkGrading)
#include "tst_bulkgrading.moc"
