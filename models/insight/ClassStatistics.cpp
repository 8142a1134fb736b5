#include "ClassStatistics.h"

#include <algorithm>
#include <cmath>

namespace k12 {

int ClassStatistics::binOf(double percent)
{
    const double rounded = GradeEngine::round2(percent);
    return std::clamp(int(std::floor(rounded / 10.0)), 0, kBinCount - 1);
}

ClassStatistics::AssignmentStats ClassStatistics::assignmentStats(const GradebookData &data, int assignment)
{
    AssignmentStats stats;
    stats.bins.assign(kBinCount, 0);
    const double possible = data.assignments.at(assignment).pointsPossible;
    // thread_local: the panel recomputes 1,000 columns per refresh; one buffer, no allocations.
    thread_local std::vector<double> percents;
    percents.clear();
    for (int s = 0; s < data.studentCount(); ++s) {
        const GradeCell &c = data.cell(s, assignment);
        if (c.excused || c.exempt) {
            ++stats.excused;
            continue;
        }
        if (!c.hasPoints()) {
            if (c.missing)
                ++stats.missing;
            continue;
        }
        ++stats.graded;
        if (possible > 0)
            percents.push_back(c.points / possible * 100.0);
    }
    if (percents.empty())
        return stats;
    double sum = 0;
    for (double p : percents) {
        sum += p;
        ++stats.bins[size_t(binOf(p))];
    }
    const auto [lo, hi] = std::minmax_element(percents.cbegin(), percents.cend());
    stats.min = *lo;
    stats.max = *hi;
    stats.mean = sum / double(percents.size());
    // Median: the middle value, or the mean of the two middle values of an even count.
    const size_t n = percents.size();
    std::nth_element(percents.begin(), percents.begin() + qsizetype(n / 2), percents.end());
    const double upper = percents[n / 2];
    if (n % 2 == 1) {
        stats.median = upper;
    } else {
        const double lower = *std::max_element(percents.cbegin(), percents.cbegin() + qsizetype(n / 2));
        stats.median = (lower + upper) / 2.0;
    }
    return stats;
}

void ClassStatistics::computeFinals(const GradebookData &data, const std::vector<std::optional<double>> &finals)
{
    finalBins.assign(kBinCount, 0);
    letters.clear();
    const QList<LetterCutoff> &scale = data.engine().scale();
    for (const LetterCutoff &c : scale)
        letters.append(c.letter);
    letterCounts.assign(size_t(scale.size()), 0);
    withoutGrade = 0;
    for (const std::optional<double> &f : finals) {
        if (!f) {
            ++withoutGrade;
            continue;
        }
        ++finalBins[size_t(binOf(*f))];
        const qsizetype i = letters.indexOf(GradeEngine::letterFor(*f, scale));
        if (i >= 0)
            ++letterCounts[size_t(i)];
    }
}

ClassStatistics ClassStatistics::compute(const GradebookData &data, const std::vector<std::optional<double>> &finals)
{
    ClassStatistics result;
    result.computeFinals(data, finals);
    result.assignments.reserve(size_t(data.assignmentCount()));
    for (int a = 0; a < data.assignmentCount(); ++a)
        result.assignments.push_back(assignmentStats(data, a));
    return result;
}

void ClassStatistics::update(const GradebookData &data, const std::vector<std::optional<double>> &finals,
                             const QSet<int> &changedAssignments)
{
    if (assignments.size() != size_t(data.assignmentCount())) {
        *this = compute(data, finals);
        return;
    }
    computeFinals(data, finals);
    for (int a : changedAssignments) {
        if (a >= 0 && a < data.assignmentCount())
            assignments[size_t(a)] = assignmentStats(data, a);
    }
}

} // namespace k12
