// Standards mastery methods against REFERENCE.md's worked examples and hand-worked cases.
#include "tests/common/TestSupport.h"

#include "models/grading/Mastery.h"

#include <QTest>

#include <cmath>

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

} // namespace

class TestMastery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void methods_data();
    void methods();
    void emptyGivesNothingForEveryMethod();
    void keysRoundTrip();
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

QTEST_GUILESS_MAIN(TestMastery)
#include "tst_mastery.moc"
