// The guardian commands end to end: the built k12-teacher run as a process.
// guardian add (a second guardian with the same email links the first),
// list (table and the JSON contract), link, remove, and roster import with
// guardian columns; exit codes 0 done, 1 refused with the reason, 2 bad usage.
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestGuardianCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addAndListAsJson();
    void siblingsShareTheGuardian();
    void linkAndRemove();
    void refusalsAndUsage();
    void rosterImportWithGuardianColumns();

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
    QJsonArray listJson(const QString &className)
    {
        const QString out = ok({u"guardian"_s, u"list"_s, u"--class"_s, className, u"--json"_s});
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }
    void addStudent(const QString &className, const QString &given, const QString &family, const QString &number)
    {
        QVERIFY(ok({u"student"_s, u"add"_s, u"--class"_s, className, given, family, u"--number"_s, number}) !=
                u"FAILED"_s);
    }

    std::unique_ptr<test::TempProfile> m_profile;
};

void TestGuardianCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close(); // everything goes through the program
    QVERIFY(ok({u"class"_s, u"add"_s, u"Biology 7"_s}) != u"FAILED"_s);
    addStudent(u"Biology 7"_s, u"Ana"_s, u"López"_s, u"101"_s);
    addStudent(u"Biology 7"_s, u"Luis"_s, u"López"_s, u"102"_s);
}

void TestGuardianCommands::addAndListAsJson()
{
    static const QRegularExpression uuid(u"^[0-9a-f-]{36}\n$"_s);
    const QString id = ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s, u"López"_s, u"--email"_s,
                           u"maria@example.org"_s, u"--phone"_s, u"555-0101"_s, u"--relationship"_s, u"Mother"_s,
                           u"--language"_s, u"es"_s});
    QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
    const QJsonArray list = listJson(u"Biology 7"_s);
    QCOMPARE(list.size(), 1);
    const QJsonObject expected{{u"student_number"_s, u"101"_s},      {u"student"_s, u"Ana López"_s},
                               {u"given_name"_s, u"María"_s},        {u"family_name"_s, u"López"_s},
                               {u"email"_s, u"maria@example.org"_s}, {u"phone"_s, u"555-0101"_s},
                               {u"relationship"_s, u"Mother"_s},     {u"language"_s, u"es"_s},
                               {u"receives_reports"_s, true}};
    QCOMPARE(list.first().toObject(), expected);
    // The table: one line per student and guardian.
    const QString table = ok({u"guardian"_s, u"list"_s, u"--class"_s, u"Biology 7"_s});
    QCOMPARE(table, u"101\tLópez, Ana\tMaría López\tMother\tmaria@example.org\t555-0101\tes\treports\n"_s);
    // A language name is taken as its code.
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"102"_s, u"Jorge"_s, u"López"_s, u"--language"_s,
                u"Spanish"_s, u"--no-reports"_s}) != u"FAILED"_s);
    const QJsonArray two = listJson(u"Biology 7"_s);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).toObject().value(u"language"_s).toString(), u"es"_s);
    QCOMPARE(two.at(1).toObject().value(u"receives_reports"_s).toBool(), false);
}

void TestGuardianCommands::siblingsShareTheGuardian()
{
    const QString first = ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s, u"López"_s, u"--email"_s,
                              u"maria@example.org"_s});
    const test::ProcessResult second = run({u"guardian"_s, u"add"_s, u"--student"_s, u"102"_s, u"Maria"_s, u"Lopez"_s,
                                            u"--email"_s, u"MARIA@example.org"_s});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first); // the same guardian's id
    QVERIFY2(second.err.contains(u"already in the profile"_s), qPrintable(second.err));
    const QJsonArray list = listJson(u"Biology 7"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"given_name"_s).toString(), u"María"_s);
    QCOMPARE(list.at(1).toObject().value(u"given_name"_s).toString(), u"María"_s); // her details kept
    QCOMPARE(list.at(1).toObject().value(u"student_number"_s).toString(), u"102"_s);
}

void TestGuardianCommands::linkAndRemove()
{
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s, u"López"_s, u"--email"_s,
                u"maria@example.org"_s}) != u"FAILED"_s);
    QVERIFY(ok({u"guardian"_s, u"link"_s, u"--student"_s, u"102"_s, u"--email"_s, u"maria@example.org"_s}) !=
            u"FAILED"_s);
    QCOMPARE(listJson(u"Biology 7"_s).size(), 2);
    const test::ProcessResult again =
        run({u"guardian"_s, u"link"_s, u"--student"_s, u"102"_s, u"--email"_s, u"maria@example.org"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already a guardian of this student"_s), qPrintable(again.err));
    // Off one student, then off the profile.
    QVERIFY(ok({u"guardian"_s, u"remove"_s, u"--student"_s, u"101"_s, u"--email"_s, u"maria@example.org"_s}) !=
            u"FAILED"_s);
    QCOMPARE(listJson(u"Biology 7"_s).size(), 1);
    QVERIFY(ok({u"guardian"_s, u"remove"_s, u"--email"_s, u"maria@example.org"_s}) != u"FAILED"_s);
    QCOMPARE(listJson(u"Biology 7"_s).size(), 0);
    const test::ProcessResult gone = run({u"guardian"_s, u"remove"_s, u"--email"_s, u"maria@example.org"_s});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains(u"No guardian has the email \"maria@example.org\"."_s), qPrintable(gone.err));
}

void TestGuardianCommands::refusalsAndUsage()
{
    const test::ProcessResult noStudent = run({u"guardian"_s, u"add"_s, u"María"_s, u"López"_s});
    QCOMPARE(noStudent.exitCode, 2);
    QVERIFY2(noStudent.err.contains(u"--student is required"_s), qPrintable(noStudent.err));
    const test::ProcessResult unknown = run({u"guardian"_s, u"add"_s, u"--student"_s, u"999"_s, u"A"_s, u"B"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"No student has the number or id \"999\"."_s), qPrintable(unknown.err));
    const test::ProcessResult badEmail =
        run({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s, u"López"_s, u"--email"_s, u"maria@"_s});
    QCOMPARE(badEmail.exitCode, 1);
    QVERIFY2(badEmail.err.contains(u"\"maria@\" is not an email address."_s), qPrintable(badEmail.err));
    const test::ProcessResult badLanguage = run({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"María"_s,
                                                 u"López"_s, u"--language"_s, u"not a language"_s});
    QCOMPARE(badLanguage.exitCode, 2);
    // The same number in two classes' different students: --class says which.
    QVERIFY(ok({u"class"_s, u"add"_s, u"Art 7"_s}) != u"FAILED"_s);
    const test::ProcessResult number = test::runTeacher(
        {u"--profile"_s, m_profile->path(), u"student"_s, u"add"_s, u"--class"_s, u"Art 7"_s, u"Bo"_s, u"Kim"_s});
    QCOMPARE(number.exitCode, 0);
    QVERIFY(ok({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"--class"_s, u"Biology 7"_s, u"María"_s,
                u"López"_s}) != u"FAILED"_s);
    const test::ProcessResult notInClass =
        run({u"guardian"_s, u"add"_s, u"--student"_s, u"101"_s, u"--class"_s, u"Art 7"_s, u"A"_s, u"B"_s});
    QCOMPARE(notInClass.exitCode, 1);
    QCOMPARE(listJson(u"Biology 7"_s).size(), 1);
}

void TestGuardianCommands::rosterImportWithGuardianColumns()
{
    QVERIFY(ok({u"class"_s, u"add"_s, u"Art 7"_s}) != u"FAILED"_s);
    const QString path = m_profile->path() + u"/roster.csv"_s;
    test::writeFile(path, "First Name,Last Name,Student ID,Parent 1 Name,Parent 1 Email,Parent 1 Relationship\n"
                          "Eva,Díaz,201,\"Díaz, Rosa\",rosa@example.org,Mother\n"
                          "Tomás,Díaz,202,Rosa Díaz,ROSA@example.org,Mother\n");
    const QString dry = ok({u"roster"_s, u"import"_s, u"--class"_s, u"Art 7"_s, path, u"--dry-run"_s});
    // The English plural form from translations/k12_teacher_en.ts.
    QVERIFY2(dry.contains(u"\n1 new guardian\n"_s), qPrintable(dry));
    QCOMPARE(listJson(u"Art 7"_s).size(), 0);
    QVERIFY(ok({u"roster"_s, u"import"_s, u"--class"_s, u"Art 7"_s, path}) != u"FAILED"_s);
    const QJsonArray list = listJson(u"Art 7"_s);
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list) {
        QCOMPARE(v.toObject().value(u"given_name"_s).toString(), u"Rosa"_s);
        QCOMPARE(v.toObject().value(u"email"_s).toString(), u"rosa@example.org"_s);
    }
    // A bad guardian value: nothing imported, the file, line and column named.
    test::writeFile(path, "First Name,Last Name,Guardian 1 Name,Guardian 1 Email\nZoe,Park,Jin Park,jin-at-x\n");
    const test::ProcessResult bad = run({u"roster"_s, u"import"_s, u"--class"_s, u"Art 7"_s, path});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"roster.csv, line 2, column Guardian 1 Email: \"jin-at-x\" is not an email address."_s),
             qPrintable(bad.err));
    QCOMPARE(listJson(u"Art 7"_s).size(), 2);
}

QTEST_MAIN(TestGuardianCommands)
#include "tst_guardiancommands.moc"
