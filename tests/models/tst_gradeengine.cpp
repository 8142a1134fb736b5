// The grade engine against hand-worked cases. Every case shows its arithmetic in
// a comment; an expected value of NaN means "no grade" (empty).
#include "tests/common/TestSupport.h"

#include "models/grading/GradeEngine.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// Policy tokens: "exclude" (missing left out), "ungraded0" (Final Score mode),
// "late:PERDAY:FLOOR" (late penalty on).
GradePolicy policyFrom(const QString &text)
{
    GradePolicy p;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (token == u"exclude"_s) {
            p.missingCountsAsZero = false;
        } else if (token == u"ungraded0"_s) {
            p.ungradedCountsAsZero = true;
        } else if (token.startsWith(u"late:"_s)) {
            const QStringList parts = token.split(u':');
            p.latePenaltyEnabled = true;
            p.latePenaltyPerDay = parts.at(1).toDouble();
            p.latePenaltyFloor = parts.at(2).toDouble();
        } else {
            qFatal("bad policy token %s", qPrintable(token));
        }
    }
    return p;
}

// "WEIGHT/DROP", e.g. "40/1".
std::vector<EngineCategory> categoriesFrom(const QStringList &list)
{
    std::vector<EngineCategory> result;
    for (const QString &c : list) {
        const QStringList parts = c.split(u'/');
        result.push_back({parts.at(0).toDouble(), parts.at(1).toInt()});
    }
    return result;
}

// "CATEGORY:POSSIBLE[:off]", e.g. "0:10", "-1:20", "1:0" (extra credit), "0:10:off" (another period).
std::vector<EngineAssignment> assignmentsFrom(const QStringList &list)
{
    std::vector<EngineAssignment> result;
    for (const QString &a : list) {
        const QStringList parts = a.split(u':');
        result.push_back({parts.at(0).toInt(), parts.at(1).toDouble(), parts.size() < 3});
    }
    return result;
}

// Space-separated tokens: a number (points), M (missing), X (excused), E (exempt),
// L or L<days> (late). "" is an ungraded cell.
GradeCell cellFrom(const QString &text)
{
    GradeCell cell;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (token == u"M"_s) {
            cell.missing = true;
        } else if (token == u"X"_s) {
            cell.excused = true;
        } else if (token == u"E"_s) {
            cell.exempt = true;
        } else if (token.startsWith(u'L')) {
            cell.late = true;
            cell.daysLate = token.mid(1).toInt();
        } else {
            bool ok = false;
            cell.points = token.toDouble(&ok);
            if (!ok)
                qFatal("bad cell token %s", qPrintable(token));
        }
    }
    return cell;
}

std::vector<GradeCell> cellsFrom(const QStringList &list)
{
    std::vector<GradeCell> cells;
    for (const QString &c : list)
        cells.push_back(cellFrom(c));
    return cells;
}

bool sameOrBothEmpty(std::optional<double> actual, double expected)
{
    if (std::isnan(expected))
        return !actual.has_value();
    return actual.has_value() && std::fabs(*actual - expected) < 1e-9;
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 17) : u"(empty)"_s;
}

} // namespace

class TestGradeEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void categoryDetails();
    void droppedAssignmentsAreReported();
    void letters_data();
    void letters();
    void round2_data();
    void round2();
    void customScale();
    void percentForLetter_data();
    void percentForLetter();
    void percentForLetterRoundTrips();
    void latePenaltyFunction();
    void forClassMapsEntities();
    void cellForConvertsLetters();
    void dropSearchesAgreeOnRandomClasses();
    void dropSearchUnequalPoints();
};

void TestGradeEngine::cases_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<double>("expectedFinal");
    QTest::addColumn<QString>("expectedLetter");

    auto row = [](const char *name, const QString &policy, const QStringList &categories,
                  const QStringList &assignments, const QStringList &cells, double expected, const QString &letter) {
        QTest::newRow(name) << policy << categories << assignments << cells << expected << letter;
    };
    const QStringList none;

    // --- total points (no category carries weight) ---
    // nothing entered anywhere: no grade
    row("nothing graded", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u""_s, u""_s}, kNone, QString());
    // 8 / 10 = 80 %
    row("one score", {}, none, {u"-1:10"_s}, {u"8"_s}, 80.0, u"B-"_s);
    // (8 + 15) / (10 + 20) = 23 / 30 = 76.67 %
    row("total points", {}, none, {u"-1:10"_s, u"-1:20"_s}, {u"8"_s, u"15"_s}, 2300.0 / 30, u"C"_s);
    // both excused: nothing counts
    row("everything excused", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u"X"_s, u"X"_s}, kNone, QString());
    // exempt left out: 6 / 10 = 60 % (below D- 61)
    row("exempt left out", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u"E"_s, u"6"_s}, 60.0, u"F"_s);
    // ungraded left out: 9 / 10
    row("ungraded left out", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u""_s, u"9"_s}, 90.0, u"A-"_s);
    // missing = 0 of 10: (0 + 9) / 20 = 45 %
    row("missing counts as zero", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u"M"_s, u"9"_s}, 45.0, u"F"_s);
    // policy "exclude": missing left out, 9 / 10
    row("missing excluded", u"exclude"_s, none, {u"-1:10"_s, u"-1:10"_s}, {u"M"_s, u"9"_s}, 90.0, u"A-"_s);
    // all missing, zero policy: 0 / 20 = 0 %
    row("all missing zero", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u"M"_s, u"M"_s}, 0.0, u"F"_s);
    // all missing, exclude policy: nothing counts
    row("all missing exclude", u"exclude"_s, none, {u"-1:10"_s, u"-1:10"_s}, {u"M"_s, u"M"_s}, kNone, QString());
    // points and missing: the points win, 7 / 10
    row("points beat missing", {}, none, {u"-1:10"_s}, {u"7 M"_s}, 70.0, u"C-"_s);
    // same under the exclude policy: still graded, 7 / 10
    row("points beat missing exclude", u"exclude"_s, none, {u"-1:10"_s}, {u"7 M"_s}, 70.0, u"C-"_s);
    // excused wins over entered points: only 8 / 10 counts
    row("excused beats points", {}, none, {u"-1:10"_s, u"-1:10"_s}, {u"5 X"_s, u"8"_s}, 80.0, u"B-"_s);
    // extra credit adds to earned only: (8 + 2) / 10 = 100 %
    row("extra credit", {}, none, {u"-1:10"_s, u"-1:0"_s}, {u"8"_s, u"2"_s}, 100.0, u"A"_s);
    // only extra credit: 3 earned of 0 possible -> no percentage
    row("only extra credit", {}, none, {u"-1:0"_s}, {u"3"_s}, kNone, QString());
    // the second assignment is in another grading period: 8 / 10
    row("grading period filter", {}, none, {u"-1:10"_s, u"-1:10:off"_s}, {u"8"_s, u"2"_s}, 80.0, u"B-"_s);
    // late 2 days at 10 %/day: 10 x (100 - 20) % = 8 of 10
    row("late penalty", u"late:10:50"_s, none, {u"-1:10"_s}, {u"10 L2"_s}, 80.0, u"B-"_s);
    // late 7 days: 100 - 70 = 30 % < floor 50 %, so 10 x 50 % = 5 of 10
    row("late penalty floor", u"late:10:50"_s, none, {u"-1:10"_s}, {u"10 L7"_s}, 50.0, u"F"_s);
    // late flag with 0 days: no penalty
    row("late zero days", u"late:10:50"_s, none, {u"-1:10"_s}, {u"10 L0"_s}, 100.0, u"A"_s);
    // penalty policy off: a late 3-day score keeps 10 / 10
    row("late policy off", {}, none, {u"-1:10"_s}, {u"10 L3"_s}, 100.0, u"A"_s);
    // 15 days at 10 %/day, floor 0: 100 - 150 < 0, kept share clamps to 0 %: 0 / 10
    row("late penalty to zero", u"late:10:0"_s, none, {u"-1:10"_s}, {u"10 L15"_s}, 0.0, u"F"_s);
    // total points mode counts uncategorised work: (10 + 5) / 20 = 75 %
    row("uncategorised in points mode", {}, {u"0/0"_s}, {u"0:10"_s, u"-1:10"_s}, {u"10"_s, u"5"_s}, 75.0, u"C"_s);
    // Final Score mode: ungraded = 0, excused still out: (9 + 0) / 20 = 45 %
    row("ungraded counted as zero", u"ungraded0"_s, none, {u"-1:10"_s, u"-1:10"_s, u"-1:10"_s}, {u"9"_s, u""_s, u"X"_s},
        45.0, u"F"_s);
    // Final Score mode overrides the exclude policy for missing: (0 + 8) / 20 = 40 %
    row("ungraded zero beats exclude", u"exclude ungraded0"_s, none, {u"-1:10"_s, u"-1:10"_s}, {u"M"_s, u"8"_s}, 40.0,
        u"F"_s);
    // 17.999 / 20 = 89.995 % -> rounds to 90.00 -> A-
    row("89.995 rounds up", {}, none, {u"-1:20"_s}, {u"17.999"_s}, 89.995, u"A-"_s);
    // 18.7988 / 20 = 93.994 % -> 93.99 -> A-
    row("93.994 stays A-", {}, none, {u"-1:20"_s}, {u"18.7988"_s}, 93.994, u"A-"_s);
    // 18.799 / 20 = 93.995 % -> 94.00 -> A
    row("93.995 is A", {}, none, {u"-1:20"_s}, {u"18.799"_s}, 93.995, u"A"_s);

    // --- weighted (a category carries weight) ---
    // 0.4 x 80 + 0.6 x 75 = 32 + 45 = 77 %
    row("weights 40/60", {}, {u"40/0"_s, u"60/0"_s}, {u"0:10"_s, u"1:20"_s}, {u"8"_s, u"15"_s}, 77.0, u"C+"_s);
    // weights 1 and 3 (sum 4): (1 x 100 + 3 x 60) / 4 = 280 / 4 = 70 %
    row("weights not summing to 100", {}, {u"1/0"_s, u"3/0"_s}, {u"0:10"_s, u"1:10"_s}, {u"10"_s, u"6"_s}, 70.0,
        u"C-"_s);
    // weights 30 + 30 = 60: (30 x 90 + 30 x 70) / 60 = 80 %
    row("weights summing to 60", {}, {u"30/0"_s, u"30/0"_s}, {u"0:10"_s, u"1:10"_s}, {u"9"_s, u"7"_s}, 80.0, u"B-"_s);
    // second category has nothing graded: its weight leaves the divisor, 40 x 80 / 40 = 80 %
    row("empty category renormalised", {}, {u"40/0"_s, u"60/0"_s}, {u"0:10"_s, u"1:10"_s}, {u"8"_s, u""_s}, 80.0,
        u"B-"_s);
    // weighted, nothing graded: no grade
    row("weighted nothing graded", {}, {u"40/0"_s, u"60/0"_s}, {u"0:10"_s, u"1:10"_s}, {u""_s, u""_s}, kNone,
        QString());
    // uncategorised 0 / 100 does not count when weighted: (50 x 100 + 50 x 80) / 100 = 90 %
    row("uncategorised ignored when weighted", {}, {u"50/0"_s, u"50/0"_s}, {u"0:10"_s, u"1:10"_s, u"-1:100"_s},
        {u"10"_s, u"8"_s, u"0"_s}, 90.0, u"A-"_s);
    // a 0-weight category in a weighted class adds nothing: 50 x 70 / 50 = 70 %
    row("zero-weight category ignored", {}, {u"50/0"_s, u"0/0"_s}, {u"0:10"_s, u"1:10"_s}, {u"7"_s, u"10"_s}, 70.0,
        u"C-"_s);
    // a category with only extra credit has no percentage, so no weight: 50 x 80 / 50 = 80 %
    row("extra-credit-only category when weighted", {}, {u"50/0"_s, u"50/0"_s}, {u"0:10"_s, u"1:0"_s}, {u"8"_s, u"5"_s},
        80.0, u"B-"_s);
    // extra credit inside a category: (8 + 1) / 10 = 90 %; other 60 %: (50 x 90 + 50 x 60) / 100 = 75 %
    row("extra credit inside weighted category", {}, {u"50/0"_s, u"50/0"_s}, {u"0:10"_s, u"0:0"_s, u"1:10"_s},
        {u"8"_s, u"1"_s, u"6"_s}, 75.0, u"C"_s);
    // first category all excused: only the second's 90 % counts
    row("excused category when weighted", {}, {u"40/0"_s, u"60/0"_s}, {u"0:10"_s, u"1:10"_s}, {u"X"_s, u"9"_s}, 90.0,
        u"A-"_s);

    // --- drop lowest ---
    // drop 1 of 5, 8, 9 (equal points): (8 + 9) / 20 = 85 %
    row("drop lowest equal points", {}, {u"0/1"_s}, {u"0:10"_s, u"0:10"_s, u"0:10"_s}, {u"5"_s, u"8"_s, u"9"_s}, 85.0,
        u"B"_s);
    // 9/10 (90 %), 20/50 (40 %), 1/5 (20 %): dropping the 20 % gives 29/60 = 48.33 %,
    // dropping the 40 % gives 10/15 = 66.67 %, which is higher: drop 20/50
    row("drop unequal points not lowest percent", {}, {u"0/1"_s}, {u"0:10"_s, u"0:50"_s, u"0:5"_s},
        {u"9"_s, u"20"_s, u"1"_s}, 1000.0 / 15, u"D"_s);
    // drop 3 asked, 2 scores: only 1 dropped (the last is kept): 7 / 10
    row("never drop the last score", {}, {u"0/3"_s}, {u"0:10"_s, u"0:10"_s}, {u"4"_s, u"7"_s}, 70.0, u"C-"_s);
    // only one counted score: nothing dropped, 6 / 10
    row("single score not dropped", {}, {u"0/2"_s}, {u"0:10"_s, u"0:10"_s}, {u"6"_s, u""_s}, 60.0, u"F"_s);
    // excused is not a candidate, extra credit never dropped: keep 9 and +2: (9 + 2) / 10 = 110 %
    row("drop with excused and extra credit", {}, {u"0/1"_s}, {u"0:10"_s, u"0:10"_s, u"0:10"_s, u"0:0"_s},
        {u"X"_s, u"5"_s, u"9"_s, u"2"_s}, 110.0, u"A"_s);
    // extra credit 3 changes the best drop: keep 9/10 -> 12/10 = 120 %; keep 1/2 -> 4/2 = 200 %
    row("extra credit changes the best drop", {}, {u"0/1"_s}, {u"0:10"_s, u"0:2"_s, u"0:0"_s}, {u"9"_s, u"1"_s, u"3"_s},
        200.0, u"A"_s);
    // drop 2 of 10, 3, 7, missing(0), 9: drop 0 and 3: (10 + 7 + 9) / 30 = 86.67 %
    row("drop two with a missing zero", {}, {u"0/2"_s}, {u"0:10"_s, u"0:10"_s, u"0:10"_s, u"0:10"_s, u"0:10"_s},
        {u"10"_s, u"3"_s, u"7"_s, u"M"_s, u"9"_s}, 2600.0 / 30, u"B"_s);
    // missing excluded and excused: one candidate left, nothing dropped: 6 / 10
    row("drop with nothing to spare", u"exclude"_s, {u"0/1"_s}, {u"0:10"_s, u"0:10"_s, u"0:10"_s},
        {u"M"_s, u"X"_s, u"6"_s}, 60.0, u"F"_s);
    // weighted with a drop: cat 0 drops 4 -> 8/10 = 80 %; cat 1 70 %: (50 x 80 + 50 x 70) / 100 = 75 %
    row("drop in weighted class", {}, {u"50/1"_s, u"50/0"_s}, {u"0:10"_s, u"0:10"_s, u"1:10"_s},
        {u"4"_s, u"8"_s, u"7"_s}, 75.0, u"C"_s);
    // points mode: the category drops 2 -> total (8 + 5) / (10 + 10) = 65 %
    row("drop in points mode", {}, {u"0/1"_s}, {u"0:10"_s, u"0:10"_s, u"-1:10"_s}, {u"2"_s, u"8"_s, u"5"_s}, 65.0,
        u"D"_s);
    // late 5 days at 10 %/day: 10 -> 5; then drop the 5 (not the 6): 6 / 10
    row("drop after late penalty", u"late:10:0"_s, {u"0/1"_s}, {u"0:10"_s, u"0:10"_s}, {u"10 L5"_s, u"6"_s}, 60.0,
        u"F"_s);
    // the 0 is in another grading period, so it is no candidate: drop 6, keep 9 / 10
    row("drop ignores other periods", {}, {u"0/1"_s}, {u"0:10:off"_s, u"0:10"_s, u"0:10"_s}, {u"0"_s, u"6"_s, u"9"_s},
        90.0, u"A-"_s);
}

void TestGradeEngine::cases()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, assignments);
    QFETCH(QStringList, cells);
    QFETCH(double, expectedFinal);
    QFETCH(QString, expectedLetter);
    QCOMPARE(cells.size(), assignments.size());

    const GradeEngine engine(policyFrom(policy), categoriesFrom(categories), assignmentsFrom(assignments));
    const std::vector<GradeCell> row = cellsFrom(cells);
    const StudentGrade g = engine.compute(row.data());
    QVERIFY2(sameOrBothEmpty(g.finalPercent, expectedFinal),
             qPrintable(u"final %1, expected %2"_s.arg(show(g.finalPercent)).arg(expectedFinal)));
    QCOMPARE(g.letter, expectedLetter);
    QCOMPARE(g.categories.size(), std::size_t(categories.size()));
}

void TestGradeEngine::categoryDetails()
{
    // Weighted: Homework 40 % drop 1, Tests 60 %, plus an uncategorised and an extra credit.
    const GradeEngine engine(GradePolicy{}, {{40, 1}, {60, 0}},
                             {{0, 10}, {0, 10}, {0, 10}, {0, 0}, {1, 50}, {1, 50}, {-1, 10}});
    const std::vector<GradeCell> row = cellsFrom({u"6"_s, u"9"_s, u"X"_s, u"1"_s, u"40"_s, u"M"_s, u"10"_s});
    const StudentGrade g = engine.compute(row.data());
    // Homework: candidates 6/10, 9/10 (excused out), extra 1: drop 6 -> (9 + 1) / 10 = 100 %
    QVERIFY(sameOrBothEmpty(g.categories[0].percent, 100.0));
    QCOMPARE(g.categories[0].earned, 10.0);
    QCOMPARE(g.categories[0].possible, 10.0);
    QCOMPARE(g.categories[0].counted, 2); // 9 and the extra credit
    QCOMPARE(g.categories[0].dropped, 1);
    // Tests: (40 + 0) / 100 = 40 %
    QVERIFY(sameOrBothEmpty(g.categories[1].percent, 40.0));
    QCOMPARE(g.categories[1].counted, 2);
    QCOMPARE(g.categories[1].dropped, 0);
    // (40 x 100 + 60 x 40) / 100 = 64 %; totals leave out the uncategorised 10/10
    QVERIFY(sameOrBothEmpty(g.finalPercent, 64.0));
    QCOMPARE(g.letter, u"D"_s);
    QCOMPARE(g.earned, 50.0);
    QCOMPARE(g.possible, 110.0);

    // Same class unweighted: totals include everything counted: (10 + 40 + 10) / (10 + 100 + 10) = 50 %
    const GradeEngine points(GradePolicy{}, {{0, 1}, {0, 0}},
                             {{0, 10}, {0, 10}, {0, 10}, {0, 0}, {1, 50}, {1, 50}, {-1, 10}});
    const StudentGrade p = points.compute(row.data());
    QCOMPARE(p.earned, 60.0);
    QCOMPARE(p.possible, 120.0);
    QVERIFY(sameOrBothEmpty(p.finalPercent, 50.0));

    // An extra-credit-only category keeps its earned points in total points mode: (8 + 3) / 10 = 110 %
    const GradeEngine extra(GradePolicy{}, {{0, 0}, {0, 0}}, {{0, 10}, {1, 0}});
    const std::vector<GradeCell> extraRow = cellsFrom({u"8"_s, u"3"_s});
    const StudentGrade e = extra.compute(extraRow.data());
    QVERIFY(!e.categories[1].percent.has_value());
    QCOMPARE(e.categories[1].earned, 3.0);
    QVERIFY(sameOrBothEmpty(e.finalPercent, 110.0));
}

void TestGradeEngine::droppedAssignmentsAreReported()
{
    // Two equal 7s, drop 1: either gives 70 %; the earlier one is dropped.
    const GradeEngine engine(GradePolicy{}, {{0, 1}}, {{0, 10}, {0, 10}});
    const std::vector<GradeCell> row = cellsFrom({u"7"_s, u"7"_s});
    StudentGrade g = engine.compute(row.data());
    QCOMPARE(g.droppedAssignments, std::vector<int>{0});
    QVERIFY(sameOrBothEmpty(g.finalPercent, 70.0));

    // Two categories with drops; indices come back ascending across categories.
    const GradeEngine two(GradePolicy{}, {{0, 1}, {0, 1}}, {{1, 10}, {0, 10}, {1, 10}, {0, 10}});
    const std::vector<GradeCell> row2 = cellsFrom({u"9"_s, u"3"_s, u"2"_s, u"8"_s});
    g = two.compute(row2.data());
    QCOMPARE(g.droppedAssignments, (std::vector<int>{1, 2}));
    // (8 + 9) / 20 = 85 %
    QVERIFY(sameOrBothEmpty(g.finalPercent, 85.0));
}

void TestGradeEngine::letters_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("letter");
    QTest::newRow("100") << 100.0 << u"A"_s;
    QTest::newRow("above 100") << 120.0 << u"A"_s;
    QTest::newRow("94") << 94.0 << u"A"_s;
    QTest::newRow("93.995 -> 94.00") << 93.995 << u"A"_s;
    QTest::newRow("93.994 -> 93.99") << 93.994 << u"A-"_s;
    QTest::newRow("89.995 -> 90.00") << 89.995 << u"A-"_s;
    QTest::newRow("89.994999 -> 89.99") << 89.994999 << u"B+"_s;
    QTest::newRow("86.999 -> 87.00") << 86.999 << u"B+"_s;
    QTest::newRow("86.994 -> 86.99") << 86.994 << u"B"_s;
    QTest::newRow("84") << 84.0 << u"B"_s;
    QTest::newRow("80") << 80.0 << u"B-"_s;
    QTest::newRow("77") << 77.0 << u"C+"_s;
    QTest::newRow("74") << 74.0 << u"C"_s;
    QTest::newRow("70") << 70.0 << u"C-"_s;
    QTest::newRow("67") << 67.0 << u"D+"_s;
    QTest::newRow("64") << 64.0 << u"D"_s;
    QTest::newRow("60.995 -> 61.00") << 60.995 << u"D-"_s;
    QTest::newRow("60.994 -> 60.99") << 60.994 << u"F"_s;
    QTest::newRow("0") << 0.0 << u"F"_s;
    QTest::newRow("negative") << -5.0 << u"F"_s;
}

void TestGradeEngine::letters()
{
    QFETCH(double, percent);
    QFETCH(QString, letter);
    QCOMPARE(GradeEngine::letterFor(percent, {}), letter);
    QCOMPARE(GradeEngine::letterFor(percent, GradingScale::defaultCutoffs()), letter);
}

void TestGradeEngine::round2_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    QTest::newRow("89.995") << 89.995 << 90.0;
    QTest::newRow("1.005") << 1.005 << 1.01; // the double is 1.00499999999999989...
    QTest::newRow("2.675") << 2.675 << 2.68;
    QTest::newRow("4.125") << 4.125 << 4.13;
    QTest::newRow("0.125") << 0.125 << 0.13;
    QTest::newRow("-1.005") << -1.005 << -1.01; // half away from zero
    QTest::newRow("93.994") << 93.994 << 93.99;
    QTest::newRow("66.666...") << 200.0 / 3 << 66.67;
    QTest::newRow("33.333...") << 100.0 / 3 << 33.33;
    QTest::newRow("179.99 / 2") << 179.99 / 2 << 90.0;
    QTest::newRow("0.1 + 0.2") << (0.1 + 0.2) * 100 << 30.0;
    QTest::newRow("large") << 12345.675 << 12345.68;
    QTest::newRow("zero") << 0.0 << 0.0;
}

void TestGradeEngine::round2()
{
    QFETCH(double, value);
    QFETCH(double, expected);
    QCOMPARE(GradeEngine::round2(value), expected);
    QCOMPARE(QString::number(GradeEngine::round2(value), 'f', 2), QString::number(expected, 'f', 2));
}

void TestGradeEngine::customScale()
{
    const QList<LetterCutoff> passFail{{u"P"_s, 60}, {u"F"_s, 0}};
    QCOMPARE(GradeEngine::letterFor(59.995, passFail), u"P"_s); // 60.00
    QCOMPARE(GradeEngine::letterFor(59.994, passFail), u"F"_s); // 59.99
    // A scale that does not reach 0: below its lowest cut-off, the lowest letter.
    const QList<LetterCutoff> partial{{u"A"_s, 90}, {u"B"_s, 80}};
    QCOMPARE(GradeEngine::letterFor(50, partial), u"B"_s);
    // Stored out of order: still read highest first.
    const QList<LetterCutoff> unordered{{u"F"_s, 0}, {u"A"_s, 90}, {u"C"_s, 70}};
    QCOMPARE(GradeEngine::letterFor(95, unordered), u"A"_s);
    QCOMPARE(GradeEngine::letterFor(75, unordered), u"C"_s);
    QCOMPARE(GradeEngine::letterFor(10, unordered), u"F"_s);

    // The engine uses the policy's scale: 17 / 20 = 85 % -> "Proficient" (80..90).
    GradePolicy policy;
    policy.scale = {{u"Advanced"_s, 90}, {u"Proficient"_s, 80}, {u"Basic"_s, 0}};
    const GradeEngine engine(policy, {}, {{-1, 20}});
    const std::vector<GradeCell> row = cellsFrom({u"17"_s});
    QCOMPARE(engine.compute(row.data()).letter, u"Proficient"_s);
    QCOMPARE(engine.scale().constFirst().letter, u"Advanced"_s);
    // An empty policy scale means the default one.
    QCOMPARE(GradeEngine(GradePolicy{}, {}, {}).scale().size(), GradingScale::defaultCutoffs().size());
}

void TestGradeEngine::percentForLetter_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<double>("percent"); // NaN: unknown letter
    QTest::newRow("A is 100") << u"A"_s << 100.0;
    QTest::newRow("A- tops at 93.99") << u"A-"_s << 93.99;
    QTest::newRow("B+ tops at 89.99") << u"B+"_s << 89.99;
    QTest::newRow("B tops at 86.99") << u"B"_s << 86.99;
    QTest::newRow("D- tops at 63.99") << u"D-"_s << 63.99;
    QTest::newRow("F tops at 60.99") << u"F"_s << 60.99;
    QTest::newRow("lower case, spaces") << u"  b+ "_s << 89.99;
    QTest::newRow("lower a") << u"a"_s << 100.0;
    QTest::newRow("unknown") << u"Z"_s << kNone;
    QTest::newRow("empty") << QString() << kNone;
}

void TestGradeEngine::percentForLetter()
{
    QFETCH(QString, letter);
    QFETCH(double, percent);
    const std::optional<double> p = GradeEngine::percentForLetter(letter, {});
    QVERIFY2(sameOrBothEmpty(p, percent), qPrintable(show(p)));
    // Custom scale: Meets tops at 89.99 below Exceeds (90).
    const QList<LetterCutoff> custom{{u"Exceeds"_s, 90}, {u"Meets"_s, 70}, {u"Approaching"_s, 0}};
    QCOMPARE(*GradeEngine::percentForLetter(u"meets"_s, custom), 89.99);
    QCOMPARE(*GradeEngine::percentForLetter(u"Exceeds"_s, custom), 100.0);
    QVERIFY(!GradeEngine::percentForLetter(u"A"_s, custom));
}

void TestGradeEngine::percentForLetterRoundTrips()
{
    for (const LetterCutoff &c : GradingScale::defaultCutoffs()) {
        const std::optional<double> p = GradeEngine::percentForLetter(c.letter, {});
        QVERIFY(p);
        QCOMPARE(GradeEngine::letterFor(*p, {}), c.letter);
    }
}

void TestGradeEngine::latePenaltyFunction()
{
    GradePolicy policy;
    policy.latePenaltyEnabled = true;
    policy.latePenaltyPerDay = 5;
    policy.latePenaltyFloor = 60;
    const GradeEngine engine(policy, {}, {});
    QCOMPARE(engine.afterLatePenalty(20, 0), 20.0);                              // on time
    QCOMPARE(engine.afterLatePenalty(20, 1), 19.0);                              // 20 x 95 %
    QCOMPARE(engine.afterLatePenalty(20, 4), 16.0);                              // 20 x 80 %
    QCOMPARE(engine.afterLatePenalty(20, 8), 12.0);                              // 100 - 40 = 60 % = floor
    QCOMPARE(engine.afterLatePenalty(20, 30), 12.0);                             // floor 60 %
    QCOMPARE(GradeEngine(GradePolicy{}, {}, {}).afterLatePenalty(20, 30), 20.0); // off
}

void TestGradeEngine::forClassMapsEntities()
{
    SchoolClass c;
    c.missingPolicy = u"exclude"_s;
    c.latePenaltyEnabled = true;
    c.latePenaltyPerDay = 10;
    c.latePenaltyFloor = 50;
    Category hw;
    hw.id = u"hw"_s;
    hw.weight = 40;
    hw.dropLowest = 1;
    Category tests;
    tests.id = u"tests"_s;
    tests.weight = 60;
    Assignment a1;
    a1.categoryId = u"tests"_s;
    a1.pointsPossible = 50;
    a1.gradingPeriodId = u"q1"_s;
    Assignment a2;
    a2.categoryId = u"gone"_s; // a category that is not in the list: uncategorised
    a2.pointsPossible = 10;
    a2.gradingPeriodId = u"q2"_s;
    const GradeEngine all = GradeEngine::forClass(c, {hw, tests}, {a1, a2}, {});
    QVERIFY(all.weighted());
    QVERIFY(!all.policy().missingCountsAsZero);
    QVERIFY(all.policy().latePenaltyEnabled);
    QCOMPARE(all.policy().latePenaltyPerDay, 10.0);
    QCOMPARE(all.categories().size(), std::size_t(2));
    QCOMPARE(all.categories()[0].dropLowest, 1);
    QCOMPARE(all.assignments()[0].category, 1);
    QCOMPARE(all.assignments()[1].category, -1);
    QVERIFY(all.assignments()[0].counts && all.assignments()[1].counts);
    const GradeEngine q1 = GradeEngine::forClass(c, {hw, tests}, {a1, a2}, {}, u"q1"_s);
    QVERIFY(q1.assignments()[0].counts);
    QVERIFY(!q1.assignments()[1].counts);
}

void TestGradeEngine::cellForConvertsLetters()
{
    Assignment a;
    a.pointsPossible = 20;
    a.gradingType = u"letter"_s;
    Score s;
    s.letter = u"B"_s;
    // B tops at 86.99 %: 20 x 0.8699 = 17.398 points
    QVERIFY(std::fabs(GradeEngine::cellFor(s, a, {}).points - 17.398) < 1e-9);
    s.letter = u"Q"_s; // not on the scale: ungraded
    QVERIFY(!GradeEngine::cellFor(s, a, {}).hasPoints());
    s.letter.clear();
    s.points = 12.5;
    s.late = true;
    s.daysLate = 3;
    s.missing = true;
    const GradeCell cell = GradeEngine::cellFor(s, a, {});
    QCOMPARE(cell.points, 12.5);
    QVERIFY(cell.late && cell.missing && !cell.excused && !cell.exempt);
    QCOMPARE(cell.daysLate, 3);
}

void TestGradeEngine::dropSearchesAgreeOnRandomClasses()
{
    // Exhaustive search is the definition; the iterative search must find the same best percentage.
    QRandomGenerator rng(20261122);
    for (int trial = 0; trial < 3000; ++trial) {
        const int m = 2 + int(rng.bounded(13));
        const int drop = 1 + int(rng.bounded(m - 1));
        std::vector<GradeEngine::DropCandidate> c;
        for (int i = 0; i < m; ++i) {
            const double possible = 1 + rng.bounded(50);
            const double earned = std::round(rng.bounded(possible * 1.1) * 2) / 2;
            c.push_back({earned, possible});
        }
        const double extra = rng.bounded(4) == 0 ? double(rng.bounded(5)) : 0.0;
        auto ratio = [&](const std::vector<int> &dropped) {
            double e = extra;
            double p = 0;
            for (int i = 0; i < m; ++i) {
                if (std::find(dropped.begin(), dropped.end(), i) == dropped.end()) {
                    e += c[i].earned;
                    p += c[i].possible;
                }
            }
            return e / p;
        };
        const std::vector<int> ex = GradeEngine::chooseDrops(c, extra, drop, GradeEngine::DropSearch::Exhaustive);
        const std::vector<int> it = GradeEngine::chooseDrops(c, extra, drop, GradeEngine::DropSearch::Iterative);
        QCOMPARE(int(ex.size()), drop);
        QCOMPARE(int(it.size()), drop);
        QVERIFY2(std::fabs(ratio(ex) - ratio(it)) < 1e-12,
                 qPrintable(u"trial %1: exhaustive %2, iterative %3"_s.arg(trial).arg(ratio(ex)).arg(ratio(it))));
    }
}

void TestGradeEngine::dropSearchUnequalPoints()
{
    // 9/10, 20/50, 1/5: dropping the 40 % score beats dropping the 20 % one (see cases()).
    const std::vector<GradeEngine::DropCandidate> c{{9, 10}, {20, 50}, {1, 5}};
    for (auto search :
         {GradeEngine::DropSearch::Exhaustive, GradeEngine::DropSearch::Iterative, GradeEngine::DropSearch::Automatic})
        QCOMPARE(GradeEngine::chooseDrops(c, 0, 1, search), std::vector<int>{1});
    // Never all: asking to drop 3 of 3 drops 2.
    QCOMPARE(GradeEngine::chooseDrops(c, 0, 3).size(), std::size_t(2));
    QVERIFY(GradeEngine::chooseDrops({{5, 10}}, 0, 1).empty());
    // A large category goes the iterative way (C(40, 5) combinations) and must still be exact:
    // 35 scores of 10/10, five of 0/1: dropping the five zeros gives 100 %.
    std::vector<GradeEngine::DropCandidate> big(35, {10, 10});
    for (int i = 0; i < 5; ++i)
        big.push_back({0, 1});
    QCOMPARE(GradeEngine::chooseDrops(big, 0, 5), (std::vector<int>{35, 36, 37, 38, 39}));
}

QTEST_GUILESS_MAIN(TestGradeEngine)
#include "tst_gradeengine.moc"
