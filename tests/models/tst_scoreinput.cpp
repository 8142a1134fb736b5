// What a teacher may type into a gradebook cell (ScoreInput), with the late
// entries of issue 16: L3, L 3, late 3 (late, 3 days), L and late (no days),
// and what is refused; and what a late edit does to a score (ScoreEdit); the
// decimal separators of issue 21 per locale (9,5 and 9.5 in French, Spanish and
// English; "1,500" / "1.500" refused where the locale groups thousands that way).
#include "models/grading/LateWork.h"
#include "models/grading/ScoreInput.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

Assignment pointsAssignment()
{
    Assignment a;
    a.title = u"Lab 1"_s;
    a.pointsPossible = 10;
    return a;
}

Assignment letterAssignment()
{
    Assignment a = pointsAssignment();
    a.title = u"Essay"_s;
    a.gradingType = u"letter"_s;
    return a;
}

QList<LetterCutoff> scale()
{
    return {{u"A"_s, 90}, {u"B"_s, 80}, {u"C"_s, 70}, {u"D"_s, 60}, {u"F"_s, 0}};
}

} // namespace

class TestScoreInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lateWithDays_data();
    void lateWithDays();
    void lateWithoutDays();
    void lateOnLetterGradedAssignment();
    void badLateEntriesAreRefused_data();
    void badLateEntriesAreRefused();
    void otherEntriesUnchanged();
    void lateKeepsThePointsAndClearsMissing();
    void missingClearsLate();
    void turnedInEdit();
    void decimalSeparatorsByLocale_data();
    void decimalSeparatorsByLocale();
};

void TestScoreInput::lateWithDays_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("days");
    QTest::newRow("L3") << u"L3"_s << 3;
    QTest::newRow("l3") << u"l3"_s << 3;
    QTest::newRow("L 3") << u"L 3"_s << 3;
    QTest::newRow("late 3") << u"late 3"_s << 3;
    QTest::newRow("Late3") << u"Late3"_s << 3;
    QTest::newRow("LATE  12") << u"LATE  12"_s << 12;
    QTest::newRow("spaces around") << u"  L3  "_s << 3;
    QTest::newRow("L0 is L") << u"L0"_s << 0;
    QTest::newRow("L03") << u"L03"_s << 3;
    QTest::newRow("the most a score holds") << u"L3650"_s << 3650;
}

void TestScoreInput::lateWithDays()
{
    QFETCH(QString, typed);
    QFETCH(int, days);
    const Result<ScoreEdit> edit = ScoreInput::parse(typed, pointsAssignment(), scale());
    QVERIFY2(edit.ok(), qPrintable(edit.error()));
    QCOMPARE(edit->kind, ScoreEdit::Kind::Late);
    QVERIFY(edit->flag);
    QCOMPARE(edit->daysLate, days);
}

void TestScoreInput::lateWithoutDays()
{
    for (const QString &typed : {u"L"_s, u"l"_s, u"late"_s, u"LATE"_s, u" late "_s}) {
        const Result<ScoreEdit> edit = ScoreInput::parse(typed, pointsAssignment(), scale());
        QVERIFY2(edit.ok(), qPrintable(typed));
        QCOMPARE(edit->kind, ScoreEdit::Kind::Late);
        QCOMPARE(edit->daysLate, 0);
    }
}

void TestScoreInput::lateOnLetterGradedAssignment()
{
    const Result<ScoreEdit> late = ScoreInput::parse(u"L2"_s, letterAssignment(), scale());
    QVERIFY(late.ok());
    QCOMPARE(late->kind, ScoreEdit::Kind::Late);
    QCOMPARE(late->daysLate, 2);
    // The letters still read as letters.
    const Result<ScoreEdit> b = ScoreInput::parse(u"b"_s, letterAssignment(), scale());
    QVERIFY(b.ok());
    QCOMPARE(b->kind, ScoreEdit::Kind::SetLetter);
    QCOMPARE(b->text, u"B"_s);
}

void TestScoreInput::badLateEntriesAreRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");
    QTest::newRow("a fraction of a day") << u"L2.5"_s << u"whole number"_s;
    QTest::newRow("a decimal comma") << u"late 2,5"_s << u"whole number"_s;
    QTest::newRow("negative") << u"L-1"_s << u"whole number"_s;
    // "at most %n day(s)": a plural message, shown untranslated here (no translator loaded).
    QTest::newRow("above the schema's 3650") << u"L3651"_s << u"at most 3650 day"_s;
    QTest::newRow("far too many digits") << u"L99999999999"_s << u"at most 3650 day"_s;
    QTest::newRow("a word") << u"Lab"_s << u"L3 for 3 days late"_s;
    QTest::newRow("days first") << u"3L"_s << u"not a score"_s;
    QTest::newRow("late days") << u"late days"_s << u"not a score"_s;
}

void TestScoreInput::badLateEntriesAreRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);
    const Result<ScoreEdit> edit = ScoreInput::parse(typed, pointsAssignment(), scale());
    QVERIFY2(!edit.ok(), qPrintable(typed));
    QVERIFY2(edit.error().contains(says), qPrintable(edit.error()));
}

void TestScoreInput::otherEntriesUnchanged()
{
    const Assignment a = pointsAssignment();
    Result<ScoreEdit> e = ScoreInput::parse(u"9,5"_s, a, scale());
    QVERIFY(e.ok());
    QCOMPARE(e->kind, ScoreEdit::Kind::SetPoints);
    QCOMPARE(e->points, 9.5);
    e = ScoreInput::parse(u"85%"_s, a, scale()); // 85% of 10 = 8.5
    QCOMPARE(e->points, 8.5);
    QCOMPARE(ScoreInput::parse(u"M"_s, a, scale())->kind, ScoreEdit::Kind::Missing);
    QCOMPARE(ScoreInput::parse(u"EX"_s, a, scale())->kind, ScoreEdit::Kind::Excused);
    QCOMPARE(ScoreInput::parse(u"exempt"_s, a, scale())->kind, ScoreEdit::Kind::Exempt);
    QCOMPARE(ScoreInput::parse(QString(), a, scale())->kind, ScoreEdit::Kind::Clear);
    QVERIFY(!ScoreInput::parse(u"21"_s, a, scale()).ok()); // above 2 x 10
}

void TestScoreInput::lateKeepsThePointsAndClearsMissing()
{
    Score s;
    s.points = 9;
    s.comment = u"good"_s;
    // L3 on a cell holding 9: late is a flag, the 9 stays.
    s = ScoreInput::parse(u"L3"_s, pointsAssignment(), scale())->appliedTo(s);
    QCOMPARE(*s.points, 9.0);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 3);
    QCOMPARE(s.comment, u"good"_s);
    // Points typed after L3 keep the late flag and its days.
    s = ScoreInput::parse(u"8"_s, pointsAssignment(), scale())->appliedTo(s);
    QCOMPARE(*s.points, 8.0);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 3);
    // Plain L says late with no days: the days go (no penalty).
    s = ScoreInput::parse(u"L"_s, pointsAssignment(), scale())->appliedTo(s);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 0);
    // A missing cell marked L2: the work came in, so it is no longer missing.
    Score missing;
    missing.missing = true;
    missing = ScoreInput::parse(u"L2"_s, pointsAssignment(), scale())->appliedTo(missing);
    QVERIFY(!missing.missing);
    QVERIFY(missing.late);
    QCOMPARE(missing.daysLate, 2);
    QVERIFY(!missing.points);
}

void TestScoreInput::missingClearsLate()
{
    Score s;
    s.points = 9;
    s.late = true;
    s.daysLate = 3;
    s = ScoreEdit::missing().appliedTo(s);
    QVERIFY(s.missing);
    QVERIFY(!s.late);
    QCOMPARE(s.daysLate, 0);
    QVERIFY(!s.points);
}

void TestScoreInput::turnedInEdit()
{
    Score s;
    s.points = 9;
    s.missing = true;
    s = ScoreEdit::turnedIn(4).appliedTo(s);
    QVERIFY(s.late && !s.missing);
    QCOMPARE(s.daysLate, 4);
    QCOMPARE(*s.points, 9.0);
    // On time: not late any more, the points stay.
    s = ScoreEdit::turnedIn(0).appliedTo(s);
    QVERIFY(!s.late && !s.missing);
    QCOMPARE(s.daysLate, 0);
    QCOMPARE(*s.points, 9.0);
    QCOMPARE(LateWork::maxDaysLate, 3650);
}

void TestScoreInput::decimalSeparatorsByLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("points"); // -1: refused
    QTest::addColumn<QString>("says");
    const QString twoWays = u"could be read two ways"_s;
    // French: the comma is the locale's own; the point still works; thousands go by (narrow) spaces, never taken.
    QTest::newRow("fr 9,5") << u"fr_FR"_s << u"9,5"_s << 9.5 << QString();
    QTest::newRow("fr 9.5") << u"fr_FR"_s << u"9.5"_s << 9.5 << QString();
    QTest::newRow("fr 9,25 spaced") << u"fr_FR"_s << u" 9,25 "_s << 9.25 << QString();
    QTest::newRow("fr 85,5%") << u"fr_FR"_s << u"85,5%"_s << 8.55 << QString();       // 85.5% of 10
    QTest::newRow("fr 1.500 is 1.5") << u"fr_FR"_s << u"1.500"_s << 1.5 << QString(); // '.' groups nothing in French
    QTest::newRow("fr grouped") << u"fr_FR"_s << u"1\u202F500"_s << -1.0 << u"is not a score"_s;
    // Spanish: "1.500" is how Spanish writes fifteen hundred: refused, not read as 1.5.
    QTest::newRow("es 9,5") << u"es_ES"_s << u"9,5"_s << 9.5 << QString();
    QTest::newRow("es 9.5") << u"es_ES"_s << u"9.5"_s << 9.5 << QString();
    QTest::newRow("es 1.500") << u"es_ES"_s << u"1.500"_s << -1.0 << twoWays;
    QTest::newRow("es 1.500%") << u"es_ES"_s << u"1.500%"_s << -1.0 << twoWays;
    QTest::newRow("es 1,500") << u"es_ES"_s << u"1,500"_s << 1.5 << QString(); // the Spanish decimal comma
    QTest::newRow("es 1500") << u"es_ES"_s << u"1500"_s << 1500.0 << QString();
    // English: 9,5 is read as 9.5 (a comma typed on a European keyboard); "1,500" is refused, not guessed.
    QTest::newRow("en 9,5") << u"en_US"_s << u"9,5"_s << 9.5 << QString();
    QTest::newRow("en 9.5") << u"en_US"_s << u"9.5"_s << 9.5 << QString();
    QTest::newRow("en 1,5") << u"en_US"_s << u"1,5"_s << 1.5 << QString();
    QTest::newRow("en 1,500") << u"en_US"_s << u"1,500"_s << -1.0 << twoWays;
    QTest::newRow("en 12,345.5") << u"en_US"_s << u"12,345.5"_s << -1.0 << u"is not a score"_s;
    QTest::newRow("en 1.500") << u"en_US"_s << u"1.500"_s << 1.5 << QString();
    QTest::newRow("en 1500") << u"en_US"_s << u"1500"_s << 1500.0 << QString();
    QTest::newRow("C 1,500") << u"C"_s << u"1,500"_s << -1.0 << twoWays;
    QTest::newRow("de 1.500") << u"de_DE"_s << u"1.500"_s << -1.0 << twoWays;
}

void TestScoreInput::decimalSeparatorsByLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(double, points);
    QFETCH(QString, says);
    Assignment a = pointsAssignment();
    if (points > 20)
        a.pointsPossible = 1000; // room for 1500 (up to 2 x the points possible)
    const Result<ScoreEdit> edit = ScoreInput::parse(typed, a, scale(), QLocale(locale));
    if (points < 0) {
        QVERIFY2(!edit.ok(), qPrintable(typed));
        QVERIFY2(edit.error().contains(says), qPrintable(edit.error()));
        return;
    }
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error()));
    QCOMPARE(edit->kind, ScoreEdit::Kind::SetPoints);
    QCOMPARE(edit->points, points);
}

QTEST_GUILESS_MAIN(TestScoreInput)
#include "tst_scoreinput.moc"
