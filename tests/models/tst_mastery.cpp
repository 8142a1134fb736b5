// Standards mastery methods against REFERENCE.md's worked examples and hand-worked cases.
#include "tests/common/TestSupport.h"

#include "models/grading/GradeEngine.h"
#include "models/grading/Mastery.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

using Method = Mastery::Method;
Q_DECLARE_METATYPE(Mastery::Method)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

Mastery::Params params(double param = 65, double threshold = 3, int n = 2)
{
    Mastery::Params p;
    p.param = param;
    p.threshold = threshold;
    p.n = n;
    return p;
}

// Straightforward versions of the methods the fast path reworked (mode,
// n-mastery, power law), written as the definitions read: no tables, caches
// or shortcuts. Unrounded; power law gives the value at x = n.
namespace reference {

std::vector<double> finite(const std::vector<double> &scores)
{
    std::vector<double> s;
    std::copy_if(scores.cbegin(), scores.cend(), std::back_inserter(s), [](double x) { return std::isfinite(x); });
    return s;
}

double mode(const std::vector<double> &s)
{
    double best = 0;
    std::size_t bestCount = 0;
    std::size_t bestNewest = 0;
    for (double v : s) {
        std::size_t count = 0;
        std::size_t newest = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == v) {
                ++count;
                newest = i;
            }
        }
        if (count > bestCount || (count == bestCount && newest > bestNewest)) {
            best = v;
            bestCount = count;
            bestNewest = newest;
        }
    }
    return best;
}

std::optional<double> nMastery(const std::vector<double> &s, double threshold, int n)
{
    std::vector<double> kept;
    std::copy_if(s.cbegin(), s.cend(), std::back_inserter(kept), [&](double x) { return x >= threshold; });
    if (kept.empty() || int(kept.size()) < std::max(n, 1))
        return std::nullopt;
    return std::accumulate(kept.cbegin(), kept.cend(), 0.0) / double(kept.size());
}

double powerLaw(const std::vector<double> &s)
{
    const std::size_t n = s.size();
    if (n < 3)
        return std::accumulate(s.cbegin(), s.cend(), 0.0) / double(n);
    const double lowest = *std::min_element(s.cbegin(), s.cend());
    const double shift = lowest > 0 ? 0.0 : 1.0 - lowest;
    double sumX = 0;
    double sumY = 0;
    double sumXX = 0;
    double sumXY = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const double x = std::log(double(k + 1));
        const double y = std::log(s[k] + shift);
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumXY += x * y;
    }
    const auto count = double(n);
    const double b = (count * sumXY - sumX * sumY) / (count * sumXX - sumX * sumX);
    const double lnM = (sumY - b * sumX) / count;
    const double fitted = std::exp(lnM + b * std::log(count)) - shift;
    return shift > 0 ? std::max(fitted, lowest) : fitted;
}

} // namespace reference

} // namespace

class TestMastery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void methods_data();
    void methods();
    void emptyGivesNothingForEveryMethod();
    void keysRoundTrip();
    void fastPathMatchesReference();
};

void TestMastery::methods_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<double>("param");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("expected"); // NaN: no result

    auto row = [](const char *name, Method m, std::vector<double> s, double expected, double param = 65,
                  double threshold = 3,
                  int n = 2) { QTest::newRow(name) << m << std::move(s) << param << threshold << n << expected; };

    // most recent: the last score
    row("most recent", Method::MostRecent, {1, 3, 2}, 2);
    // highest: max(1, 3, 2)
    row("highest", Method::Highest, {1, 3, 2}, 3);
    // mean: (1 + 2 + 4) / 3 = 2.333.. -> 2.33
    row("mean", Method::Mean, {1, 2, 4}, 2.33);
    // mean: (2 + 3) / 2 = 2.5
    row("mean half", Method::Mean, {2, 3}, 2.5);
    // mean rounds half away from zero: (1.00 + 1.01) / 2 = 1.005 -> 1.01
    row("mean rounding", Method::Mean, {1.00, 1.01}, 1.01);
    // mode: 3 appears twice
    row("mode", Method::Mode, {1, 3, 3, 2}, 3);
    // mode tie 2 x2 and 3 x2: 2 was assessed last
    row("mode tie goes to recent", Method::Mode, {2, 3, 3, 2}, 2);
    // mode tie the other way: 3 was assessed last
    row("mode tie other order", Method::Mode, {3, 2, 2, 3}, 3);
    // all different: each once, the newest wins
    row("mode all different", Method::Mode, {1, 2, 4}, 4);
    // REFERENCE: 0.65 x 5 + 0.35 x mean(1, 2, 3, 4) = 3.25 + 0.875 = 4.125 -> 4.13
    row("weighted average reference", Method::WeightedAverage, {1, 2, 3, 4, 5}, 4.13, 65);
    // 0.5 x 4 + 0.5 x 2 = 3
    row("weighted average 50", Method::WeightedAverage, {2, 4}, 3, 50);
    // weight above 99 % is held at 99 %: 0.99 x 4 + 0.01 x 2 = 3.98
    row("weighted average clamped high", Method::WeightedAverage, {2, 4}, 3.98, 100);
    // weight below 1 % is held at 1 %: 0.01 x 4 + 0.99 x 2 = 2.02
    row("weighted average clamped low", Method::WeightedAverage, {2, 4}, 2.02, 0);
    // one score: that score
    row("weighted average single", Method::WeightedAverage, {3}, 3);
    // REFERENCE: d = 1; 0.35 x 1 + 0.65 x 2 = 1.65; 0.35 x 1.65 + 1.95 = 2.5275;
    // 0.35 x 2.5275 + 2.6 = 3.484625 -> 3.48
    row("decaying average reference", Method::DecayingAverage, {1, 2, 3, 4}, 3.48, 65);
    // r = 75 %: 0.25 x 2 + 0.75 x 4 = 3.5
    row("decaying average 75", Method::DecayingAverage, {2, 4}, 3.5, 75);
    // rate below 50 % is held at 50 %: 0.5 x 2 + 0.5 x 4 = 3
    row("decaying average clamped", Method::DecayingAverage, {2, 4}, 3, 40);
    // one score: d1 = s1
    row("decaying average single", Method::DecayingAverage, {2.5}, 2.5);
    // threshold 3, n 2: scores >= 3 are 3, 4 -> mean 3.5
    row("n-mastery", Method::NMastery, {2, 3, 4}, 3.5);
    // only one score >= 3, two needed: no result
    row("n-mastery too few", Method::NMastery, {2, 3, 1}, kNone);
    // at the threshold counts: 3, 3 -> 3
    row("n-mastery at threshold", Method::NMastery, {3, 3}, 3);
    // n 3: 3, 4, 4 -> 11 / 3 = 3.67
    row("n-mastery three", Method::NMastery, {3, 4, 4, 1}, 3.67, 65, 3, 3);
    // ln y = ln x exactly (b = 1, m = 1): value at x = 4 is 4
    row("power law exact", Method::PowerLaw, {1, 2, 3, 4}, 4);
    // flat scores: b = 0, m = 2
    row("power law flat", Method::PowerLaw, {2, 2, 2}, 2);
    // least squares on (ln 1..4, ln 2,3,3,4): b = 0.45415, ln m = 0.70834; e^(0.70834 + b ln 4) = 3.8111 -> 3.81
    row("power law fit", Method::PowerLaw, {2, 3, 3, 4}, 3.81);
    // falling: b = -0.60768, ln m = 1.42229; e^(1.42229 + b ln 3) = 2.1269 -> 2.13
    row("power law falling", Method::PowerLaw, {4, 3, 2}, 2.13);
    // not capped: 1, 3, 4 fit b = 1.29665, ln m = 0.05387; e^(0.05387 + b ln 3) = 4.3859 -> 4.39 (above the best 4)
    row("power law above best score", Method::PowerLaw, {1, 3, 4}, 4.39);
    // fewer than 3 scores: the mean, (1 + 3) / 2
    row("power law two scores", Method::PowerLaw, {1, 3}, 2);
    // a zero: fit on y + 1 = 1, 4, 5: b = 1.52259, ln m = 0.08921; e^(0.08921 + b ln 3) - 1 = 4.8237 -> 4.82
    row("power law with a zero", Method::PowerLaw, {0, 3, 4}, 4.82);
    // zero last: y + 1 = 4, 4, 1: b = -1.12598, ln m = 1.59669; e^(...) - 1 = 0.4329 -> 0.43
    row("power law zero last", Method::PowerLaw, {3, 3, 0}, 0.43);
    // y + 1 = 5, 1, 1 fits to -0.2167 below the lowest score 0: held at 0
    row("power law never below lowest", Method::PowerLaw, {4, 0, 0}, 0);
    // all zeros: y + 1 = 1, 1, 1 -> 1 - 1 = 0
    row("power law all zeros", Method::PowerLaw, {0, 0, 0}, 0);
    // a NaN is not an assessment: most recent of 3, NaN is 3
    row("not a number skipped", Method::MostRecent, {3, kNone}, 3);
}

void TestMastery::methods()
{
    QFETCH(Method, method);
    QFETCH(std::vector<double>, scores);
    QFETCH(double, param);
    QFETCH(double, threshold);
    QFETCH(int, n);
    QFETCH(double, expected);
    const std::optional<double> result = Mastery::compute(method, scores, params(param, threshold, n));
    if (std::isnan(expected)) {
        QVERIFY2(!result, qPrintable(QString::number(result.value_or(0))));
    } else {
        QVERIFY(result);
        QCOMPARE(*result, expected);
        // Always exactly 2 decimals.
        QCOMPARE(*result, std::round(*result * 100) / 100);
    }
}

void TestMastery::emptyGivesNothingForEveryMethod()
{
    for (Method m : {Method::MostRecent, Method::Highest, Method::Mean, Method::Mode, Method::WeightedAverage,
                     Method::DecayingAverage, Method::NMastery, Method::PowerLaw}) {
        QVERIFY(!Mastery::compute(m, {}, params()));
        QVERIFY(!Mastery::compute(m, {kNone}, params()));
    }
}

void TestMastery::keysRoundTrip()
{
    const QStringList keys{u"most_recent"_s,      u"highest"_s,          u"mean"_s,      u"mode"_s,
                           u"weighted_average"_s, u"decaying_average"_s, u"n_mastery"_s, u"power_law"_s};
    for (const QString &key : keys) {
        const std::optional<Method> m = Mastery::methodFromKey(key);
        QVERIFY2(m, qPrintable(key));
        QCOMPARE(Mastery::methodKey(*m), key);
    }
    QCOMPARE(Mastery::methodKey(Method::PowerLaw), u"power_law"_s);
    QCOMPARE(*Mastery::methodFromKey(u" Mean "_s), Method::Mean);
    QVERIFY(!Mastery::methodFromKey(u"median"_s));
    QVERIFY(!Mastery::methodFromKey(QString()));
}

// The methods run on the scores in place with a tally, a table of ln x sums
// and a cache of logarithms: over many random lists they must give exactly
// what the plain definitions give, bit for bit before rounding.
void TestMastery::fastPathMatchesReference()
{
    QRandomGenerator random(1606);
    const double inf = std::numeric_limits<double>::infinity();
    for (int run = 0; run < 20000; ++run) {
        std::vector<double> scores(random.bounded(run % 10 == 0 ? 60 : 24)); // 0 .. 59 scores, mostly fewer than 24
        const int kind = run % 4;
        for (double &v : scores) {
            if (kind == 0)
                v = random.bounded(9) / 2.0; // levels 0, 0.5 .. 4: zeros shift the power law
            else if (kind == 1)
                v = 1 + random.bounded(4); // levels 1 .. 4: no shift
            else if (kind == 2)
                v = random.bounded(101.0); // percentages: many different values, the sorting mode, cache misses
            else
                v = random.bounded(41) / 10.0 - 1; // -1 .. 3 in tenths: negative scores shift too
        }
        if (run % 7 == 0 && !scores.empty())
            scores[random.bounded(int(scores.size()))] = random.bounded(2) ? kNone : inf; // a broken row
        const std::vector<double> s = reference::finite(scores);
        const QByteArray what =
            "run " + QByteArray::number(run) + ", " + QByteArray::number(qsizetype(s.size())) + " finite scores";

        const std::optional<double> mode = Mastery::compute(Method::Mode, scores, params());
        const std::optional<double> power = Mastery::compute(Method::PowerLaw, scores, params());
        const double threshold = random.bounded(5);
        const int n = random.bounded(5);
        const std::optional<double> nMastery = Mastery::compute(Method::NMastery, scores, params(65, threshold, n));
        const std::optional<double> expectedN = reference::nMastery(s, threshold, n);
        if (s.empty()) {
            QVERIFY2(!mode && !power && !nMastery, what.constData());
            continue;
        }
        QVERIFY2(mode && power, what.constData());
        QCOMPARE(*mode, GradeEngine::round2(reference::mode(s)));
        QCOMPARE(*power, GradeEngine::round2(reference::powerLaw(s)));
        QCOMPARE(bool(nMastery), bool(expectedN));
        if (expectedN)
            QCOMPARE(*nMastery, GradeEngine::round2(*expectedN));
        // The fit itself, unrounded.
        const std::optional<Mastery::PowerLawFit> fit = Mastery::powerLawFit(scores);
        QCOMPARE(bool(fit), s.size() >= 3);
        if (fit) {
            const double exact = reference::powerLaw(s);
            QVERIFY2(fit->valueAt(double(s.size())) == exact, what.constData());
            QCOMPARE(fit->m, std::exp(fit->lnM));
        }
    }
}

QTEST_GUILESS_MAIN(TestMastery)
#include "tst_mastery.moc"
