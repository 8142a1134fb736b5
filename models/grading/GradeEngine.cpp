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

using Candidate = GradeEngine::DropCandidate;

double keptRatio(const Candidate *c, double totalEarned, double totalPossible, const int *drop, int dropCount)
{
    for (int k = 0; k < dropCount; ++k) {
        totalEarned -= c[drop[k]].earned;
        totalPossible -= c[drop[k]].possible;
    }
    return totalEarned / totalPossible;
}

// Every way of dropping `dropCount` candidates, in lexicographic order of the
// dropped positions; the first best one wins, so ties drop the earlier scores.
void exhaustiveDrops(const Candidate *c, int m, double totalEarned, double totalPossible, int dropCount, int *out)
{
    thread_local std::vector<int> pick;
    pick.resize(dropCount);
    std::iota(pick.begin(), pick.end(), 0);
    std::copy(pick.cbegin(), pick.cend(), out);
    double bestRatio = keptRatio(c, totalEarned, totalPossible, pick.data(), dropCount);
    for (;;) {
        // Next combination: advance the rightmost position that can still move.
        int i = dropCount - 1;
        while (i >= 0 && pick[i] == m - dropCount + i)
            --i;
        if (i < 0)
            break;
        ++pick[i];
        for (int j = i + 1; j < dropCount; ++j)
            pick[j] = pick[j - 1] + 1;
        const double ratio = keptRatio(c, totalEarned, totalPossible, pick.data(), dropCount);
        if (clearlyBetter(ratio, bestRatio)) {
            bestRatio = ratio;
            std::copy(pick.cbegin(), pick.cend(), out);
        }
    }
}

// Positions of the `count` smallest values into out, smallest first; of equal
// values the earlier position counts as smaller. One pass with a small sorted
// buffer: drop counts are small, so this beats a general selection.
void smallest(const double *value, int m, int count, int *out)
{
    int n = 0;
    for (int i = 0; i < m; ++i) {
        const double v = value[i];
        if (n == count) {
            if (!(v < value[out[count - 1]]))
                continue;
            --n;
        }
        int j = n;
        for (; j > 0 && v < value[out[j - 1]]; --j)
            out[j] = out[j - 1];
        out[j] = i;
        ++n;
    }
}

// Dinkelbach's method for max (extra + sum kept e) / (sum kept p): for a ratio
// q, the best kept set drops the smallest e - q*p; its ratio is above q unless
// q is already the optimum. Each round moves to a strictly better real set, so
// it ends, usually after two or three rounds, on an exact optimum (the same
// answer as Canvas's binary search on the target grade, without the search's
// tolerance).
void iterativeDrops(const Candidate *c, int m, double totalEarned, double totalPossible, int dropCount, int *out)
{
    thread_local std::vector<double> value;
    thread_local std::vector<int> drop;
    value.resize(m);
    drop.resize(dropCount);

    // Start from the obvious answer, dropping the lowest percentages.
    for (int i = 0; i < m; ++i)
        value[i] = c[i].earned / c[i].possible;
    smallest(value.data(), m, dropCount, out);
    double q = keptRatio(c, totalEarned, totalPossible, out, dropCount);

    for (int round = 0; round < 100; ++round) {
        for (int i = 0; i < m; ++i)
            value[i] = c[i].earned - q * c[i].possible;
        smallest(value.data(), m, dropCount, drop.data());
        const double ratio = keptRatio(c, totalEarned, totalPossible, drop.data(), dropCount);
        if (!clearlyBetter(ratio, q))
            break;
        q = ratio;
        std::copy(drop.cbegin(), drop.cend(), out);
    }
}

// The drop search behind chooseDrops() and compute(): writes the positions of
// the dropped candidates, ascending, to out; returns how many.
int selectDrops(const Candidate *c, int m, double extra, int dropCount, GradeEngine::DropSearch search, int *out)
{
    dropCount = std::min(dropCount, m - 1); // never drop the last score
    if (dropCount <= 0)
        return 0;
    double totalEarned = extra;
    double totalPossible = 0;
    for (int i = 0; i < m; ++i) {
        totalEarned += c[i].earned;
        totalPossible += c[i].possible;
    }
    if (search == GradeEngine::DropSearch::Automatic) {
        search = combinations(m, dropCount, kExhaustiveLimit) <= kExhaustiveLimit ? GradeEngine::DropSearch::Exhaustive
                                                                                  : GradeEngine::DropSearch::Iterative;
    }
    if (search == GradeEngine::DropSearch::Exhaustive)
        exhaustiveDrops(c, m, totalEarned, totalPossible, dropCount, out);
    else
        iterativeDrops(c, m, totalEarned, totalPossible, dropCount, out);
    std::sort(out, out + dropCount);
    return dropCount;
}

bool highestFirst(const LetterCutoff &a, const LetterCutoff &b)
{
    return a.minPercent > b.minPercent;
}

// The scale sorted highest first, so that "the first cut-off at or below" is
// right even when a stored scale came in another order. Scales are almost
// always stored in order already: then this copies nothing (implicit sharing),
// which matters when every letter-graded cell of a large class is converted.
QList<LetterCutoff> sortedScale(const QList<LetterCutoff> &scale)
{
    static const QList<LetterCutoff> defaults = GradingScale::defaultCutoffs();
    const QList<LetterCutoff> &s = scale.isEmpty() ? defaults : scale;
    if (std::is_sorted(s.cbegin(), s.cend(), highestFirst))
        return s;
    QList<LetterCutoff> sorted = s;
    std::stable_sort(sorted.begin(), sorted.end(), highestFirst);
    return sorted;
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
    for (std::size_t c = 0; c < m_categories.size(); ++c)
        m_maxDrops += std::min(m_categories[c].dropLowest, int(m_dropMembers[c].size()));
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

double GradeEngine::lateKeptPercent(int daysLate) const
{
    if (!m_policy.latePenaltyEnabled || daysLate <= 0)
        return 100.0;
    // The kept share never goes below the floor, and a penalty never raises a score.
    return std::clamp(std::max(m_policy.latePenaltyFloor, 100.0 - m_policy.latePenaltyPerDay * daysLate), 0.0, 100.0);
}

double GradeEngine::afterLatePenalty(double points, int daysLate) const
{
    if (!m_policy.latePenaltyEnabled || daysLate <= 0)
        return points;
    return points * lateKeptPercent(daysLate) / 100.0;
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
    if (m_maxDrops > 0) {
        std::vector<DropCandidate> candidates;
        std::vector<int> candidateAssignment;
        std::vector<int> dropped(m_maxDrops);
        grade.droppedAssignments.reserve(m_maxDrops);
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
            const int m = int(candidates.size());
            const int dropCount = selectDrops(candidates.data(), m, extra, m_categories[c].dropLowest,
                                              DropSearch::Automatic, dropped.data());
            r.dropped = dropCount;
            r.counted -= dropCount;
            r.earned += extra;
            int next = 0; // dropped positions are ascending
            for (int k = 0; k < m; ++k) {
                if (next < dropCount && dropped[next] == k) {
                    grade.droppedAssignments.push_back(candidateAssignment[k]);
                    ++next;
                    continue;
                }
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
    std::vector<int> dropped(std::max(0, dropCount));
    dropped.resize(
        selectDrops(candidates.data(), int(candidates.size()), extraEarned, dropCount, search, dropped.data()));
    return dropped;
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
    return {std::move(policy), std::move(engineCategories), std::move(engineAssignments)};
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
