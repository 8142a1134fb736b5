#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

class QBarSet;
class QValueAxis;

namespace k12 {

// A bar chart of counts for the Insight tab: one set, category labels on x,
// whole counts on y, and a description a screen reader says in place of the
// picture ("80 to 89 %: 3 students; 90 to 99 %: 1 student."), kept in step
// with the bars.
class CountChart : public QChartView
{
    Q_OBJECT

public:
    enum class Counted
    {
        Students,
        Scores
    };

    CountChart(const QString &title, const QStringList &categories, Counted counted, QWidget *parent = nullptr);

    // The categories on x (the letter chart's change with the class's scale).
    void setCategories(const QStringList &categories);
    // The bars, a y axis from 0 to a round top with whole ticks, and the spoken description,
    // each bar named by `spokenLabels` (empty: "Nothing to show yet.").
    void setCounts(const std::vector<int> &counts, const QStringList &spokenLabels);

    // The percentage bins as labelled under the bars: "0", "10", ... "100+".
    static QStringList percentBins();
    // The same bins as said aloud: "80 to 89 %", the last one "100 % or more".
    static QStringList spokenPercentBins();

private:
    QBarSet *m_set = nullptr;
    QValueAxis *m_axis = nullptr;
    Counted m_counted;
};

} // namespace k12
