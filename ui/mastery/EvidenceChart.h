#pragma once

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace k12 {

class MasteryReport;

// One student's evidence on one standard over time: each level a point at its
// assessed date (the assignment in the point's tooltip) on the scale's level
// bands, a line at the mastery score the report's method computes (the method
// in the legend) and, for the power law, the fitted curve y = m x^b with
// x = 1..n in evidence order drawn through the evidence dates. Without
// evidence it says so in a sentence instead of showing an empty chart.
class EvidenceChart : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceChart(QWidget *parent = nullptr);

    // Shows the cell of the report's student and standard (ids); an id the
    // report does not have shows the "choose a cell" sentence.
    void setCell(const MasteryReport &report, const QString &studentId, const QString &standardId);

    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    bool showsChart() const;
    // The sentence shown instead of the chart (empty while the chart shows).
    QString emptyText() const;
    // What hovering the evidence point at index (oldest first) shows.
    QString pointToolTip(int index) const;

private:
    static QString noCellSentence();
    void showEmpty(const QString &sentence);
    void onPointHovered(const QPointF &point, bool state);

    QStackedWidget *m_pages;
    QChartView *m_view;
    QLabel *m_empty;
    QStringList m_tips; // one per evidence point, oldest first
};

} // namespace k12
