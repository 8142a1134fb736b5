// The Insight tab's computations, worked by hand on the small class of
// GradebookFixture: Adams, Baker, Clark; Homework (weight 40: HW1 10 pts, HW2
// 10 pts) and Tests (weight 60: Test 50 pts); Canvas's default scale (A 94,
// A- 90, B+ 87, B 84, B- 80, C+ 77, C 74, C- 70, D+ 67, D 64, D- 61, F 0).
// Scores are typed into the grid's model, as a teacher would.
#include "tests/common/GradebookFixture.h"

#include "models/actions/Actions.h"

#include "kernel/domain/Clock.h"
#include "models/insight/AtRiskModel.h"
#include "models/insight/InsightReport.h"
#include "models/insight/MissingWorkModel.h"
#include "models/insight/WhatItTakesModel.h"
#include "models/itemmodels/GradebookModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

using State = WhatItTakes::Need::State;

struct Class : test::GradebookFixture
{
    QUndoStack stack;
    GradebookModel model{profile.store(), &stack};

    Class() { model.setClassId(classId); }

    // Types into the grid: row = student (Adams 0, Baker 1, Clark 2), column 1 + assignment (HW1 0, HW2 1, Test 2).
    bool type(int student, int assignment, const QString &text)
    {
        return model.setData(model.index(student, model.columnForAssignment(assignment)), text);
    }
    std::vector<std::optional<double>> finals() const
    {
        std::vector<std::optional<double>> f;
        for (int s = 0; s < model.rowCount(); ++s)
            f.push_back(model.gradeOf(s).finalPercent);
        return f;
    }
    const GradebookData &data() const { return model.gradebook(); }
};

// The need for a letter of the default scale.
WhatItTakes::Need needFor(const WhatItTakes::Row &row, const QString &letter)
{
    const QList<LetterCutoff> scale = GradingScale::defaultCutoffs();
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale.at(i).letter == letter)
            return row.needs.at(size_t(i));
    }
    qFatal("no such letter");
}

} // namespace

class TestInsight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Clock::reset(); }
    void statistics();
    void atRiskAndMissing();
    void atRiskReadsTheClassThresholds();
    void whatItTakesRemainingWork();
    void whatItTakesOneAssignment();
    void whatItTakesSecuredAndOutOfReach();
    void whatItTakesWithDropLowest();
    void dropOverTwoWeeks();
    void modelsUnderTester();
};

void TestInsight::statistics()
{
    Class c;
    // HW1: 8, 10, 10.  HW2: Adams excused, Baker 5, Clark missing.  Test: 45, 30, (Clark nothing).
    QVERIFY(c.type(0, 0, u"8"_s) && c.type(1, 0, u"10"_s) && c.type(2, 0, u"10"_s));
    QVERIFY(c.type(0, 1, u"EX"_s) && c.type(1, 1, u"5"_s) && c.type(2, 1, u"m"_s));
    QVERIFY(c.type(0, 2, u"45"_s) && c.type(1, 2, u"30"_s));
    // Adams: homework 8/10 = 80 (HW2 excused), test 45/50 = 90: 0.4 x 80 + 0.6 x 90 = 86 -> B.
    // Baker: homework 15/20 = 75, test 30/50 = 60: 30 + 36 = 66 -> D.
    // Clark: homework (10 + 0 missing)/20 = 50, no test yet: only homework weighs: 50 -> F.
    const std::vector<std::optional<double>> finals = c.finals();
    QCOMPARE(*finals[0], 86.0);
    QCOMPARE(*finals[1], 66.0);
    QCOMPARE(*finals[2], 50.0);
    const ClassStatistics stats = ClassStatistics::compute(c.data(), finals);
    const std::vector<int> bins{0, 0, 0, 0, 0, 1, 1, 0, 1, 0}; // 50 in [50,60), 66 in [60,70), 86 in [80,90)
    QCOMPARE(stats.finalBins, bins);
    QCOMPARE(stats.letterCounts[size_t(stats.letters.indexOf(u"B"_s))], 1);
    QCOMPARE(stats.letterCounts[size_t(stats.letters.indexOf(u"D"_s))], 1);
    QCOMPARE(stats.letterCounts[size_t(stats.letters.indexOf(u"F"_s))], 1);
    QCOMPARE(std::accumulate(stats.letterCounts.cbegin(), stats.letterCounts.cend(), 0), 3);
    QCOMPARE(stats.withoutGrade, 0);

    // HW1: 80, 100, 100 %: mean 280/3 = 93.33, median 100, min 80, max 100.
    const ClassStatistics::AssignmentStats &hw1 = stats.assignments[0];
    QCOMPARE(hw1.graded, 3);
    QCOMPARE(hw1.missing, 0);
    QCOMPARE(hw1.excused, 0);
    QVERIFY(qFuzzyCompare(*hw1.mean, 280.0 / 3));
    QCOMPARE(*hw1.median, 100.0);
    QCOMPARE(*hw1.min, 80.0);
    QCOMPARE(*hw1.max, 100.0);
    QCOMPARE(hw1.bins[8], 1);
    QCOMPARE(hw1.bins[9], 2);
    // HW2: one score, 5/10 = 50 %; one excused, one missing.
    const ClassStatistics::AssignmentStats &hw2 = stats.assignments[1];
    QCOMPARE(hw2.graded, 1);
    QCOMPARE(hw2.missing, 1);
    QCOMPARE(hw2.excused, 1);
    QCOMPARE(*hw2.mean, 50.0);
    QCOMPARE(*hw2.median, 50.0);
    // Test: 90 and 60 %: an even count, the median is the mean of the middle two, 75.
    const ClassStatistics::AssignmentStats &test = stats.assignments[2];
    QCOMPARE(test.graded, 2);
    QCOMPARE(*test.mean, 75.0);
    QCOMPARE(*test.median, 75.0);
    QCOMPARE(*test.min, 60.0);
    QCOMPARE(*test.max, 90.0);
    QCOMPARE(test.missing, 0); // Clark's empty cell is not missing: nothing is marked

    // The bin edge follows the letter rounding: 89.995 shows as 90.00, so it is in the 90s.
    QCOMPARE(ClassStatistics::binOf(89.995), 9);
    QCOMPARE(ClassStatistics::binOf(89.99), 8);
    QCOMPARE(ClassStatistics::binOf(112.0), 9); // extra credit: the top bin
}

void TestInsight::atRiskReadsTheClassThresholds()
{
    Class c;
    QVERIFY(c.type(0, 0, u"8"_s) && c.type(1, 0, u"10"_s) && c.type(2, 0, u"10"_s));
    QVERIFY(c.type(0, 1, u"EX"_s) && c.type(1, 1, u"5"_s) && c.type(2, 1, u"m"_s));
    QVERIFY(c.type(0, 2, u"45"_s) && c.type(1, 2, u"30"_s));
    // Finals 86, 66, 50 (atRiskAndMissing). The class's defaults: below 70, 3 missing, 10 points.
    const AtRisk::Criteria defaults = AtRisk::criteriaFor(c.data().schoolClass);
    QCOMPARE(defaults.belowPercent, 70.0);
    QCOMPARE(defaults.missingAtLeast, 3);
    QCOMPARE(defaults.dropPoints, 10.0);
    // The class set to below 60, 1 missing, 25 points (ClassActions, as class settings and `class set` write it).
    SchoolClass after = c.data().schoolClass;
    after.riskBelowPercent = 60;
    after.riskMissingCount = 1;
    after.riskDropPoints = 25;
    QVERIFY(Actions(c.profile.store()).classes().saveOptions(c.data().schoolClass, after));
    QCOMPARE(c.data().schoolClass.riskBelowPercent, 60.0); // the model reloaded the class
    InsightReport report;
    report.setCriteria(AtRisk::criteriaFor(c.data().schoolClass));
    // Earlier finals 95, 80, 60: drops of 9, 14, 10 points; none reaches 25.
    ScoreHistory::Finals earlier;
    earlier.ok = true;
    earlier.finals = {95.0, 80.0, 60.0};
    earlier.unknown = {false, false, false};
    report.setEarlier(earlier);
    report.refresh(c.data(), c.finals(), {}, {}, true);
    QCOMPARE(report.atRisk().size(), size_t(1)); // Clark: 50 < 60 and 1 missing; Baker's 66 is not below 60
    QCOMPARE(report.atRisk()[0].student, 2);
    QCOMPARE(report.atRisk()[0].reasons, int(AtRisk::Below | AtRisk::ManyMissing));
    // At 10 points the drops of Baker (14) and Clark (10) count again.
    after.riskDropPoints = 10;
    QVERIFY(Actions(c.profile.store()).classes().saveOptions(c.data().schoolClass, after));
    report.setCriteria(AtRisk::criteriaFor(c.data().schoolClass));
    report.refresh(c.data(), c.finals(), {}, {}, true);
    QCOMPARE(report.atRisk().size(), size_t(2));
    QCOMPARE(report.atRisk()[0].reasons, int(AtRisk::Dropped));
    QCOMPARE(report.atRisk()[1].reasons, int(AtRisk::Below | AtRisk::ManyMissing | AtRisk::Dropped));
}

void TestInsight::atRiskAndMissing()
{
    Class c;
    QVERIFY(c.type(0, 0, u"8"_s) && c.type(1, 0, u"10"_s) && c.type(2, 0, u"10"_s));
    QVERIFY(c.type(0, 1, u"EX"_s) && c.type(1, 1, u"5"_s) && c.type(2, 1, u"m"_s));
    QVERIFY(c.type(0, 2, u"45"_s) && c.type(1, 2, u"30"_s));
    // Finals as in statistics(): 86, 66, 50. Default criteria: below 70, 3 missing.
    std::vector<AtRisk::Student> risk = AtRisk::compute(c.data(), c.finals(), {}, {}, AtRisk::Criteria{});
    QCOMPARE(risk.size(), size_t(2));
    QCOMPARE(risk[0].student, 1); // Baker, 66 < 70
    QCOMPARE(risk[0].reasons, int(AtRisk::Below));
    QCOMPARE(risk[1].student, 2); // Clark, 50 < 70 and 1 missing (fewer than 3)
    QCOMPARE(risk[1].reasons, int(AtRisk::Below));
    QCOMPARE(risk[1].missing, 1);
    QVERIFY(!risk[1].drop); // no earlier grades given: the drop is not judged

    AtRisk::Criteria strict;
    strict.belowPercent = 60; // Baker 66 is no longer below; Clark 50 is
    strict.missingAtLeast = 1;
    risk = AtRisk::compute(c.data(), c.finals(), {}, {}, strict);
    QCOMPARE(risk.size(), size_t(1));
    QCOMPARE(risk[0].student, 2);
    QCOMPARE(risk[0].reasons, int(AtRisk::Below | AtRisk::ManyMissing));

    // At the threshold is not below it.
    AtRisk::Criteria edge;
    edge.belowPercent = 66.0; // Baker's 66.00 exactly is not below 66
    risk = AtRisk::compute(c.data(), c.finals(), {}, {}, edge);
    QCOMPARE(risk.size(), size_t(1));
    QCOMPARE(risk[0].student, 2);

    // Missing work: only Clark's HW2 (Adams's excused cell and the empty test are not missing).
    const MissingWork missing = MissingWork::compute(c.data());
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.items(MissingWork::Order::ByStudent)[0].student, 2);
    QCOMPARE(missing.items(MissingWork::Order::ByStudent)[0].assignment, 1);
    QCOMPARE(QString::fromUtf8(missing.toCsv(c.data(), MissingWork::Order::ByStudent)),
             u"Student number,Family name,Given name,Assignment,Category,Due date,Points possible\r\n"
             "103,Clark,Sam,HW2,Homework,,10\r\n"_s);

    // Two more missing for Baker, ordered by student and by assignment.
    QVERIFY(c.type(1, 0, QString()) && c.type(1, 0, u"m"_s)); // cleared, then marked: no points, missing
    QVERIFY(c.type(1, 2, QString()) && c.type(1, 2, u"m"_s));
    const MissingWork more = MissingWork::compute(c.data());
    QCOMPARE(more.count(), 3);
    const std::vector<MissingWork::Item> &byStudent = more.items(MissingWork::Order::ByStudent);
    const std::vector<MissingWork::Item> &byAssignment = more.items(MissingWork::Order::ByAssignment);
    // By student: Baker HW1, Baker Test, Clark HW2. By assignment: HW1 Baker, HW2 Clark, Test Baker.
    QCOMPARE((std::pair{byStudent[0].student, byStudent[0].assignment}), (std::pair{1, 0}));
    QCOMPARE((std::pair{byStudent[1].student, byStudent[1].assignment}), (std::pair{1, 2}));
    QCOMPARE((std::pair{byStudent[2].student, byStudent[2].assignment}), (std::pair{2, 1}));
    QCOMPARE((std::pair{byAssignment[0].student, byAssignment[0].assignment}), (std::pair{1, 0}));
    QCOMPARE((std::pair{byAssignment[1].student, byAssignment[1].assignment}), (std::pair{2, 1}));
    QCOMPARE((std::pair{byAssignment[2].student, byAssignment[2].assignment}), (std::pair{1, 2}));
}

void TestInsight::whatItTakesRemainingWork()
{
    Class c;
    // Adams: HW1 8/10; HW2 and the test still to come. Today only homework weighs: 80 % (B-).
    QVERIFY(c.type(0, 0, u"8"_s));
    const WhatItTakes::Row row = WhatItTakes::forStudent(c.data(), 0);
    QCOMPARE(*row.finalPercent, 80.0);
    QCOMPARE(row.remaining, 2);
    // Both at p %: homework (8 + 0.1p)/20 = 40 + 0.5p; test p.
    // Final = 0.4 (40 + 0.5p) + 0.6p = 16 + 0.8p. Letters compare the Final % rounded to 2 decimals.
    // B (84): 16 + 0.8p >= 83.995 -> p >= 84.99375; 84.99 gives 83.992 -> 83.99 (no), 85.00 gives 84 (yes).
    QCOMPARE(needFor(row, u"B"_s).state, State::Needed);
    QCOMPARE(needFor(row, u"B"_s).percent, 85.00);
    // A (94): 0.8p >= 77.995 -> p >= 97.49375: 97.49 gives 93.992 -> 93.99 (no); 97.50 gives 94.00.
    QCOMPARE(needFor(row, u"A"_s).percent, 97.50);
    // C- (70): 0.8p >= 53.995 -> p >= 67.49375 -> 67.50.
    QCOMPARE(needFor(row, u"C-"_s).percent, 67.50);
    // D- (61): 0.8p >= 44.995 -> p >= 56.24375 -> 56.25 (56.24 gives 60.992 -> 60.99).
    QCOMPARE(needFor(row, u"D-"_s).percent, 56.25);
    // F: 0 % on both gives 16 %, still an F: secured.
    QCOMPARE(needFor(row, u"F"_s).state, State::Secured);
}

void TestInsight::whatItTakesOneAssignment()
{
    Class c;
    QVERIFY(c.type(0, 0, u"8"_s));
    // Only the test (the "final exam") scored, HW2 left out: homework stays 8/10 = 80.
    // Final = 0.4 x 80 + 0.6p = 32 + 0.6p; at 100 % it is 92.
    const WhatItTakes::Row row = WhatItTakes::forStudent(c.data(), 0, 2);
    QVERIFY(row.applicable);
    QCOMPARE(row.remaining, 1);
    // B (84): 0.6p >= 51.995 -> p >= 86.6583: 86.65 gives 83.99 (no), 86.66 gives 83.996 -> 84.00 (yes).
    QCOMPARE(needFor(row, u"B"_s).percent, 86.66);
    // A- (90): 0.6p >= 57.995 -> p >= 96.6583 -> 96.66.
    QCOMPARE(needFor(row, u"A-"_s).percent, 96.66);
    // A (94): would need 103.3 %: out of reach (extra credit is not counted on).
    QCOMPARE(needFor(row, u"A"_s).state, State::OutOfReach);
    // D- (61): 0.6p >= 28.995 -> p >= 48.325: 48.32 gives 60.992 (no), 48.33 gives 60.998 -> 61.00.
    QCOMPARE(needFor(row, u"D-"_s).percent, 48.33);
    // F: 0 % on the test gives 32: secured.
    QCOMPARE(needFor(row, u"F"_s).state, State::Secured);

    // HW1 is already scored for Adams: choosing it does not apply.
    QVERIFY(!WhatItTakes::forStudent(c.data(), 0, 0).applicable);
}

void TestInsight::whatItTakesSecuredAndOutOfReach()
{
    Class c;
    // Clark: HW1 10/10, test 50/50; HW2 to come. Homework (10 + 0.1p)/20 = 50 + 0.5p.
    // Final = 0.4 (50 + 0.5p) + 60 = 80 + 0.2p: from 80 (B-) at 0 % to 100 (A) at 100 %.
    QVERIFY(c.type(2, 0, u"10"_s) && c.type(2, 2, u"50"_s));
    const WhatItTakes::Row clark = WhatItTakes::forStudent(c.data(), 2);
    QCOMPARE(clark.remaining, 1);
    QCOMPARE(needFor(clark, u"B-"_s).state, State::Secured); // 80 at 0 %: exactly the cut-off
    QCOMPARE(needFor(clark, u"C+"_s).state, State::Secured);
    // B (84): 0.2p >= 3.995 -> p >= 19.975: 19.97 gives 83.994 -> 83.99 (no), 19.98 gives 83.996 -> 84.00.
    QCOMPARE(needFor(clark, u"B"_s).state, State::Needed);
    QCOMPARE(needFor(clark, u"B"_s).percent, 19.98);
    // B+ (87): p >= 34.975 -> 34.98.  A (94): p >= 69.975 -> 69.98.
    QCOMPARE(needFor(clark, u"B+"_s).percent, 34.98);
    QCOMPARE(needFor(clark, u"A"_s).percent, 69.98);

    // Baker: HW1 2/10, test 10/50 (20 %); HW2 to come. Homework (2 + 0.1p)/20 = 10 + 0.5p.
    // Final = 0.4 (10 + 0.5p) + 0.6 x 20 = 16 + 0.2p: at most 36 -> every letter above F is out of reach.
    QVERIFY(c.type(1, 0, u"2"_s) && c.type(1, 2, u"10"_s));
    const WhatItTakes::Row baker = WhatItTakes::forStudent(c.data(), 1);
    QCOMPARE(needFor(baker, u"D-"_s).state, State::OutOfReach);
    QCOMPARE(needFor(baker, u"A"_s).state, State::OutOfReach);
    QCOMPARE(needFor(baker, u"F"_s).state, State::Secured);

    // Adams: everything scored or marked (HW2 missing counts 0, it is not "to come").
    // Homework 10/20 = 50, test 40/50 = 80: 20 + 48 = 68 (D+). Nothing to come: D+ and below
    // secured, C- and above out of reach.
    QVERIFY(c.type(0, 0, u"10"_s) && c.type(0, 1, u"m"_s) && c.type(0, 2, u"40"_s));
    const WhatItTakes::Row adams = WhatItTakes::forStudent(c.data(), 0);
    QCOMPARE(adams.remaining, 0);
    QCOMPARE(*adams.finalPercent, 68.0);
    QCOMPARE(needFor(adams, u"D+"_s).state, State::Secured);
    QCOMPARE(needFor(adams, u"C-"_s).state, State::OutOfReach);
}

void TestInsight::whatItTakesWithDropLowest()
{
    // Drop-lowest makes the Final % non-linear in p: which homework is dropped depends on p.
    Class c;
    Category hw = *CategoryRepository(c.profile.store()).find(c.homework);
    hw.dropLowest = 1;
    QVERIFY(CategoryRepository(c.profile.store()).save(hw, u"x"_s).ok());
    c.model.reload();
    // Adams: HW1 4/10, test 45/50 (90 %); HW2 to come.
    // Homework keeps the better of HW1 (40 %) and HW2 (p %): max(40, p). Final = 0.4 max(40, p) + 54.
    // Below p = 40 the Final % stays 70 (C-, secured); above, 54 + 0.4p.
    // B (84): 0.4p >= 29.995 -> p >= 74.9875 -> 74.99 (74.98 gives 83.992 -> 83.99).
    QVERIFY(c.type(0, 0, u"4"_s) && c.type(0, 2, u"45"_s));
    const WhatItTakes::Row row = WhatItTakes::forStudent(c.data(), 0);
    QCOMPARE(*row.finalPercent, 70.0);
    QCOMPARE(needFor(row, u"C-"_s).state, State::Secured);
    // C (74): 0.4p >= 19.995 -> p >= 49.9875: 49.98 gives 73.992 -> 73.99 (no), 49.99 gives 73.996 -> 74.00.
    QCOMPARE(needFor(row, u"C"_s).percent, 49.99);
    QCOMPARE(needFor(row, u"B"_s).percent, 74.99);
    QCOMPARE(needFor(row, u"A"_s).percent, 99.99); // 94: 0.4p >= 39.995 -> 99.9875 -> 99.99
}

void TestInsight::dropOverTwoWeeks()
{
    // Twenty days ago: Adams HW1 10, test 50 (100 %); Clark HW1 9 (90 %);
    // Baker HW2 10, undone the same day (undoing a new score deletes its row: a tombstone
    // that keeps the 10).
    test::setToday(QDate(2026, 10, 1));
    Class c;
    QVERIFY(c.type(0, 0, u"10"_s) && c.type(0, 2, u"50"_s));
    QVERIFY(c.type(2, 0, u"9"_s));
    QVERIFY(c.type(1, 1, u"10"_s));
    c.stack.undo();
    QCOMPARE(test::countRows(c.profile.store(), u"score"_s, u"deleted = 1"_s), 1);

    // Today: Adams's test becomes 25/50: 0.4 x 100 + 0.6 x 50 = 70: down 30 points.
    // Baker: HW1 10 and HW2 2: homework 12/20 = 60 today; fourteen days ago he had no grade
    // (the HW2 row was a deleted tombstone then, not a score of 10): no drop.
    test::setToday(QDate(2026, 10, 21));
    QVERIFY(c.type(0, 2, u"25"_s));
    QVERIFY(c.type(1, 0, u"10"_s) && c.type(1, 1, u"2"_s));
    // Clark's HW1 is changed on another device to 3: it arrives by sync, with a new
    // updated_at and no audit entry on this device, so his earlier grade is unknown.
    QSqlQuery q(c.profile.store().database().connection());
    QVERIFY(q.exec(u"UPDATE score SET points = 3, updated_at = '%1' WHERE student_id = '%2'"_s.arg(Clock::nowIso(),
                                                                                                   c.students.at(2))));
    c.model.reload();

    const ScoreHistory::Finals earlier =
        ScoreHistory::finalsAsOf(c.profile.store(), c.data(), Clock::currentDateTimeUtc().addDays(-14));
    QVERIFY(earlier.ok);
    QCOMPARE(*earlier.finals[0], 100.0);
    QVERIFY(!earlier.finals[1]);
    QVERIFY(earlier.unknown[2]);
    QVERIFY(!earlier.unknown[0]);

    AtRisk::Criteria criteria;
    criteria.belowPercent = 0; // only the drop here
    const std::vector<AtRisk::Student> risk =
        AtRisk::compute(c.data(), c.finals(), earlier.finals, earlier.unknown, criteria);
    QCOMPARE(risk.size(), size_t(1)); // Clark fell from 90 to 30 elsewhere, but that is not known here
    QCOMPARE(risk[0].student, 0);
    QCOMPARE(risk[0].reasons, int(AtRisk::Dropped));
    QCOMPARE(*risk[0].drop, 30.0);

    // Less than 10 points is no drop: test 42/50 = 84 %: 40 + 0.6 x 84 = 90.4, down 9.6.
    QVERIFY(c.type(0, 2, u"42"_s));
    const std::vector<AtRisk::Student> none =
        AtRisk::compute(c.data(), c.finals(), earlier.finals, earlier.unknown, criteria);
    QVERIFY(none.empty());
}

void TestInsight::modelsUnderTester()
{
    Class c;
    AtRiskModel atRisk;
    MissingWorkModel missing;
    WhatItTakesModel whatItTakes;
    QAbstractItemModelTester t1(&atRisk, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&missing, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&whatItTakes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InsightReport report;
    auto refresh = [&](const QSet<int> &changed, bool all) {
        report.refresh(c.data(), c.finals(), changed, {0, 1, 2}, all);
        atRisk.setStudents(c.data(), report.atRisk(), report.criteria());
        missing.setMissingWork(c.data(), report.missingWork(), MissingWork::Order::ByStudent);
        whatItTakes.setRows(c.data(), report.whatItTakes());
    };
    refresh({}, true);
    QCOMPARE(atRisk.rowCount(), 0); // nothing graded: no Final %, nothing missing
    QCOMPARE(missing.rowCount(), 0);
    QCOMPARE(whatItTakes.rowCount(), 3);
    QCOMPARE(whatItTakes.columnCount(), 3 + 12);
    QCOMPARE(whatItTakes.headerData(WhatItTakesModel::FirstLetterColumn, Qt::Horizontal).toString(), u"A"_s);

    // Clark: HW1 10, test 50, HW2 missing: homework 10/20 = 50, 0.4 x 50 + 60 = 80.
    QVERIFY(c.type(2, 0, u"10"_s) && c.type(2, 2, u"50"_s) && c.type(2, 1, u"m"_s));
    // Baker: HW1 3: 30 % -> at risk (below 70).
    QVERIFY(c.type(1, 0, u"3"_s));
    refresh({1, 2}, false);
    QCOMPARE(atRisk.rowCount(), 1);
    QCOMPARE(atRisk.index(0, int(AtRiskModel::Column::Student)).data().toString(), u"Baker, Sam"_s);
    QCOMPARE(atRisk.studentIdAt(0), c.students.at(1));
    QVERIFY(atRisk.index(0, int(AtRiskModel::Column::Reasons)).data().toString().contains(u"below 70"_s));
    QCOMPARE(missing.rowCount(), 1);
    QCOMPARE(missing.index(0, int(MissingWorkModel::Column::Assignment)).data().toString(), u"HW2"_s);
    missing.setMissingWork(c.data(), report.missingWork(), MissingWork::Order::ByAssignment);
    QCOMPARE(missing.rowCount(), 1);
    // Clark has nothing to come: B- secured (80), B out of reach.
    const int bMinus = WhatItTakesModel::FirstLetterColumn + 4;
    QCOMPARE(whatItTakes.headerData(bMinus, Qt::Horizontal).toString(), u"B-"_s);
    QCOMPARE(whatItTakes.index(2, bMinus).data().toString(), u"secured"_s);
    QCOMPARE(whatItTakes.index(2, bMinus - 1).data().toString(), u"out of reach"_s);
    // Baker: HW1 30 %, HW2 and test to come. Homework (3 + 0.1p)/20 = 15 + 0.5p, test p:
    // 0.4 (15 + 0.5p) + 0.6p = 6 + 0.8p. B- (80): 0.8p >= 73.995 -> 92.49375 -> 92.50.
    QCOMPARE(whatItTakes.index(1, bMinus).data().toString(), QLocale().toString(92.5, 'f', 2) + u" %"_s);

    // Choosing the test: Clark has it scored, so his row says so.
    report.setTargetAssignment(2);
    refresh({}, false);
    QCOMPARE(whatItTakes.index(2, WhatItTakesModel::RemainingColumn).data().toString(), u"scored"_s);
    QVERIFY(!whatItTakes.index(2, bMinus).data().isValid());
    // Baker, the test only (HW2 left out): 0.4 x 30 + 0.6p = 12 + 0.6p; B- needs p >= 113.3: out of reach.
    QCOMPARE(whatItTakes.index(1, bMinus).data().toString(), u"out of reach"_s);

    // An incremental refresh touches only the changed student: Baker's test 50/50 makes his Final %
    // 0.4 x 30 + 60 = 72 (no longer at risk); with the test chosen, he has it scored now.
    QVERIFY(c.type(1, 2, u"50"_s));
    refresh({1}, false);
    QCOMPARE(atRisk.rowCount(), 0);
    QCOMPARE(whatItTakes.index(1, WhatItTakesModel::RemainingColumn).data().toString(), u"scored"_s);
}

QTEST_GUILESS_MAIN(TestInsight)
#include "tst_insight.moc"
