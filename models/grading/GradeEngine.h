#pragma once

#include "kernel/domain/Entities.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace k12 {

// One student's score on one assignment, as the engine sees it. The gradebook
// model keeps a dense row of these per student (one per assignment, in the
// order of GradeEngine's assignments), so a recompute touches no maps.
struct GradeCell
{
    double points = std::numeric_limits<double>::quiet_NaN(); // NaN: nothing entered (ungraded)
    bool missing = false;
    bool late = false;
    bool excused = false;
    bool exempt = false;
    int daysLate = 0;

    bool hasPoints() const { return !std::isnan(points); }
};

struct GradePolicy
{
    bool missingCountsAsZero = true; // class.missing_policy == "zero"
    bool latePenaltyEnabled = false;
    double latePenaltyPerDay = 0; // percent of the earned points per day late
    double latePenaltyFloor = 0;  // a late score keeps at least this percent of what was earned
    QList<LetterCutoff> scale;    // highest first; empty = GradingScale::defaultCutoffs()
    // Canvas's "Final Score": every score that is not excused or exempt counts,
    // an empty (or missing) cell as 0 whatever the missing policy says.
    bool ungradedCountsAsZero = false;
};

struct EngineCategory
{
    double weight = 0;
    int dropLowest = 0;
};

struct EngineAssignment
{
    int category = -1;         // index into the engine's categories; -1 = no category
    double pointsPossible = 0; // 0 = extra credit
    bool counts = true;        // false: outside the selected grading period (left out entirely)
};

struct CategoryResult
{
    std::optional<double> percent; // empty when nothing in the category counts
    double earned = 0;             // after drops and penalties
    double possible = 0;
    int counted = 0; // scores that count (after drops)
    int dropped = 0;
};

struct StudentGrade
{
    std::vector<CategoryResult> categories; // same order as the engine's categories
    std::optional<double> finalPercent;     // empty when nothing counts yet
    QString letter;                         // empty when finalPercent is empty
    double earned = 0;                      // total points, for display
    double possible = 0;
    std::vector<int> droppedAssignments; // indices into the engine's assignments, ascending
};

// The grade engine: a pure, deterministic function from one class's categories,
// assignments, policy and one student's scores to that student's category
// percentages, final percentage and letter. No I/O. Semantics are stated in
// the README ("How grades are calculated").
class GradeEngine
{
public:
    GradeEngine() = default;
    GradeEngine(GradePolicy policy, std::vector<EngineCategory> categories, std::vector<EngineAssignment> assignments);

    const GradePolicy &policy() const { return m_policy; }
    const std::vector<EngineCategory> &categories() const { return m_categories; }
    const std::vector<EngineAssignment> &assignments() const { return m_assignments; }
    // True when at least one category has a weight above 0.
    bool weighted() const { return m_weighted; }

    // cells points at assignments().size() cells, one per assignment in order.
    StudentGrade compute(const GradeCell *cells) const;

    // The letter for a percentage, after rounding it to 2 decimals.
    static QString letterFor(double percent, const QList<LetterCutoff> &scale);
    // The percentage a letter grade stands for when a teacher types a letter
    // (the top of the letter's range); empty when the scale has no such letter.
    static std::optional<double> percentForLetter(const QString &letter, const QList<LetterCutoff> &scale);
    // Points after the class's late penalty (unchanged when the policy is off).
    double afterLatePenalty(double points, int daysLate) const;
    // The percent of its points a score N days late keeps: 100 when the policy
    // is off or daysLate <= 0, else max(floor, 100 - per-day x N) within 0..100.
    double lateKeptPercent(int daysLate) const;

    // The letter scale compute() uses: policy().scale, or the default when that is empty.
    const QList<LetterCutoff> &scale() const { return m_scale; }

    // An engine for one class as stored: categories in the given order become
    // the engine's categories, assignments in the given order its assignments.
    // An assignment whose category is not in the list is uncategorised. When
    // gradingPeriodId is not empty, only that period's assignments count.
    static GradeEngine forClass(const SchoolClass &schoolClass, const QList<Category> &categories,
                                const QList<Assignment> &assignments, const QList<LetterCutoff> &scale,
                                const QString &gradingPeriodId = {});
    // The engine's view of a stored score. A letter on a letter-graded assignment
    // becomes percentForLetter() of its points possible; a letter the scale does
    // not know leaves the cell ungraded.
    static GradeCell cellFor(const Score &score, const Assignment &assignment, const QList<LetterCutoff> &scale);

    // Rounds to 2 decimals, half away from zero on the decimal value: 89.995
    // gives 90.00 although the double nearest 89.995 is a little below it.
    static double round2(double value);

    // Drop-lowest search, public so that its two methods can be tested against
    // each other. A candidate is a counted score with points possible above 0.
    struct DropCandidate
    {
        double earned = 0;
        double possible = 0;
    };
    enum class DropSearch
    {
        Automatic,  // exhaustive when there are few combinations, else iterative
        Exhaustive, // tries every combination
        Iterative   // Dinkelbach's method on the fractional objective
    };
    // Positions (ascending) of the dropCount candidates whose removal leaves the
    // highest (extraEarned + kept earned) / kept possible. At least one candidate
    // is always kept; among equally good choices the earlier candidates are dropped.
    static std::vector<int> chooseDrops(const std::vector<DropCandidate> &candidates, double extraEarned, int dropCount,
                                        DropSearch search = DropSearch::Automatic);

private:
    // Points a cell contributes, or nullopt when it is left out.
    std::optional<double> countedPoints(const GradeCell &cell) const;

    GradePolicy m_policy;
    std::vector<EngineCategory> m_categories;
    std::vector<EngineAssignment> m_assignments;
    bool m_weighted = false;
    QList<LetterCutoff> m_scale;                 // effective scale, highest first
    std::vector<int> m_slot;                     // per assignment: category, kUncategorised, or kSkip
    std::vector<std::vector<int>> m_dropMembers; // per category with drops: its counting assignments
    int m_maxDrops = 0;                          // most scores compute() can drop, over all categories
};

} // namespace k12
