#include "Mastery.h"

#include "GradeEngine.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

double mean(std::vector<double>::const_iterator first, std::vector<double>::const_iterator last)
{
    return std::accumulate(first, last, 0.0) / double(last - first);
}

// Most frequent score; among equally frequent scores the one assessed most
// recently (its latest occurrence is the newest) wins.
double mode(const std::vector<double> &s)
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

double weightedAverage(const std::vector<double> &s, double weightPercent)
{
    if (s.size() == 1)
        return s.back();
    const double w = std::clamp(weightPercent, 1.0, 99.0) / 100.0;
    return w * s.back() + (1.0 - w) * mean(s.cbegin(), s.cend() - 1);
}

double decayingAverage(const std::vector<double> &s, double ratePercent)
{
    const double r = std::clamp(ratePercent, 50.0, 99.0) / 100.0;
    double d = s.front();
    for (std::size_t k = 1; k < s.size(); ++k)
        d = (1.0 - r) * d + r * s[k];
    return d;
}

std::optional<double> nMastery(const std::vector<double> &s, double threshold, int n)
{
    std::vector<double> atMastery;
    std::copy_if(s.cbegin(), s.cend(), std::back_inserter(atMastery), [&](double x) { return x >= threshold; });
    if (atMastery.empty() || int(atMastery.size()) < std::max(n, 1))
        return std::nullopt;
    return mean(atMastery.cbegin(), atMastery.cend());
}

// ln of a score: levels repeat (1, 2, 2.5, 3 ...), so a small direct-mapped
// cache of recent arguments saves most of the logarithms of a whole class.
double cachedLog(double v)
{
    struct Entry
    {
        double value = -1;
        double log = 0;
    };
    thread_local std::array<Entry, 64> cache;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    Entry &e = cache[(bits ^ (bits >> 29) ^ (bits >> 41)) & 63];
    if (e.value != v) {
        e.value = v;
        e.log = std::log(v);
    }
    return e.log;
}

// Marzano's power law: least squares on ln y = b ln x + ln m, x = 1..n, value at
// x = n. ln 0 is undefined, so when any score is 0 (or below) every score is
// shifted up until the lowest is 1, the fit is made on the shifted scores, and
// the shift is taken off again; the result then never goes below the lowest
// score. Fewer than 3 scores cannot show a trend: their mean is used.
// The fit alone, on finite scores (powerLaw below and Mastery::powerLawFit).
std::optional<Mastery::PowerLawFit> fitPowerLaw(const std::vector<double> &s)
{
    const std::size_t n = s.size();
    if (n < 3)
        return std::nullopt;
    const double lowest = *std::min_element(s.cbegin(), s.cend());
    const double shift = lowest > 0 ? 0.0 : 1.0 - lowest;
    double sumX = 0;
    double sumY = 0;
    double sumXX = 0;
    double sumXY = 0;
    // ln 1 .. ln n are the same for every student and standard: computed once.
    thread_local std::vector<double> lnX;
    while (lnX.size() < n)
        lnX.push_back(std::log(double(lnX.size() + 1)));
    for (std::size_t k = 0; k < n; ++k) {
        const double x = lnX[k];
        const double y = cachedLog(s[k] + shift);
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumXY += x * y;
    }
    const auto count = double(n);
    const double b = (count * sumXY - sumX * sumY) / (count * sumXX - sumX * sumX);
    const double lnM = (sumY - b * sumX) / count;
    return Mastery::PowerLawFit{std::exp(lnM), lnM, b, shift, lowest};
}

double powerLaw(const std::vector<double> &s)
{
    const std::optional<Mastery::PowerLawFit> fit = fitPowerLaw(s);
    return fit ? fit->valueAt(double(s.size())) : mean(s.cbegin(), s.cend());
}

} // namespace

std::optional<double> Mastery::compute(Method method, const std::vector<double> &scores, const Params &params)
{
    // A score that is not a number is a broken row, not an assessment.
    std::vector<double> s;
    s.reserve(scores.size());
    std::copy_if(scores.cbegin(), scores.cend(), std::back_inserter(s), [](double x) { return std::isfinite(x); });
    if (s.empty())
        return std::nullopt;

    std::optional<double> result;
    switch (method) {
    case Method::MostRecent:
        result = s.back();
        break;
    case Method::Highest:
        result = *std::max_element(s.cbegin(), s.cend());
        break;
    case Method::Mean:
        result = mean(s.cbegin(), s.cend());
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
    const double fitted = std::exp(lnM + b * std::log(x)) - shift;
    return shift > 0 ? std::max(fitted, lowest) : fitted;
}

std::optional<Mastery::PowerLawFit> Mastery::powerLawFit(const std::vector<double> &scores)
{
    std::vector<double> s;
    std::copy_if(scores.cbegin(), scores.cend(), std::back_inserter(s), [](double x) { return std::isfinite(x); });
    return fitPowerLaw(s);
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
