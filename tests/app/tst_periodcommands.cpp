// The grading-period commands end to end: the built k12-teacher run as a
// process. period add / list / remove / presets / copy, assignment add
// --period, and the "<Period> %" columns of export gradebook, with the exit
// codes scripts rely on (0 done, 1 refused with the reason, 2 bad usage).
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestPeriodCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListRemove();
    void badUsageAndRefusals();
    void presetsAndCopy();
    void exportHasPeriodColumns();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args);
    }
    // Runs a command that must succeed; its standard output.
    QString ok(const QStringList &args)
    {
        const test::ProcessResult r = run(args);
        if (r.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : u"FAILED"_s;
    }
    // period list's table without the ids: "Q1 2026-09-07 2026-09-20 2" per period.
    QStringList table(const QString &className)
    {
        QStringList rows;
        for (const QString &line : ok({u"period"_s, u"list"_s, u"--class"_s, className}).split(u'\n')) {
            if (!line.isEmpty())
                rows << line.split(u'\t').mid(1).join(u' ');
        }
        return rows;
    }

    std::unique_ptr<test::TempProfile> m_profile;
};

void TestPeriodCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close(); // everything goes through the program
    QVERIFY(ok({u"class"_s, u"add"_s, u"Algebra I"_s}) != u"FAILED"_s);
}

void TestPeriodCommands::addListRemove()
{
    static const QRegularExpression uuid(u"^[0-9a-f-]{36}\n$"_s);
    const QString q1 = ok({u"period"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Q1"_s, u"--start"_s, u"2026-09-07"_s,
                           u"--end"_s, u"2026-09-20"_s});
    QVERIFY2(uuid.match(q1).hasMatch(), qPrintable(q1));
    QVERIFY(ok({u"period"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Q2"_s, u"--start"_s, u"2026-09-21"_s, u"--end"_s,
                u"2026-10-04"_s}) != u"FAILED"_s);
    // Quiz 1 due in Q1, Quiz 2 due in Q2 but put in Q1, Quiz 3 due in Q2, Quiz 4 with no due date.
    const QStringList add{u"assignment"_s, u"add"_s, u"--class"_s, u"Algebra I"_s};
    QVERIFY(ok(add + QStringList{u"Quiz 1"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-09-10"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 2"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-09-25"_s, u"--period"_s,
                                 u"Q1"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 3"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-09-28"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 4"_s, u"--points"_s, u"10"_s}) != u"FAILED"_s);
    const test::ProcessResult unknown =
        run(add + QStringList{u"Quiz 5"_s, u"--points"_s, u"10"_s, u"--period"_s, u"Q9"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"no grading period \"Q9\""_s), qPrintable(unknown.err));

    QCOMPARE(table(u"Algebra I"_s), (QStringList{u"Q1 2026-09-07 2026-09-20 2"_s, u"Q2 2026-09-21 2026-10-04 1"_s}));
    const QJsonArray list =
        QJsonDocument::fromJson(ok({u"period"_s, u"list"_s, u"--class"_s, u"Algebra I"_s, u"--json"_s}).toUtf8())
            .array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject(), (QJsonObject{{u"id"_s, q1.trimmed()},
                                                 {u"name"_s, u"Q1"_s},
                                                 {u"start"_s, u"2026-09-07"_s},
                                                 {u"end"_s, u"2026-09-20"_s},
                                                 {u"assignments"_s, 2},
                                                 {u"formula"_s, u""_s}}));

    // Removing Q1 unlinks Quiz 2, which then falls into Q2 by its due date.
    QCOMPARE(ok({u"period"_s, u"remove"_s, u"--class"_s, u"Algebra I"_s, u"Q1"_s}), QString());
    QCOMPARE(table(u"Algebra I"_s), QStringList{u"Q2 2026-09-21 2026-10-04 2"_s});
    const test::ProcessResult again = run({u"period"_s, u"remove"_s, u"--class"_s, u"Algebra I"_s, u"Q1"_s});
    QCOMPARE(again.exitCode, 1);
}

void TestPeriodCommands::badUsageAndRefusals()
{
    const QStringList add{u"period"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Q1"_s};
    QCOMPARE(run(add + QStringList{u"--start"_s, u"2026-09-07"_s}).exitCode, 2); // no --end
    QCOMPARE(run(add + QStringList{u"--start"_s, u"2026-09-31"_s, u"--end"_s, u"2026-10-10"_s}).exitCode, 2);
    QCOMPARE(run({u"period"_s, u"list"_s}).exitCode, 2); // no --class
    const test::ProcessResult backwards =
        run(add + QStringList{u"--start"_s, u"2026-10-10"_s, u"--end"_s, u"2026-09-07"_s});
    QCOMPARE(backwards.exitCode, 1);
    QVERIFY2(backwards.err.contains(u"cannot end before it starts"_s), qPrintable(backwards.err));
    QVERIFY(ok(add + QStringList{u"--start"_s, u"2026-09-07"_s, u"--end"_s, u"2026-09-20"_s}) != u"FAILED"_s);
    const test::ProcessResult overlap = run({u"period"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Q2"_s, u"--start"_s,
                                             u"2026-09-20"_s, u"--end"_s, u"2026-10-04"_s});
    QCOMPARE(overlap.exitCode, 1);
    QCOMPARE(overlap.err.trimmed(), u"k12-teacher: \"Q2\" (2026-09-20 to 2026-10-04) overlaps \"Q1\" (2026-09-07 to "
                                    "2026-09-20): the periods of a class cannot share a day."_s);
    QCOMPARE(run({u"period"_s, u"presets"_s, u"--class"_s, u"Algebra I"_s, u"--quarters"_s, u"--semesters"_s,
                  u"--start"_s, u"2026-08-31"_s, u"--end"_s, u"2027-06-04"_s})
                 .exitCode,
             2);
    QCOMPARE(run({u"period"_s, u"frob"_s}).exitCode, 2);
    const test::ProcessResult help = run({u"period"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command :
         {u"period add"_s, u"period list"_s, u"period remove"_s, u"period presets"_s, u"period copy"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
}

void TestPeriodCommands::presetsAndCopy()
{
    // Mon 2026-08-31 .. Fri 2027-06-04: 200 school days, 50 a quarter (PeriodActions::presetPeriods).
    const QString ids = ok({u"period"_s, u"presets"_s, u"--class"_s, u"Algebra I"_s, u"--quarters"_s, u"--start"_s,
                            u"2026-08-31"_s, u"--end"_s, u"2027-06-04"_s});
    QCOMPARE(ids.split(u'\n', Qt::SkipEmptyParts).size(), 4);
    const QStringList quarters{u"Q1 2026-08-31 2026-11-08 0"_s, u"Q2 2026-11-09 2027-01-17 0"_s,
                               u"Q3 2027-01-18 2027-03-28 0"_s, u"Q4 2027-03-29 2027-06-04 0"_s};
    QCOMPARE(table(u"Algebra I"_s), quarters);
    const test::ProcessResult semesters =
        run({u"period"_s, u"presets"_s, u"--class"_s, u"Algebra I"_s, u"--semesters"_s, u"--start"_s, u"2026-08-31"_s,
             u"--end"_s, u"2027-06-04"_s});
    QCOMPARE(semesters.exitCode, 1);
    QVERIFY(semesters.err.contains(u"overlaps"_s));
    QVERIFY(ok({u"class"_s, u"add"_s, u"Geometry"_s}) != u"FAILED"_s);
    QCOMPARE(ok({u"period"_s, u"copy"_s, u"--from"_s, u"Algebra I"_s, u"--class"_s, u"Geometry"_s}).trimmed(),
             u"Copied 4 grading periods."_s); // English plural from the translation
    QCOMPARE(table(u"Geometry"_s), quarters);
    QCOMPARE(run({u"period"_s, u"copy"_s, u"--from"_s, u"Algebra I"_s, u"--class"_s, u"Geometry"_s}).exitCode, 1);
}

void TestPeriodCommands::exportHasPeriodColumns()
{
    const QString cls = u"Algebra I"_s;
    QVERIFY(ok({u"student"_s, u"add"_s, u"--class"_s, cls, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s}) !=
            u"FAILED"_s);
    // Total points (no weights). Quiz 1 (10) due in S1, Quiz 2 (20) due in S2, Quiz 3 (10) due in S2 but put in S1.
    QVERIFY(ok({u"period"_s, u"presets"_s, u"--class"_s, cls, u"--semesters"_s, u"--start"_s, u"2026-09-07"_s,
                u"--end"_s, u"2026-10-30"_s}) != u"FAILED"_s);
    const QStringList add{u"assignment"_s, u"add"_s, u"--class"_s, cls};
    QVERIFY(ok(add + QStringList{u"Quiz 1"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-09-10"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 2"_s, u"--points"_s, u"20"_s, u"--due"_s, u"2026-10-20"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 3"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-10-21"_s, u"--period"_s,
                                 u"S1"_s}) != u"FAILED"_s);
    const QList<std::pair<QString, QString>> grades{
        {u"Quiz 1"_s, u"9"_s}, {u"Quiz 2"_s, u"15"_s}, {u"Quiz 3"_s, u"8"_s}};
    for (const auto &[title, points] : grades) {
        QVERIFY(ok({u"grade"_s, u"set"_s, u"--class"_s, cls, u"--assignment"_s, title, u"--student"_s, u"1001"_s,
                    u"--points"_s, points}) != u"FAILED"_s);
    }
    // Final: (9 + 15 + 8) / 40 = 80.00 (B-); S1: (9 + 8) / 20 = 85.00; S2: 15 / 20 = 75.00.
    const QString csv = ok({u"export"_s, u"gradebook"_s, u"--class"_s, cls, u"--no-bom"_s, u"--out"_s, u"-"_s});
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    // Each period's letter beside its percentage (85 B, 75 C), and the override reasons (none) last.
    QCOMPARE(lines.value(0), u"Student,Student Number,Quiz 1,Quiz 2,Quiz 3,Final %,S1 %,S1 Letter,S2 %,S2 Letter,"
                             "Letter,Override Reason"_s);
    QCOMPARE(lines.value(1), u"Points Possible,,10,20,10,,,,,,,"_s);
    QCOMPARE(lines.value(2), u"\"Lovelace, Ada\",1001,9,15,8,80.00,85.00,B,75.00,C,B-,"_s);
}

QTEST_GUILESS_MAIN(TestPeriodCommands)
#include "tst_periodcommands.moc"
