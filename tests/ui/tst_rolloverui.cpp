// The New Term wizard (issue 19): the course groups and default term on the
// choice page, what the carry page sends, the review page's per-class list,
// Finish as one undo step; the sidebar's Archived section by term and the
// read-only banner of an archived class. With K12_SCREENSHOT_DIR set, saves
// rollover-choose.png, rollover-review.png and archived-section.png there.
#include "tests/common/RolloverFixture.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "models/actions/Actions.h"
#include "models/actions/RolloverActions.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/rollover/ArchivedSection.h"
#include "ui/rollover/RolloverWizard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

void saveShot(const QPixmap &shot, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

void makeProfile(Store &store)
{
    const CourseShape shape{12, 10, 4, 3};
    for (const QString &p : {u"P1"_s, u"P2"_s, u"P3"_s})
        makeCourseClass(store, u"Algebra I"_s, p, u"2026-27 Fall"_s, shape);
    makeCourseClass(store, u"Geometry"_s, u"P5"_s, u"2026-27 Fall"_s, shape);
    makeCourseClass(store, u"Algebra I"_s, u"P1"_s, u"2025-26 Spring"_s, shape);
}

} // namespace

class TestRolloverUi : public QObject
{
    Q_OBJECT
    EnglishPlurals m_plurals; // "4 categories", as the app shows it

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void wizardRollsTheLatestTermOver();
    void archivedSectionOpensReadOnly();
};

void TestRolloverUi::wizardRollsTheLatestTermOver()
{
    TempProfile p;
    makeProfile(p.store());
    QUndoStack stack;
    RolloverWizard wizard(p.store(), &stack);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *classes = wizard.findChild<QTreeWidget *>(u"rolloverClasses"_s);
    QVERIFY(classes);
    // Courses: Algebra I (4 classes over two terms), Geometry.
    QCOMPARE(classes->topLevelItemCount(), 2);
    QCOMPARE(classes->topLevelItem(0)->childCount(), 4);
    QCOMPARE(wizard.findChild<QLineEdit *>(u"rolloverTerm"_s)->text(), u"2026-27 Spring"_s);
    // The latest term's classes are ticked, the older one not.
    QCOMPARE(wizard.options().classIds.size(), 4);
    QVERIFY(!classes->accessibleName().isEmpty());
    saveShot(wizard.grab(), u"rollover-choose.png"_s);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::CarryPage));
    for (QCheckBox *box : wizard.currentPage()->findChildren<QCheckBox *>())
        QVERIFY2(!box->accessibleName().isEmpty() || box->objectName() == u"keepRoster"_s, qPrintable(box->text()));
    wizard.findChild<QCheckBox *>(u"keepRoster"_s)->setChecked(true);
    QCOMPARE(wizard.options().carry, unsigned(Carry::All));
    QVERIFY(wizard.options().keepRoster);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::ReviewPage));
    auto *review = wizard.findChild<QTreeWidget *>(u"rolloverReview"_s);
    QCOMPARE(review->topLevelItemCount(), 4);
    QCOMPARE(review->topLevelItem(0)->text(0), u"Algebra I, P1 (2026-27 Fall) -> 2026-27 Spring"_s);
    QStringList items;
    for (int i = 0; i < review->topLevelItem(0)->childCount(); ++i)
        items << review->topLevelItem(0)->child(i)->text(0);
    QVERIFY2(items.join(u'|').contains(u"12 unpublished assignments"_s), qPrintable(items.join(u'|')));
    QVERIFY(items.join(u'|').contains(u"4 students enrolled"_s));
    QVERIFY(wizard.findChild<QLabel *>(u"rolloverSummary"_s)
                ->text()
                .contains(u"Old classes to archive (read-only, still there): 4"_s));
    QTest::qWait(50); // the summary's new height laid out
    saveShot(wizard.grab(), u"rollover-review.png"_s);

    wizard.accept();
    QCOMPARE(wizard.rolledOver(), 4);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(countRows(p.store(), u"class"_s, u"term = '2026-27 Spring' AND deleted = 0"_s), 4);
    stack.undo();
    QCOMPARE(countRows(p.store(), u"class"_s, u"term = '2026-27 Spring' AND deleted = 0"_s), 0);
    QCOMPARE(countRows(p.store(), u"class"_s, u"archived = 1"_s), 0);
}

void TestRolloverUi::archivedSectionOpensReadOnly()
{
    TempProfile p;
    makeProfile(p.store());
    MainWindow w(p.store());
    w.resize(1240, 760);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *section = w.findChild<ArchivedSection *>(u"archivedSection"_s);
    QVERIFY(section);
    QVERIFY(section->isHidden()); // nothing archived yet

    RolloverOptions o;
    for (const QVariantMap &row : p.store().rows(*EntitySchema::find(u"class"_s), u"term = '2026-27 Fall'"_s))
        o.classIds << row.value(u"id"_s).toString();
    o.toTerm = u"2026-27 Spring"_s;
    QVERIFY(RolloverActions{ActionRunner(p.store())}.run(o));
    QVERIFY(Actions(p.store()).classes().setArchived(
        p.store()
            .rows(*EntitySchema::find(u"class"_s), u"term = '2025-26 Spring'"_s)
            .value(0)
            .value(u"id"_s)
            .toString(),
        true));
    QTRY_VERIFY(section->isVisible());
    QAbstractItemModel *model = section->view()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"2026-27 Fall"_s); // newest term first
    QCOMPARE(model->rowCount(model->index(0, 0)), 4);
    QCOMPARE(model->index(1, 0).data().toString(), u"2025-26 Spring"_s);

    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    Q_EMIT section->view()->activated(first);
    auto *banner = w.findChild<QLabel *>(u"archivedBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(w.findChild<GradebookPanel *>()->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    saveShot(w.grab(), u"archived-section.png"_s);
}

QTEST_MAIN(TestRolloverUi)
#include "tst_rolloverui.moc"
