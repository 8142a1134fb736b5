#include "Mastery.h"

#include "GradeEngine.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

using Scores = std::span<const double>;

bool isFinite(double x)
{
    return std::isfinite(x);
}

double mean(Scores s)
{
    return std::accumulate(s.begin(), s.end(), 0.0) / double(s.size());
}

// The sorting variant of mode() below, for lists with many different scores.
double modeBySorting(Scores s)
{
    // Sorted (value, position) pairs make each run of equal scores one pass:
    // its count and its newest position, instead of counting every score again.
    thread_local std::vector<std::pair<double, std::size_t>> sorted;
    sorted.clear();
    for (std::size_t i = 0; i < s.size(); ++i)
        sorted.emplace_back(s[i], i);
    std::sort(sorted.begin(), sorted.end());
    double best = s.back();
    std::size_t bestCount = 0;
    std::size_t bestNewest = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j].first == sorted[i].first)
            ++j;
        const std::size_t count = j - i;
        const std::size_t newest = sorted[j - 1].second; // pairs sort by position within a value
        // More often wins; on a tie, the score whose latest occurrence is newer.
        if (count > bestCount || (count == bestCount && newest > bestNewest)) {
            best = sorted[i].first;
            bestCount = count;
            bestNewest = newest;
        }
        i = j;
    }
    return best;
}

// Most frequent score; among equally frequent scores the one assessed most
// recently (its latest occurrence is the newest) wins.
double mode(Scores s)
{
    // A cell holds a handful of different levels (1, 2, 2.5, 3 ...): a tally of
    // them on the stack costs a short scan per score, where sorting (value,
    // position) pairs cost about 1 µs a cell. More different scores than the
    // tally holds fall back to sorting. The winner does not depend on the order
    // the values are visited (count, then newest position, is a strict order),
    // and a value is kept as first seen, as the sorted run's first pair is.
    struct Tally
    {
        double value;
        std::size_t count;
        std::size_t newest;
    };
    std::array<Tally, 16> tally;
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t j = 0;
        while (j < distinct && tally[j].value != s[i])
            ++j;
        if (j < distinct) {
            ++tally[j].count;
            tally[j].newest = i;
        } else if (distinct < tally.size()) {
            tally[distinct++] = {s[i], 1, i};
        } else {
            return modeBySorting(s);
        }
    }
    const Tally *best = &tally[0];
    for (std::size_t j = 1; j < distinct; ++j) {
        const Tally &t = tally[j];
        if (t.count > best->count || (t.count == best->count && t.newest > best->newest))
            best = &t;
    }
    return best->value;
}

double weightedAverage(Scores s, double weightPercent)
{
    if (s.size() == 1)
        return s.back();
    const double w = std::clamp(weightPercent, 1.0, 99.0) / 100.0;
    return w * s.back() + (1.0 - w) * mean(s.first(s.size() - 1));
}

double decayingAverage(Scores s, double ratePercent)
{
    const double r = std::clamp(ratePercent, 50.0, 99.0) / 100.0;
    double d = s.front();
    for (std::size_t k = 1; k < s.size(); ++k)
        d = (1.0 - r) * d + r * s[k];
    return d;
}

std::optional<double> nMastery(Scores s, double threshold, int n)
{
    // Summed in place, in the order the mean of a filtered copy would add them.
    double sum = 0;
    std::size_t count = 0;
    for (double x : s) {
        if (x >= threshold) {
            sum += x;
            ++count;
        }
    }
    if (count == 0 || count < std::size_t(std::max(n, 1)))
        return std::nullopt;
    return sum / double(count);
}

// ln of a score: levels repeat (1, 2, 2.5, 3 ...), so a small direct-mapped
// cache of recent arguments saves nearly every logarithm of a whole class.
//
// The slot is a multiplicative hash of all 64 bits. Levels differ only in the
// exponent and the top bits of the mantissa; the former index (low bits folded
// by xor) put 1, 1.5, 2 ... 4 into one slot, so every call missed. A libm call
// costs far more here than its 6 ns in isolation: in a process whose AVX upper
// registers are dirty (something earlier in the process left them so), each
// switch between our SSE code and libm's AVX code is penalised; the power law
// took 70 ms for a 200 x 100 x 20 class, most of it around log()
// (docs/benchmarks.md, "Standards mastery").
class LogCache
{
public:
    double log(double v)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        Entry &e = m_entries[(bits * 0x9E3779B97F4A7C15ULL) >> 56];
        if (e.value != v) { // v > 0: never the -1 of an empty slot
            e.value = v;
            e.log = std::log(v);
        }
        return e.log;
    }

private:
    struct Entry
    {
        double value = -1;
        double log = 0;
    };
    std::array<Entry, 256> m_entries; // the index above takes the top 8 bits
};

// ln x for x = 1, 2, 3 ... and the sums of ln x and (ln x)^2 up to x: the same
// for every student and standard, so worked out once (per thread). Each entry
// adds to the one before in the order a loop over x would, so a fit is bit for
// bit what summing in the loop gives.
struct LnX
{
    double ln = 0;         // ln x
    double sum = 0;        // ln 1 + .. + ln x
    double sumSquares = 0; // (ln 1)^2 + .. + (ln x)^2
};

// The table up to at least x = n; entry 0 stands for no points.
const LnX *lnXTable(std::size_t n)
{
    thread_local std::vector<LnX> table(1);
    while (table.size() <= n) {
        const LnX previous = table.back();
        const double ln = std::log(double(table.size()));
        table.push_back({ln, previous.sum + ln, previous.sumSquares + ln * ln});
    }
    return table.data();
}

// Marzano's power law: least squares on ln y = b ln x + ln m, x = 1..n, value at
// x = n. ln 0 is undefined, so when any score is 0 (or below) every score is
// shifted up until the lowest is 1, the fit is made on the shifted scores, and
// the shift is taken off again; the result then never goes below the lowest
// score. Fewer than 3 scores cannot show a trend: their mean is used.
// The fit alone, on finite scores (powerLaw below and Mastery::powerLawFit);
// m is left 0 (compute() needs only ln m), powerLawFit() fills it in.
std::optional<Mastery::PowerLawFit> fitPowerLaw(Scores s)
{
    const std::size_t n = s.size();
    if (n < 3)
        return std::nullopt;
    const double lowest = *std::min_element(s.begin(), s.end());
    const double shift = lowest > 0 ? 0.0 : 1.0 - lowest;
    const LnX *lnX = lnXTable(n);
    thread_local LogCache logs;
    LogCache &cache = logs; // one thread_local look-up per fit, not one per score
    double sumY = 0;
    double sumXY = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const double y = cache.log(s[k] + shift);
        sumY += y;
        sumXY += lnX[k + 1].ln * y;
    }
    const double sumX = lnX[n].sum;
    const double sumXX = lnX[n].sumSquares;
    const auto count = double(n);
    const double b = (count * sumXY - sumX * sumY) / (count * sumXX - sumX * sumX);
    const double lnM = (sumY - b * sumX) / count;
    return Mastery::PowerLawFit{0, lnM, b, shift, lowest};
}

// The fitted value at the point whose ln x is lnX (PowerLawFit::valueAt).
double fittedAt(const Mastery::PowerLawFit &fit, double lnX)
{
    const double fitted = std::exp(fit.lnM + fit.b * lnX) - fit.shift;
    return fit.shift > 0 ? std::max(fitted, fit.lowest) : fitted;
}

double powerLaw(Scores s)
{
    const std::optional<Mastery::PowerLawFit> fit = fitPowerLaw(s);
    return fit ? fittedAt(*fit, lnXTable(s.size())[s.size()].ln) : mean(s);
}

} // namespace

std::optional<double> Mastery::compute(Method method, const std::vector<double> &scores, const Params &params)
{
    // A score that is not a number is a broken row, not an assessment. Such rows
    // are rare: the scores are read in place and copied only to leave one out.
    Scores s(scores);
    std::vector<double> finite;
    if (!std::all_of(scores.cbegin(), scores.cend(), isFinite)) {
        std::copy_if(scores.cbegin(), scores.cend(), std::back_inserter(finite), isFinite);
        s = finite;
    }
    if (s.empty())
        return std::nullopt;

    std::optional<double> result;
    switch (method) {
    case Method::MostRecent:
        result = s.back();
        break;
    case Method::Highest:
        result = *std::max_element(s.begin(), s.end());
        break;
    case Method::Mean:
        result = mean(s);
        break;
    case Method::Mode:
        result = mode(s);
        break;
    case Method::WeightedAverage:
        result = weightedAverage(s, params.param);
        break;
    case Method::DecayingAverage:
        result = decayingAverage(s, params.param);
        break;
    case Method::NMastery:
        result = nMastery(s, params.threshold, params.n);
        break;
    case Method::PowerLaw:
        result = powerLaw(s);
        break;
    }
    if (result)
        result = GradeEngine::round2(*result);
    return result;
}

double Mastery::PowerLawFit::valueAt(double x) const
{
    return fittedAt(*this, std::log(x));
}

std::optional<Mastery::PowerLawFit> Mastery::powerLawFit(const std::vector<double> &scores)
{
    std::vector<double> s;
    std::copy_if(scores.cbegin(), scores.cend(), std::back_inserter(s), isFinite);
    std::optional<PowerLawFit> fit = fitPowerLaw(s);
    if (fit)
        fit->m = std::exp(fit->lnM);
    return fit;
}

QString Mastery::methodKey(Method method)
{
    switch (method) {
    case Method::MostRecent:
        return u"most_recent"_s;
    case Method::Highest:
        return u"highest"_s;
    case Method::Mean:
        return u"mean"_s;
    case Method::Mode:
        return u"mode"_s;
    case Method::WeightedAverage:
        return u"weighted_average"_s;
    case Method::DecayingAverage:
        return u"decaying_average"_s;
    case Method::NMastery:
        return u"n_mastery"_s;
    case Method::PowerLaw:
        return u"power_law"_s;
    }
    return {};
}

std::optional<Mastery::Method> Mastery::methodFromKey(const QString &key)
{
    static const Method all[] = {Method::MostRecent,      Method::Highest,         Method::Mean,     Method::Mode,
                                 Method::WeightedAverage, Method::DecayingAverage, Method::NMastery, Method::PowerLaw};
    const QString wanted = key.trimmed();
    for (Method m : all) {
        if (methodKey(m).compare(wanted, Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

} // namespace k12
