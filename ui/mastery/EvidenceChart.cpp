#include "EvidenceChart.h"

#include "models/grading/Mastery.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/mastery/MasteryReport.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QColor kPointColour(0x1f, 0x4e, 0x79);
const QColor kMasteryColour(0x20, 0x20, 0x20);
const QColor kCurveColour(0xc0, 0x39, 0x2b);
constexpr int kCurveStepsPerInterval = 12;

// Milliseconds since the epoch of a date at noon, local time (as QDateTimeAxis reads them).
qreal msOf(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

// The evidence's dates with a missing one taken from its neighbour (the
// report orders undated evidence too; the chart needs a place for it).
std::vector<QDate> datesOf(const std::vector<MasteryReport::Evidence> &evidence)
{
    std::vector<QDate> dates;
    QDate last;
    for (const MasteryReport::Evidence &e : evidence) {
        if (e.date.isValid())
            last = e.date;
        dates.push_back(last);
    }
    const auto firstValid = std::find_if(dates.cbegin(), dates.cend(), [](QDate d) { return d.isValid(); });
    const QDate fill = firstValid == dates.cend() ? QDate::currentDate() : *firstValid;
    for (QDate &d : dates) {
        if (!d.isValid())
            d = fill;
    }
    return dates;
}

QLineSeries *horizontal(qreal x0, qreal x1, qreal y)
{
    auto *series = new QLineSeries;
    series->append(x0, y);
    series->append(x1, y);
    return series;
}

} // namespace

EvidenceChart::EvidenceChart(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"evidenceChart"_s);
    setAccessibleName(tr("Evidence over time"));
    m_view->setObjectName(u"evidenceChartView"_s);
    m_view->setAccessibleName(tr("Evidence chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);
    m_empty->setObjectName(u"evidenceEmpty"_s);
    m_empty->setAccessibleName(tr("No evidence"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showEmpty(noCellSentence());
}

QString EvidenceChart::noCellSentence()
{
    return tr("Choose a cell of the Mastery table to see that student's evidence on the standard over time.");
}

QChart *EvidenceChart::chart() const
{
    return m_view->chart();
}

bool EvidenceChart::showsChart() const
{
    return m_pages->currentWidget() == m_view;
}

QString EvidenceChart::emptyText() const
{
    return showsChart() ? QString() : m_empty->text();
}

QString EvidenceChart::pointToolTip(int index) const
{
    return m_tips.value(index);
}

void EvidenceChart::showEmpty(const QString &sentence)
{
    m_tips.clear();
    m_empty->setText(sentence);
    m_pages->setCurrentWidget(m_empty);
    m_view->setAccessibleDescription(QString());
    setAccessibleDescription(sentence);
}

void EvidenceChart::setCell(const MasteryReport &report, const QString &studentId, const QString &standardId)
{
    const auto student = std::find_if(report.students().cbegin(), report.students().cend(),
                                      [&](const Student &s) { return s.id == studentId; });
    const auto standard = std::find_if(report.standards().cbegin(), report.standards().cend(),
                                       [&](const Standard &s) { return s.id == standardId; });
    if (student == report.students().cend() || standard == report.standards().cend()) {
        showEmpty(noCellSentence());
        return;
    }
    const auto row = int(student - report.students().cbegin());
    const auto column = int(standard - report.standards().cbegin());
    const MasteryReport::Cell &cell = report.cell(row, column);
    const QString who = student->givenName + u' ' + student->familyName;
    if (cell.evidence.empty()) {
        showEmpty(tr("%1 has no evidence on %2 yet: enter a level for an assignment (double-click the cell) and "
                     "it shows here as a point at its date.")
                      .arg(who, standard->code));
        return;
    }

    const QLocale locale;
    const ProficiencyScale &scale = report.scale();
    const std::vector<QDate> dates = datesOf(cell.evidence);
    std::vector<double> levels;
    for (const MasteryReport::Evidence &e : cell.evidence)
        levels.push_back(e.score);
    const bool powerLaw = report.methodFor(column) == Mastery::Method::PowerLaw;
    const std::optional<Mastery::PowerLawFit> fit = powerLaw ? Mastery::powerLawFit(levels) : std::nullopt;

    // x: the evidence dates with a margin (a day at least); y: 0 to the
    // scale's top, or higher when a level, the score or the curve is (8 may
    // be entered on a 1-4 scale).
    const qreal first = msOf(dates.front());
    const qreal last = msOf(dates.back());
    const qreal margin = std::max<qreal>(24.0 * 3600 * 1000, (last - first) * 0.06);
    const qreal x0 = first - margin;
    const qreal x1 = last + margin;

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("%1 on %2").arg(who, standard->code));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *points = new QScatterSeries;
    points->setObjectName(u"evidencePoints"_s);
    points->setName(tr("Levels (hover for the assignment)"));
    points->setColor(kPointColour);
    points->setBorderColor(Qt::white);
    points->setMarkerSize(11);
    points->setPointLabelsVisible(true);
    points->setPointLabelsFormat(u"@yPoint"_s);
    points->setPointLabelsColor(kPointColour);
    points->setPointLabelsClipping(false);
    m_tips.clear();
    double top = scale.top();
    for (size_t k = 0; k < cell.evidence.size(); ++k) {
        const MasteryReport::Evidence &e = cell.evidence[k];
        points->append(msOf(dates[k]), e.score);
        top = std::max(top, e.score);
        const QString title = e.assignmentTitle.isEmpty() ? tr("(no assignment)") : e.assignmentTitle;
        m_tips.append(tr("%1, %2: %3 (%4)")
                          .arg(locale.toString(dates[k], QLocale::ShortFormat), title, locale.toString(e.score),
                               scale.label(e.score)));
    }
    connect(points, &QScatterSeries::hovered, this, &EvidenceChart::onPointHovered);

    QLineSeries *mastery = nullptr;
    if (cell.score) {
        mastery = horizontal(x0, x1, *cell.score);
        mastery->setObjectName(u"masteryLine"_s);
        mastery->setName(tr("%1: %2 %3")
                             .arg(MasteryReport::describe(report.methodFor(column), report.paramsFor(column)),
                                  locale.toString(*cell.score, 'f', 2), cell.level));
        QPen pen(kMasteryColour, 2, Qt::DashLine);
        mastery->setPen(pen);
        top = std::max(top, *cell.score);
    }

    // The power law's curve: x = k (1..n) is drawn at the k-th evidence's
    // date, the steps between two of them spread evenly over the days between.
    QLineSeries *curve = nullptr;
    if (fit) {
        curve = new QLineSeries;
        curve->setObjectName(u"powerLawCurve"_s);
        curve->setName(fit->shift > 0 ? tr("Power law trend y = %1 x^%2 - %3")
                                            .arg(locale.toString(fit->m, 'f', 2), locale.toString(fit->b, 'f', 2),
                                                 locale.toString(fit->shift))
                                      : tr("Power law trend y = %1 x^%2")
                                            .arg(locale.toString(fit->m, 'f', 2), locale.toString(fit->b, 'f', 2)));
        curve->setPen(QPen(kCurveColour, 2));
        const size_t n = levels.size();
        for (size_t k = 1; k <= n; ++k) {
            const int steps = k < n ? kCurveStepsPerInterval : 1;
            for (int step = 0; step < steps; ++step) {
                const double t = double(step) / kCurveStepsPerInterval;
                const double x = double(k) + t;
                const qreal ms =
                    k < n ? msOf(dates[k - 1]) + t * (msOf(dates[k]) - msOf(dates[k - 1])) : msOf(dates[k - 1]);
                const double y = fit->valueAt(x);
                curve->append(ms, y);
                top = std::max(top, y);
            }
        }
    }

    // Half a level above the top, so the top level's band shows and a point on it is not on the edge.
    const double yTop = std::ceil(top) + 0.5;
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(locale.dateFormat(QLocale::ShortFormat));
    xAxis->setTitleText(tr("Assessed"));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0)), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    xAxis->setTickCount(std::clamp(int(cell.evidence.size()) + 1, 3, 7));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Level"));
    yAxis->setRange(0, yTop);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(1);
    yAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // The level bands, light, behind everything; their names on the right.
    auto *bandNames = new QCategoryAxis;
    bandNames->setObjectName(u"levelBandNames"_s);
    bandNames->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    bandNames->setGridLineVisible(false);
    bandNames->setStartValue(0);
    const QList<ProficiencyScale::Level> &bands = scale.levels();
    for (int i = 0; i < bands.size(); ++i) {
        const double low = i == 0 ? 0.0 : bands.at(i).value;
        const double high = i + 1 < bands.size() ? bands.at(i + 1).value : yTop;
        if (high <= low)
            continue;
        auto *upper = horizontal(x0, x1, high);
        auto *lower = horizontal(x0, x1, low);
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setObjectName(u"levelBand%1"_s.arg(i));
        band->setName(bands.at(i).label);
        QColor colour = MasteryModel::levelColor(i, int(bands.size()));
        colour.setAlpha(150);
        band->setColor(colour);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        bandNames->append(bands.at(i).label, high);
    }
    bandNames->setRange(0, yTop);
    chart->addAxis(bandNames, Qt::AlignRight);

    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{mastery, curve, points}) {
        if (!series)
            continue;
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QAreaSeries *>(series)) {
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false); // the right axis names the bands
        }
    }

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_pages->setCurrentWidget(m_view);

    // The chart in words for a screen reader.
    QStringList description;
    description.append(chart->title());
    description.append(m_tips);
    if (mastery)
        description.append(mastery->name());
    else
        description.append(
            tr("%1: no result yet").arg(MasteryReport::describe(report.methodFor(column), report.paramsFor(column))));
    if (curve)
        description.append(curve->name());
    const QString text = description.join(u"; "_s);
    m_view->setAccessibleDescription(text);
    setAccessibleDescription(text);
}

void EvidenceChart::onPointHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<QAbstractSeries *> series = chart()->series();
    const auto found = std::find_if(series.cbegin(), series.cend(),
                                    [](QAbstractSeries *s) { return s->objectName() == u"evidencePoints"_s; });
    if (found == series.cend())
        return;
    const QList<QPointF> all = static_cast<QScatterSeries *>(*found)->points();
    const auto hit = std::find(all.cbegin(), all.cend(), point);
    if (hit != all.cend())
        QToolTip::showText(QCursor::pos(), pointToolTip(int(hit - all.cbegin())), m_view);
}

} // namespace k12
