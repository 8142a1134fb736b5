// CSV writing (quoting, neutralisation, BOM, permissions) and the gradebook export
// in both layouts, compared byte for byte with hand-worked files.
#include "tests/common/TestSupport.h"

#include "kernel/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"
#include "models/csv/GradebookExport.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// The class of the export tests, with the ids the expected files need.
struct Fixture
{
    QString classId;
    QStringList assignment; // by creation: HW 1, HW 2, Bonus, Test "Unit 1", Essay, =2+3, -3
};

GradebookExport::Options withoutBom()
{
    GradebookExport::Options options;
    options.byteOrderMark = false; // the expected files below have none
    return options;
}

QString must(Result<QString> r)
{
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error()));
    return *r;
}

Fixture makeClass(Store &store)
{
    Fixture f;
    SchoolClass c;
    c.name = u"Algebra I"_s;
    c.period = u"3"_s;
    c.latePenaltyEnabled = true; // 10 % a day, never below 50 %
    c.latePenaltyPerDay = 10;
    c.latePenaltyFloor = 50;
    f.classId = must(ClassRepository(store).create(c, u"test"_s));

    CategoryRepository categories(store);
    auto category = [&](const QString &name, double weight, int drop, int position) {
        Category cat;
        cat.classId = f.classId;
        cat.name = name;
        cat.weight = weight;
        cat.dropLowest = drop;
        cat.position = position;
        return must(categories.create(cat, u"test"_s));
    };
    // Created in reverse to prove that the export orders by position.
    const QString tests = category(u"Tests"_s, 60, 0, 1);
    const QString homework = category(u"Homework"_s, 40, 1, 0);

    AssignmentRepository assignments(store);
    auto assignment = [&](const QString &title, double points, const QString &cat, bool letter = false,
                          bool published = true) {
        Assignment a;
        a.classId = f.classId;
        a.title = title;
        a.pointsPossible = points;
        a.categoryId = cat;
        a.gradingType = letter ? u"letter"_s : u"points"_s;
        a.published = published;
        a.position = int(f.assignment.size());
        f.assignment << must(assignments.create(a, u"test"_s));
    };
    assignment(u"HW 1"_s, 10, homework);
    assignment(u"HW 2"_s, 10, homework);
    assignment(u"Bonus"_s, 0, homework); // extra credit
    assignment(u"Test, \"Unit 1\""_s, 50, tests);
    assignment(u"Essay"_s, 20, tests, true);
    assignment(u"=2+3"_s, 10, QString());        // uncategorised, a formula-like title
    assignment(u"-3"_s, 5, tests, false, false); // unpublished, a title that is a number
    return f;
}

struct Cell
{
    std::optional<double> points;
    QString letter;
    bool missing = false;
    bool excused = false;
    bool exempt = false;
    int daysLate = 0;
};

Cell points(double p, int daysLate = 0)
{
    Cell c;
    c.points = p;
    c.daysLate = daysLate;
    return c;
}
Cell letter(const QString &l)
{
    Cell c;
    c.letter = l;
    return c;
}
Cell missing(std::optional<double> p = std::nullopt)
{
    Cell c;
    c.points = p;
    c.missing = true;
    return c;
}
Cell excused()
{
    Cell c;
    c.excused = true;
    return c;
}
Cell exempt()
{
    Cell c;
    c.exempt = true;
    return c;
}

void grade(Store &store, const Fixture &f, const QString &student, int assignment, const Cell &cell)
{
    Score s;
    s.id = Score::idFor(f.assignment.at(assignment), student);
    s.classId = f.classId;
    s.assignmentId = f.assignment.at(assignment);
    s.studentId = student;
    s.points = cell.points;
    s.letter = cell.letter;
    s.missing = cell.missing;
    s.excused = cell.excused;
    s.exempt = cell.exempt;
    s.late = cell.daysLate > 0;
    s.daysLate = cell.daysLate;
    if (Status r = ScoreRepository(store).save(s, u"test"_s); !r)
        qFatal("fixture: %s", qPrintable(r.error()));
}

QString enroll(Store &store, const QString &classId, const QString &given, const QString &family, const QString &number)
{
    Student s;
    s.givenName = given;
    s.familyName = family;
    s.studentNumber = number;
    return must(StudentRepository(store).enrollOne(s, classId, u"test"_s));
}

// Five active students and one who left, graded as worked out in the expected files.
Fixture makeGradedClass(Store &store)
{
    const Fixture f = makeClass(store);
    enum
    {
        Hw1,
        Hw2,
        Bonus,
        Test,
        Essay,
        Formula,
        Unpublished
    };
    const QString ada = enroll(store, f.classId, u"Ada"_s, u"Lovelace"_s, u"1001"_s);
    const QString byron = enroll(store, f.classId, u"Byron"_s, u"Lovelace"_s, u"0042"_s);
    enroll(store, f.classId, u"Zoë"_s, u"Ávila"_s, u"1003"_s);
    const QString alan = enroll(store, f.classId, u"Alan"_s, u"turing"_s, u"1004"_s);
    const QString eve = enroll(store, f.classId, u"Eve"_s, u"=Evil"_s, u"1005"_s);
    const QString gone = enroll(store, f.classId, u"Dropped"_s, u"Out"_s, u"1006"_s);

    grade(store, f, ada, Hw1, points(8));
    grade(store, f, ada, Hw2, points(6));
    grade(store, f, ada, Bonus, points(1));
    grade(store, f, ada, Test, points(45));
    grade(store, f, ada, Essay, letter(u"B"_s));
    grade(store, f, ada, Formula, points(7));
    grade(store, f, ada, Unpublished, points(4));

    grade(store, f, byron, Hw1, missing());
    grade(store, f, byron, Hw2, points(9));
    grade(store, f, byron, Test, excused());

    grade(store, f, alan, Hw1, points(10, 2));
    grade(store, f, alan, Hw2, exempt());
    grade(store, f, alan, Test, points(40));
    grade(store, f, alan, Essay, letter(u"A-"_s));
    grade(store, f, alan, Formula, missing());
    grade(store, f, alan, Unpublished, points(5));

    grade(store, f, eve, Hw1, missing(7)); // points and missing: the points count
    grade(store, f, eve, Hw2, excused());
    grade(store, f, eve, Test, points(50));
    grade(store, f, eve, Essay, missing());

    grade(store, f, gone, Hw1, points(1));
    if (Status s = StudentRepository(store).unenroll(f.classId, {gone}, u"test"_s); !s)
        qFatal("fixture: %s", qPrintable(s.error()));
    return f;
}

QByteArray lines(const QStringList &rows)
{
    return (rows.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

// Row by row first, so that a failure names the row; then byte for byte.
#define COMPARE_CSV(actual, expected)                                                                                  \
    do {                                                                                                               \
        QCOMPARE(QString::fromUtf8(actual).split(u"\r\n"_s), QString::fromUtf8(expected).split(u"\r\n"_s));            \
        QCOMPARE(actual, expected);                                                                                    \
    } while (false)

} // namespace

class TestGradebookExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data();
    void quoting();
    void plainNumbers();
    void rowsEndWithCrLf();
    void byteOrderMark();
    void writtenFileIsPrivate();
    void writeFailureIsReported();
    void studentsSortByFamilyThenGiven();
    void k12Format();
    void canvasFormat();
    void canvasFileReadsBack();
    void customScaleAndEmptyClass();
    void idsSharingAPrefixStayApart();
    void unknownClassIsAnError();
    void formatKeys();
};

void TestGradebookExport::quoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << u"Quiz 1"_s << u"Quiz 1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Lovelace, Ada"_s << u"\"Lovelace, Ada\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("crlf inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("formula") << u"=SUM(A1:A3)"_s << u"'=SUM(A1:A3)"_s;
    QTest::newRow("formula with comma") << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+1+cmd"_s << u"'+1+cmd"_s;
    QTest::newRow("minus text") << u"-x"_s << u"'-x"_s;
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
    QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("negative integer stays") << u"-3"_s << u"-3"_s;
    QTest::newRow("negative decimal stays") << u"-2.5"_s << u"-2.5"_s;
    QTest::newRow("positive sign stays") << u"+4"_s << u"+4"_s;
    QTest::newRow("minus exponent is text") << u"-1e5"_s << u"'-1e5"_s;
    QTest::newRow("minus then formula") << u"-3+A1"_s << u"'-3+A1"_s;
    QTest::newRow("equals in the middle") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("leading space") << u" =1"_s << u" =1"_s;
    QTest::newRow("unicode") << u"Zoë"_s << u"Zoë"_s;
}

void TestGradebookExport::quoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell(cell), encoded);
}

void TestGradebookExport::plainNumbers()
{
    for (const QString &n : {u"0"_s, u"12"_s, u"-3"_s, u"-2.5"_s, u"+7"_s, u"3."_s, u".5"_s, u"-.5"_s})
        QVERIFY2(CsvWriter::isPlainNumber(n), qPrintable(n));
    for (const QString &n :
         {u""_s, u"-"_s, u"+"_s, u"."_s, u"-."_s, u"1e3"_s, u"1,5"_s, u"--1"_s, u"1-"_s, u"0x1"_s, u" 1"_s, u"1 "_s})
        QVERIFY2(!CsvWriter::isPlainNumber(n), qPrintable(n));
}

void TestGradebookExport::rowsEndWithCrLf()
{
    CsvWriter w;
    w.addRow({u"a"_s, u"b,c"_s, QString()});
    w.addRow({u"-3"_s});
    QCOMPARE(w.data(), QByteArray("a,\"b,c\",\r\n-3\r\n"));
}

void TestGradebookExport::byteOrderMark()
{
    CsvWriter w(true);
    w.addRow({u"José"_s});
    QCOMPARE(w.data(), QByteArray("\xEF\xBB\xBFJos\xC3\xA9\r\n"));
    CsvWriter plain;
    plain.addRow({u"José"_s});
    QCOMPARE(plain.data(), QByteArray("Jos\xC3\xA9\r\n"));
}

void TestGradebookExport::writtenFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"grades.csv"_s);
    // Replacing a world-readable file must not keep its permissions.
    test::writeFile(path, "old");
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(CsvWriter::writeFile(path, "a,b\r\n").ok());
    QCOMPARE(test::readFile(path), QByteArray("a,b\r\n"));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFileInfo(path).permissions(), ownerOnly);
    const QString fresh = dir.filePath(u"new.csv"_s);
    QVERIFY(CsvWriter::writeFile(fresh, "x\r\n").ok());
    QCOMPARE(QFileInfo(fresh).permissions(), ownerOnly);
}

void TestGradebookExport::writeFailureIsReported()
{
    QTemporaryDir dir;
    const Status s = CsvWriter::writeFile(dir.filePath(u"no/such/folder/grades.csv"_s), "x");
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"grades.csv"_s), qPrintable(s.error()));
}

void TestGradebookExport::studentsSortByFamilyThenGiven()
{
    auto student = [](const QString &given, const QString &family, const QString &number = {}) {
        Student s;
        s.givenName = given;
        s.familyName = family;
        s.studentNumber = number;
        return s;
    };
    QList<Student> list{student(u"Bea"_s, u"smith"_s),        student(u"Zoë"_s, u"Ávila"_s),
                        student(u"Al"_s, u"Smith"_s),         student(u"Cy"_s, u"Baker"_s),
                        student(u"ál"_s, u"Smith"_s, u"2"_s), student(u"Al"_s, u"Smith"_s, u"1"_s)};
    GradebookData::sortStudents(list);
    QStringList order;
    for (const Student &s : std::as_const(list))
        order << s.displayName() + u' ' + s.studentNumber;
    // Accents and case do not count; equal names fall back to the student number.
    QCOMPARE(order, (QStringList{u"Ávila, Zoë "_s, u"Baker, Cy "_s, u"Smith, Al "_s, u"Smith, Al 1"_s, u"Smith, ál 2"_s,
                                 u"smith, Bea "_s}));
}

void TestGradebookExport::k12Format()
{
    test::TempProfile profile;
    const Fixture f = makeGradedClass(profile.store());
    Result<QByteArray> csv = GradebookExport::build(profile.store(), f.classId, withoutBom());
    QVERIFY(csv.ok());
    // Weighted 40 Homework (drop 1) / 60 Tests; uncategorised "=2+3" does not count; Essay is letter-graded
    // (B = 86.99 % of 20 = 17.398, A- = 93.99 % of 20 = 18.798); late 10 %/day.
    const QByteArray expected = lines({
        u"Student,Student Number,HW 1,HW 2,Bonus,\"Test, \"\"Unit 1\"\"\",Essay,-3,'=2+3,Homework %,Tests %,"
        "Final %,Letter"_s,
        u"Points Possible,,10,10,0,50,20,5,10,,,,"_s,
        // HW: 7 (points beat missing), HW 2 excused -> 70; Tests (50 + 0 missing) / 70 = 71.43;
        // 0.4 x 70 + 0.6 x 71.4286 = 70.86
        u"\"'=Evil, Eve\",1005,7,EX,,50,MISSING,,,70.00,71.43,70.86,C-"_s,
        // nothing graded
        u"\"Ávila, Zoë\",1003,,,,,,,,,,,"_s,
        // HW 8, 6, bonus 1: drop 6 -> 9/10 = 90; Tests (45 + 17.398 + 4) / 75 = 88.53; 36 + 53.1184 = 89.12
        u"\"Lovelace, Ada\",1001,8,6,1,45,B,4,7,90.00,88.53,89.12,B+"_s,
        // HW missing 0 and 9: drop the 0 -> 90; Tests only excused -> none; final = Homework alone
        u"\"Lovelace, Byron\",0042,MISSING,9,,EX,,,,90.00,,90.00,A-"_s,
        // HW 10 late 2 days -> 8/10 = 80 (exempt HW 2); Tests (40 + 18.798 + 5) / 75 = 85.06;
        // 32 + 51.0384 = 83.04 (B- is 80 to 84)
        u"\"turing, Alan\",1004,10,EXEMPT,,40,A-,5,MISSING,80.00,85.06,83.04,B-"_s,
    });
    COMPARE_CSV(*csv, expected);

    GradebookExport::Options bom;
    bom.byteOrderMark = true;
    Result<QByteArray> withBom = GradebookExport::build(profile.store(), f.classId, bom);
    QVERIFY(withBom.ok());
    QCOMPARE(*withBom, QByteArray("\xEF\xBB\xBF") + expected);
}

void TestGradebookExport::canvasFormat()
{
    test::TempProfile profile;
    const Fixture f = makeGradedClass(profile.store());
    GradebookExport::Options options = withoutBom();
    options.format = GradebookExport::Format::Canvas;
    Result<QByteArray> csv = GradebookExport::build(profile.store(), f.classId, options);
    QVERIFY(csv.ok());
    // Bare titles: Canvas matches a column by title when there is no Canvas id in brackets.
    QString header = u"Student,ID,SIS User ID,SIS Login ID,Section,HW 1,HW 2,Bonus,\"Test, \"\"Unit 1\"\"\",Essay,-3,"
                     "'=2+3"_s;
    for (const QString &group : {u"Homework"_s, u"Tests"_s}) {
        header += u",%1 Current Score,%1 Unposted Current Score,%1 Final Score,%1 Unposted Final Score"_s.arg(group);
    }
    header += u",Current Score,Unposted Current Score,Final Score,Unposted Final Score,Current Grade,"
              "Unposted Current Grade,Final Grade,Unposted Final Grade"_s;
    QString points = u"    Points Possible,,,,,10.00,10.00,0.00,50.00,20.00,5.00,10.00"_s;
    for (int i = 0; i < 16; ++i)
        points += u",(read only)"_s;
    // Letters stay letters (Essay), missing work is left empty for Canvas's missing policy.
    // Per group: Current, Unposted Current, Final, Unposted Final. "Current" leaves out the unpublished "-3";
    // "Final" counts ungraded work as 0.
    const QByteArray expected = lines({
        header,
        points,
        // Unposted Final: "-3" ungraded = 0/5 -> Tests 50/75 = 66.67, final 28 + 40 = 68.00
        u"\"'=Evil, Eve\",,1005,,Algebra I,7.00,EX,,50.00,,,,70.00,70.00,70.00,70.00,71.43,71.43,71.43,66.67,"
        "70.86,70.86,70.86,68.00,C-,C-,C-,D+"_s,
        // Final: everything 0 -> 0.00 (Homework keeps one 0/10 after its drop)
        u"\"Ávila, Zoë\",,1003,,Algebra I,,,,,,,,,,0.00,0.00,,,0.00,0.00,,,0.00,0.00,,,F,F"_s,
        // Current Tests without "-3": (45 + 17.398) / 70 = 89.14; final 36 + 53.484 = 89.48
        u"\"Lovelace, Ada\",,1001,,Algebra I,8.00,6.00,1.00,45.00,B,4.00,7.00,90.00,90.00,90.00,90.00,"
        "89.14,88.53,89.14,88.53,89.48,89.12,89.48,89.12,B+,B+,B+,B+"_s,
        // Final: Essay ungraded = 0/20 -> Tests 0; 0.4 x 90 + 0 = 36.00
        u"\"Lovelace, Byron\",,0042,,Algebra I,,9.00,,EX,,,,90.00,90.00,90.00,90.00,,,0.00,0.00,"
        "90.00,90.00,36.00,36.00,A-,A-,F,F"_s,
        // late HW 1: 10 -> 8.00 in the cell; Current Tests (40 + 18.798) / 70 = 84.00 (83.997);
        // final 32 + 50.398 = 82.40
        u"\"turing, Alan\",,1004,,Algebra I,8.00,EX,,40.00,A-,5.00,,80.00,80.00,80.00,80.00,"
        "84.00,85.06,84.00,85.06,82.40,83.04,82.40,83.04,B-,B-,B-,B-"_s,
    });
    COMPARE_CSV(*csv, expected);
}

void TestGradebookExport::canvasFileReadsBack()
{
    // Our own reader (RFC 4180) sees the same cells: quoting round-trips.
    test::TempProfile profile;
    const Fixture f = makeGradedClass(profile.store());
    GradebookExport::Options options;
    options.format = GradebookExport::Format::Canvas;
    options.byteOrderMark = true;
    Result<QByteArray> csv = GradebookExport::build(profile.store(), f.classId, options);
    QVERIFY(csv.ok());
    Result<CsvTable> table = CsvReader::parse(*csv, u"export.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->encoding, u"UTF-8 with BOM"_s);
    QCOMPARE(table->header.mid(0, 5),
             (QStringList{u"Student"_s, u"ID"_s, u"SIS User ID"_s, u"SIS Login ID"_s, u"Section"_s}));
    QCOMPARE(table->header.at(8), u"Test, \"Unit 1\""_s);
    QCOMPARE(table->rows.size(), 6); // points possible + 5 students
    for (const CsvRow &row : std::as_const(table->rows))
        QCOMPARE(row.cells.size(), table->header.size());
    QCOMPARE(table->rows.at(1).cells.at(0), u"'=Evil, Eve"_s);
    QCOMPARE(table->rows.at(4).cells.at(2), u"0042"_s); // leading zero kept
}

void TestGradebookExport::customScaleAndEmptyClass()
{
    test::TempProfile profile;
    SchoolClass c;
    c.name = u"Art"_s;
    c.missingPolicy = u"exclude"_s;
    const QString classId = must(ClassRepository(profile.store()).create(c, u"test"_s));
    // No students, no assignments: header and points row only.
    Result<QByteArray> empty = GradebookExport::build(profile.store(), classId, withoutBom());
    QVERIFY(empty.ok());
    QCOMPARE(*empty, QByteArray("Student,Student Number,Final %,Letter\r\nPoints Possible,,,\r\n"));

    GradingScale scale;
    scale.id = GradingScale::idFor(classId);
    scale.classId = classId;
    scale.name = u"Pass/fail"_s;
    scale.cutoffs = {{u"P"_s, 60}, {u"F"_s, 0}};
    QVERIFY(Repository<GradingScale>(profile.store()).save(scale, u"test"_s).ok());
    Assignment a;
    a.classId = classId;
    a.title = u"Sketch"_s;
    a.pointsPossible = 8;
    const QString sketch = must(AssignmentRepository(profile.store()).create(a, u"test"_s));
    const QString frida = enroll(profile.store(), classId, u"Frida"_s, u"Kahlo"_s, u"7"_s);
    const QString diego = enroll(profile.store(), classId, u"Diego"_s, u"Rivera"_s, u"8"_s);
    Score s;
    s.id = Score::idFor(sketch, frida);
    s.classId = classId;
    s.assignmentId = sketch;
    s.studentId = frida;
    s.points = 4.8;
    QVERIFY(ScoreRepository(profile.store()).save(s, u"test"_s).ok());
    s.id = Score::idFor(sketch, diego);
    s.studentId = diego;
    s.points.reset();
    s.missing = true; // left out: the class's missing policy is "exclude"
    QVERIFY(ScoreRepository(profile.store()).save(s, u"test"_s).ok());

    Result<QByteArray> k12 = GradebookExport::build(profile.store(), classId, withoutBom());
    QVERIFY(k12.ok());
    // 4.8 / 8 = 60 % -> P on the pass/fail scale; Diego's missing work is left out
    QCOMPARE(*k12, lines({u"Student,Student Number,Sketch,Final %,Letter"_s, u"Points Possible,,8,,"_s,
                          u"\"Kahlo, Frida\",7,4.8,60.00,P"_s, u"\"Rivera, Diego\",8,MISSING,,"_s}));
    GradebookExport::Options canvas = withoutBom();
    canvas.format = GradebookExport::Format::Canvas;
    Result<QByteArray> cv = GradebookExport::build(profile.store(), classId, canvas);
    QVERIFY(cv.ok());
    // Missing left out: an empty cell, not 0. Final Score counts it as 0: 4.8 / 8 and 0 / 8.
    const QByteArray text = *cv;
    QVERIFY2(text.contains("\"Rivera, Diego\",,8,,Art,,,,0.00,0.00,,,F,F\r\n"), text.constData());
    QVERIFY2(text.contains("\"Kahlo, Frida\",,7,,Art,4.80,60.00,60.00,60.00,60.00,P,P,P,P\r\n"), text.constData());
}

void TestGradebookExport::idsSharingAPrefixStayApart()
{
    // The export indexes ids by their first 16 characters; ids that share them must still be told apart.
    test::TempProfile profile;
    SchoolClass c;
    c.name = u"Prefixes"_s;
    const QString classId = must(ClassRepository(profile.store()).create(c, u"test"_s));
    QStringList assignmentIds;
    for (int i = 1; i <= 3; ++i) {
        Assignment a;
        a.id = u"00000000-0000-4000-8000-00000000010%1"_s.arg(i);
        a.classId = classId;
        a.title = u"A%1"_s.arg(i);
        a.position = i;
        assignmentIds << must(AssignmentRepository(profile.store()).create(a, u"test"_s));
    }
    QStringList studentIds;
    for (int i = 1; i <= 3; ++i) {
        Student st;
        st.id = u"00000000-0000-4000-8000-00000000020%1"_s.arg(i);
        st.givenName = u"S%1"_s.arg(i);
        st.familyName = u"F%1"_s.arg(i);
        studentIds << must(StudentRepository(profile.store()).enrollOne(st, classId, u"test"_s));
    }
    QList<Score> scores;
    for (int st = 0; st < 3; ++st) {
        for (int a = 0; a < 3; ++a) {
            Score s;
            s.id = Score::idFor(assignmentIds.at(a), studentIds.at(st));
            s.classId = classId;
            s.assignmentId = assignmentIds.at(a);
            s.studentId = studentIds.at(st);
            s.points = 1 + st * 3 + a; // 1..9, each cell different
            scores << s;
        }
    }
    QVERIFY(ScoreRepository(profile.store()).saveAll(scores, u"test"_s).ok());
    Result<QByteArray> csv = GradebookExport::build(profile.store(), classId, withoutBom());
    QVERIFY(csv.ok());
    // Points possible 10 each: F1 (1 + 2 + 3) / 30 = 20 %, F2 15/30 = 50 %, F3 24/30 = 80 %
    COMPARE_CSV(
        *csv, lines({u"Student,Student Number,A1,A2,A3,Final %,Letter"_s, u"Points Possible,,10,10,10,,"_s,
                     u"\"F1, S1\",,1,2,3,20.00,F"_s, u"\"F2, S2\",,4,5,6,50.00,F"_s, u"\"F3, S3\",,7,8,9,80.00,B-"_s}));
}

void TestGradebookExport::unknownClassIsAnError()
{
    test::TempProfile profile;
    Result<QByteArray> r = GradebookExport::build(profile.store(), u"00000000-0000-4000-8000-000000000000"_s, {});
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void TestGradebookExport::formatKeys()
{
    QCOMPARE(*GradebookExport::formatFromKey(u"k12"_s), GradebookExport::Format::K12);
    QCOMPARE(*GradebookExport::formatFromKey(u"Canvas"_s), GradebookExport::Format::Canvas);
    QVERIFY(!GradebookExport::formatFromKey(u"moodle"_s));
}

QTEST_GUILESS_MAIN(TestGradebookExport)
#include "tst_gradebookexport.moc"
