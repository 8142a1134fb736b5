// Term finals end to end: the built k12-teacher run as a process. period
// formula (a term added with its formula, refusals), final override / clear /
// list --json, and the "<Period> %", "<Period> Letter" and "Override Reason"
// columns of export gradebook, which import scores reads back as computed.
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestFinalCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void formulaOverrideListExport();
    void refusals();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args);
    }
    QString ok(const QStringList &args)
    {
        const test::ProcessResult r = run(args);
        if (r.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : u"FAILED"_s;
    }
    QJsonArray list(const QStringList &extra)
    {
        return QJsonDocument::fromJson(
                   ok(QStringList{u"final"_s, u"list"_s, u"--class"_s, m_class, u"--json"_s} + extra).toUtf8())
            .array();
    }

    std::unique_ptr<test::TempProfile> m_profile;
    const QString m_class = u"Algebra I"_s;
};

// Algebra I (total points): Ada Lovelace 1001, Alan Turing 1002; Q1 (Sep-Oct),
// Q2 (Nov-Dec); Quiz 1 (10, in Q1), Quiz 2 (20, in Q2), Final Exam (100, in no period).
// Ada: Quiz 1 9, Quiz 2 15, exam 80. Alan: Quiz 1 10, Quiz 2 20, exam not graded yet.
void TestFinalCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close();
    QVERIFY(ok({u"class"_s, u"add"_s, m_class}) != u"FAILED"_s);
    QVERIFY(ok({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s}) !=
            u"FAILED"_s);
    QVERIFY(ok({u"student"_s, u"add"_s, u"--class"_s, m_class, u"Alan"_s, u"Turing"_s, u"--number"_s, u"1002"_s}) !=
            u"FAILED"_s);
    QVERIFY(ok({u"period"_s, u"add"_s, u"--class"_s, m_class, u"Q1"_s, u"--start"_s, u"2026-09-07"_s, u"--end"_s,
                u"2026-10-30"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"period"_s, u"add"_s, u"--class"_s, m_class, u"Q2"_s, u"--start"_s, u"2026-11-02"_s, u"--end"_s,
                u"2026-12-18"_s}) != u"FAILED"_s);
    const QStringList add{u"assignment"_s, u"add"_s, u"--class"_s, m_class};
    QVERIFY(ok(add + QStringList{u"Quiz 1"_s, u"--points"_s, u"10"_s, u"--due"_s, u"2026-09-10"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Quiz 2"_s, u"--points"_s, u"20"_s, u"--due"_s, u"2026-11-10"_s}) != u"FAILED"_s);
    QVERIFY(ok(add + QStringList{u"Final Exam"_s, u"--points"_s, u"100"_s, u"--due"_s, u"2027-01-05"_s}) !=
            u"FAILED"_s);
    const QList<std::tuple<QString, QString, QString>> grades{{u"Quiz 1"_s, u"1001"_s, u"9"_s},
                                                              {u"Quiz 2"_s, u"1001"_s, u"15"_s},
                                                              {u"Final Exam"_s, u"1001"_s, u"80"_s},
                                                              {u"Quiz 1"_s, u"1002"_s, u"10"_s},
                                                              {u"Quiz 2"_s, u"1002"_s, u"20"_s}};
    for (const auto &[title, student, points] : grades) {
        QVERIFY(ok({u"grade"_s, u"set"_s, u"--class"_s, m_class, u"--assignment"_s, title, u"--student"_s, student,
                    u"--points"_s, points}) != u"FAILED"_s);
    }
}

void TestFinalCommands::formulaOverrideListExport()
{
    QCOMPARE(ok({u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S1"_s, u"--part"_s, u"Q1=40"_s, u"--part"_s,
                 u"Q2=40"_s, u"--part"_s, u"assignment:Final Exam=20"_s}),
             u"S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam\n"_s);
    // period list shows the term's formula after its counts (table and JSON).
    QVERIFY(ok({u"period"_s, u"list"_s, u"--class"_s, m_class})
                .contains(u"\tS1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam\n"_s));
    QVERIFY(ok({u"period"_s, u"list"_s, u"--class"_s, m_class, u"--json"_s})
                .contains(u"\"formula\": \"S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam\""_s));

    // Ada: Q1 9/10 = 90, Q2 15/20 = 75, exam 80: S1 = 36 + 30 + 16 = 82.00 (B-, 80 and up).
    // Alan: Q1 100, Q2 100, exam not graded: (40 + 40) / 0.8 = 100.00 (A).
    QJsonArray s1 = list({u"--period"_s, u"S1"_s});
    QCOMPARE(s1.size(), 2);
    QCOMPARE(s1.at(0).toObject(), (QJsonObject{{u"student_number"_s, u"1001"_s},
                                               {u"period"_s, u"S1"_s},
                                               {u"percent"_s, 82.0},
                                               {u"computed_letter"_s, u"B-"_s},
                                               {u"letter"_s, u"B-"_s},
                                               {u"overridden"_s, false},
                                               {u"reason"_s, QJsonValue()}}));
    QCOMPARE(s1.at(1).toObject().value(u"percent"_s).toDouble(), 100.0);
    QCOMPARE(s1.at(1).toObject().value(u"letter"_s).toString(), u"A"_s);

    QVERIFY(ok({u"final"_s, u"override"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--period"_s, u"S1"_s,
                u"--letter"_s, u"b"_s, u"--reason"_s, u"Completed the retake"_s}) != u"FAILED"_s);
    s1 = list({u"--period"_s, u"S1"_s});
    QCOMPARE(s1.at(0).toObject().value(u"percent"_s).toDouble(), 82.0); // the percentage stays
    QCOMPARE(s1.at(0).toObject().value(u"computed_letter"_s).toString(), u"B-"_s);
    QCOMPARE(s1.at(0).toObject().value(u"letter"_s).toString(), u"B"_s);
    QCOMPARE(s1.at(0).toObject().value(u"overridden"_s).toBool(), true);
    QCOMPARE(s1.at(0).toObject().value(u"reason"_s).toString(), u"Completed the retake"_s);
    // The course's final is another grade: Ada (9 + 15 + 80) / 130 = 80.00, not overridden.
    const QJsonArray course = list({});
    QCOMPARE(course.at(0).toObject().value(u"period"_s), QJsonValue());
    QCOMPARE(course.at(0).toObject().value(u"percent"_s).toDouble(), 80.0);
    QCOMPARE(course.at(0).toObject().value(u"overridden"_s).toBool(), false);

    // Export: periods by start date (Q1, S1 on the same day, then Q2); S1's letter overridden with its reason.
    const QString csv = ok({u"export"_s, u"gradebook"_s, u"--class"_s, m_class, u"--no-bom"_s, u"--out"_s, u"-"_s});
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"Student,Student Number,Quiz 1,Quiz 2,Final Exam,Final %,Q1 %,Q1 Letter,S1 %,S1 Letter,"
                             "Q2 %,Q2 Letter,Letter,Override Reason"_s);
    QCOMPARE(lines.value(2), u"\"Lovelace, Ada\",1001,9,15,80,80.00,90.00,A-,82.00,B,75.00,C,B-,"
                             "S1: B (computed B-): Completed the retake"_s);
    QCOMPARE(lines.value(3), u"\"Turing, Alan\",1002,10,20,,100.00,100.00,A,100.00,A,100.00,A,A,"_s);

    // Read back: every computed column is skipped, nothing changes.
    const QString path = QDir(m_profile->path()).filePath(u"back.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    const QString imported = ok({u"import"_s, u"scores"_s, path, u"--class"_s, m_class, u"--dry-run"_s});
    for (const QString &column : {u"S1 %"_s, u"S1 Letter"_s, u"Q1 Letter"_s, u"Override Reason"_s})
        QVERIFY2(imported.contains(u"column \"%1\" not imported as scores (computed from the scores)"_s.arg(column)),
                 qPrintable(imported));
    QVERIFY2(imported.contains(u"0 changes"_s), qPrintable(imported));

    // Cleared: the computed letter again; clearing twice is refused.
    QVERIFY(ok({u"final"_s, u"clear"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--period"_s, u"S1"_s}) !=
            u"FAILED"_s);
    QCOMPARE(list({u"--period"_s, u"S1"_s}).at(0).toObject().value(u"letter"_s).toString(), u"B-"_s);
    const test::ProcessResult again =
        run({u"final"_s, u"clear"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--period"_s, u"S1"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"not overridden"_s), qPrintable(again.err));

    // The formula cleared: S1 would share days with Q1 and Q2, so that is refused.
    const test::ProcessResult clear = run({u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S1"_s, u"--clear"_s});
    QCOMPARE(clear.exitCode, 1);
    QVERIFY2(clear.err.contains(u"shares days with"_s), qPrintable(clear.err));
}

void TestFinalCommands::refusals()
{
    QVERIFY(ok({u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S1"_s, u"--part"_s, u"Q1=50"_s, u"--part"_s,
                u"Q2=50"_s}) != u"FAILED"_s);
    const QList<std::tuple<QStringList, int, QString>> cases{
        // A cycle: Q1 made of S1, which is made of Q1.
        {{u"period"_s, u"formula"_s, u"--class"_s, m_class, u"Q1"_s, u"--part"_s, u"S1=100"_s},
         1,
         u"\"S1\" is already computed from this period"_s},
        {{u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S2"_s, u"--part"_s, u"Q9=100"_s},
         1,
         u"no grading period \"Q9\""_s},
        {{u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S2"_s, u"--part"_s, u"Q1=ten"_s}, 1, u"not a number"_s},
        {{u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S2"_s, u"--part"_s, u"Q1=0"_s}, 1, u"above 0"_s},
        {{u"period"_s, u"formula"_s, u"--class"_s, m_class, u"S2"_s}, 2, u"give --part"_s},
        {{u"final"_s, u"override"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--letter"_s, u"Z"_s,
          u"--reason"_s, u"x"_s},
         1,
         u"\"Z\" is not a letter of this class's grading scale"_s},
        {{u"final"_s, u"override"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--letter"_s, u"A"_s},
         2,
         u"--reason is required"_s},
        {{u"final"_s, u"override"_s, u"--class"_s, m_class, u"--student"_s, u"1001"_s, u"--letter"_s, u"A"_s,
          u"--reason"_s, u" "_s},
         1,
         u"Give a reason"_s},
        {{u"final"_s, u"override"_s, u"--class"_s, m_class, u"--student"_s, u"9999"_s, u"--letter"_s, u"A"_s,
          u"--reason"_s, u"x"_s},
         1,
         u"9999"_s},
    };
    for (const auto &[args, exitCode, message] : cases) {
        const test::ProcessResult r = run(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    // Nothing of it was written: S2 does not exist, no override.
    QVERIFY(!ok({u"period"_s, u"list"_s, u"--class"_s, m_class}).contains(u"S2"_s));
    QCOMPARE(list({}).at(0).toObject().value(u"overridden"_s).toBool(), false);
}

QTEST_GUILESS_MAIN(TestFinalCommands)
#include "tst_finalcommands.moc"
