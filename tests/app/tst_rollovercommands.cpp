// `k12-teacher rollover`, `class archive` / `class unarchive` / `class list
// --archived` end to end, the archive's refusal from the CLI, and kill -9 of a
// rollover of a big profile at random moments: either nothing or everything,
// and the database opens.
#include "tests/common/RolloverFixture.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

class TestRolloverCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dryRunThenRollover();
    void archiveRefusesFromTheCli();
    void badUsage();
    void killDuringRolloverLeavesNothingHalfDone();

private:
    ProcessResult run(const QStringList &args)
    {
        return runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args, {}, 60000);
    }
    QJsonArray classes()
    {
        const ProcessResult r = run({u"class"_s, u"list"_s, u"--archived"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    std::unique_ptr<TempProfile> m_profile;
    QString m_p1;
};

void TestRolloverCommands::init()
{
    m_profile = std::make_unique<TempProfile>();
    const CourseShape small{5, 5, 3, 2};
    m_p1 = makeCourseClass(m_profile->store(), u"Algebra I"_s, u"P1"_s, u"2026-27 Fall"_s, small);
    makeCourseClass(m_profile->store(), u"Algebra I"_s, u"P2"_s, u"2026-27 Fall"_s, small);
    makeCourseClass(m_profile->store(), u"Biology"_s, u"P4"_s, u"2026-27 Fall"_s, small);
    m_profile->close(); // the commands open the profile themselves
}

void TestRolloverCommands::dryRunThenRollover()
{
    ProcessResult r = run({u"rollover"_s, u"--from-term"_s, u"2026-27 Fall"_s, u"--to-term"_s, u"2026-27 Spring"_s,
                           u"--classes"_s, u"Algebra I"_s, u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // "Algebra I" names both periods: the course rolls over together; Biology is not asked for.
    QVERIFY2(r.out.contains(u"Algebra I, P1 (2026-27 Fall) -> 2026-27 Spring"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Algebra I, P2 (2026-27 Fall) -> 2026-27 Spring"_s));
    QVERIFY(!r.out.contains(u"Biology"_s));
    QVERIFY(r.out.contains(u"5 unpublished assignment"_s));
    QVERIFY(r.out.contains(u"5 lesson"_s));
    QVERIFY(r.out.contains(u"Dry run: nothing was written."_s));
    QCOMPARE(classes().size(), 3);

    r = run({u"rollover"_s, u"--from-term"_s, u"2026-27 Fall"_s, u"--to-term"_s, u"2026-27 Spring"_s, u"--start"_s,
             u"2027-01-06"_s, u"--carry"_s, u"categories,scale,policies,standards,plans,assignments"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Biology, P4 (2026-27 Fall) -> 2026-27 Spring"_s));
    QVERIFY2(r.out.contains(u"20 week"_s), qPrintable(r.out)); // Mon 2026-08-17 -> Mon 2027-01-04
    const QJsonArray all = classes();
    QCOMPARE(all.size(), 6);
    int archived = 0, spring = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        if (c.value(u"archived"_s).toBool()) {
            ++archived;
            QCOMPARE(c.value(u"term"_s).toString(), u"2026-27 Fall"_s);
        }
        if (c.value(u"term"_s).toString() == u"2026-27 Spring"_s)
            ++spring;
    }
    QCOMPARE(archived, 3);
    QCOMPARE(spring, 3);
    // Without --archived only the new ones.
    r = run({u"class"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
    // Again: refused, nothing written.
    r = run({u"rollover"_s, u"--from-term"_s, u"2026-27 Fall"_s, u"--to-term"_s, u"2026-27 Spring"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(classes().size(), 6);
}

void TestRolloverCommands::archiveRefusesFromTheCli()
{
    ProcessResult r = run({u"class"_s, u"archive"_s, m_p1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"assignment"_s, u"add"_s, u"--class"_s, m_p1, u"Quiz 9"_s, u"--points"_s, u"10"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Algebra I (2026-27 Fall) is archived; restore it to change it."_s), qPrintable(r.err));
    r = run({u"class"_s, u"unarchive"_s, m_p1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"assignment"_s, u"add"_s, u"--class"_s, m_p1, u"Quiz 9"_s, u"--points"_s, u"10"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // "Name (Term)" names a class whose name another term shares; two periods share this one.
    r = run({u"class"_s, u"archive"_s, u"Biology (2026-27 Fall)"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"class"_s, u"archive"_s, u"Algebra I"_s});
    QCOMPARE(r.exitCode, 1); // two classes have that name
}

void TestRolloverCommands::badUsage()
{
    ProcessResult r = run({u"rollover"_s, u"--shift-days"_s, u"7"_s, u"--start"_s, u"2027-01-04"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 2);
    r = run({u"rollover"_s, u"--carry"_s, u"grades"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"grades"_s));
    r = run({u"rollover"_s, u"--from-term"_s, u"1999"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 1);
}

void TestRolloverCommands::killDuringRolloverLeavesNothingHalfDone()
{
    // The bench's profile: 6 classes x 200 assignments, 40 lessons, 35 students.
    TempProfile big;
    for (int i = 0; i < 6; ++i)
        makeCourseClass(big.store(), i < 3 ? u"Algebra I"_s : u"Geometry"_s, u"P%1"_s.arg(i + 1), u"2026-27 Fall"_s);
    big.close();
    const QString source = big.dbPath();
    const QStringList args{u"rollover"_s, u"--from-term"_s, u"2026-27 Fall"_s, u"--to-term"_s, u"2026-27 Spring"_s};

    // One whole run first: how long a rollover takes from the process start.
    TempProfile timing;
    timing.close();
    QFile::remove(timing.dbPath());
    QVERIFY(QFile::copy(source, timing.dbPath()));
    QElapsedTimer t;
    t.start();
    ProcessResult whole = runTeacher(QStringList{u"--profile"_s, timing.path()} + args, {}, 60000);
    const qint64 fullMs = t.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));

    int nothing = 0, everything = 0;
    for (int round = 0; round < 10; ++round) {
        TempProfile p;
        p.close();
        QFile::remove(p.dbPath());
        QVERIFY(QFile::copy(source, p.dbPath()));
        QProcess proc;
        proc.setProgram(QStringLiteral(K12_TEACHER_BIN));
        proc.setArguments(QStringList{u"--profile"_s, p.path()} + args);
        proc.start();
        QVERIFY(proc.waitForStarted());
        // Mostly while the transaction runs (after the start-up), some after it committed.
        const int delay = int(fullMs / 3 + QRandomGenerator::global()->bounded(qint64(fullMs)));
        QTest::qWait(delay);
        const bool finished = proc.state() == QProcess::NotRunning;
        proc.kill(); // SIGKILL on Unix: no handler, no clean-up runs
        proc.waitForFinished();

        p.reopen(); // the database opens
        QSqlQuery q(p.store().database().connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        const qint64 spring = countRows(p.store(), u"class"_s, u"term = '2026-27 Spring' AND deleted = 0"_s);
        const qint64 archived = countRows(p.store(), u"class"_s, u"archived = 1"_s);
        const qint64 assignments = countRows(p.store(), u"assignment"_s);
        const qint64 outbox = countRows(p.store(), u"outbox"_s);
        if (spring == 0) {
            QCOMPARE(archived, 0);
            QCOMPARE(assignments, 1200);
            ++nothing;
        } else {
            QCOMPARE(spring, 6);
            QCOMPARE(archived, 6);
            QCOMPARE(assignments, 2400);
            ++everything;
        }
        Q_UNUSED(outbox);
        qInfo("round %d: killed after %d ms of ~%lld%s: %s", round, delay, fullMs, finished ? " (had finished)" : "",
              spring ? "everything" : "nothing");
    }
    qInfo("nothing %d, everything %d", nothing, everything);
}

QTEST_GUILESS_MAIN(TestRolloverCommands)
#include "tst_rollovercommands.moc"
