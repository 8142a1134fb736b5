// Score import: layout detection, matching, every kind of problem by line and
// column, encodings, decimal commas, creating assignments, skipping bad rows.
#include "tests/common/GradebookFixture.h"

#include "kernel/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"
#include "models/csv/GradebookExport.h"
#include "models/csv/ScoreImport.h"
#include "models/grading/ScoreEdit.h"

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
    // Issue 15, one regression test per defect.
    void canvasKeepsLettersAndLeavesMissingEmpty();
    void wholeHeaderIsTriedFirst();
    void formulaGuardIsUndone();
    void oneLimitForGradeEntryAndImport();
    void canvasHeadersAreBareTitles();
    void genericSheetListsWhatItSkips();
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
                           "103,21,,\n"     // line 5: above what grade entry accepts (twice the points)
                           "101,2,,\n";     // line 6: duplicate row
    const ScoreImport::Plan plan = analyze(f, csv);
    const QStringList t = texts(plan);
    QCOMPARE(t.size(), 6);
    QVERIFY2(t.at(0).startsWith(u"scores.csv, line 1, column \"Quiz 9\": unknown assignment"_s), qPrintable(t.at(0)));
    QVERIFY2(t.at(1).startsWith(u"scores.csv, line 3, column \"Student Number\": unknown student \"999\""_s),
             qPrintable(t.at(1)));
    QVERIFY2(t.at(2).startsWith(u"scores.csv, line 4, column \"HW1\": \"nine\" is not a number"_s),
             qPrintable(t.at(2)));
    QVERIFY2(t.at(3).startsWith(u"scores.csv, line 4, column \"Test\": A score cannot be negative"_s),
             qPrintable(t.at(3)));
    QVERIFY2(t.at(4).startsWith(u"scores.csv, line 5, column \"HW1\": 21 is above the allowed maximum of 20"_s),
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

namespace {

Assignment addAssignment(test::GradebookFixture &f, const QString &title, double points, bool letter = false)
{
    Assignment a;
    a.classId = f.classId;
    a.title = title;
    a.pointsPossible = points;
    a.gradingType = letter ? u"letter"_s : u"points"_s;
    a.position = 10 + int(AssignmentRepository(f.profile.store()).inClass(f.classId).size());
    a.id = *AssignmentRepository(f.profile.store()).create(a, u"x"_s);
    return a;
}

void saveScore(test::GradebookFixture &f, const Assignment &a, int student, const std::function<void(Score &)> &edit)
{
    Score s = ScoreRepository(f.profile.store()).scoreFor(f.classId, a.id, f.students.at(student));
    edit(s);
    QVERIFY(ScoreRepository(f.profile.store()).save(s, u"x"_s).ok());
}

QByteArray exportOf(test::GradebookFixture &f, GradebookExport::Format format)
{
    GradebookExport::Options options;
    options.format = format;
    options.byteOrderMark = false;
    return *GradebookExport::build(f.profile.store(), f.classId, options);
}

} // namespace

// Defect 1: a letter-graded F went out as 6.10 (a D- by points), B as 8.70 (B+); MISSING as 0.
void TestScoreImport::canvasKeepsLettersAndLeavesMissingEmpty()
{
    test::GradebookFixture f;
    const Assignment oral = addAssignment(f, u"Oral"_s, 10, true);
    saveScore(f, oral, 0, [](Score &s) { s.letter = u"F"_s; });
    saveScore(f, oral, 1, [](Score &s) { s.letter = u"B"_s; });
    saveScore(f, oral, 2, [](Score &s) { s.missing = true; });
    const QByteArray csv = exportOf(f, GradebookExport::Format::Canvas);
    const Result<CsvTable> table = CsvReader::parse(csv, u"canvas.csv"_s);
    const qsizetype column = table->header.indexOf(u"Oral"_s);
    QVERIFY2(column > 0, csv.left(300).constData());
    QCOMPARE(table->rows.at(1).cells.at(column), u"F"_s);    // Adams
    QCOMPARE(table->rows.at(2).cells.at(column), u"B"_s);    // Baker
    QCOMPARE(table->rows.at(3).cells.at(column), QString()); // Clark: missing, left to Canvas's missing policy
    const ScoreImport::Plan plan = analyze(f, csv);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.changeCount(), 0);
    // A Canvas export's letter column, read into a new assignment, stays a letter-graded column.
    test::GradebookFixture other;
    const ScoreImport::Plan created = analyze(other, csv, true);
    QVERIFY2(created.ok(), qPrintable(texts(created).join(u'\n')));
    QCOMPARE(created.newAssignments.size(), 1);
    QCOMPARE(created.newAssignments.constFirst().gradingType, u"letter"_s);
    QCOMPARE(created.entries.constFirst().score.letter, u"F"_s);
}

// Defect 2: "HW 2 (bonus)" went into "HW 2"; "Oral quiz (letter)" was "unknown assignment Oral quiz".
void TestScoreImport::wholeHeaderIsTriedFirst()
{
    test::GradebookFixture f;
    const Assignment hw2 = addAssignment(f, u"HW 2"_s, 10);
    const QByteArray csv = "Student Number,HW 2 (bonus)\n101,5\n";
    const ScoreImport::Plan unknown = analyze(f, csv);
    QCOMPARE(texts(unknown).value(0), u"scores.csv, line 1, column \"HW 2 (bonus)\": unknown assignment "
                                      "\"HW 2 (bonus)\" (create it first, or allow new assignments)."_s);
    const Assignment bonus = addAssignment(f, u"HW 2 (bonus)"_s, 10);
    const Assignment oral = addAssignment(f, u"Oral quiz (letter)"_s, 10);
    const ScoreImport::Plan plan = analyze(f, "Student Number,HW 2 (bonus),Oral quiz (letter),HW 2\n101,5,6,7\n");
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.entries.size(), 3);
    QCOMPARE(plan.entries.at(0).score.assignmentId, bonus.id);
    QCOMPARE(plan.entries.at(1).score.assignmentId, oral.id);
    QCOMPARE(plan.entries.at(2).score.assignmentId, hw2.id);
    // A Canvas id in the brackets is still taken off to find the title.
    const ScoreImport::Plan canvas = analyze(f, "Student,ID,SIS User ID,SIS Login ID,Section,HW 2 (4711)\n"
                                                "\"Adams, Sam\",1,101,,S,4\n");
    QVERIFY2(canvas.ok(), qPrintable(texts(canvas).join(u'\n')));
    QCOMPARE(canvas.entries.constFirst().score.assignmentId, hw2.id);
    // Two assignments of one title: the column is ambiguous, and says so.
    addAssignment(f, u"Quiz"_s, 10);
    addAssignment(f, u"Quiz"_s, 10);
    const ScoreImport::Plan twice = analyze(f, "Student Number,Quiz\n101,5\n");
    QVERIFY(!twice.ok());
    QVERIFY2(twice.problems.constFirst().message.contains(u"more than one assignment"_s),
             qPrintable(twice.problems.constFirst().message));
}

// Defect 3: the formula guard's apostrophe was read as part of the title or number.
void TestScoreImport::formulaGuardIsUndone()
{
    test::GradebookFixture f;
    const Assignment midterm = addAssignment(f, u"=Midterm"_s, 50);
    Student adams = *StudentRepository(f.profile.store()).find(f.students.at(0));
    adams.studentNumber = u"@1002"_s;
    QVERIFY(StudentRepository(f.profile.store()).save(adams, u"x"_s).ok());
    saveScore(f, midterm, 0, [](Score &s) { s.points = 40; });
    const QByteArray k12 = exportOf(f, GradebookExport::Format::K12);
    QVERIFY2(k12.contains(",'=Midterm,") && k12.contains(",'@1002,"), k12.constData());
    const ScoreImport::Plan plan = analyze(f, k12);
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.changeCount(), 0);
    QCOMPARE(plan.studentsMatched, 3);
    // Canvas reads the SIS User ID literally: a plain id goes out without the guard.
    const QByteArray canvas = exportOf(f, GradebookExport::Format::Canvas);
    QVERIFY2(canvas.contains(",@1002,"), canvas.constData());
    QVERIFY(analyze(f, canvas).ok());
    // Text that really starts with an apostrophe keeps it.
    QCOMPARE(CsvWriter::unneutralised(CsvWriter::neutralised(u"'=x"_s)), u"'=x"_s);
    QCOMPARE(CsvWriter::unneutralised(u"'tis"_s), u"'tis"_s);
}

// Defect 4: 10.05 on a 10-point assignment was accepted by grade entry and refused by import.
void TestScoreImport::oneLimitForGradeEntryAndImport()
{
    test::GradebookFixture f;
    const ScoreImport::Plan plan = analyze(f, "Student Number,HW1\n101,10.05\n102,20\n");
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    const Assignment hw1 = *AssignmentRepository(f.profile.store()).find(f.assignments.at(0));
    const ScoreImport::Plan over = analyze(f, "Student Number,HW1\n101,20.5\n");
    QCOMPARE(over.problems.size(), 1);
    QCOMPARE(over.problems.constFirst().message, ScoreEdit::checkPoints(20.5, hw1)); // the same words
}

// Defect 5: Canvas headers were "Title (<uuid>)", which Canvas reads as a new assignment.
void TestScoreImport::canvasHeadersAreBareTitles()
{
    test::GradebookFixture f;
    const Assignment a = addAssignment(f, u"Quiz"_s, 10);
    const Assignment b = addAssignment(f, u"Quiz"_s, 10);
    const Result<CsvTable> table = CsvReader::parse(exportOf(f, GradebookExport::Format::Canvas), u"c.csv"_s);
    QCOMPARE(table->header.mid(5, 3), (QStringList{u"HW1"_s, u"HW2"_s, u"Test"_s}));
    // Only titles that would be ambiguous carry an id.
    QVERIFY(table->header.contains(u"Quiz (%1)"_s.arg(a.id)));
    QVERIFY(table->header.contains(u"Quiz (%1)"_s.arg(b.id)));
}

// Defect 6: a generic column with "name" anywhere in its title was dropped without a word.
void TestScoreImport::genericSheetListsWhatItSkips()
{
    test::GradebookFixture f;
    const Assignment element = addAssignment(f, u"Name that element"_s, 10);
    const ScoreImport::Plan plan =
        analyze(f, "First Name,Last Name,Student Number,Email,Name that element\nSam,Adams,101,s@x,8\n");
    QVERIFY2(plan.ok(), qPrintable(texts(plan).join(u'\n')));
    QCOMPARE(plan.entries.size(), 1);
    QCOMPARE(plan.entries.constFirst().score.assignmentId, element.id);
    QStringList skipped;
    for (const ScoreImport::SkippedColumn &c : plan.skipped)
        skipped << c.column + u": "_s + c.reason;
    QCOMPARE(skipped, (QStringList{u"First Name: names the student"_s, u"Last Name: names the student"_s,
                                   u"Student Number: identifies the student"_s, u"Email: an e-mail address"_s}));
}

QTEST_GUILESS_MAIN(TestScoreImport)
#include "tst_scoreimport.moc"
