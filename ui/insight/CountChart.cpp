#include "CountChart.h"

#include "models/insight/InsightReport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QColor kBarColour(0x4a, 0x7f, 0xb5);

} // namespace

// The strings keep the Insight tab's translation context, where translators have them.
CountChart::CountChart(const QString &title, const QStringList &categories, Counted counted, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_counted(counted)
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation); // redrawn on every edit
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set = new QBarSet(title);
    m_set->setColor(kBarColour);
    for (qsizetype i = 0; i < categories.size(); ++i)
        m_set->append(0);
    auto *series = new QBarSeries;
    series->append(m_set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_axis = new QValueAxis;
    m_axis->setLabelFormat(u"%d"_s);
    m_axis->setRange(0, 1);
    chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_axis);
    setRenderHint(QPainter::Antialiasing);
    // A chart does nothing with the keyboard: it is read by its name, not a Tab stop that says nothing.
    setAccessibleName(title);
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
    setMinimumHeight(220);
}

void CountChart::setCategories(const QStringList &categories)
{
    auto *x = qobject_cast<QBarCategoryAxis *>(chart()->axes(Qt::Horizontal).value(0));
    if (x && x->categories() != categories) {
        x->clear();
        x->append(categories);
    }
}

void CountChart::setCounts(const std::vector<int> &counts, const QStringList &spokenLabels)
{
    int top = 1;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (qsizetype(i) < m_set->count())
            m_set->replace(qsizetype(i), counts[i]);
        else
            m_set->append(counts[i]);
        top = std::max(top, counts[i]);
    }
    while (m_set->count() > qsizetype(counts.size()))
        m_set->remove(m_set->count() - 1);
    // At most 6 ticks, on whole numbers.
    const int step = std::max(1, (top + 4) / 5);
    const int roundedTop = ((top + step - 1) / step) * step;
    m_axis->setRange(0, roundedTop);
    m_axis->setTickCount(roundedTop / step + 1);

    QStringList parts;
    for (size_t i = 0; i < counts.size() && qsizetype(i) < spokenLabels.size(); ++i) {
        parts << (m_counted == Counted::Scores
                      ? QCoreApplication::translate("k12::InsightPanel", "%1: %n score(s)", nullptr, counts[i])
                      : QCoreApplication::translate("k12::InsightPanel", "%1: %n student(s)", nullptr, counts[i]))
                     .arg(spokenLabels.at(qsizetype(i)));
    }
    setAccessibleDescription(parts.isEmpty() ? QCoreApplication::translate("k12::InsightPanel", "Nothing to show yet.")
                                             : parts.join(u"; "_s) + u'.');
}

// Each bar named by where its bin starts ("80" is 80 to 89.99 %): "80–89" did not fit
// under ten bars in a half-width chart and was cut to "80…".
QStringList CountChart::percentBins()
{
    QStringList labels;
    for (int i = 0; i < ClassStatistics::kBinCount - 1; ++i)
        labels.append(QString::number(i * 10));
    labels.append(QCoreApplication::translate("k12::InsightPanel", "%1+").arg((ClassStatistics::kBinCount - 1) * 10));
    return labels;
}

QStringList CountChart::spokenPercentBins()
{
    QStringList labels;
    for (int i = 0; i < ClassStatistics::kBinCount - 1; ++i)
        labels.append(QCoreApplication::translate("k12::InsightPanel", "%1 to %2 %").arg(i * 10).arg(i * 10 + 9));
    labels.append(
        QCoreApplication::translate("k12::InsightPanel", "%1 % or more").arg((ClassStatistics::kBinCount - 1) * 10));
    return labels;
}

} // namespace k12
