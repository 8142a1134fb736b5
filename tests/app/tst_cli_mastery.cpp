// The standards and mastery commands end to end: the built k12-teacher on a
// temp profile. Levels entered with `grade set --standard`, mastery read back
// with `mastery --json` (tst_mastery's hand-worked values), the CSV export,
// the standards import and the exit codes scripts rely on.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/ClassRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCliMastery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpListsTheCommands();
    void standardsAddListAndTag();
    void weightedAverageAsJson();
    void decayingAverageOrderedByAssessedDate();
    void classMethodWithoutOption();
    void reenterAndClear();
    void tableOutput();
    void exportCsv();
    void importReportsProblemsByLine();
    void usageAndUserErrors();

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
    void level(const QString &task, const QString &student, const QString &standard, const QString &level,
               const QString &assessed = {})
    {
        QStringList args{u"grade"_s,     u"set"_s, u"--class"_s,    m_class,  u"--assignment"_s, task,
                         u"--student"_s, student,  u"--standard"_s, standard, u"--level"_s,      level};
        if (!assessed.isEmpty())
            args << u"--assessed"_s << assessed;
        const test::ProcessResult r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QJsonArray masteryJson(const QStringList &extra = {})
    {
        const test::ProcessResult r = run(QStringList{u"mastery"_s, u"--class"_s, m_class, u"--json"_s} + extra);
        if (r.exitCode != 0)
            qWarning("mastery failed: %s", qPrintable(r.err));
        m_lastJson = r.out;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QJsonObject cellOf(const QJsonArray &array, const QString &number, const QString &standard)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(u"student_number"_s).toString() == number && o.value(u"standard"_s).toString() == standard)
                return o;
        }
        return {};
    }

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_class = u"ELA 7"_s;
    QString m_lastJson;
};

void TestCliMastery::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close();
    mustRun({u"class"_s, u"add"_s, m_class});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Charles"_s, u"Babbage"_s, u"--number"_s, u"1002"_s});
    for (int k = 1; k <= 5; ++k) {
        mustRun({u"assignment"_s, u"add"_s, u"--class"_s, m_class, u"Task %1"_s.arg(k), u"--points"_s, u"4"_s,
                 u"--due"_s, u"2026-09-0%1"_s.arg(k)});
    }
    QVERIFY(isId(mustRun(
        {u"standard"_s, u"add"_s, u"--class"_s, m_class, u"RL.1"_s, u"--description"_s, u"Cite textual evidence"_s})));
    QVERIFY(isId(mustRun({u"standard"_s, u"add"_s, u"--class"_s, m_class, u"RL.2"_s})));
}

void TestCliMastery::helpListsTheCommands()
{
    const test::ProcessResult r = run({u"--help"_s});
    for (const QString &c : {u"standard add"_s, u"standard import"_s, u"standard list"_s, u"assignment tag"_s,
                             u"mastery --class"_s, u"export mastery"_s}) {
        QVERIFY2(r.out.contains(c), qPrintable(c));
    }
    const test::ProcessResult grade = run({u"grade"_s, u"set"_s, u"--help"_s});
    QCOMPARE(grade.exitCode, 0);
    QVERIFY(grade.out.contains(u"--standard <CODE>"_s));
    QVERIFY(grade.out.contains(u"--level <X>"_s));
}

void TestCliMastery::standardsAddListAndTag()
{
    const test::ProcessResult dup = run({u"standard"_s, u"add"_s, u"--class"_s, m_class, u"rl.1"_s});
    QCOMPARE(dup.exitCode, 1);
    QVERIFY2(dup.err.contains(u"already has a standard"_s), qPrintable(dup.err));
    const QJsonArray list =
        QJsonDocument::fromJson(mustRun({u"standard"_s, u"list"_s, u"--class"_s, m_class, u"--json"_s}).toUtf8())
            .array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"code"_s).toString(), u"RL.1"_s);
    QCOMPARE(list.at(0).toObject().value(u"description"_s).toString(), u"Cite textual evidence"_s);
    QCOMPARE(mustRun({u"assignment"_s, u"tag"_s, u"--class"_s, m_class, u"--assignment"_s, u"Task 1"_s, u"--standard"_s,
                      u"RL.2"_s, u"--standard"_s, u"rl.1"_s}),
             u"Task 1: RL.1, RL.2"_s);
    QCOMPARE(mustRun({u"assignment"_s, u"untag"_s, u"--class"_s, m_class, u"--assignment"_s, u"Task 1"_s,
                      u"--standard"_s, u"RL.2"_s}),
             u"Task 1: RL.1"_s);
    const test::ProcessResult unknown = run(
        {u"assignment"_s, u"tag"_s, u"--class"_s, m_class, u"--assignment"_s, u"Task 1"_s, u"--standard"_s, u"W.9"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"no standard \"W.9\""_s), qPrintable(unknown.err));
}

void TestCliMastery::weightedAverageAsJson()
{
    // Levels 1..5 on Task 1..5, assessed on their due dates: 0.65 x 5 + 0.35 x 2.5 = 4.125 -> 4.13.
    for (int k = 1; k <= 5; ++k)
        level(u"Task %1"_s.arg(k), u"1001"_s, u"RL.1"_s, QString::number(k));
    const QJsonArray all = masteryJson({u"--method"_s, u"weighted_average"_s, u"--param"_s, u"65"_s});
    QCOMPARE(all.size(), 4); // 2 students x 2 standards
    // Students in gradebook order (Babbage, Lovelace), standards by code.
    QCOMPARE(all.at(0).toObject().value(u"student_number"_s).toString(), u"1002"_s);
    QCOMPARE(all.at(0).toObject().value(u"standard"_s).toString(), u"RL.1"_s);
    const QJsonObject ada = cellOf(all, u"1001"_s, u"RL.1"_s);
    QCOMPARE(ada.value(u"method"_s).toString(), u"weighted_average"_s);
    QCOMPARE(ada.value(u"score"_s).toDouble(), 4.13);
    QCOMPARE(ada.value(u"level"_s).toString(), u"Exceeding"_s);
    QVERIFY2(m_lastJson.contains(u"\"score\": 4.13,"_s), qPrintable(m_lastJson)); // 2 decimals in the text too
    const QJsonObject none = cellOf(all, u"1002"_s, u"RL.1"_s);
    QVERIFY(none.value(u"score"_s).isNull());
    QVERIFY(none.value(u"level"_s).isNull());
    QVERIFY(none.contains(u"score"_s));
}

void TestCliMastery::decayingAverageOrderedByAssessedDate()
{
    // Entered out of order; the assessed dates put them in order 1, 2, 3, 4:
    // d = 1, 1.65, 2.5275, 3.484625 -> 3.48 at 65 %.
    level(u"Task 4"_s, u"1002"_s, u"RL.2"_s, u"4"_s, u"2026-10-04"_s);
    level(u"Task 1"_s, u"1002"_s, u"RL.2"_s, u"1"_s, u"2026-10-01"_s);
    level(u"Task 3"_s, u"1002"_s, u"RL.2"_s, u"3"_s, u"2026-10-03"_s);
    level(u"Task 2"_s, u"1002"_s, u"RL.2"_s, u"2"_s, u"2026-10-02"_s);
    const QJsonObject c =
        cellOf(masteryJson({u"--method"_s, u"decaying_average"_s, u"--param"_s, u"65"_s}), u"1002"_s, u"RL.2"_s);
    QCOMPARE(c.value(u"score"_s).toDouble(), 3.48);
    QCOMPARE(c.value(u"level"_s).toString(), u"Proficient"_s);
    // Most recent is the last assessed (4), not the last entered (2).
    QCOMPARE(cellOf(masteryJson({u"--method"_s, u"most_recent"_s}), u"1002"_s, u"RL.2"_s).value(u"score"_s).toDouble(),
             4.0);
    // Two on one day: the later entry is the newer.
    level(u"Task 5"_s, u"1002"_s, u"RL.2"_s, u"2.6"_s, u"2026-10-04"_s);
    const QJsonObject recent = cellOf(masteryJson({u"--method"_s, u"most_recent"_s}), u"1002"_s, u"RL.2"_s);
    QCOMPARE(recent.value(u"score"_s).toDouble(), 2.6);
    QCOMPARE(recent.value(u"level"_s).toString(), u"Developing"_s);
}

void TestCliMastery::classMethodWithoutOption()
{
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"1"_s);
    level(u"Task 2"_s, u"1001"_s, u"RL.1"_s, u"3"_s);
    // A new class's method is most recent.
    QJsonObject c = cellOf(masteryJson(), u"1001"_s, u"RL.1"_s);
    QCOMPARE(c.value(u"method"_s).toString(), u"most_recent"_s);
    QCOMPARE(c.value(u"score"_s).toDouble(), 3.0);
    // The class set to n-mastery (threshold 3, n 2): one score at 3, no result.
    m_profile->reopen();
    Result<SchoolClass> sc = ClassRepository(m_profile->store()).resolve(m_class);
    QVERIFY(sc);
    QVERIFY(ClassRepository(m_profile->store())
                .update(sc->id, {{u"mastery_method"_s, u"n_mastery"_s}, {u"mastery_n"_s, 2}}, u"x"_s));
    m_profile->close();
    c = cellOf(masteryJson(), u"1001"_s, u"RL.1"_s);
    QCOMPARE(c.value(u"method"_s).toString(), u"n_mastery"_s);
    QVERIFY(c.value(u"score"_s).isNull());
    // --param is n for n-mastery: 1 score at or above 3 is enough, their mean 3.
    c = cellOf(masteryJson({u"--param"_s, u"1"_s}), u"1001"_s, u"RL.1"_s);
    QCOMPARE(c.value(u"score"_s).toDouble(), 3.0);
}

void TestCliMastery::reenterAndClear()
{
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"2"_s);
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"4"_s); // replaces the 2
    QCOMPARE(cellOf(masteryJson({u"--method"_s, u"mean"_s}), u"1001"_s, u"RL.1"_s).value(u"score"_s).toDouble(), 4.0);
    const QStringList clear{u"grade"_s,     u"set"_s,  u"--class"_s,    m_class,   u"--assignment"_s, u"Task 1"_s,
                            u"--student"_s, u"1001"_s, u"--standard"_s, u"RL.1"_s, u"--clear"_s};
    QCOMPARE(run(clear).exitCode, 0);
    QVERIFY(cellOf(masteryJson(), u"1001"_s, u"RL.1"_s).value(u"score"_s).isNull());
    const test::ProcessResult again = run(clear);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"no level to clear"_s), qPrintable(again.err));
}

void TestCliMastery::tableOutput()
{
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"3"_s);
    const QString table = mustRun({u"mastery"_s, u"--class"_s, m_class});
    QCOMPARE(table, u"Method: Most recent\n"
                    "Student\tNumber\tRL.1\tRL.2\n"
                    "Babbage, Charles\t1002\t-\t-\n"
                    "Lovelace, Ada\t1001\t3.00 Proficient\t-"_s);
}

void TestCliMastery::exportCsv()
{
    level(u"Task 1"_s, u"1001"_s, u"RL.1"_s, u"3"_s);
    level(u"Task 2"_s, u"1001"_s, u"RL.1"_s, u"2"_s);
    level(u"Task 2"_s, u"1002"_s, u"RL.2"_s, u"4"_s);
    const QString path = m_profile->path() + u"/mastery.csv"_s;
    const QString said = mustRun({u"export"_s, u"mastery"_s, u"--class"_s, m_class, u"--out"_s, path});
    QVERIFY2(said.contains(u"mastery.csv"_s), qPrintable(said));
    QCOMPARE(test::readFile(path), QByteArray("\xEF\xBB\xBFStudent,Student Number,RL.1,RL.2\r\n"
                                              "\"Babbage, Charles\",1002,,4.00\r\n"
                                              "\"Lovelace, Ada\",1001,2.00,\r\n"));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    const test::ProcessResult stdoutRun = run({u"export"_s, u"mastery"_s, u"--class"_s, m_class, u"--out"_s, u"-"_s});
    QCOMPARE(stdoutRun.exitCode, 0);
    QVERIFY(stdoutRun.out.contains(u"\"Lovelace, Ada\",1001,2.00,"_s));
}

void TestCliMastery::importReportsProblemsByLine()
{
    const QString good = m_profile->path() + u"/ela.csv"_s;
    test::writeFile(good, "code,description,strand\nRL.3,Analyze interactions,Key Ideas\nRL.1,Cite evidence,\n");
    QCOMPARE(mustRun({u"standard"_s, u"import"_s, good, u"--class"_s, m_class}),
             u"ela.csv: 1 new, 1 with a new description, 0 unchanged."_s);
    const QString list = mustRun({u"standard"_s, u"list"_s, u"--class"_s, m_class});
    QVERIFY2(list.contains(u"RL.3\tStrand: Key Ideas - Analyze interactions\t"_s), qPrintable(list));

    const QString bad = m_profile->path() + u"/bad.csv"_s;
    test::writeFile(bad, "code,description\nW.1,Arguments\n,No code\nW.1,Twice\n");
    const test::ProcessResult r = run({u"standard"_s, u"import"_s, bad, u"--class"_s, m_class});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"bad.csv, line 3, column code: the code is empty."_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"bad.csv, line 4, column code: the code \"W.1\" is already on line 2."_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"nothing was imported: 2 problems in the file."_s), qPrintable(r.err));
    QVERIFY(!mustRun({u"standard"_s, u"list"_s, u"--class"_s, m_class}).contains(u"W.1"_s));
}

void TestCliMastery::usageAndUserErrors()
{
    auto exitOf = [&](const QStringList &args) { return run(args).exitCode; };
    QCOMPARE(exitOf({u"mastery"_s, u"--class"_s, m_class, u"--method"_s, u"median"_s}), 2);
    QCOMPARE(exitOf({u"mastery"_s, u"--class"_s, m_class, u"--method"_s, u"mean"_s, u"--param"_s, u"3"_s}), 2);
    QCOMPARE(exitOf({u"mastery"_s}), 2);
    QCOMPARE(exitOf({u"mastery"_s, u"--class"_s, u"Nope"_s}), 1);
    const QStringList base{u"grade"_s,        u"set"_s,    u"--class"_s,   m_class,
                           u"--assignment"_s, u"Task 1"_s, u"--student"_s, u"1001"_s};
    QCOMPARE(exitOf(base + QStringList{u"--standard"_s, u"RL.1"_s}), 2); // no level
    QCOMPARE(exitOf(base + QStringList{u"--level"_s, u"3"_s}), 2);       // no standard
    QCOMPARE(exitOf(base + QStringList{u"--standard"_s, u"RL.1"_s, u"--level"_s, u"x"_s}), 2);
    QCOMPARE(exitOf(base + QStringList{u"--standard"_s, u"RL.1"_s, u"--level"_s, u"3"_s, u"--points"_s, u"3"_s}), 2);
    QCOMPARE(
        exitOf(base + QStringList{u"--standard"_s, u"RL.1"_s, u"--level"_s, u"3"_s, u"--assessed"_s, u"31/12/2026"_s}),
        2);
    const test::ProcessResult typo = run(base + QStringList{u"--standard"_s, u"RL.1"_s, u"--level"_s, u"40"_s});
    QCOMPARE(typo.exitCode, 1);
    QVERIFY2(typo.err.contains(u"maximum of 8"_s), qPrintable(typo.err));
    QCOMPARE(exitOf(base + QStringList{u"--standard"_s, u"W.9"_s, u"--level"_s, u"3"_s}), 1);
    QCOMPARE(exitOf({u"export"_s, u"mastery"_s, u"--class"_s, m_class}), 2);
    // Points still work as before.
    QCOMPARE(exitOf(base + QStringList{u"--points"_s, u"3"_s}), 0);
}

QTEST_GUILESS_MAIN(TestCliMastery)
#include "tst_cli_mastery.moc"
