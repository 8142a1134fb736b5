#pragma once

#include "models/grading/GradebookData.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace k12 {

// The class at a glance: how the Final % spread (in bins of 10 %) and how many
// students hold each letter of the class's scale, and per assignment how the
// scores spread. Pure computation on the in-memory gradebook: no I/O, no widgets.
class ClassStatistics
{
public:
    static constexpr int kBinCount = 10; // [0,10) [10,20) ... [90, infinity): extra credit lands in the top bin

    struct AssignmentStats
    {
        int graded = 0;  // scores with points that count (not excused or exempt)
        int missing = 0; // marked missing with no points (what the teacher still waits for)
        int excused = 0; // excused or exempt
        // As % of points possible, of the points as entered (before a late penalty, which is
        // the student's grade, not how the class did). Empty when nothing is graded or the
        // assignment is extra credit (0 points possible: no percentage).
        std::optional<double> mean;
        std::optional<double> median;
        std::optional<double> min;
        std::optional<double> max;
        std::vector<int> bins; // kBinCount counts of the graded percentages
    };

    // finals: one per student in gradebook order (the gradebook model's Final %).
    static ClassStatistics compute(const GradebookData &data, const std::vector<std::optional<double>> &finals);
    // After an edit: the Final % figures again, and only the assignments whose scores changed
    // (the per-assignment pass is most of compute()'s time on a 1,000-assignment class).
    void update(const GradebookData &data, const std::vector<std::optional<double>> &finals,
                const QSet<int> &changedAssignments);
    // One assignment's figures; compute() calls it for every assignment.
    static AssignmentStats assignmentStats(const GradebookData &data, int assignment);
    // The bin of a percentage, after rounding to 2 decimals as letters do (89.995 is in the 90s).
    static int binOf(double percent);

    std::vector<int> finalBins;               // kBinCount counts
    QList<QString> letters;                   // the scale's letters, highest first
    std::vector<int> letterCounts;            // per letter, same order
    int withoutGrade = 0;                     // students with no Final % yet
    std::vector<AssignmentStats> assignments; // in gradebook order

private:
    void computeFinals(const GradebookData &data, const std::vector<std::optional<double>> &finals);
};

} // namespace k12
