// Score import: layout detection, matching, every kind of problem by line and
// column, encodings, decimal commas, creating assignments, skipping bad rows.
#include "tests/common/GradebookFixture.h"

#include "models/csv/GradebookExport.h"
#include "models/csv/ScoreImport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

ScoreImport::Plan analyze(test::GradebookFixture &f, const QByteArray &csv, bool create = false)
{
    const GradebookData data = *GradebookData::load(f.profile.store(), f.classId);
    ScoreImport::Options options;
    options.createAssignments = create;
    return ScoreImport::analyze(csv, u"scores.csv"_s, data, options);
}

QStringList texts(const ScoreImport::Plan &plan)
{
    QStringList out;
    for (const ScoreImport::Problem &p : plan.problems)
        out.append(p.text(plan.fileName));
    return out;
}

} // namespace

class TestScoreImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void genericSheet();
    void ownExportRoundTrip();
    void canvasExport();
    void canvasSemicolonsAndDecimalCommas();
    void everyProblemByLineAndColumn();
    void wrongEncoding();
    void windows1252Names();
    void createAssignments();
    void skipBadRows();
    void unknownLayout();
    void cancel();
};

void TestScoreImport::genericSheet()
{
    test::GradebookFixture f;
    const ScoreImport::Plan plan = analyze(f, "Student Number,HW1,Test\n101,9,45\n102,EX,\n103,MISSING,50\n");
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.format, ScoreImport::Format::Generic);
    QCOMPARE(plan.rows, 3);
    QCOMPARE(plan.entries.size(), 5);
    QVERIFY(f.profile.store().apply(u"grade.import"_s, ScoreImport::changes(plan)).ok());
    QCOMPARE(*f.score(0, 0).points, 9.0);
    QCOMPARE(*f.score(0, 2).points, 45.0);
    QVERIFY(f.score(1, 0).excused);
    QVERIFY(!f.score(1, 2).points.has_value());
    QVERIFY(f.score(2, 0).missing);
    // The same file again changes nothing.
    const ScoreImport::Plan again = analyze(f, "Student Number,HW1,Test\n101,9,45\n102,EX,\n103,MISSING,50\n");
    QCOMPARE(again.entries.size(), 0);
    QCOMPARE(again.unchanged, 5);
}

void TestScoreImport::ownExportRoundTrip()
{
    test::GradebookFixture source;
    Score s = source.score(1, 1);
    s.points = 7.25;
    QVERIFY(ScoreRepository(source.profile.store()).save(s, u"x"_s).ok());
    Score ex = source.score(2, 2);
    ex.excused = true;
    QVERIFY(ScoreRepository(source.profile.store()).save(ex, u"x"_s).ok());
    GradebookExport::Options options;
    options.byteOrderMark = true;
    const QByteArray csv = *GradebookExport::build(source.profile.store(), source.classId, options);
    // Into a second class with the same students and assignment titles.
    test::GradebookFixture target;
    const ScoreImport::Plan plan = analyze(target, csv);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.format, ScoreImport::Format::K12);
    QCOMPARE(plan.entries.size(), 2);
    QVERIFY(target.profile.store().apply(u"grade.import"_s, ScoreImport::changes(plan)).ok());
    QCOMPARE(*target.score(1, 1).points, 7.25);
    QVERIFY(target.score(2, 2).excused);
}

void TestScoreImport::canvasExport()
{
    test::GradebookFixture f;
    const QByteArray csv = "Student,ID,SIS User ID,SIS Login ID,Section,HW1 (1001),Test (1003),Homework Current Score,"
                           "Current Score,Final Grade\n"
                           "    Points Possible,,,,,10.00,50.00,(read only),(read only),(read only)\n"
                           "\"Adams, Sam\",11,101,sam.a,Bio 1,8.00,40.00,80.00,80.00,B-\n"
                           "\"Baker, Sam\",12,,sam.b,Bio 1,EX,,,,\n"
                           "\"Student, Test\",99,,,Bio 1,5.00,,,,\n";
    const ScoreImport::Plan plan = analyze(f, csv);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.format, ScoreImport::Format::Canvas);
    QCOMPARE(plan.assignmentColumns, 2); // computed columns skipped
    QCOMPARE(plan.entries.size(), 3);    // Baker matched by name; the test student skipped
    QVERIFY(f.profile.store().apply(u"grade.import"_s, ScoreImport::changes(plan)).ok());
    QCOMPARE(*f.score(0, 2).points, 40.0);
    QVERIFY(f.score(1, 0).excused);
}

void TestScoreImport::canvasSemicolonsAndDecimalCommas()
{
    test::GradebookFixture f;
    const QByteArray csv = "Student;ID;SIS User ID;SIS Login ID;Section;HW2 (55)\n"
                           "\"Clark, Sam\";3;103;c;S;8,75\n";
    const ScoreImport::Plan plan = analyze(f, csv);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.entries.constFirst().score.points.value_or(-1), 8.75);
}

void TestScoreImport::everyProblemByLineAndColumn()
{
    test::GradebookFixture f;
    const QByteArray csv = "Student Number,HW1,Quiz 9,Test\n" // line 1: unknown assignment
                           "101,9,,45\n"
                           "999,1,,1\n"     // line 3: unknown student
                           "102,nine,,-3\n" // line 4: not a number; negative
                           "103,11,,\n"     // line 5: above points possible
                           "101,2,,\n";     // line 6: duplicate row
    const ScoreImport::Plan plan = analyze(f, csv);
    const QStringList t = texts(plan);
    QCOMPARE(t.size(), 6);
    QVERIFY2(t.at(0).startsWith(u"scores.csv, line 1, column \"Quiz 9\": unknown assignment"_s), qPrintable(t.at(0)));
    QVERIFY2(t.at(1).startsWith(u"scores.csv, line 3, column \"Student Number\": unknown student \"999\""_s),
             qPrintable(t.at(1)));
    QVERIFY2(t.at(2).startsWith(u"scores.csv, line 4, column \"HW1\": \"nine\" is not a number"_s),
             qPrintable(t.at(2)));
    QVERIFY2(t.at(3).startsWith(u"scores.csv, line 4, column \"Test\": \"-3\" is negative"_s), qPrintable(t.at(3)));
    QVERIFY2(t.at(4).startsWith(u"scores.csv, line 5, column \"HW1\": 11 is above the points possible"_s),
             qPrintable(t.at(4)));
    QVERIFY2(t.at(5).startsWith(u"scores.csv, line 6: duplicate row"_s), qPrintable(t.at(5)));
    QVERIFY(plan.headerProblem());
    QVERIFY(!plan.ok());
}

void TestScoreImport::wrongEncoding()
{
    test::GradebookFixture f;
    QByteArray utf16("\xFF\xFE");
    for (char c : QByteArray("Student Number,HW1\n101,5\n")) {
        utf16.append(c);
        utf16.append('\0');
    }
    const ScoreImport::Plan plan = analyze(f, utf16);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY(plan.problems.constFirst().message.contains(u"wrong encoding"_s));
}

void TestScoreImport::windows1252Names()
{
    test::GradebookFixture f;
    Student s = *StudentRepository(f.profile.store()).find(f.students.at(0));
    s.givenName = u"José"_s;
    QVERIFY(StudentRepository(f.profile.store()).save(s, u"x"_s).ok());
    const ScoreImport::Plan plan = analyze(f, "Name,Student Number,HW1\nJos\xE9 Adams,,4\n");
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.encoding, u"Windows-1252"_s);
    QCOMPARE(plan.entries.constFirst().score.studentId, f.students.at(0));
}

void TestScoreImport::createAssignments()
{
    test::GradebookFixture f;
    const QByteArray csv = "Student,Student Number,HW1,Project,Final %,Letter\n"
                           "Points Possible,,10,25,,\n"
                           "\"Adams, Sam\",101,5,20,,\n";
    QVERIFY(!analyze(f, csv).ok());
    const ScoreImport::Plan plan = analyze(f, csv, true);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.newAssignments.size(), 1);
    QCOMPARE(plan.newAssignments.constFirst().title, u"Project"_s);
    QCOMPARE(plan.newAssignments.constFirst().pointsPossible, 25.0);
    QVERIFY(f.profile.store().apply(u"grade.import"_s, ScoreImport::changes(plan)).ok());
    Result<Assignment> project = AssignmentRepository(f.profile.store()).resolve(f.classId, u"Project"_s);
    QVERIFY(project.ok());
    QCOMPARE(*ScoreRepository(f.profile.store()).scoreFor(f.classId, project->id, f.students.at(0)).points, 20.0);
}

void TestScoreImport::skipBadRows()
{
    test::GradebookFixture f;
    const ScoreImport::Plan plan = analyze(f, "Student Number,HW1\n101,5\n999,5\n103,x\n102,6\n");
    QCOMPARE(plan.problems.size(), 2);
    QVERIFY(!plan.headerProblem());
    QCOMPARE(ScoreImport::changes(plan, true).size(), 2); // 101 and 102
}

void TestScoreImport::unknownLayout()
{
    test::GradebookFixture f;
    const ScoreImport::Plan plan = analyze(f, "Pupil,HW1\nSam,5\n");
    QCOMPARE(plan.format, ScoreImport::Format::Unknown);
    QVERIFY(texts(plan).constFirst().contains(u"student number column"_s));
}

void TestScoreImport::cancel()
{
    test::GradebookFixture f;
    const GradebookData data = *GradebookData::load(f.profile.store(), f.classId);
    std::atomic<bool> stop{true};
    const ScoreImport::Plan plan = ScoreImport::analyze("Student Number,HW1\n101,5\n", u"s.csv"_s, data, {}, {}, &stop);
    QVERIFY(plan.cancelled);
    QVERIFY(!plan.ok());
}

QTEST_GUILESS_MAIN(TestScoreImport)
#include "tst_scoreimport.moc"
