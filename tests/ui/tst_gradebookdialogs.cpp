// The gradebook's dialogs, driven offscreen with the keyboard from the real
// Gradebook tab, each checked by what it wrote to the store (and as one undo
// step): Add Assignment, Add/Edit Category, Grading Settings, Grade by
// Assignment (and its AssignmentGradesModel), the grading-period filter, and
// Export Gradebook.
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"

#include "models/repositories/Repositories.h"

#include "models/itemmodels/AssignmentGradesModel.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/store/Store.h"
#include "ui/common/Ask.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"

#include "ui/gradebook/ExportGradebookDialog.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// Types `text` into the named child of the dialog (focused first, as Tab would).
void typeInto(QWidget *dialog, const QString &name, const QString &text)
{
    auto *w = dialog->findChild<QWidget *>(name);
    QVERIFY2(w, qPrintable(name));
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier); // select what is there
    QTest::keyClicks(w, text);
}

} // namespace

class TestGradebookDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addAssignmentWithTheKeyboard();
    void addAndEditCategory();
    void gradingSettingsWriteOneStep();
    void gradeByAssignmentTypesDownTheList();
    void gradingPeriodFilterShowsItsAssignments();
    void exportDialogWritesCanvasWithBom();
    void exportDialogFollowsTheLocale();
    void exportDialogWritesXlsx();

private:
    Store &store() { return f->profile.store(); }

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<GradebookPanel> panel;
};

void TestGradebookDialogs::init()
{
    f = std::make_unique<test::GradebookFixture>();
    undo = std::make_unique<QUndoStack>();
    panel = std::make_unique<GradebookPanel>(store(), undo.get());
    panel->resize(900, 500);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    panel->setClassId(f->classId);
    QCOMPARE(panel->model()->rowCount(), 3);
}

void TestGradebookDialogs::cleanup()
{
    Ask::clearAnswers();
    panel.reset();
    undo.reset();
    f.reset();
}

void TestGradebookDialogs::addAssignmentWithTheKeyboard()
{
    QString shown;
    test::whenModalShows([&shown](QWidget *dialog) {
        shown = dialog->objectName();
        typeInto(dialog, u"assignmentTitle"_s, u"Lab Report"_s);
        auto *category = dialog->findChild<QComboBox *>(u"assignmentCategory"_s);
        category->setFocus();
        QTest::keyClick(category, Qt::Key_Down); // Homework -> Tests
        typeInto(dialog, u"assignmentPoints"_s, u"25"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    panel->addAssignmentAction()->trigger();
    QCOMPARE(shown, u"assignmentDialog"_s);
    const QList<Assignment> all = AssignmentRepository(store()).inClass(f->classId);
    QCOMPARE(all.size(), 4);
    const Assignment &added = all.constLast();
    QCOMPARE(added.title, u"Lab Report"_s);
    QCOMPARE(added.pointsPossible, 25.0);
    QCOMPARE(added.categoryId, f->tests);
    QCOMPARE(added.position, 3); // after the others
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), u"Add Assignment"_s);
    undo->undo();
    QCOMPARE(AssignmentRepository(store()).inClass(f->classId).size(), 3);
}

void TestGradebookDialogs::addAndEditCategory()
{
    test::whenModalShows([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"categoryDialog"_s);
        typeInto(dialog, u"categoryName"_s, u"Labs"_s);
        typeInto(dialog, u"categoryWeight"_s, u"15"_s);
        typeInto(dialog, u"categoryDrop"_s, u"1"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    panel->addCategoryAction()->trigger();
    const Result<Category> labs = CategoryRepository(store()).resolve(f->classId, u"Labs"_s);
    QVERIFY(labs);
    QCOMPARE(labs->weight, 15.0);
    QCOMPARE(labs->dropLowest, 1);
    QCOMPARE(labs->position, 2);

    // The same name again is refused with a message; nothing is written.
    QString warning;
    test::whenModalShows([&warning](QWidget *dialog) {
        typeInto(dialog, u"categoryName"_s, u"labs "_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        test::whenModalShows([&warning](QWidget *box) {
            warning = qobject_cast<QMessageBox *>(box)->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
    });
    panel->addCategoryAction()->trigger();
    QVERIFY2(warning.contains(u"already has a category"_s), qPrintable(warning));
    QCOMPARE(CategoryRepository(store()).inClass(f->classId).size(), 3);
    QCOMPARE(undo->count(), 1);
}

void TestGradebookDialogs::gradingSettingsWriteOneStep()
{
    QString refused;
    test::whenModalShows([&refused](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"classSettingsDialog"_s);
        // Categories tab: Tests' weight 60 -> 70.
        auto *table = dialog->findChild<QTableWidget *>(u"categoryTable"_s);
        auto *weight = qobject_cast<QDoubleSpinBox *>(table->cellWidget(1, 1));
        QVERIFY(weight);
        weight->setFocus();
        QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(weight, u"70"_s);
        // Late work: on, 5 % a day.
        QTest::keyClick(dialog->findChild<QCheckBox *>(u"latePenaltyEnabled"_s), Qt::Key_Space);
        auto *perDay = dialog->findChild<QDoubleSpinBox *>(u"latePenaltyPerDay"_s);
        QTest::keyClick(perDay, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(perDay, u"5"_s);
        // Letter scale: the top letter starts at 93.
        dialog->findChild<QTableWidget *>(u"scaleTable"_s)->item(0, 1)->setText(u"93"_s);
        test::whenModalShows(
            [&refused, dialog](QWidget *box) { // only if the settings are refused
                if (box == dialog)
                    return;
                refused =
                    qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text() : box->objectName();
                qobject_cast<QDialog *>(box)->reject();
                qobject_cast<QDialog *>(dialog)->reject();
            },
            1000);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    panel->settingsAction()->trigger();
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    const std::optional<SchoolClass> c = ClassRepository(store()).find(f->classId);
    QVERIFY(c->latePenaltyEnabled);
    QCOMPARE(c->latePenaltyPerDay, 5.0);
    QCOMPARE(CategoryRepository(store()).find(f->tests)->weight, 70.0);
    const std::optional<QVariantMap> scaleRow =
        store().row(*EntitySchema::find(u"grading_scale"), GradingScale::idFor(f->classId));
    QVERIFY(scaleRow);
    QCOMPARE(GradingScale::fromRow(*scaleRow).cutoffs.constFirst().minPercent, 93.0);
    QCOMPARE(undo->count(), 1); // class, category and scale: one step
    QCOMPARE(undo->undoText(), u"Change Grading Settings"_s);

    // A scale that does not go down is refused with the reason; nothing changes.
    test::whenModalShows([&refused](QWidget *dialog) {
        dialog->findChild<QTableWidget *>(u"scaleTable"_s)->item(1, 1)->setText(u"99"_s);
        test::whenModalShows([&refused, dialog](QWidget *box) {
            refused = qobject_cast<QMessageBox *>(box)->text();
            QTest::keyClick(box, Qt::Key_Return);
            qobject_cast<QDialog *>(dialog)->reject(); // the teacher gives up
        });
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    panel->settingsAction()->trigger();
    QVERIFY2(refused.contains(u"must go down"_s), qPrintable(refused));
    QCOMPARE(undo->count(), 1);
}

void TestGradebookDialogs::gradeByAssignmentTypesDownTheList()
{
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(panel->model()->index(0, 3)); // the Test column
    AssignmentGradesModel *list = nullptr;
    QStringList rejected;
    connect(panel->model(), &GradebookModel::editRejected, this, [&rejected](const QString &m) { rejected << m; });
    test::whenModalShows([&list](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"gradeByAssignmentDialog"_s);
        auto *view = dialog->findChild<GradebookView *>();
        QVERIFY(view);
        list = qobject_cast<AssignmentGradesModel *>(view->model());
        QVERIFY(list);
        QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->setFocus();
        view->setCurrentIndex(list->index(0, int(AssignmentGradesModel::Column::Score)));
        for (const QString &typed : {u"41"_s, u"38.5"_s, u"M"_s}) {
            // The first key opens the cell's editor, the rest go into it.
            QTest::keyClick(view, typed.at(0).toLatin1());
            QTest::keyClicks(QApplication::focusWidget(), typed.mid(1));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits from a queued call
        }
        auto *published = dialog->findChild<QCheckBox *>(u"byAssignmentPublished"_s);
        published->setFocus();
        QTest::keyClick(published, Qt::Key_Space); // hide it from students
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(panel->view(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(list);
    QVERIFY2(rejected.isEmpty(), qPrintable(rejected.join(u'\n')));
    QCOMPARE(*f->score(0, 2).points, 41.0);
    QCOMPARE(*f->score(1, 2).points, 38.5);
    QVERIFY(f->score(2, 2).missing);
    QVERIFY(!AssignmentRepository(store()).find(f->assignments.at(2))->published);
    QCOMPARE(undo->count(), 4); // three grades, one publish
}

void TestGradebookDialogs::gradingPeriodFilterShowsItsAssignments()
{
    // Adams: HW1 10/10, HW2 5/10, Test 50/50. HW2 alone is in Quarter 1.
    GradeActions grades = Actions(store()).grades();
    for (const auto &[assignment, points] : {std::pair{0, 10.0}, std::pair{1, 5.0}, std::pair{2, 50.0}}) {
        QVERIFY(grades.setGrade(f->classId, *AssignmentRepository(store()).find(f->assignments.at(assignment)),
                                f->students.at(0), {ScoreEdit::setPoints(points)}));
    }
    GradingPeriod q1;
    q1.classId = f->classId;
    q1.name = u"Quarter 1"_s;
    q1.startDate = QDate(2026, 9, 1);
    q1.endDate = QDate(2026, 10, 31);
    const QString periodId = *GradingPeriodRepository(store()).create(q1, u"x"_s);
    QVERIFY(AssignmentRepository(store()).update(f->assignments.at(1), {{u"grading_period_id"_s, periodId}}, u"x"_s));
    panel->setClassId(f->classId);
    GradebookModel *model = panel->model();
    const auto finalOfAdams = [model] {
        return model->data(model->index(0, model->finalColumn()), GradebookModel::RawValueRole).toDouble();
    };
    QCOMPARE(finalOfAdams(), 90.0); // homework 75 % x 40 + tests 100 % x 60

    auto *filter = panel->findChild<QComboBox *>(u"gradingPeriodFilter"_s);
    QVERIFY(filter);
    QCOMPARE(filter->count(), 2); // All, Quarter 1
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), u"Quarter 1"_s);
    QCOMPARE(finalOfAdams(), 50.0); // only HW2 counts
    QTest::keyClick(filter, Qt::Key_Up);
    QCOMPARE(finalOfAdams(), 90.0);
    QCOMPARE(undo->count(), 0); // a view, not a change
}

void TestGradebookDialogs::exportDialogWritesCanvasWithBom()
{
    QVERIFY(Actions(store()).grades().setGrade(f->classId, *AssignmentRepository(store()).find(f->assignments.at(0)),
                                               f->students.at(0), {ScoreEdit::setPoints(9)}));
    panel->setClassId(f->classId);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"biology.csv"_s);
    Ask::setNextAnswer(path); // the file dialog's answer
    test::whenModalShows([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"exportGradebookDialog"_s);
        auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down); // Canvas
        auto *type = dialog->findChild<QComboBox *>(u"exportFileType"_s);
        QCOMPARE(type->currentData().toString(), u"xlsx"_s); // the default: the same in every locale
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down); // CSV
        auto *dialect = dialog->findChild<QComboBox *>(u"exportDialect"_s);
        QVERIFY(dialect->isEnabled());
        dialect->setCurrentIndex(0); // commas and decimal points, whatever this machine's locale
        QVERIFY(dialog->findChild<QCheckBox *>(u"exportBom"_s)->isChecked());
        dialog->findChild<QPushButton *>(u"exportChooseFile"_s)->setFocus();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
    });
    panel->exportAction()->trigger();
    const QByteArray csv = test::readFile(path);
    QVERIFY2(csv.startsWith("\xEF\xBB\xBFStudent,ID,SIS User ID,SIS Login ID,Section"), csv.left(80).constData());
    QVERIFY(csv.contains("    Points Possible"));
    QVERIFY(csv.contains("\"Adams, Sam\""));
    QVERIFY(csv.contains(",9.00,"));
}

void TestGradebookDialogs::exportDialogFollowsTheLocale()
{
    ExportGradebookDialog german(nullptr, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.options().fileType, GradebookExport::FileType::Xlsx);
    QVERIFY(!german.findChild<QComboBox *>(u"exportDialect"_s)->isEnabled()); // a workbook has no dialect
    QCOMPARE(german.fileFilter(), ExportGradebookDialog::tr("Excel workbooks (*.xlsx)"));
    german.findChild<QComboBox *>(u"exportFileType"_s)->setCurrentIndex(1); // CSV
    QCOMPARE(german.options().fileType, GradebookExport::FileType::Csv);
    QCOMPARE(german.options().delimiter, u';');
    QVERIFY(german.options().decimalComma);
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        german.show();
        german.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"export-dialog-csv-german-locale.png"_s));
    }
    ExportGradebookDialog english(nullptr, QLocale(QLocale::English, QLocale::UnitedStates));
    if (!dir.isEmpty()) {
        english.show();
        english.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"export-dialog.png"_s));
    }
    english.findChild<QComboBox *>(u"exportFileType"_s)->setCurrentIndex(1);
    QCOMPARE(english.options().delimiter, u',');
    QVERIFY(!english.options().decimalComma);
    QVERIFY(english.options().byteOrderMark);
}

void TestGradebookDialogs::exportDialogWritesXlsx()
{
    panel->setClassId(f->classId);
    QTemporaryDir dir;
    Ask::setNextAnswer(dir.filePath(u"biology"_s)); // the teacher typed no extension
    test::whenModalShows([](QWidget *dialog) {
        dialog->findChild<QPushButton *>(u"exportChooseFile"_s)->setFocus();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
    });
    panel->exportAction()->trigger();
    const QByteArray xlsx = test::readFile(dir.filePath(u"biology.xlsx"_s));
    QVERIFY2(xlsx.startsWith("PK\x03\x04"), xlsx.left(8).toHex().constData());
    QCOMPARE(QFileInfo(dir.filePath(u"biology.xlsx"_s)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
}

QTEST_MAIN(TestGradebookDialogs)
#include "tst_gradebookdialogs.moc"
