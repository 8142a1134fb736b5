// The headless CLI end to end: the built k12-teacher run as a process on a temp profile.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpForProgramAndEveryCommand();
    void badUsageExitsTwo();
    void classAddAndList();
    void studentAdd();
    void rosterImportGoodFile();
    void rosterImportBadFileChangesNothing();
    void rosterImportUtf16IsNamedAndChangesNothing();
    void rosterImportWarnsAboutLostLetters();
    void rosterImportDryRunWritesNothing();
    void rosterImportCanvasExport();
    void helpForEveryGroup();
    void categoryAndAssignment();
    void gradeSetVariants();
    void gradeSetUserErrors();
    void gradeSetTurnedIn();
    void commandsFillOutboxAndAudit();
    void logsNeverContainStudentData();
    void newerDatabaseIsRefused();

private:
    test::ProcessResult run(QStringList args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_dir->path()} + args);
    }
    QString mustRun(const QStringList &args)
    {
        const test::ProcessResult r = run(args);
        if (r.exitCode != 0)
            qWarning("command %s failed (%d): %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.out.trimmed();
    }
    QString setUpClass();
    std::unique_ptr<Store> openStore() { return std::move(Store::open(m_dir->path())).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestCli::setUpClass()
{
    const QString id =
        mustRun({u"class"_s, u"add"_s, u"Algebra I"_s, u"--subject"_s, u"Math"_s, u"--period"_s, u"3"_s});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s,
             u"--email"_s, u"ada@example.org"_s});
    mustRun({u"category"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Quizzes"_s, u"--weight"_s, u"40"_s,
             u"--drop-lowest"_s, u"1"_s});
    mustRun({u"assignment"_s, u"add"_s, u"--class"_s, id, u"Quiz 1"_s, u"--points"_s, u"10"_s, u"--category"_s,
             u"Quizzes"_s, u"--due"_s, u"2026-12-01"_s});
    return id;
}

void TestCli::helpForProgramAndEveryCommand()
{
    const test::ProcessResult r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList commands{u"class add"_s,    u"class list"_s,     u"student add"_s, u"roster import"_s,
                               u"category add"_s, u"assignment add"_s, u"grade set"_s};
    for (const QString &c : commands) {
        QVERIFY2(r.out.contains(c), qPrintable(c));
        const test::ProcessResult h = run(c.split(u' ') + QStringList{u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.out.contains(u"Usage:"_s) && h.out.contains(c), qPrintable(h.out));
    }
    QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(u"k12.sqlite"_s))); // help opens nothing
}

void TestCli::badUsageExitsTwo()
{
    QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(run({u"class"_s, u"add"_s}).exitCode, 2);                            // missing NAME
    QCOMPARE(run({u"class"_s, u"add"_s, u"A"_s, u"B"_s}).exitCode, 2);            // extra argument
    QCOMPARE(run({u"class"_s, u"list"_s, u"--colour"_s}).exitCode, 2);            // unknown option
    QCOMPARE(run({u"student"_s, u"add"_s, u"Ada"_s, u"Lovelace"_s}).exitCode, 2); // no --class
    const test::ProcessResult r =
        run({u"category"_s, u"add"_s, u"--class"_s, u"X"_s, u"HW"_s, u"--weight"_s, u"lots"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--weight needs a number"_s), qPrintable(r.err));
    QCOMPARE(test::runTeacher({u"--profile"_s}).exitCode, 2);
}

void TestCli::classAddAndList()
{
    const QString id = mustRun({u"class"_s, u"add"_s, u"Biology"_s, u"--subject"_s, u"Science"_s, u"--term"_s,
                                u"Fall"_s, u"--period"_s, u"2"_s});
    QVERIFY2(isId(id), qPrintable(id));
    const QString list = mustRun({u"class"_s, u"list"_s});
    QVERIFY(list.contains(id));
    QVERIFY(list.contains(u"Biology"_s));
    const test::ProcessResult json = run({u"class"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0)[u"id"_s].toString(), id);
    QCOMPARE(array.at(0)[u"name"_s].toString(), u"Biology"_s);
    QCOMPARE(array.at(0)[u"subject"_s].toString(), u"Science"_s);
    QCOMPARE(array.at(0)[u"term"_s].toString(), u"Fall"_s);
    QCOMPARE(array.at(0)[u"period"_s].toString(), u"2"_s);
}

void TestCli::studentAdd()
{
    const QString classId = mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString studentId =
        mustRun({u"student"_s, u"add"_s, u"--class"_s, classId, u"Frida"_s, u"Kahlo"_s, u"--number"_s, u"007"_s});
    QVERIFY(isId(studentId));
    const test::ProcessResult dup =
        run({u"student"_s, u"add"_s, u"--class"_s, u"Art"_s, u"Other"_s, u"Person"_s, u"--number"_s, u"007"_s});
    QCOMPARE(dup.exitCode, 1);
    QVERIFY(dup.err.contains(u"007"_s));
    const test::ProcessResult badMail =
        run({u"student"_s, u"add"_s, u"--class"_s, u"Art"_s, u"A"_s, u"B"_s, u"--email"_s, u"nope"_s});
    QCOMPARE(badMail.exitCode, 1);
    QCOMPARE(run({u"student"_s, u"add"_s, u"--class"_s, u"Nope"_s, u"A"_s, u"B"_s}).exitCode, 1);
    auto store = openStore();
    const QList<Student> roster = StudentRepository(*store).enrolledIn(classId);
    QCOMPARE(roster.size(), 1);
    QCOMPARE(roster.constFirst().studentNumber, u"007"_s);
}

void TestCli::rosterImportGoodFile()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString csv = m_dir->filePath(u"roster.csv"_s);
    test::writeFile(csv, "\xEF\xBB\xBF"
                         "family_name,given_name,email,student_number\r\n"
                         "Kahlo,Frida,frida@example.org,0001\r\n"
                         "\"O'Keeffe\",Georgia,,0002\r\n"
                         "\"Nguyen, Jr.\",Bao,,0003\r\n");
    const test::ProcessResult r = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"3"_s));
    auto store = openStore();
    const QList<Student> roster = StudentRepository(*store).enrolledIn(ClassRepository(*store).resolve(u"Art"_s)->id);
    QCOMPARE(roster.size(), 3);
    QCOMPARE(roster.at(1).familyName, u"Nguyen, Jr."_s);
}

void TestCli::rosterImportBadFileChangesNothing()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString db = QDir(m_dir->path()).filePath(u"k12.sqlite"_s);
    const QByteArray before = QCryptographicHash::hash(test::readFile(db), QCryptographicHash::Sha256);
    const QString csv = m_dir->filePath(u"bad.csv"_s);
    test::writeFile(csv, "given_name,family_name,student_number\nFrida,Kahlo,1\nGeorgia,,2\nBao,Nguyen,1\n");
    const test::ProcessResult r = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"bad.csv, line 3, column family_name"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"bad.csv, line 4, column student_number"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"nothing was imported"_s));
    QCOMPARE(QCryptographicHash::hash(test::readFile(db), QCryptographicHash::Sha256), before);
    QCOMPARE(run({u"roster"_s, u"import"_s, m_dir->filePath(u"missing.csv"_s), u"--class"_s, u"Art"_s}).exitCode, 1);
}

void TestCli::rosterImportUtf16IsNamedAndChangesNothing()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString db = QDir(m_dir->path()).filePath(u"k12.sqlite"_s);
    const QByteArray before = QCryptographicHash::hash(test::readFile(db), QCryptographicHash::Sha256);
    const QByteArray csv("given_name,family_name\r\nFrida,Kahlo\r\n");
    for (const bool bigEndian : {false, true}) {
        QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (const char c : csv) {
            if (bigEndian)
                bytes.append('\0');
            bytes.append(c);
            if (!bigEndian)
                bytes.append('\0');
        }
        const QString file = m_dir->filePath(u"roster16.csv"_s);
        test::writeFile(file, bytes);
        const test::ProcessResult r = run({u"roster"_s, u"import"_s, file, u"--class"_s, u"Art"_s});
        QCOMPARE(r.exitCode, 1);
        const QString expected =
            u"roster16.csv: wrong encoding: UTF-16 (%1)"_s.arg(bigEndian ? u"big-endian"_s : u"little-endian"_s);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QChar(0)) && !r.err.contains(u"given_name"_s), qPrintable(r.err)); // no NUL header
        QVERIFY(r.err.contains(u"nothing was imported"_s));
    }
    QCOMPARE(QCryptographicHash::hash(test::readFile(db), QCryptographicHash::Sha256), before);
}

void TestCli::rosterImportWarnsAboutLostLetters()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString csv = m_dir->filePath(u"roster.csv"_s);
    // A CJK roster saved by a spreadsheet as Windows-1252: 王 and 李 became "?", "é" survived.
    test::writeFile(csv, "given_name,family_name,student_number\r\nRen\xE9,Dupont,1\r\nMei,??,2\r\n");
    const test::ProcessResult r = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s});
    QCOMPARE(r.exitCode, 0); // a warning, not a failure
    QVERIFY2(r.err.contains(u"roster.csv, line 3, column family_name: \"??\" looks like letters lost when the file "
                            "was saved in an encoding that cannot hold them; save it as CSV UTF-8."_s),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Windows-1252"_s), qPrintable(r.out));
    auto store = openStore();
    QCOMPARE(StudentRepository(*store).enrolledIn(ClassRepository(*store).resolve(u"Art"_s)->id).size(), 2);
}

void TestCli::rosterImportDryRunWritesNothing()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    mustRun({u"class"_s, u"add"_s, u"Music"_s});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, u"Music"_s, u"Frida"_s, u"Kahlo"_s, u"--number"_s, u"0001"_s});
    const QString csv = m_dir->filePath(u"roster.csv"_s);
    test::writeFile(csv, "family_name,given_name,student_number\nKahlo,Frida,0001\nO'Keeffe,Georgia,0002\n"
                         "Nguyen,Bao,0003\n");
    auto counts = [&] {
        auto store = openStore();
        return QList<qint64>{test::countRows(*store, u"student"_s), test::countRows(*store, u"enrollment"_s),
                             test::countRows(*store, u"outbox"_s), test::countRows(*store, u"audit_log"_s)};
    };
    const QList<qint64> before = counts();
    const test::ProcessResult dry = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(u"roster.csv: roster, UTF-8; 3 students"_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"2 new, 1 already in the profile"_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"Dry run: nothing was written."_s), qPrintable(dry.out));
    QVERIFY(!dry.out.contains(u"Imported"_s));
    QCOMPARE(counts(), before);

    // A dry run checks what the import checks: a student already in the class.
    const QString again = m_dir->filePath(u"again.csv"_s);
    test::writeFile(again, "family_name,given_name,student_number\nKahlo,Frida,0001\n");
    const test::ProcessResult taken = run({u"roster"_s, u"import"_s, again, u"--class"_s, u"Music"_s, u"--dry-run"_s});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(u"0001"_s), qPrintable(taken.err));
    QCOMPARE(counts(), before);

    const test::ProcessResult real = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s});
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QVERIFY(real.out.contains(u"Imported 3 students."_s));
    QVERIFY(!real.out.contains(u"Dry run"_s));
    const QList<qint64> after = counts();
    QCOMPARE(after.at(0), before.at(0) + 2); // two new students, Frida reused
    QCOMPARE(after.at(1), before.at(1) + 3);
}

void TestCli::rosterImportCanvasExport()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    const QString csv = m_dir->filePath(u"canvas.csv"_s);
    test::writeFile(csv, "Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (4521),Current Score\r\n"
                         "    Points Possible,,,,,10,\r\n"
                         "\"Kahlo, Frida\",301,0001,frida@example.org,Art P1,9,90\r\n"
                         "\"O'Keeffe, Georgia\",302,0002,gokeeffe,Art P1,8,80\r\n"
                         "\"Student, Test\",399,,,Art P1,,\r\n");
    const test::ProcessResult r = run({u"roster"_s, u"import"_s, csv, u"--class"_s, u"Art"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Canvas gradebook export"_s), qPrintable(r.out));
    auto store = openStore();
    const QList<Student> roster = StudentRepository(*store).enrolledIn(ClassRepository(*store).resolve(u"Art"_s)->id);
    QCOMPARE(roster.size(), 2); // no Points Possible, no test student
    QCOMPARE(roster.at(0).givenName, u"Frida"_s);
    QCOMPARE(roster.at(0).familyName, u"Kahlo"_s);
    QCOMPARE(roster.at(0).studentNumber, u"0001"_s);
    QCOMPARE(roster.at(0).email, u"frida@example.org"_s);
    QCOMPARE(roster.at(1).givenName, u"Georgia"_s);
    QCOMPARE(roster.at(1).familyName, u"O'Keeffe"_s);
    QCOMPARE(roster.at(1).studentNumber, u"0002"_s);
    QCOMPARE(roster.at(1).email, QString());
}

void TestCli::helpForEveryGroup()
{
    const struct
    {
        QString group;
        QStringList commands;
    } groups[] = {
        {u"class"_s, {u"class add"_s, u"class list"_s}},
        {u"student"_s, {u"student add"_s}},
        {u"roster"_s, {u"roster import"_s}},
        {u"category"_s, {u"category add"_s}},
        {u"assignment"_s, {u"assignment add"_s}},
        {u"grade"_s, {u"grade set"_s}},
        {u"export"_s, {u"export gradebook"_s, u"export plan"_s}},
        {u"import"_s, {u"import scores"_s}},
        {u"plan"_s, {u"plan list"_s, u"plan unit add"_s, u"plan unit list"_s, u"plan lesson add"_s}},
    };
    for (const auto &g : groups) {
        for (const QStringList &ask : {QStringList{g.group, u"--help"_s}, QStringList{g.group, u"-h"_s},
                                       QStringList{u"help"_s, g.group}, QStringList{g.group}}) {
            const test::ProcessResult r = run(ask);
            QCOMPARE(r.exitCode, ask.size() == 1 ? 2 : 0); // a bare group is a usage error that still helps
            QVERIFY2(!r.out.contains(u"unknown command"_s) && !r.err.contains(u"unknown command"_s),
                     qPrintable(ask.join(u' ') + u": "_s + r.err));
            for (const QString &c : g.commands)
                QVERIFY2(r.out.contains(u"  "_s + c + u' '), qPrintable(ask.join(u' ') + u" lacks "_s + c));
        }
    }
    // The roster group shows the synopsis and summary, as the overview does.
    const test::ProcessResult roster = run({u"roster"_s, u"--help"_s});
    QVERIFY2(roster.out.contains(u"roster import FILE.csv --class CLASS [--dry-run]"_s), qPrintable(roster.out));
    QVERIFY(!roster.out.contains(u"class add"_s)); // only its own group

    const test::ProcessResult unknown = run({u"export"_s, u"foo"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown command \"export foo\""_s), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(u"export gradebook"_s) && unknown.err.contains(u"export plan"_s),
             qPrintable(unknown.err));
    QCOMPARE(run({u"help"_s, u"roster"_s, u"import"_s}).exitCode, 0); // help COMMAND = COMMAND --help
    QVERIFY(run({u"help"_s, u"roster"_s, u"import"_s}).out.contains(u"--dry-run"_s));
    QCOMPARE(run({u"help"_s, u"frobnicate"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(u"k12.sqlite"_s))); // help opens nothing
}

void TestCli::categoryAndAssignment()
{
    const QString classId = setUpClass();
    auto store = openStore();
    const QList<Category> cats = CategoryRepository(*store).inClass(classId);
    QCOMPARE(cats.size(), 1);
    QCOMPARE(cats.constFirst().weight, 40.0);
    QCOMPARE(cats.constFirst().dropLowest, 1);
    Result<Assignment> quiz = AssignmentRepository(*store).resolve(classId, u"Quiz 1"_s);
    QVERIFY(quiz.ok());
    QCOMPARE(quiz->pointsPossible, 10.0);
    QCOMPARE(quiz->categoryId, cats.constFirst().id);
    QCOMPARE(quiz->dueDate, QDate(2026, 12, 1));
    store.reset();
    QCOMPARE(run({u"category"_s, u"add"_s, u"--class"_s, classId, u"Quizzes"_s, u"--weight"_s, u"10"_s}).exitCode, 1);
    QCOMPARE(run({u"assignment"_s, u"add"_s, u"--class"_s, classId, u"X"_s, u"--points"_s, u"5"_s, u"--category"_s,
                  u"Nope"_s})
                 .exitCode,
             1);
    QCOMPARE(run({u"assignment"_s, u"add"_s, u"--class"_s, classId, u"X"_s, u"--points"_s, u"5"_s, u"--due"_s,
                  u"12/01/2026"_s})
                 .exitCode,
             2);
    QCOMPARE(run({u"assignment"_s, u"add"_s, u"--class"_s, classId, u"X"_s, u"--points"_s, u"-5"_s}).exitCode, 1);
}

void TestCli::gradeSetVariants()
{
    const QString classId = setUpClass();
    const QStringList base{u"grade"_s,        u"set"_s,    u"--class"_s,   u"Algebra I"_s,
                           u"--assignment"_s, u"Quiz 1"_s, u"--student"_s, u"1001"_s};
    auto score = [&] {
        auto store = openStore();
        const Student s = *StudentRepository(*store).resolveInClass(classId, u"1001"_s);
        const Assignment a = *AssignmentRepository(*store).resolve(classId, u"Quiz 1"_s);
        return ScoreRepository(*store).scoreFor(classId, a.id, s.id);
    };
    QCOMPARE(run(base + QStringList{u"--points"_s, u"9.5"_s}).exitCode, 0);
    QCOMPARE(*score().points, 9.5);
    QCOMPARE(run(base + QStringList{u"--late"_s, u"--days-late"_s, u"2"_s}).exitCode, 0);
    QVERIFY(score().late);
    QCOMPARE(score().daysLate, 2);
    QCOMPARE(*score().points, 9.5);
    QCOMPARE(run(base + QStringList{u"--missing"_s}).exitCode, 0);
    QVERIFY(score().missing);
    QVERIFY(!score().points.has_value());
    QCOMPARE(run(base + QStringList{u"--excused"_s}).exitCode, 0);
    QVERIFY(score().excused);
    QVERIFY(!score().missing);
    QCOMPARE(run(base + QStringList{u"--points"_s, u"7"_s}).exitCode, 0);
    QVERIFY(!score().excused);
    QCOMPARE(run(base + QStringList{u"--clear"_s}).exitCode, 0);
    QVERIFY(score().isEmpty());
}

void TestCli::gradeSetUserErrors()
{
    setUpClass();
    const QStringList base{u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 1"_s};
    test::ProcessResult r = run(base + QStringList{u"--student"_s, u"9999"_s, u"--points"_s, u"5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"9999"_s));
    r = run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 9"_s, u"--student"_s,
             u"1001"_s, u"--points"_s, u"5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"Quiz 9"_s));
    r = run(base + QStringList{u"--student"_s, u"1001"_s, u"--points"_s, u"25"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"above the allowed maximum"_s), qPrintable(r.err));
    QCOMPARE(run(base + QStringList{u"--student"_s, u"1001"_s, u"--points"_s, u"-1"_s}).exitCode, 1);
    QCOMPARE(run(base + QStringList{u"--student"_s, u"1001"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--student"_s, u"1001"_s, u"--points"_s, u"5"_s, u"--missing"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--student"_s, u"1001"_s, u"--points"_s, u"five"_s}).exitCode, 2);
    auto store = openStore();
    QCOMPARE(test::countRows(*store, u"score"_s), 0);
}

void TestCli::gradeSetTurnedIn()
{
    // Quiz 1 is due Tue 2026-12-01; the dates are in the past, as the program reads the real clock.
    const QString classId = setUpClass();
    mustRun({u"assignment"_s, u"add"_s, u"--class"_s, classId, u"Project"_s, u"--points"_s, u"20"_s});
    const QStringList base{u"grade"_s,        u"set"_s,    u"--class"_s,   u"Algebra I"_s,
                           u"--assignment"_s, u"Quiz 1"_s, u"--student"_s, u"1001"_s};
    auto score = [&](const QString &title) {
        auto store = openStore();
        const Student s = *StudentRepository(*store).resolveInClass(classId, u"1001"_s);
        const Assignment a = *AssignmentRepository(*store).resolve(classId, title);
        return ScoreRepository(*store).scoreFor(classId, a.id, s.id);
    };
    // Fri 2026-12-04: Wed, Thu, Fri = 3 school days late; the points stay.
    test::ProcessResult r = run(base + QStringList{u"--points"_s, u"9"_s, u"--turned-in"_s, u"2026-12-04"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"Due 2026-12-01, turned in 2026-12-04: 3 school days late."_s);
    Score s = score(u"Quiz 1"_s);
    QCOMPARE(*s.points, 9.0);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 3);
    // Sat 2026-12-05 counts as Monday the 7th: 4.
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"2026-12-05"_s}).exitCode, 0);
    QCOMPARE(score(u"Quiz 1"_s).daysLate, 4);
    // On the due date: on time, no longer late; the points stay.
    r = run(base + QStringList{u"--turned-in"_s, u"2026-12-01"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"Due 2026-12-01, turned in 2026-12-01: on time."_s);
    s = score(u"Quiz 1"_s);
    QVERIFY(!s.late);
    QCOMPARE(s.daysLate, 0);
    QCOMPARE(*s.points, 9.0);
    // Missing work that comes in is no longer missing.
    QCOMPARE(run(base + QStringList{u"--missing"_s}).exitCode, 0);
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"2026-12-02"_s}).exitCode, 0);
    s = score(u"Quiz 1"_s);
    QVERIFY(!s.missing);
    QVERIFY(s.late);
    QCOMPARE(s.daysLate, 1);

    // No due date: explained, nothing written.
    const QStringList project{u"grade"_s,        u"set"_s,     u"--class"_s,   u"Algebra I"_s,
                              u"--assignment"_s, u"Project"_s, u"--student"_s, u"1001"_s};
    r = run(project + QStringList{u"--points"_s, u"15"_s, u"--turned-in"_s, u"2026-12-04"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"\"Project\" has no due date"_s), qPrintable(r.err));
    QVERIFY(score(u"Project"_s).isEmpty());
    // A date to come, a date that is not one, and flags that contradict it.
    r = run(base + QStringList{u"--turned-in"_s, u"2999-01-04"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"after today"_s), qPrintable(r.err));
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"12/04/2026"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"2026-12-04"_s, u"--late"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"2026-12-04"_s, u"--days-late"_s, u"2"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--turned-in"_s, u"2026-12-04"_s, u"--missing"_s}).exitCode, 2);
    QCOMPARE(run(base + QStringList{u"--late"_s, u"--missing"_s}).exitCode, 2);
    QCOMPARE(score(u"Quiz 1"_s).daysLate, 1); // unchanged by the refused ones
    QVERIFY(run({u"grade"_s, u"set"_s, u"--help"_s}).out.contains(u"--turned-in"_s));
}

void TestCli::commandsFillOutboxAndAudit()
{
    setUpClass();
    QCOMPARE(run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 1"_s, u"--student"_s,
                  u"1001"_s, u"--points"_s, u"8"_s})
                 .exitCode,
             0);
    auto store = openStore();
    // class, student, enrollment, category, assignment, score
    QCOMPARE(test::countRows(*store, u"outbox"_s), 6);
    QCOMPARE(test::countRows(*store, u"audit_log"_s), 6);
    QCOMPARE(test::countRows(*store, u"audit_log"_s, u"action = 'grade.set' AND entity = 'score'"_s), 1);
    QCOMPARE(test::countRows(*store, u"outbox"_s, u"entity = 'score' AND fields LIKE '%\"points\":8%'"_s), 1);
}

void TestCli::logsNeverContainStudentData()
{
    setUpClass();
    QCOMPARE(run({u"--verbose"_s, u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 1"_s,
                  u"--student"_s, u"1001"_s, u"--points"_s, u"9.4375"_s})
                 .exitCode,
             0);
    QCOMPARE(test::countRows(*openStore(), u"score"_s, u"points = 9.4375"_s), 1);
    const QByteArray log = test::readFile(QDir(m_dir->path()).filePath(u"logs/k12-teacher.log"_s));
    QVERIFY(!log.isEmpty());
    // Four decimals: a time stamp's "ss.mmm" can never contain it (a score of
    // 8.75 was found in "12:34:08.751" about once in a hundred runs).
    for (const char *secret : {"Ada", "Lovelace", "ada@example.org", "9.4375"})
        QVERIFY2(!log.contains(secret), secret);
    QVERIFY(QFileInfo(QDir(m_dir->path()).filePath(u"logs/k12-teacher.log"_s)).permissions() ==
            (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

void TestCli::newerDatabaseIsRefused()
{
    mustRun({u"class"_s, u"add"_s, u"Art"_s});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(QDir(m_dir->path()).filePath(u"k12.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const test::ProcessResult r = run({u"class"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"newer version"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
