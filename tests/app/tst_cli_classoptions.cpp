// A class's options from the command line, end to end with the built
// k12-teacher: `standard scale` (print, set, default, bad input changes
// nothing), `standard method` with `mastery --json` giving each row the method
// used (hand-worked), `class set` (automatic missing, at-risk thresholds) and
// `grade mark-missing` with its count.
#include "tests/common/TestSupport.h"

#include "models/repositories/ClassRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCliClassOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void scalePrintSetAndDefault();
    void badScaleChangesNothing();
    void standardMethodOverridesTheClass();
    void methodFlagStillForcesOneForAll();
    void methodErrors();
    void classSetOptions();
    void markMissingCounts();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args);
    }
    QString mustRun(const QStringList &args)
    {
        const test::ProcessResult r = run(args);
        if (r.exitCode != 0)
            qWarning("command %s failed (%d): %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.out.trimmed();
    }
    void level(const QString &task, const QString &student, const QString &standard, const QString &level)
    {
        mustRun({u"grade"_s, u"set"_s, u"--class"_s, m_class, u"--assignment"_s, task, u"--student"_s, student,
                 u"--standard"_s, standard, u"--level"_s, level});
    }
    QJsonObject cell(const QString &number, const QString &standard, const QStringList &extra = {})
    {
        const QJsonArray array =
            QJsonDocument::fromJson(
                mustRun(QStringList{u"mastery"_s, u"--class"_s, m_class, u"--json"_s} + extra).toUtf8())
                .array();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(u"student_number"_s).toString() == number && o.value(u"standard"_s).toString() == standard)
                return o;
        }
        return {};
    }
    SchoolClass storedClass()
    {
        m_profile->reopen();
        const SchoolClass c = *ClassRepository(m_profile->store()).resolve(m_class);
        m_profile->close();
        return c;
    }

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_class = u"ELA 7"_s;
};

void TestCliClassOptions::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close();
    mustRun({u"class"_s, u"add"_s, m_class});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Charles"_s, u"Babbage"_s, u"--number"_s, u"1002"_s});
    for (int k = 1; k <= 3; ++k) {
        mustRun({u"assignment"_s, u"add"_s, u"--class"_s, m_class, u"Task %1"_s.arg(k), u"--points"_s, u"4"_s,
                 u"--due"_s, u"2026-09-0%1"_s.arg(k)});
    }
    mustRun({u"standard"_s, u"add"_s, u"--class"_s, m_class, u"RL.1"_s});
    mustRun({u"standard"_s, u"add"_s, u"--class"_s, m_class, u"RL.2"_s});
    // Ada on RL.1: 1, 3, 2 (oldest first); on RL.2: 4.
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"1"_s);
    level(u"Task 2"_s, u"1001"_s, u"RL.1"_s, u"3"_s);
    level(u"Task 3"_s, u"1001"_s, u"RL.1"_s, u"2"_s);
    level(u"Task 1"_s, u"1001"_s, u"RL.2"_s, u"4"_s);
}

void TestCliClassOptions::scalePrintSetAndDefault()
{
    QCOMPARE(mustRun({u"standard"_s, u"scale"_s, u"--class"_s, m_class}),
             u"1\tBeginning\n2\tDeveloping\n3\tProficient\n4\tExceeding"_s);
    QCOMPARE(mustRun({u"standard"_s, u"scale"_s, u"--class"_s, m_class,
                      u"1=Emerging, 2=Approaching,3=Meeting,4=Exceeding,5=Mastered"_s}),
             u"1\tEmerging\n2\tApproaching\n3\tMeeting\n4\tExceeding\n5\tMastered"_s);
    QCOMPARE(storedClass().proficiencyScale,
             u"[{\"label\":\"Emerging\",\"value\":1},{\"label\":\"Approaching\",\"value\":2},"
             "{\"label\":\"Meeting\",\"value\":3},{\"label\":\"Exceeding\",\"value\":4},"
             "{\"label\":\"Mastered\",\"value\":5}]"_s);
    // mastery's level is the class's label: most recent 2 on RL.1, 4 on RL.2.
    QCOMPARE(cell(u"1001"_s, u"RL.1"_s).value(u"level"_s).toString(), u"Approaching"_s);
    QCOMPARE(cell(u"1001"_s, u"RL.2"_s).value(u"level"_s).toString(), u"Exceeding"_s);
    // 5 is on the scale now: up to twice the top (10) may be entered.
    level(u"Task 2"_s, u"1001"_s, u"RL.2"_s, u"9"_s);
    QCOMPARE(cell(u"1001"_s, u"RL.2"_s).value(u"level"_s).toString(), u"Mastered"_s);
    QCOMPARE(mustRun({u"standard"_s, u"scale"_s, u"--class"_s, m_class, u"--default"_s}),
             u"1\tBeginning\n2\tDeveloping\n3\tProficient\n4\tExceeding"_s);
    QCOMPARE(storedClass().proficiencyScale, QString()); // the default is stored as none ([])
    QCOMPARE(cell(u"1001"_s, u"RL.1"_s).value(u"level"_s).toString(), u"Developing"_s);
}

void TestCliClassOptions::badScaleChangesNothing()
{
    mustRun({u"standard"_s, u"scale"_s, u"--class"_s, m_class, u"0=Not yet,1=Yes"_s});
    for (const auto &[levels, message] :
         {std::pair{u"1=A,1=B"_s, u"must go up"_s}, std::pair{u"1=A,x=B"_s, u"x is not a number"_s},
          std::pair{u"3=Only"_s, u"at least two levels"_s}, std::pair{u"1=A,2"_s, u"\"2\" is not VALUE=LABEL"_s},
          std::pair{u"1=A,2="_s, u"needs a label"_s}}) {
        const test::ProcessResult r = run({u"standard"_s, u"scale"_s, u"--class"_s, m_class, levels});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    QCOMPARE(mustRun({u"standard"_s, u"scale"_s, u"--class"_s, m_class}), u"0\tNot yet\n1\tYes"_s);
    const test::ProcessResult both =
        run({u"standard"_s, u"scale"_s, u"--class"_s, m_class, u"1=A,2=B"_s, u"--default"_s});
    QCOMPARE(both.exitCode, 2);
}

void TestCliClassOptions::standardMethodOverridesTheClass()
{
    QCOMPARE(mustRun({u"standard"_s, u"method"_s, u"--class"_s, m_class, u"RL.1"_s}),
             u"RL.1: the class's method, Most recent"_s);
    QCOMPARE(mustRun({u"standard"_s, u"method"_s, u"--class"_s, m_class, u"rl.1"_s, u"--method"_s, u"highest"_s}),
             u"RL.1: Highest (its own; the class uses Most recent)"_s);
    // RL.1 highest of 1, 3, 2 = 3; RL.2 the class's most recent = 4.
    QJsonObject rl1 = cell(u"1001"_s, u"RL.1"_s);
    QCOMPARE(rl1.value(u"method"_s).toString(), u"highest"_s);
    QCOMPARE(rl1.value(u"score"_s).toDouble(), 3.0);
    QCOMPARE(rl1.value(u"level"_s).toString(), u"Proficient"_s);
    QCOMPARE(cell(u"1001"_s, u"RL.2"_s).value(u"method"_s).toString(), u"most_recent"_s);
    // Decaying average at 60 %: 1; 0.6 x 3 + 0.4 x 1 = 2.2; 0.6 x 2 + 0.4 x 2.2 = 2.08.
    mustRun({u"standard"_s, u"method"_s, u"--class"_s, m_class, u"RL.1"_s, u"--method"_s, u"decaying_average"_s,
             u"--param"_s, u"60"_s});
    rl1 = cell(u"1001"_s, u"RL.1"_s);
    QCOMPARE(rl1.value(u"method"_s).toString(), u"decaying_average"_s);
    QCOMPARE(rl1.value(u"score"_s).toDouble(), 2.08);
    QCOMPARE(rl1.value(u"level"_s).toString(), u"Developing"_s);
    // The table names the standard's own method under the class's.
    const QString table = mustRun({u"mastery"_s, u"--class"_s, m_class});
    QVERIFY2(table.startsWith(u"Method: Most recent\nMethod for RL.1: Decaying average (rate 60 %)\nStudent"_s),
             qPrintable(table));
    QVERIFY2(table.contains(u"Lovelace, Ada\t1001\t2.08 Developing\t4.00 Exceeding"_s), qPrintable(table));
    // Back to the class's.
    QCOMPARE(mustRun({u"standard"_s, u"method"_s, u"--class"_s, m_class, u"RL.1"_s, u"--clear"_s}),
             u"RL.1: the class's method, Most recent"_s);
    rl1 = cell(u"1001"_s, u"RL.1"_s);
    QCOMPARE(rl1.value(u"method"_s).toString(), u"most_recent"_s);
    QCOMPARE(rl1.value(u"score"_s).toDouble(), 2.0);
}

void TestCliClassOptions::methodFlagStillForcesOneForAll()
{
    mustRun({u"standard"_s, u"method"_s, u"--class"_s, m_class, u"RL.1"_s, u"--method"_s, u"highest"_s});
    // --method mean: every row mean, the override ignored: RL.1 (1 + 3 + 2) / 3 = 2.
    const QJsonObject rl1 = cell(u"1001"_s, u"RL.1"_s, {u"--method"_s, u"mean"_s});
    QCOMPARE(rl1.value(u"method"_s).toString(), u"mean"_s);
    QCOMPARE(rl1.value(u"score"_s).toDouble(), 2.0);
    QCOMPARE(cell(u"1001"_s, u"RL.2"_s, {u"--method"_s, u"mean"_s}).value(u"method"_s).toString(), u"mean"_s);
}

void TestCliClassOptions::methodErrors()
{
    const QStringList base{u"standard"_s, u"method"_s, u"--class"_s, m_class};
    QCOMPARE(run(base + QStringList{u"RL.1"_s, u"--method"_s, u"median"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"RL.1"_s, u"--method"_s, u"highest"_s, u"--param"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"RL.1"_s, u"--param"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"RL.1"_s, u"--clear"_s, u"--method"_s, u"mean"_s}).exitCode, 2);
    const test::ProcessResult rate =
        run(base + QStringList{u"RL.1"_s, u"--method"_s, u"decaying_average"_s, u"--param"_s, u"20"_s});
    QCOMPARE(rate.exitCode, 1);
    QVERIFY2(rate.err.contains(u"50 to 99"_s), qPrintable(rate.err));
    const test::ProcessResult unknown = run(base + QStringList{u"W.9"_s, u"--method"_s, u"mean"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(mustRun(base + QStringList{u"RL.1"_s}), u"RL.1: the class's method, Most recent"_s);
}

void TestCliClassOptions::classSetOptions()
{
    QCOMPARE(mustRun({u"class"_s, u"set"_s, u"--class"_s, m_class}).section(u'\n', 0, 0),
             u"Mark missing automatically after the due date: off"_s);
    const QString out = mustRun({u"class"_s, u"set"_s, u"--class"_s, m_class, u"--auto-missing"_s, u"on"_s,
                                 u"--risk-below"_s, u"65"_s, u"--risk-missing"_s, u"2"_s, u"--risk-drop"_s, u"15"_s});
    QVERIFY2(out.startsWith(u"Mark missing automatically after the due date: on\nAt risk: below 65 %, 2 or more "
                            "missing, or down 15 points"_s),
             qPrintable(out));
    const SchoolClass c = storedClass();
    QVERIFY(c.autoMissing);
    QCOMPARE(c.riskBelowPercent, 65.0);
    QCOMPARE(c.riskMissingCount, 2);
    QCOMPARE(c.riskDropPoints, 15.0);
    // Bad input: a clear error, nothing changed.
    const test::ProcessResult above =
        run({u"class"_s, u"set"_s, u"--class"_s, m_class, u"--risk-below"_s, u"130"_s, u"--auto-missing"_s, u"off"_s});
    QCOMPARE(above.exitCode, 1);
    QVERIFY2(above.err.contains(u"100"_s), qPrintable(above.err));
    QVERIFY(storedClass().autoMissing);
    QCOMPARE(run({u"class"_s, u"set"_s, u"--class"_s, m_class, u"--auto-missing"_s, u"yes"_s}).exitCode, 2);
    QCOMPARE(run({u"class"_s, u"set"_s, u"--class"_s, m_class, u"--risk-missing"_s, u"two"_s}).exitCode, 2);
    mustRun({u"class"_s, u"set"_s, u"--class"_s, m_class, u"--auto-missing"_s, u"off"_s});
    QVERIFY(!storedClass().autoMissing);
}

void TestCliClassOptions::markMissingCounts()
{
    // Task 1..3 due 2026-09-01..03; Ada has 3 on Task 2 (points), the rest is empty.
    mustRun({u"grade"_s, u"set"_s, u"--class"_s, m_class, u"--assignment"_s, u"Task 2"_s, u"--student"_s, u"1001"_s,
             u"--points"_s, u"3"_s});
    const QRegularExpression said(u"^Marked (\\d+) score(?:s|\\(s\\)) missing on (\\d+) assignment"_s);
    auto marked = [&](const QString &asOf) {
        const QString out = mustRun({u"grade"_s, u"mark-missing"_s, u"--class"_s, m_class, u"--as-of"_s, asOf});
        const QRegularExpressionMatch m = said.match(out);
        if (!m.hasMatch())
            qWarning("unexpected: %s", qPrintable(out));
        return std::pair{m.captured(1).toInt(), m.captured(2).toInt()};
    };
    // Before 2026-09-03: Task 1 (2 empty) and Task 2 (Babbage only).
    QCOMPARE(marked(u"2026-09-03"_s), (std::pair{3, 2}));
    QCOMPARE(marked(u"2026-09-03"_s), (std::pair{0, 0})); // nothing new
    QCOMPARE(marked(u"2026-09-10"_s), (std::pair{2, 1})); // Task 3
    const QString csv = mustRun({u"export"_s, u"gradebook"_s, u"--class"_s, m_class, u"--out"_s, u"-"_s});
    QVERIFY2(csv.contains(u"\"Lovelace, Ada\",1001,MISSING,3,MISSING"_s), qPrintable(csv));
    QCOMPARE(run({u"grade"_s, u"mark-missing"_s, u"--class"_s, m_class, u"--as-of"_s, u"soon"_s}).exitCode, 2);
    m_profile->reopen();
    QCOMPARE(test::countRows(m_profile->store(), u"audit_log"_s, u"action = 'grade.auto_missing'"_s), 5);
    m_profile->close();
}

QTEST_GUILESS_MAIN(TestCliClassOptions)
#include "tst_cli_classoptions.moc"
