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

    static QString methodKey(Method method); // "most_recent", "highest", ...
    static std::optional<Method> methodFromKey(const QString &key);
};

} // namespace k12
