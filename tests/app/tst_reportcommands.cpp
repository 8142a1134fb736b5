// The progress report commands end to end: the built k12-teacher run as a
// process on a profile prepared through the store. report --out FILE.pdf /
// DIR, --student, --period, --lang es / fr and the guardian's language, files
// 0600, what it prints, the exit codes (0 done, 1 refused, 2 bad usage), and
// comment-bank add / list, report-comment set.
#include "tests/common/TestSupport.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"pdftotext failed"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int mode(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestReportCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void combinedFile();
    void folderPerStudent();
    void spanishAndGuardianLanguage();
    void french();
    void oneStudentOnePeriod();
    void refusals();
    void commentBankAndComment();

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

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_ana;
};

void TestReportCommands::initTestCase()
{
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
}

// Algebra I (Homework 40, Tests 60): Ana Ávila (101) HW 1 8 / 10, HW 2
// missing, Essay (letter) B+, Hidden Quiz (unpublished) 5 / 10; Ben Cole (102)
// HW 1 10 / 10. Period Q1 (Sep 1-15) holds HW 1 only.
void TestReportCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    const QString classId = *ClassRepository(s).create(c, u"x"_s);
    QStringList categories;
    for (const auto &[name, weight] : {std::pair{u"Homework"_s, 40.0}, std::pair{u"Tests"_s, 60.0}}) {
        Category cat;
        cat.classId = classId;
        cat.name = name;
        cat.weight = weight;
        cat.position = int(categories.size());
        categories << *CategoryRepository(s).create(cat, u"x"_s);
    }
    GradingPeriod q1;
    q1.classId = classId;
    q1.name = u"Q1"_s;
    q1.startDate = QDate(2026, 9, 1);
    q1.endDate = QDate(2026, 9, 15);
    QVERIFY(GradingPeriodRepository(s).create(q1, u"x"_s).ok());
    QList<Student> roster;
    for (const auto &[given, family, number] :
         {std::tuple{u"Ana"_s, u"Ávila"_s, u"101"_s}, std::tuple{u"Ben"_s, u"Cole"_s, u"102"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        st.studentNumber = number;
        roster << st;
    }
    QVERIFY(StudentRepository(s).enroll(roster, classId, u"x"_s).ok());
    const QList<Student> students = StudentRepository(s).enrolledIn(classId);
    QString ben;
    for (const Student &st : students)
        (st.studentNumber == u"101"_s ? m_ana : ben) = st.id;
    QStringList assignments;
    int position = 0;
    for (const auto &[title, category, due, published, type] :
         {std::tuple{u"HW 1"_s, 0, QDate(2026, 9, 10), true, u"points"_s},
          std::tuple{u"HW 2"_s, 0, QDate(2026, 9, 17), true, u"points"_s},
          std::tuple{u"Essay"_s, 1, QDate(2026, 9, 20), true, u"letter"_s},
          std::tuple{u"Hidden Quiz"_s, 1, QDate(2026, 9, 22), false, u"points"_s}}) {
        Assignment a;
        a.classId = classId;
        a.title = title;
        a.categoryId = categories.at(category);
        a.dueDate = due;
        a.published = published;
        a.gradingType = type;
        a.pointsPossible = 10;
        a.position = position++;
        assignments << *AssignmentRepository(s).create(a, u"x"_s);
    }
    const auto score = [&](int assignment, const QString &student, const std::function<void(Score &)> &edit) {
        Score x;
        x.id = Score::idFor(assignments.at(assignment), student);
        x.classId = classId;
        x.assignmentId = assignments.at(assignment);
        x.studentId = student;
        edit(x);
        QVERIFY(s.apply(u"x"_s, {Change::upsert(u"score"_s, x.id, x.toFields())}).ok());
    };
    score(0, m_ana, [](Score &x) { x.points = 8; });
    score(1, m_ana, [](Score &x) { x.missing = true; });
    score(2, m_ana, [](Score &x) { x.letter = u"B+"_s; });
    score(3, m_ana, [](Score &x) { x.points = 5; });
    score(0, ben, [](Score &x) { x.points = 10; });
    m_profile->close(); // everything else goes through the program
}

void TestReportCommands::combinedFile()
{
    const QString out = m_profile->dir.filePath(u"algebra.pdf"_s);
    const QString printed = ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out});
    QCOMPARE(printed, out + u"\nWrote 2 reports.\n"_s);
    QCOMPARE(mode(out), 0600);
    const QString text = pdfText(out);
    QCOMPARE(text.count(u"Progress Report"_s), 2);
    QVERIFY(text.contains(u"Ana Ávila"_s));
    QVERIFY(text.contains(u"Ben Cole"_s));
    QVERIFY(!text.contains(u"Hidden Quiz"_s));
    QVERIFY(text.contains(u"MISSING WORK: 1 assignment not turned in"_s));
    // Ana: Homework (8 + 0) / 20 = 40 %, Tests: B+ is the top of its range, 89.99 % (A- starts at 90);
    // Final 0.4 x 40 + 0.6 x 89.99 = 69.994 -> 69.99 % = D+ (67 <= x < 70).
    QVERIFY2(text.contains(QRegularExpression(u"Final grade: 69\\.99 %\\s+D\\+"_s)), qPrintable(text));
    QVERIFY(text.contains(u"B+"_s));
    QVERIFY(text.contains(u"Grades as of "_s));
}

void TestReportCommands::folderPerStudent()
{
    const QString out = m_profile->dir.filePath(u"reports"_s);
    const QString printed = ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out});
    const QString ana = QDir(out).filePath(u"Ávila, Ana.pdf"_s);
    const QString ben = QDir(out).filePath(u"Cole, Ben.pdf"_s);
    QCOMPARE(printed, ana + u'\n' + ben + u"\nWrote 2 reports.\n"_s);
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);
    QCOMPARE(mode(ana), 0600);
    QCOMPARE(mode(ben), 0600);
    QVERIFY(pdfText(ben).contains(u"No missing work."_s));
}

void TestReportCommands::spanishAndGuardianLanguage()
{
    const QString es = m_profile->dir.filePath(u"es.pdf"_s);
    QVERIFY(ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"101"_s, u"--out"_s, es, u"--lang"_s,
                u"es"_s}) != u"FAILED"_s);
    const QString text = pdfText(es);
    QVERIFY2(text.contains(u"Informe de progreso"_s), qPrintable(text));
    QVERIFY2(text.contains(u"TRABAJO PENDIENTE: 1 tarea sin entregar"_s), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(u"Calificación final: 69,99 %\\s+D\\+"_s)));
    QVERIFY(text.contains(u"Calificaciones al "_s));
    QVERIFY(text.contains(u"Pendiente"_s));
    QVERIFY(!text.contains(u"Hidden Quiz"_s));

    // Without --lang: Ben's guardian reads Spanish, Ana has no guardian (the app's language, English here).
    m_profile->reopen();
    Store &s = m_profile->store();
    Guardian g;
    g.givenName = u"Rosa"_s;
    g.familyName = u"Cole"_s;
    g.language = u"es"_s;
    const QString guardianId = *Repository<Guardian>(s).create(g, u"x"_s);
    QString ben;
    for (const Student &st : Repository<Student>(s).select()) {
        if (st.studentNumber == u"102"_s)
            ben = st.id;
    }
    StudentGuardian link;
    link.id = StudentGuardian::idFor(ben, guardianId);
    link.studentId = ben;
    link.guardianId = guardianId;
    QVERIFY(Repository<StudentGuardian>(s).save(link, u"x"_s).ok());
    m_profile->close();
    const QString out = m_profile->dir.filePath(u"auto"_s);
    QVERIFY(ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out}) != u"FAILED"_s);
    QVERIFY(pdfText(QDir(out).filePath(u"Cole, Ben.pdf"_s)).contains(u"Informe de progreso"_s));
    QVERIFY(pdfText(QDir(out).filePath(u"Ávila, Ana.pdf"_s)).contains(u"Progress Report"_s));
}

// French (issue 21): the same report as the Spanish one, in French words and French numbers.
void TestReportCommands::french()
{
    const QString fr = m_profile->dir.filePath(u"fr.pdf"_s);
    QVERIFY(ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"101"_s, u"--out"_s, fr, u"--lang"_s,
                u"fr"_s}) != u"FAILED"_s);
    const QString text = pdfText(fr);
    QVERIFY2(text.contains(u"Bulletin de progrès"_s), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"TRAVAUX NON RENDUS\\s*:\\s*1 devoir"_s)), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"Note finale\\s*:\\s*69,99\\s*%\\s+D\\+"_s)), qPrintable(text));
    QVERIFY(text.contains(u"Pondération"_s));
    QVERIFY(!text.contains(u"Hidden Quiz"_s));
}

void TestReportCommands::oneStudentOnePeriod()
{
    const QString out = m_profile->dir.filePath(u"ana-q1.pdf"_s);
    QCOMPARE(ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"101"_s, u"--period"_s, u"Q1"_s,
                 u"--out"_s, out}),
             out + u"\nWrote 1 report.\n"_s);
    const QString text = pdfText(out);
    QVERIFY(text.contains(u"Q1 (Sep 1 to Sep 15)"_s));
    QVERIFY(text.contains(u"HW 1"_s));
    QVERIFY(!text.contains(u"HW 2"_s)); // due after Q1
    QVERIFY(text.contains(QRegularExpression(u"Final grade: 80\\.00 %\\s+B-"_s)));
}

void TestReportCommands::refusals()
{
    const QString out = m_profile->dir.filePath(u"x.pdf"_s);
    QCOMPARE(run({u"report"_s, u"--class"_s, u"Algebra I"_s}).exitCode, 2); // no --out
    const test::ProcessResult lang =
        run({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out, u"--lang"_s, u"de"_s});
    QCOMPARE(lang.exitCode, 2);
    QVERIFY2(lang.err.contains(u"en, es, fr"_s), qPrintable(lang.err));
    const test::ProcessResult period =
        run({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out, u"--period"_s, u"Q9"_s});
    QCOMPARE(period.exitCode, 1);
    QVERIFY(period.err.contains(u"\"Q9\""_s));
    QCOMPARE(run({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, out, u"--student"_s, u"999"_s}).exitCode, 1);
    QCOMPARE(run({u"report"_s, u"--class"_s, u"Nope"_s, u"--out"_s, out}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(out)); // nothing written
}

void TestReportCommands::commentBankAndComment()
{
    const QString id =
        ok({u"comment-bank"_s, u"add"_s, u"{first_name} reads every day."_s, u"--category"_s, u"Praise"_s}).trimmed();
    QCOMPARE(id.size(), 36);
    QVERIFY(ok({u"comment-bank"_s, u"add"_s, u"Please turn in {missing_count} missing."_s}) != u"FAILED"_s);
    const QString table = ok({u"comment-bank"_s, u"list"_s});
    QVERIFY2(table.startsWith(id + u"\tPraise\t{first_name} reads every day.\n"_s), qPrintable(table));
    const QJsonArray json = QJsonDocument::fromJson(ok({u"comment-bank"_s, u"list"_s, u"--json"_s}).toUtf8()).array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(u"text"_s).toString(), u"Please turn in {missing_count} missing."_s);
    QCOMPARE(run({u"comment-bank"_s, u"add"_s, u"  "_s}).exitCode, 1);

    QCOMPARE(ok({u"report-comment"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"101"_s,
                 u"Ana <b>improved</b> a lot & should keep going."_s}),
             QString());
    QCOMPARE(run({u"report-comment"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"Text"_s}).exitCode, 2);
    QCOMPARE(
        run({u"report-comment"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"999"_s, u"x"_s}).exitCode,
        1);
    const QString out = m_profile->dir.filePath(u"comment.pdf"_s);
    QVERIFY(ok({u"report"_s, u"--class"_s, u"Algebra I"_s, u"--student"_s, u"101"_s, u"--out"_s, out}) != u"FAILED"_s);
    QVERIFY(pdfText(out).contains(u"Ana <b>improved</b> a lot & should keep going."_s));
}

QTEST_GUILESS_MAIN(TestReportCommands)
#include "tst_reportcommands.moc"
