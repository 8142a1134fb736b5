#include "GradeEngine.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr int kUncategorised = -1;
constexpr int kSkip = -2; // outside the grading period, or scored through its category's drop search

// Up to this many combinations the drop search simply tries them all.
constexpr double kExhaustiveLimit = 256;

// Ratios closer than this (relative) are equally good: floating-point sums of the
// same points in another order differ in the last bits, and such noise must not
// decide which score is dropped.
constexpr double kRatioTolerance = 1e-12;

bool clearlyBetter(double candidate, double best)
{
    return candidate > best + kRatioTolerance * std::max(1.0, std::fabs(best));
}

// n choose k, or a number above `limit` as soon as it is known to exceed it.
double combinations(int n, int k, double limit)
{
    k = std::min(k, n - k);
    double c = 1;
    for (int i = 1; i <= k; ++i) {
        c = c * (n - k + i) / i;
        if (c > limit)
            return c;
    }
    return c;
}

// Every way of dropping `dropCount` candidates, in lexicographic order of the
// dropped positions; the first best one wins, so ties drop the earlier scores.
std::vector<int> exhaustiveDrops(const std::vector<GradeEngine::DropCandidate> &c, double extra, int dropCount)
{
    const int m = int(c.size());
    double totalEarned = extra;
    double totalPossible = 0;
    for (const GradeEngine::DropCandidate &x : c) {
        totalEarned += x.earned;
        totalPossible += x.possible;
    }
    std::vector<int> pick(dropCount);
    std::iota(pick.begin(), pick.end(), 0);
    std::vector<int> best;
    double bestRatio = -std::numeric_limits<double>::infinity();
    for (;;) {
        double earned = totalEarned;
        double possible = totalPossible;
        for (int p : pick) {
            earned -= c[p].earned;
            possible -= c[p].possible;
        }
        const double ratio = earned / possible;
        if (best.empty() || clearlyBetter(ratio, bestRatio)) {
            bestRatio = ratio;
            best = pick;
        }
        // Next combination: advance the rightmost position that can still move.
        int i = dropCount - 1;
        while (i >= 0 && pick[i] == m - dropCount + i)
            --i;
        if (i < 0)
            break;
        ++pick[i];
        for (int j = i + 1; j < dropCount; ++j)
            pick[j] = pick[j - 1] + 1;
    }
    return best;
}

// Dinkelbach's method for max (extra + sum kept e) / (sum kept p) over kept sets
// of size k: for a ratio q, the best set is the k largest e - q*p; its ratio is
// above q unless q is already the optimum. Each round moves to a strictly better
// real set, so it ends, usually after two or three rounds, on an exact optimum
// (the same answer as Canvas's binary search on the target grade, without the
// search's tolerance).
std::vector<int> iterativeDrops(const std::vector<GradeEngine::DropCandidate> &c, double extra, int dropCount)
{
    const int m = int(c.size());
    const int keep = m - dropCount;
    std::vector<int> order(m);
    std::vector<double> value(m);

    // Kept first: larger value; on equal value the later score is kept, so the earlier is dropped.
    auto keptFirst = [&](int a, int b) { return value[a] != value[b] ? value[a] > value[b] : a > b; };
    auto keptRatio = [&] {
        double earned = extra;
        double possible = 0;
        for (int i = 0; i < keep; ++i) {
            earned += c[order[i]].earned;
            possible += c[order[i]].possible;
        }
        return earned / possible;
    };

    // Start from the obvious answer, dropping the lowest percentages.
    for (int i = 0; i < m; ++i)
        value[i] = c[i].earned / c[i].possible;
    std::iota(order.begin(), order.end(), 0);
    std::nth_element(order.begin(), order.begin() + keep, order.end(), keptFirst);
    double q = keptRatio();
    std::vector<int> bestKept(order.begin(), order.begin() + keep);

    for (int round = 0; round < 100; ++round) {
        for (int i = 0; i < m; ++i)
            value[i] = c[i].earned - q * c[i].possible;
        std::iota(order.begin(), order.end(), 0);
        std::nth_element(order.begin(), order.begin() + keep, order.end(), keptFirst);
        const double ratio = keptRatio();
        if (!clearlyBetter(ratio, q))
            break;
        q = ratio;
        bestKept.assign(order.begin(), order.begin() + keep);
    }

    std::vector<char> kept(m, 0);
    for (int i : bestKept)
        kept[i] = 1;
    std::vector<int> dropped;
    dropped.reserve(dropCount);
    for (int i = 0; i < m; ++i) {
        if (!kept[i])
            dropped.push_back(i);
    }
    return dropped;
}

// The scale sorted highest first, so that "the first cut-off at or below" is
// right even when a stored scale came in another order.
QList<LetterCutoff> sortedScale(const QList<LetterCutoff> &scale)
{
    QList<LetterCutoff> s = scale.isEmpty() ? GradingScale::defaultCutoffs() : scale;
    std::stable_sort(s.begin(), s.end(),
                     [](const LetterCutoff &a, const LetterCutoff &b) { return a.minPercent > b.minPercent; });
    return s;
}

QString letterInSortedScale(double percent, const QList<LetterCutoff> &sorted)
{
    if (sorted.isEmpty() || !std::isfinite(percent))
        return {};
    const double rounded = GradeEngine::round2(percent);
    for (const LetterCutoff &c : sorted) {
        if (c.minPercent <= rounded)
            return c.letter;
    }
    // Below the lowest cut-off of a scale that does not start at 0: the lowest letter.
    return sorted.constLast().letter;
}

} // namespace

GradeEngine::GradeEngine(GradePolicy policy, std::vector<EngineCategory> categories,
                         std::vector<EngineAssignment> assignments)
    : m_policy(std::move(policy))
    , m_categories(std::move(categories))
    , m_assignments(std::move(assignments))
    , m_scale(sortedScale(m_policy.scale))
{
    const int categoryCount = int(m_categories.size());
    m_weighted =
        std::any_of(m_categories.cbegin(), m_categories.cend(), [](const EngineCategory &c) { return c.weight > 0; });
    m_dropMembers.resize(m_categories.size());
    m_slot.resize(m_assignments.size());
    for (std::size_t i = 0; i < m_assignments.size(); ++i) {
        EngineAssignment &a = m_assignments[i];
        if (a.category < 0 || a.category >= categoryCount)
            a.category = kUncategorised;
        if (!a.counts) {
            m_slot[i] = kSkip;
        } else if (a.category != kUncategorised && m_categories[a.category].dropLowest > 0) {
            m_slot[i] = kSkip;
            m_dropMembers[a.category].push_back(int(i));
        } else {
            m_slot[i] = a.category;
        }
    }
}

double GradeEngine::round2(double value)
{
    if (!std::isfinite(value))
        return value;
    // value * 100 of a decimal like 89.995 lands a hair below or above the half
    // (8999.499999999999); the tolerance, far below any real grade difference
    // (grades are ratios of small numbers), puts it back on the half, which then
    // rounds away from zero.
    const double scaled = std::fabs(value) * 100.0;
    const double tolerance = 1e-11 * std::max(1.0, scaled);
    const double rounded = std::floor(scaled + 0.5 + tolerance) / 100.0;
    return value < 0 ? -rounded : rounded;
}

double GradeEngine::afterLatePenalty(double points, int daysLate) const
{
    if (!m_policy.latePenaltyEnabled || daysLate <= 0)
        return points;
    // The kept share never goes below the floor, and a penalty never raises a score.
    const double kept =
        std::clamp(std::max(m_policy.latePenaltyFloor, 100.0 - m_policy.latePenaltyPerDay * daysLate), 0.0, 100.0);
    return points * kept / 100.0;
}

std::optional<double> GradeEngine::countedPoints(const GradeCell &cell) const
{
    if (cell.excused || cell.exempt)
        return std::nullopt;
    if (cell.hasPoints()) // points win over the missing flag: the teacher entered them
        return cell.late ? afterLatePenalty(cell.points, cell.daysLate) : cell.points;
    if (m_policy.ungradedCountsAsZero || (cell.missing && m_policy.missingCountsAsZero))
        return 0.0;
    return std::nullopt;
}

StudentGrade GradeEngine::compute(const GradeCell *cells) const
{
    StudentGrade grade;
    grade.categories.resize(m_categories.size());
    double uncategorisedEarned = 0;
    double uncategorisedPossible = 0;

    // Categories without drops: one pass, no allocation.
    for (std::size_t i = 0; i < m_assignments.size(); ++i) {
        const int slot = m_slot[i];
        if (slot == kSkip)
            continue;
        const std::optional<double> points = countedPoints(cells[i]);
        if (!points)
            continue;
        const double possible = m_assignments[i].pointsPossible;
        if (slot == kUncategorised) {
            uncategorisedEarned += *points;
            uncategorisedPossible += possible;
        } else {
            CategoryResult &r = grade.categories[slot];
            r.earned += *points;
            r.possible += possible;
            ++r.counted;
        }
    }

    // Categories with drops: collect the candidates, search, add up what is kept.
    std::vector<DropCandidate> candidates;
    std::vector<int> candidateAssignment;
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const std::vector<int> &members = m_dropMembers[c];
        if (members.empty())
            continue;
        CategoryResult &r = grade.categories[c];
        candidates.clear();
        candidateAssignment.clear();
        double extra = 0;
        for (int i : members) {
            const std::optional<double> points = countedPoints(cells[i]);
            if (!points)
                continue;
            ++r.counted;
            const double possible = m_assignments[i].pointsPossible;
            if (possible > 0) {
                candidates.push_back({*points, possible});
                candidateAssignment.push_back(i);
            } else {
                extra += *points; // extra credit is never dropped
            }
        }
        const int dropCount = std::min(m_categories[c].dropLowest, int(candidates.size()) - 1);
        std::vector<char> dropped(candidates.size(), 0);
        if (dropCount > 0) {
            for (int p : chooseDrops(candidates, extra, dropCount)) {
                dropped[p] = 1;
                grade.droppedAssignments.push_back(candidateAssignment[p]);
            }
            r.dropped = dropCount;
            r.counted -= dropCount;
        }
        r.earned += extra;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (!dropped[k]) {
                r.earned += candidates[k].earned;
                r.possible += candidates[k].possible;
            }
        }
    }
    std::sort(grade.droppedAssignments.begin(), grade.droppedAssignments.end());

    for (CategoryResult &r : grade.categories) {
        if (r.possible > 0)
            r.percent = r.earned / r.possible * 100.0;
    }

    if (m_weighted) {
        double weightedSum = 0;
        double weightTotal = 0;
        for (std::size_t c = 0; c < m_categories.size(); ++c) {
            const double weight = m_categories[c].weight;
            if (weight <= 0)
                continue;
            const CategoryResult &r = grade.categories[c];
            grade.earned += r.earned;
            grade.possible += r.possible;
            if (r.percent) {
                weightedSum += weight * *r.percent;
                weightTotal += weight;
            }
        }
        if (weightTotal > 0)
            grade.finalPercent = weightedSum / weightTotal;
    } else {
        for (const CategoryResult &r : grade.categories) {
            grade.earned += r.earned;
            grade.possible += r.possible;
        }
        grade.earned += uncategorisedEarned;
        grade.possible += uncategorisedPossible;
        if (grade.possible > 0)
            grade.finalPercent = grade.earned / grade.possible * 100.0;
    }
    if (grade.finalPercent)
        grade.letter = letterInSortedScale(*grade.finalPercent, m_scale);
    return grade;
}

std::vector<int> GradeEngine::chooseDrops(const std::vector<DropCandidate> &candidates, double extraEarned,
                                          int dropCount, DropSearch search)
{
    const int m = int(candidates.size());
    dropCount = std::min(dropCount, m - 1); // never drop the last score
    if (dropCount <= 0)
        return {};
    if (search == DropSearch::Automatic) {
        search = combinations(m, dropCount, kExhaustiveLimit) <= kExhaustiveLimit ? DropSearch::Exhaustive
                                                                                  : DropSearch::Iterative;
    }
    return search == DropSearch::Exhaustive ? exhaustiveDrops(candidates, extraEarned, dropCount)
                                            : iterativeDrops(candidates, extraEarned, dropCount);
}

QString GradeEngine::letterFor(double percent, const QList<LetterCutoff> &scale)
{
    return letterInSortedScale(percent, sortedScale(scale));
}

std::optional<double> GradeEngine::percentForLetter(const QString &letter, const QList<LetterCutoff> &scale)
{
    const QList<LetterCutoff> sorted = sortedScale(scale);
    const QString wanted = letter.trimmed();
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i).letter.trimmed().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        // The top of the letter's range: 100 for the top letter, else just below
        // the next letter up, so that letterFor() gives the same letter back.
        return i == 0 ? 100.0 : round2(sorted.at(i - 1).minPercent - 0.01);
    }
    return std::nullopt;
}

GradeEngine GradeEngine::forClass(const SchoolClass &schoolClass, const QList<Category> &categories,
                                  const QList<Assignment> &assignments, const QList<LetterCutoff> &scale,
                                  const QString &gradingPeriodId)
{
    GradePolicy policy;
    policy.missingCountsAsZero = schoolClass.missingPolicy != u"exclude"_s;
    policy.latePenaltyEnabled = schoolClass.latePenaltyEnabled;
    policy.latePenaltyPerDay = schoolClass.latePenaltyPerDay;
    policy.latePenaltyFloor = schoolClass.latePenaltyFloor;
    policy.scale = scale;

    QHash<QString, int> categoryIndex;
    std::vector<EngineCategory> engineCategories;
    engineCategories.reserve(categories.size());
    for (const Category &c : categories) {
        categoryIndex.insert(c.id, int(engineCategories.size()));
        engineCategories.push_back({c.weight, c.dropLowest});
    }
    std::vector<EngineAssignment> engineAssignments;
    engineAssignments.reserve(assignments.size());
    for (const Assignment &a : assignments) {
        const bool counts = gradingPeriodId.isEmpty() || a.gradingPeriodId == gradingPeriodId;
        engineAssignments.push_back({categoryIndex.value(a.categoryId, kUncategorised), a.pointsPossible, counts});
    }
    return GradeEngine(std::move(policy), std::move(engineCategories), std::move(engineAssignments));
}

GradeCell GradeEngine::cellFor(const Score &score, const Assignment &assignment, const QList<LetterCutoff> &scale)
{
    GradeCell cell;
    if (score.points) {
        cell.points = *score.points;
    } else if (!score.letter.isEmpty()) {
        if (const std::optional<double> percent = percentForLetter(score.letter, scale))
            cell.points = *percent / 100.0 * assignment.pointsPossible;
    }
    cell.missing = score.missing;
    cell.late = score.late;
    cell.excused = score.excused;
    cell.exempt = score.exempt;
    cell.daysLate = score.daysLate;
    return cell;
}

} // namespace k12
