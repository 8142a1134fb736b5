// `guardian invite` and `notify missing` end to end: the built k12-teacher
// run as a process on a real profile. Who is invited and who is skipped for
// lack of an email (exit 1 when nobody could be), a guardian named by email
// or name; the notice preview as text and JSON, --dry-run writing nothing,
// the notices written with the previewed assignments, an archived class
// refused; exit codes 0 done, 1 refused with the reason, 2 bad usage.
#include "tests/common/TestSupport.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestFamilyCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void inviteEveryGuardianWithAnEmail();
    void inviteOneGuardianByEmailOrName();
    void inviteRefusals();
    void noticePreviewAndDryRun();
    void noticesAreWritten();
    void noticeOfChosenStudentsAsJson();
    void archivedClassIsRefused();

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
    qint64 rows(const QString &table, const QString &where = u"deleted = 0"_s)
    {
        m_profile->reopen();
        const qint64 n = test::countRows(m_profile->store(), table, where);
        m_profile->close();
        return n;
    }
    QString id(const QString &table, const QString &where)
    {
        m_profile->reopen();
        const QString found =
            m_profile->store().rows(*EntitySchema::find(table), where).value(0).value(u"id"_s).toString();
        m_profile->close();
        return found;
    }

    std::unique_ptr<test::TempProfile> m_profile;
};

// Algebra I: Ana Ávila (101) misses HW 1 and HW 2 (and the unpublished Quiz);
// Bo Brown (102) misses HW 2; Carl Diaz (103) nothing. Ana's guardians: María
// López (email) and Jorge Ávila (none); Bo's: Sam Brown (none); Carl: none.
void TestFamilyCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close(); // everything goes through the program, but for the quiz's "unpublished"
    const QString c = u"Algebra I"_s;
    QVERIFY(ok({u"class"_s, u"add"_s, c}) != u"FAILED"_s);
    for (const auto &[given, family, number] :
         {std::tuple{u"Ana"_s, u"Ávila"_s, u"101"_s}, std::tuple{u"Bo"_s, u"Brown"_s, u"102"_s},
          std::tuple{u"Carl"_s, u"Diaz"_s, u"103"_s}})
        QVERIFY(ok({u"student"_s, u"add"_s, u"--class"_s, c, given, family, u"--number"_s, number}) != u"FAILED"_s);
    for (const auto &[title, due] : {std::pair{u"HW 1"_s, u"2026-09-10"_s}, std::pair{u"HW 2"_s, u"2026-09-17"_s},
                                     std::pair{u"Quiz"_s, u"2026-09-01"_s}})
        QVERIFY(ok({u"assignment"_s, u"add"_s, u"--class"_s, c, title, u"--points"_s, u"10"_s, u"--due"_s, due}) !=
                u"FAILED"_s);
    for (const auto &[assignment, student] : {std::pair{u"HW 1"_s, u"101"_s}, std::pair{u"HW 2"_s, u"101"_s},
                                              std::pair{u"Quiz"_s, u"101"_s}, std::pair{u"HW 2"_s, u"102"_s}})
        QVERIFY(ok({u"grade"_s, u"set"_s, u"--class"_s, c, u"--assignment"_s, assignment, u"--student"_s, student,
                    u"--missing"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"grade"_s, u"set"_s, u"--class"_s, c, u"--assignment"_s, u"HW 1"_s, u"--student"_s, u"103"_s,
                u"--points"_s, u"9"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s, u"López"_s, u"--email"_s,
                u"maria@example.org"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"Jorge"_s, u"Ávila"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"102"_s, u"Sam"_s, u"Brown"_s}) != u"FAILED"_s);
    m_profile->reopen();
    AssignmentRepository assignments(m_profile->store());
    Assignment quiz = assignments.select(u"title = 'Quiz'"_s).constFirst();
    quiz.published = false;
    QVERIFY(assignments.save(quiz, u"x"_s).ok());
    m_profile->close();
}

void TestFamilyCommands::inviteEveryGuardianWithAnEmail()
{
    const test::ProcessResult r = run({u"guardian"_s, u"invite"_s, u"--student"_s, u"101"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Skipped Jorge Ávila: no email.\n"
                    "Invited María López <maria@example.org>.\n"
                    "Not signed in: the invitations wait here until you sign in and run \"k12-teacher sync\".\n"_s);
    QCOMPARE(rows(u"guardian_invitation"_s), 1);
    const QString maria = id(u"guardian"_s, u"email = 'maria@example.org'"_s);
    QCOMPARE(rows(u"guardian_invitation"_s, u"guardian_id = '"_s + maria + u"'"_s), 1);
    // Waiting in the outbox for `k12-teacher sync`.
    QCOMPARE(rows(u"outbox"_s, u"entity = 'guardian_invitation' AND state = 'pending'"_s), 1);
}

void TestFamilyCommands::inviteOneGuardianByEmailOrName()
{
    QVERIFY(ok({u"guardian"_s, u"invite"_s, u"--student"_s, u"101"_s, u"--guardian"_s, u"MARIA@example.org"_s})
                .startsWith(u"Invited María López <maria@example.org>.\n"_s));
    QVERIFY(ok({u"guardian"_s, u"invite"_s, u"--student"_s, u"101"_s, u"--guardian"_s, u"maría  lópez"_s})
                .startsWith(u"Invited María López <maria@example.org>.\n"_s));
    // A re-invite is a new row.
    QCOMPARE(rows(u"guardian_invitation"_s), 2);
}

void TestFamilyCommands::inviteRefusals()
{
    // Only a guardian without an email: nobody invited, exit 1, nothing written.
    test::ProcessResult r =
        run({u"guardian"_s, u"invite"_s, u"--student"_s, u"101"_s, u"--guardian"_s, u"Jorge Ávila"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, u"Skipped Jorge Ávila: no email.\n"_s);
    QVERIFY2(r.err.contains(u"Nobody was invited: no guardian has an email."_s), qPrintable(r.err));
    r = run({u"guardian"_s, u"invite"_s, u"--student"_s, u"102"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Nobody was invited"_s), qPrintable(r.err));
    r = run({u"guardian"_s, u"invite"_s, u"--student"_s, u"103"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"The student has no guardian to invite."_s), qPrintable(r.err));
    r = run({u"guardian"_s, u"invite"_s, u"--student"_s, u"101"_s, u"--guardian"_s, u"sam@example.org"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no guardian with the email or name \"sam@example.org\""_s), qPrintable(r.err));
    r = run({u"guardian"_s, u"invite"_s, u"--student"_s, u"999"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"guardian"_s, u"invite"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(rows(u"guardian_invitation"_s), 0);
}

void TestFamilyCommands::noticePreviewAndDryRun()
{
    const test::ProcessResult r = run({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 0);
    // The unpublished quiz is not listed; the oldest due first. The last line's
    // plural reads "1 notice" once translations/k12_teacher_en.ts has it.
    static const QRegularExpression last(u"\nDry run: nothing was written\\. 1 notice(\\(s\\))? would be sent\\.\n$"_s);
    QVERIFY2(last.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY2(r.out.startsWith(u"101 Ana Ávila: 2 missing\n"
                              "  HW 1, due 2026-09-10\n"
                              "  HW 2, due 2026-09-17\n"
                              "  to: María López <maria@example.org>\n"
                              "  no email: Jorge Ávila\n"
                              "102 Bo Brown: 1 missing\n"
                              "  HW 2, due 2026-09-17\n"
                              "  no email: Sam Brown\n"
                              "  not sent: No guardian with an email who receives reports.\n"
                              "103 Carl Diaz: not sent: Nothing missing.\n"_s),
             qPrintable(r.out));
    QCOMPARE(rows(u"family_notice"_s), 0);
    QCOMPARE(rows(u"outbox"_s, u"entity = 'family_notice'"_s), 0);
}

void TestFamilyCommands::noticesAreWritten()
{
    const test::ProcessResult r = run({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s});
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression last(u"\nCreated 1 notice(\\(s\\))?\\. Not signed in: they wait here until you "
                                         "sign in and run \"k12-teacher sync\"\\.\n$"_s);
    QVERIFY2(last.match(r.out).hasMatch(), qPrintable(r.out));
    QCOMPARE(rows(u"family_notice"_s), 1);
    m_profile->reopen();
    const FamilyNotice n = Repository<FamilyNotice>(m_profile->store()).select().constFirst();
    AssignmentRepository assignments(m_profile->store());
    const QString hw1 = assignments.select(u"title = 'HW 1'"_s).constFirst().id;
    const QString hw2 = assignments.select(u"title = 'HW 2'"_s).constFirst().id;
    const Student ana = Repository<Student>(m_profile->store()).select(u"student_number = '101'"_s).constFirst();
    m_profile->close();
    QCOMPARE(n.studentId, ana.id);
    QCOMPARE(n.kind, u"missing"_s);
    QCOMPARE(n.assignmentIds, (QStringList{hw1, hw2}));
    QCOMPARE(rows(u"outbox"_s, u"entity = 'family_notice' AND state = 'pending'"_s), 1);

    // Nothing to send among the chosen students: exit 1, nothing more written.
    const test::ProcessResult none =
        run({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"103"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"No notice to send"_s), qPrintable(none.err));
    QCOMPARE(rows(u"family_notice"_s), 1);
}

void TestFamilyCommands::noticeOfChosenStudentsAsJson()
{
    const QString out = ok({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"102"_s,
                            u"--student"_s, u"101"_s, u"--dry-run"_s, u"--json"_s});
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(u"class"_s).toString(), u"Algebra I"_s);
    QCOMPARE(o.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(o.value(u"to_send"_s).toInt(), 1);
    QCOMPARE(o.value(u"created"_s).toInt(), 0);
    QCOMPARE(o.value(u"signed_in"_s).toBool(), false);
    const QJsonArray students = o.value(u"students"_s).toArray();
    QCOMPARE(students.size(), 2); // roster order, not the order asked
    const QJsonObject ana = students.at(0).toObject();
    QCOMPARE(ana.value(u"student_number"_s).toString(), u"101"_s);
    QCOMPARE(ana.value(u"student"_s).toString(), u"Ana Ávila"_s);
    QCOMPARE(ana.value(u"will_send"_s).toBool(), true);
    QCOMPARE(ana.value(u"reason"_s).toString(), QString());
    const QJsonArray missing = ana.value(u"missing"_s).toArray();
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).toObject().value(u"title"_s).toString(), u"HW 1"_s);
    QCOMPARE(missing.at(0).toObject().value(u"due"_s).toString(), u"2026-09-10"_s);
    QCOMPARE(missing.at(0).toObject().value(u"assignment_id"_s).toString().size(), 36);
    QCOMPARE(ana.value(u"recipients"_s).toArray().at(0).toObject().value(u"email"_s).toString(),
             u"maria@example.org"_s);
    QCOMPARE(ana.value(u"without_email"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Jorge Ávila"_s);
    const QJsonObject bo = students.at(1).toObject();
    QCOMPARE(bo.value(u"will_send"_s).toBool(), false);
    QCOMPARE(bo.value(u"reason"_s).toString(), u"No guardian with an email who receives reports."_s);
    QCOMPARE(rows(u"family_notice"_s), 0);

    // A student who is not in the class: exit 1, named.
    const test::ProcessResult r =
        run({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"999"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"999"_s), qPrintable(r.err));
}

void TestFamilyCommands::archivedClassIsRefused()
{
    QVERIFY(ok({u"class"_s, u"archive"_s, u"Algebra I"_s}) != u"FAILED"_s);
    const test::ProcessResult r = run({u"notify"_s, u"missing"_s, u"--class"_s, u"Algebra I"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Algebra I is archived; restore it to change it."_s), qPrintable(r.err));
    QCOMPARE(rows(u"family_notice"_s), 0);
}

QTEST_GUILESS_MAIN(TestFamilyCommands)
#include "tst_familycommands.moc"
