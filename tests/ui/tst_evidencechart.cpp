// The student x standard evidence chart offscreen: the levels as points in
// date order, the mastery line at the method's score, the power-law curve
// ending at Mastery::compute's result, the empty state, and opening it from
// the Mastery tab (the level dialog still on double-click).
#include "tests/common/TestSupport.h"

#include "models/actions/Actions.h"
#include "models/grading/GradeEngine.h"
#include "models/grading/Mastery.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/mastery/MasteryReport.h"
#include "models/repositories/StudentRepository.h"
#include "ui/mastery/EvidenceChart.h"
#include "ui/mastery/LevelDialog.h"
#include "ui/mastery/MasteryPanel.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDir>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

template<typename T> T *seriesNamed(QChart *chart, const QString &objectName)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (s->objectName() == objectName)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

qreal msOf(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

class TestEvidenceChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void pointsInDateOrderAndTheMasteryLine();
    void powerLawCurveEndsAtTheComputedResult();
    void powerLawFitIsWhatComputeUses();
    void noEvidenceIsASentence();
    void openedFromTheMasteryTab();

private:
    Store &store() { return m_profile->store(); }
    MasteryReport report(std::optional<Mastery::Method> method = std::nullopt);

    std::unique_ptr<test::TempProfile> m_profile;
    QUndoStack m_undo;
    QString m_classId;
    QString m_standard;
    QList<Student> m_students; // Alvarez 1..5, Brooks none, Chen 0 3 4, Dubois a term's story
    QList<Assignment> m_tasks;
};

void TestEvidenceChart::init()
{
    m_undo.clear();
    m_profile = std::make_unique<test::TempProfile>();
    Actions actions(store());
    SchoolClass c;
    c.name = u"ELA 7"_s;
    c.masteryMethod = u"weighted_average"_s;
    c.masteryParam = 65;
    m_classId = *actions.classes().create(c);
    QList<Student> roster;
    const QStringList given{u"Maya"_s, u"Liam"_s, u"Noah"_s, u"Emma"_s};
    const QStringList family{u"Alvarez"_s, u"Brooks"_s, u"Chen"_s, u"Dubois"_s};
    for (int i = 0; i < given.size(); ++i) {
        Student st;
        st.givenName = given.at(i);
        st.familyName = family.at(i);
        st.studentNumber = QString::number(7001 + i);
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    m_students = StudentRepository(store()).enrolledIn(m_classId);
    std::sort(m_students.begin(), m_students.end(),
              [](const Student &a, const Student &b) { return a.familyName < b.familyName; });
    m_standard = *actions.standards().add(m_classId, u"RL.7.1"_s, u"Cite textual evidence"_s);
    m_tasks.clear();
    const QStringList titles{u"Reading log"_s,      u"Quiz: The Giver"_s, u"Essay draft"_s,
                             u"Socratic seminar"_s, u"Unit test"_s,       u"Final essay"_s};
    for (int k = 0; k < titles.size(); ++k) {
        Assignment a;
        a.classId = m_classId;
        a.title = titles.at(k);
        a.dueDate = QDate(2026, 9, 7).addDays(9 * k);
        a.id = *actions.assignments().add(a);
        m_tasks.append(a);
    }
    // Alvarez: 1..5, entered out of order; the assessed dates make the order.
    for (int k : {2, 0, 4, 1, 3})
        QVERIFY(actions.standards().setLevel(m_tasks.at(k), m_students.at(0).id, m_standard, k + 1.0,
                                             m_tasks.at(k).dueDate));
    // Chen: 0, 3, 4 (the power law's shifted fit).
    for (int k = 0; k < 3; ++k)
        QVERIFY(
            actions.standards().setLevel(m_tasks.at(k), m_students.at(2).id, m_standard, QList<double>{0, 3, 4}.at(k)));
    // Dubois: a term's story for the screenshot.
    const QList<double> story{1.5, 2, 2, 3, 2.5, 3.5};
    for (int k = 0; k < story.size(); ++k)
        QVERIFY(actions.standards().setLevel(m_tasks.at(k), m_students.at(3).id, m_standard, story.at(k)));
}

MasteryReport TestEvidenceChart::report(std::optional<Mastery::Method> method)
{
    Result<MasteryReport> built = MasteryReport::build(store(), m_classId, method);
    if (!built)
        qFatal("no report");
    return std::move(built).value();
}

void TestEvidenceChart::pointsInDateOrderAndTheMasteryLine()
{
    EvidenceChart chart;
    chart.setCell(report(), m_students.at(0).id, m_standard);
    QVERIFY(chart.showsChart());
    QVERIFY(!chart.accessibleName().isEmpty());
    QVERIFY(!chart.chartView()->accessibleName().isEmpty());
    QVERIFY(chart.accessibleDescription().contains(u"Reading log"_s));

    auto *points = seriesNamed<QScatterSeries>(chart.chart(), u"evidencePoints"_s);
    QVERIFY(points);
    QCOMPARE(points->count(), 5);
    for (int k = 0; k < 5; ++k) {
        QCOMPARE(points->at(k).y(), k + 1.0);
        QCOMPARE(points->at(k).x(), msOf(m_tasks.at(k).dueDate));
        QVERIFY2(chart.pointToolTip(k).contains(m_tasks.at(k).title), qPrintable(chart.pointToolTip(k)));
    }
    QVERIFY(chart.pointToolTip(4).contains(u"5"_s));

    // Weighted 65 %: 0.65 x 5 + 0.35 x 2.5 = 4.125, shown 4.13.
    auto *mastery = seriesNamed<QLineSeries>(chart.chart(), u"masteryLine"_s);
    QVERIFY(mastery);
    QCOMPARE(mastery->count(), 2);
    QCOMPARE(mastery->at(0).y(), 4.13);
    QCOMPARE(mastery->at(1).y(), 4.13);
    QVERIFY2(mastery->name().contains(u"Weighted average"_s) && mastery->name().contains(u"4.13"_s),
             qPrintable(mastery->name()));
    QVERIFY(!chart.chart()->legend()->markers(mastery).isEmpty());
    QVERIFY(!seriesNamed<QLineSeries>(chart.chart(), u"powerLawCurve"_s)); // not this method

    // The scale's four bands, y from 0 to half a level above the top (5 here: a level above 4 stays in sight).
    int bands = 0;
    for (QAbstractSeries *s : chart.chart()->series())
        bands += qobject_cast<QAreaSeries *>(s) ? 1 : 0;
    QCOMPARE(bands, 4);
    auto *band = seriesNamed<QAreaSeries>(chart.chart(), u"levelBand0"_s);
    QCOMPARE(band->color().rgb(), MasteryModel::levelColor(0).rgb());
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical, points).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 5.5);
    auto *x = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal, points).value(0));
    QVERIFY(x);
    QVERIFY(x->min().toMSecsSinceEpoch() < points->at(0).x());
    QVERIFY(x->max().toMSecsSinceEpoch() > points->at(4).x());
}

void TestEvidenceChart::powerLawCurveEndsAtTheComputedResult()
{
    const MasteryReport r = report(Mastery::Method::PowerLaw);
    EvidenceChart chart;
    chart.setCell(r, m_students.at(0).id, m_standard);
    const std::optional<double> expected = Mastery::compute(Mastery::Method::PowerLaw, {1, 2, 3, 4, 5}, {});
    QVERIFY(expected);
    auto *curve = seriesNamed<QLineSeries>(chart.chart(), u"powerLawCurve"_s);
    QVERIFY(curve);
    QVERIFY(curve->count() > 5);
    QCOMPARE(curve->at(0).x(), msOf(m_tasks.at(0).dueDate));
    QCOMPARE(curve->points().constLast().x(), msOf(m_tasks.at(4).dueDate));
    QCOMPARE(GradeEngine::round2(curve->points().constLast().y()), *expected);
    QVERIFY(curve->name().contains(u"x^"_s));
    auto *mastery = seriesNamed<QLineSeries>(chart.chart(), u"masteryLine"_s);
    QCOMPARE(mastery->at(0).y(), *expected);
    QVERIFY2(mastery->name().startsWith(u"Power law"_s), qPrintable(mastery->name()));

    // 0, 3, 4 is fitted as 1, 4, 5 and the 1 taken off again: 4.82.
    chart.setCell(r, m_students.at(2).id, m_standard);
    curve = seriesNamed<QLineSeries>(chart.chart(), u"powerLawCurve"_s);
    QVERIFY(curve);
    QCOMPARE(GradeEngine::round2(curve->points().constLast().y()), 4.82);
    QCOMPARE(seriesNamed<QLineSeries>(chart.chart(), u"masteryLine"_s)->at(0).y(), 4.82);

    // Another method: no curve.
    chart.setCell(report(Mastery::Method::Mean), m_students.at(0).id, m_standard);
    QVERIFY(!seriesNamed<QLineSeries>(chart.chart(), u"powerLawCurve"_s));
    QCOMPARE(seriesNamed<QLineSeries>(chart.chart(), u"masteryLine"_s)->at(0).y(), 3.0);
    // Levels within the scale: y from 0 to 4.5, the top band in sight.
    chart.setCell(report(Mastery::Method::Mean), m_students.at(3).id, m_standard);
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->max(), 4.5);
    QVERIFY(seriesNamed<QAreaSeries>(chart.chart(), u"levelBand3"_s));

    // The screenshot: a term's levels with the power-law trend.
    chart.setCell(r, m_students.at(3).id, m_standard);
    chart.resize(760, 440);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        chart.chartView()->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"mastery-evidence-chart.png"_s));
}

void TestEvidenceChart::powerLawFitIsWhatComputeUses()
{
    QVERIFY(!Mastery::powerLawFit({2, 3}));
    QRandomGenerator random(16);
    for (int run = 0; run < 2000; ++run) {
        std::vector<double> levels(3 + random.bounded(20));
        for (double &v : levels)
            v = random.bounded(9) / 2.0; // 0, 0.5 .. 4
        const std::optional<Mastery::PowerLawFit> fit = Mastery::powerLawFit(levels);
        QVERIFY(fit);
        QCOMPARE(GradeEngine::round2(fit->valueAt(double(levels.size()))),
                 *Mastery::compute(Mastery::Method::PowerLaw, levels, {}));
    }
}

void TestEvidenceChart::noEvidenceIsASentence()
{
    EvidenceChart chart;
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setCell(report(), m_students.at(0).id, m_standard);
    QVERIFY(chart.chartView()->isVisible());
    chart.setCell(report(), m_students.at(1).id, m_standard);
    QVERIFY(!chart.showsChart());
    QVERIFY(!chart.chartView()->isVisible());
    const QString sentence = chart.emptyText();
    QVERIFY2(sentence.contains(u"Liam Brooks has no evidence on RL.7.1"_s) && sentence.endsWith(u'.'),
             qPrintable(sentence));
    QCOMPARE(chart.accessibleDescription(), sentence);
    chart.setCell(report(), u"no such student"_s, m_standard);
    QVERIFY(chart.emptyText().startsWith(u"Choose a cell"_s));
}

void TestEvidenceChart::openedFromTheMasteryTab()
{
    MasteryPanel panel(store(), &m_undo);
    panel.setClassId(m_classId);
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableView *>(u"masteryTable"_s);
    QVERIFY(table);
    QVERIFY(table->actions().contains(panel.showEvidenceAction())); // the cell's context menu
    QVERIFY(table->actions().contains(panel.enterLevelAction()));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    const QModelIndex alvarez = panel.model()->index(0, 0);
    table->setCurrentIndex(alvarez);
    QVERIFY(panel.showEvidenceAction()->isEnabled());
    panel.showEvidenceAction()->trigger();
    auto *dialog = panel.findChild<QDialog *>(u"evidenceDialog"_s);
    QVERIFY(dialog);
    auto *chart = dialog->findChild<EvidenceChart *>();
    QVERIFY(chart && chart->showsChart());
    QCOMPARE(seriesNamed<QScatterSeries>(chart->chart(), u"evidencePoints"_s)->count(), 5);

    // A level entered elsewhere appears in the open chart.
    QVERIFY(Actions(store(), &m_undo)
                .standards()
                .setLevel(m_tasks.at(5), m_students.at(0).id, m_standard, 4, QDate(2026, 10, 30)));
    QCOMPARE(seriesNamed<QScatterSeries>(chart->chart(), u"evidencePoints"_s)->count(), 6);
    dialog->close();

    // Double-click still opens the level dialog.
    QVERIFY(!panel.findChild<LevelDialog *>());
    const QRect rect = table->visualRect(panel.model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center()); // the press a double-click follows
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(panel.findChild<LevelDialog *>());
}

QTEST_MAIN(TestEvidenceChart)
#include "tst_evidencechart.moc"
