// Late work (LateWork): school days late from a turned-in date and a due date,
// the edit a turned-in date makes, and the words of a late cell's tooltip,
// every number worked by hand in the comments.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/grading/LateWork.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// The class's late penalty: per day, floor (percent kept at least); off when perDay < 0.
GradeEngine engineWith(double perDay, double floor)
{
    GradePolicy policy;
    policy.latePenaltyEnabled = perDay >= 0;
    policy.latePenaltyPerDay = std::max(0.0, perDay);
    policy.latePenaltyFloor = floor;
    return GradeEngine(policy, {}, {{-1, 10, true}});
}

GradeCell late(double points, int days)
{
    GradeCell cell;
    cell.points = points;
    cell.late = true;
    cell.daysLate = days;
    return cell;
}

Assignment due(const QDate &date)
{
    Assignment a;
    a.title = u"Lab 1"_s;
    a.dueDate = date;
    return a;
}

// A naive count to check the arithmetic against: each weekday after due, up to
// the turned-in date (a weekend turned-in date moves to the Monday after).
int countByHand(const QDate &due, QDate turnedIn)
{
    if (turnedIn <= due)
        return 0;
    while (turnedIn.dayOfWeek() > 5)
        turnedIn = turnedIn.addDays(1);
    int days = 0;
    for (QDate d = due.addDays(1); d <= turnedIn; d = d.addDays(1))
        days += d.dayOfWeek() <= 5 ? 1 : 0;
    return days;
}

} // namespace

class TestLateWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void schoolDaysLate_data();
    void schoolDaysLate();
    void schoolDaysLateAgreesWithCountingEachDay();
    void turnedInMakesTheEdit();
    void turnedInWithoutDueDateExplains();
    void turnedInRefusesFutureAndInvalidDates();
    void penaltyText();
    void penaltyTextUsesTheLocale();
    void daysAndRuleText();

private:
    test::EnglishPlurals m_plurals;
};

void TestLateWork::initTestCase()
{
    QCoreApplication::installTranslator(&m_plurals);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLateWork::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_plurals);
}

void TestLateWork::cleanup()
{
    Clock::reset();
}

void TestLateWork::schoolDaysLate_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("turnedIn");
    QTest::addColumn<int>("days");
    const QDate tuesday(2025, 12, 2);
    QTest::newRow("on the due date") << tuesday << tuesday << 0;
    QTest::newRow("the day before") << tuesday << QDate(2025, 12, 1) << 0;
    // Wed 3, Thu 4, Fri 5.
    QTest::newRow("Tue due, Fri in") << tuesday << QDate(2025, 12, 5) << 3;
    // Saturday counts as the Monday after: Wed, Thu, Fri, Mon.
    QTest::newRow("Tue due, Sat in") << tuesday << QDate(2025, 12, 6) << 4;
    QTest::newRow("Tue due, Sun in") << tuesday << QDate(2025, 12, 7) << 4;
    QTest::newRow("Tue due, Mon in") << tuesday << QDate(2025, 12, 8) << 4;
    // Two school weeks.
    QTest::newRow("Tue due, Tue in two weeks") << tuesday << QDate(2025, 12, 16) << 10;
    // Due Friday, in on Monday: one school day (three calendar days).
    QTest::newRow("Fri due, Mon in") << QDate(2025, 12, 5) << QDate(2025, 12, 8) << 1;
    // Due on a Saturday (an online deadline), in on Sunday: counted on Monday, 1.
    QTest::newRow("Sat due, Sun in") << QDate(2025, 12, 6) << QDate(2025, 12, 7) << 1;
    QTest::newRow("Sat due, Sat in") << QDate(2025, 12, 6) << QDate(2025, 12, 6) << 0;
    // Mon 1 Sep to Fri 19 Dec 2025: 109 days = 15 weeks (75 school days) + Tue..Fri (4) = 79.
    QTest::newRow("a term") << QDate(2025, 9, 1) << QDate(2025, 12, 19) << 79;
    // Fri 19 Dec to Mon 5 Jan: 22-26 Dec, 29 Dec-2 Jan and 5 Jan = 11; the winter
    // break counts (the schema knows no holidays; the teacher types L and the days).
    QTest::newRow("over the winter break") << QDate(2025, 12, 19) << QDate(2026, 1, 5) << 11;
    QTest::newRow("no due date") << QDate() << tuesday << 0;
}

void TestLateWork::schoolDaysLate()
{
    QFETCH(QDate, due);
    QFETCH(QDate, turnedIn);
    QFETCH(int, days);
    QCOMPARE(LateWork::schoolDaysLate(due, turnedIn), days);
}

void TestLateWork::schoolDaysLateAgreesWithCountingEachDay()
{
    // Every due weekday and weekend day of two weeks against every turned-in day of six.
    for (QDate due(2025, 12, 1); due < QDate(2025, 12, 15); due = due.addDays(1)) {
        for (int after = -3; after < 45; ++after) {
            const QDate in = due.addDays(after);
            QCOMPARE(LateWork::schoolDaysLate(due, in), countByHand(due, in));
        }
    }
}

void TestLateWork::turnedInMakesTheEdit()
{
    test::setToday(QDate(2025, 12, 20));
    Result<ScoreEdit> e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate(2025, 12, 5));
    QVERIFY(e.ok());
    QCOMPARE(e->kind, ScoreEdit::Kind::TurnedIn);
    QCOMPARE(e->daysLate, 3);
    e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate(2025, 12, 2)); // on time
    QVERIFY(e.ok());
    QCOMPARE(e->daysLate, 0);
    e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate(2025, 11, 28)); // early is on time
    QCOMPARE(e->daysLate, 0);
    e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate(2025, 12, 20)); // today is allowed
    QVERIFY(e.ok());
    QCOMPARE(e->daysLate, 14); // Wed 3 .. Fri 19: 13 school days; Sat 20 counts as Mon 22: 14
}

void TestLateWork::turnedInWithoutDueDateExplains()
{
    test::setToday(QDate(2025, 12, 20));
    const Result<ScoreEdit> e = LateWork::turnedIn(due(QDate()), QDate(2025, 12, 5));
    QVERIFY(!e.ok());
    QVERIFY2(e.error().contains(u"\"Lab 1\" has no due date"_s), qPrintable(e.error()));
    QVERIFY(e.error().contains(u"L3"_s)); // and says what to do instead
}

void TestLateWork::turnedInRefusesFutureAndInvalidDates()
{
    test::setToday(QDate(2025, 12, 20));
    Result<ScoreEdit> e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate(2025, 12, 21));
    QVERIFY(!e.ok());
    QVERIFY2(e.error().contains(u"2025-12-21 is after today"_s), qPrintable(e.error()));
    e = LateWork::turnedIn(due(QDate(2025, 12, 2)), QDate());
    QVERIFY(!e.ok());
    QVERIFY(e.error().contains(u"not a date"_s));
    // More school days than a score holds (3650): 1990 to 2025 is about 9100.
    e = LateWork::turnedIn(due(QDate(1990, 1, 1)), QDate(2025, 12, 2));
    QVERIFY(!e.ok());
    // A plural message: "day(s)" here, where no translation is loaded; "days" in the app.
    QVERIFY2(e.error().contains(u"at most 3650 day"_s), qPrintable(e.error()));
}

void TestLateWork::penaltyText()
{
    // 10% a day, at least 50% kept.
    const GradeEngine tenADay = engineWith(10, 50);
    // 3 days: 100 - 3 x 10 = 70% kept, 30% off; 9 x 0.7 = 6.3.
    QCOMPARE(LateWork::penaltyText(tenADay, late(9, 3)),
             u"Late 3 days: -30% (10% a day, at least 50% kept): 9 → 6.3"_s);
    // 1 day: 90% kept; 9 x 0.9 = 8.1.
    QCOMPARE(LateWork::penaltyText(tenADay, late(9, 1)), u"Late 1 day: -10% (10% a day, at least 50% kept): 9 → 8.1"_s);
    // 7 days: 100 - 70 = 30% is below the floor, so 50% kept; 9 x 0.5 = 4.5.
    QCOMPARE(LateWork::penaltyText(tenADay, late(9, 7)),
             u"Late 7 days: -50% (10% a day, at least 50% kept): 9 → 4.5"_s);
    // No floor, 2.5% a day, 4 days: 90% kept; 9.5 x 0.9 = 8.55.
    QCOMPARE(LateWork::penaltyText(engineWith(2.5, 0), late(9.5, 4)), u"Late 4 days: -10% (2.5% a day): 9.5 → 8.55"_s);
    // 10% a day, no floor, 12 days: 100 - 120 is below 0, so nothing kept: 8 -> 0.
    QCOMPARE(LateWork::penaltyText(engineWith(10, 0), late(8, 12)), u"Late 12 days: -100% (10% a day): 8 → 0"_s);
    // Not graded yet: what will be taken.
    GradeCell noPoints = late(0, 3);
    noPoints.points = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(LateWork::penaltyText(tenADay, noPoints),
             u"Late 3 days: -30% once graded (10% a day, at least 50% kept)"_s);
    // Late with no days: nothing taken, and how to give the days.
    QCOMPARE(LateWork::penaltyText(tenADay, late(9, 0)),
             u"Late, no days given: no penalty (type L3 for 3 days late)"_s);
    // The class has no late penalty.
    QCOMPARE(LateWork::penaltyText(engineWith(-1, 0), late(9, 3)),
             u"Late 3 days: no penalty (this class has no late penalty)"_s);
    // Excused late work does not count at all.
    GradeCell excused = late(9, 3);
    excused.excused = true;
    QCOMPARE(LateWork::penaltyText(tenADay, excused), u"Late 3 days: no penalty, the score does not count"_s);
    // Not late: nothing to say.
    GradeCell onTime = late(9, 3);
    onTime.late = false;
    QVERIFY(LateWork::penaltyText(tenADay, onTime).isEmpty());
    // The engine counts what the text says: 6.3 of 10 is 63%.
    GradeCell cell = late(9, 3);
    QCOMPARE(tenADay.compute(&cell).finalPercent.value_or(-1), 63.0);
}

void TestLateWork::penaltyTextUsesTheLocale()
{
    // German: decimal commas. 2.5% a day, 4 days: 90% kept; 9.5 x 0.9 = 8.55.
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(LateWork::penaltyText(engineWith(2.5, 0), late(9.5, 4), german),
             u"Late 4 days: -10% (2,5% a day): 9,5 → 8,55"_s);
    QCOMPARE(LateWork::number(1234.5, german), u"1.234,5"_s);
    QCOMPARE(LateWork::number(6.3), u"6.3"_s);
    QCOMPARE(LateWork::number(10), u"10"_s);
    QCOMPARE(LateWork::number(6.299999999999), u"6.3"_s);
}

void TestLateWork::daysAndRuleText()
{
    QCOMPARE(LateWork::daysText(0), u"on time"_s);
    QCOMPARE(LateWork::daysText(1), u"1 school day late"_s);
    QCOMPARE(LateWork::daysText(3), u"3 school days late"_s);
    QCOMPARE(LateWork::ruleText(engineWith(10, 50)), u"10% a day, at least 50% kept"_s);
    QCOMPARE(LateWork::ruleText(engineWith(5, 0)), u"5% a day"_s);
    QVERIFY(LateWork::ruleText(engineWith(-1, 0)).isEmpty());
}

QTEST_GUILESS_MAIN(TestLateWork)
#include "tst_latework.moc"
