#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace k12 {

// Standards mastery of one student on one standard, from the scores in the
// order they were assessed (oldest first). Definitions: ../shared/REFERENCE.md
// and the README ("Standards mastery"). Results are rounded to 2 decimals.
class Mastery
{
public:
    enum class Method
    {
        MostRecent,
        Highest,
        Mean,
        Mode,
        WeightedAverage, // param: weight of the newest score, 1..99 (%), default 65
        DecayingAverage, // param: rate r of the newest score, 50..99 (%)
        NMastery,        // n scores at or above threshold needed; result is their mean
        PowerLaw         // Marzano
    };

    struct Params
    {
        double param = 65;    // WeightedAverage weight / DecayingAverage rate, in percent
        double threshold = 3; // NMastery: scores at or above this count
        int n = 2;            // NMastery: how many such scores are needed
    };

    static std::optional<double> compute(Method method, const std::vector<double> &scores, const Params &params);

    // The power law's fitted curve y = m x^b (x = 1..n, the scores in order),
    // made on the scores raised by `shift` when one is 0 or below (README).
    struct PowerLawFit
    {
        double m = 0;      // exp(lnM)
        double lnM = 0;    // the least-squares intercept: valueAt() uses it as compute() does
        double b = 0;      // the exponent
        double shift = 0;  // added to every score before the fit (0 when all are above 0)
        double lowest = 0; // the lowest score: a shifted fit is never taken below it
        // The fitted value at x with the shift taken off again (not rounded);
        // valueAt(n) rounded to 2 decimals is compute(PowerLaw, ...).
        double valueAt(double x) const;
    };
    // The fit compute(PowerLaw, ...) uses; none with fewer than 3 finite
    // scores (compute gives their mean then).
    static std::optional<PowerLawFit> powerLawFit(const std::vector<double> &scores);

    static QString methodKey(Method method); // "most_recent", "highest", ...
    static std::optional<Method> methodFromKey(const QString &key);
};

} // namespace k12
