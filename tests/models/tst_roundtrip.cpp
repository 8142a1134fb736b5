// The round-trip property of issue 15: every file the app exports (both
// layouts; CSV in every dialect and XLSX) imports back into the same class
// with zero changes and no problem, for generated classes whose names, titles
// and student numbers are as hostile as teachers' real ones get: formula
// starts, apostrophes, brackets, quotes, separators, line breaks, RTL and CJK
// text, titles equal to computed columns, duplicate titles, leading zeros.
#include "tests/common/TestSupport.h"

#include "models/csv/GradebookExport.h"
#include "models/csv/ScoreImport.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

const QStringList kHostile{
    u"=SUM(1+1)"_s,
    u"+1"_s,
    u"-x"_s,
    u"@1002"_s,
    u"'=Midterm"_s,
    u"''@x"_s,
    u"'quoted"_s,
    u"HW 2 (bonus)"_s,
    u"Oral quiz (letter)"_s,
    u"Quiz, \"one\""_s,
    u"line\nbreak"_s,
    u"a;b"_s,
    u"tab\there"_s,
    u"עברית"_s,
    u"العربية"_s,
    u"数学テスト"_s,
    u"José Ñúñez"_s,
    u"Final %"_s,
    u"Letter"_s,
    u"Student"_s,
    u"Student Number"_s,
    u"Homework %"_s,
    u"Current Score"_s,
    u"Tests Final Score"_s,
    u"ID"_s,
    u"Section"_s,
    u"Name that element"_s,
    u" padded "_s,
    u"Quiz"_s,
    u"quiz"_s,
    u"(note)"_s,
    u"1234"_s,
    u"00123"_s,
    u"-3"_s,
    u"Essay (12345)"_s,
    u"\tlead"_s,
    u"Points Possible"_s,
    u"EX"_s,
    u"MISSING"_s,
    u"N/A"_s,
};

const QStringList kLetters{u"A"_s, u"A-"_s, u"B+"_s, u"B"_s, u"C"_s, u"D-"_s, u"F"_s};

QString must(Result<QString> r)
{
    if (!r)
        qFatal("generator: %s", qPrintable(r.error()));
    return *r;
}

// A class with random categories, assignments, students and every kind of score.
QString generateClass(Store &store, QRandomGenerator &random, int seed)
{
    auto pick = [&](const QStringList &list) { return list.at(int(random.bounded(quint32(list.size())))); };
    SchoolClass c;
    c.name = pick(kHostile) + u' ' + QString::number(seed);
    c.latePenaltyEnabled = random.bounded(2) == 1;
    c.latePenaltyPerDay = 10;
    c.latePenaltyFloor = 50;
    c.missingPolicy = random.bounded(2) == 1 ? u"zero"_s : u"exclude"_s;
    const QString classId = must(ClassRepository(store).create(c, u"gen"_s));

    QStringList categories;
    for (int i = 0; i < 1 + int(random.bounded(3)); ++i) {
        Category cat;
        cat.classId = classId;
        cat.name = (i == 0 ? u"Homework"_s : pick(kHostile)) + QString::number(i);
        cat.weight = 10 + random.bounded(50);
        cat.position = i;
        categories << must(CategoryRepository(store).create(cat, u"gen"_s));
    }
    QList<Assignment> assignments;
    const int assignmentCount = 4 + int(random.bounded(8));
    for (int i = 0; i < assignmentCount; ++i) {
        Assignment a;
        a.classId = classId;
        // Some titles repeat on purpose (duplicates), most are hostile.
        a.title = random.bounded(6) == 0 ? u"Quiz"_s : pick(kHostile);
        a.pointsPossible = QList<double>{10, 20, 12.5, 100, 7, 1}.at(int(random.bounded(6)));
        a.gradingType = random.bounded(4) == 0 ? u"letter"_s : u"points"_s;
        a.published = random.bounded(5) != 0;
        a.categoryId = random.bounded(5) == 0 ? QString() : pick(categories);
        a.position = i;
        a.id = must(AssignmentRepository(store).create(a, u"gen"_s));
        assignments << a;
    }
    QList<Student> roster;
    for (int i = 0; i < 6 + int(random.bounded(8)); ++i) {
        Student st;
        st.givenName = pick(kHostile).trimmed() + QString::number(i);
        st.familyName = pick(kHostile).trimmed() + QString::number(seed);
        switch (random.bounded(5)) {
        case 0:
            st.studentNumber = u"00"_s + QString::number(100 + i); // leading zeros
            break;
        case 1:
            st.studentNumber = u"@"_s + QString::number(1000 + i); // looks like a formula
            break;
        case 2:
            break; // none: matched by name
        default:
            st.studentNumber = QString::number(seed * 1000 + i);
        }
        roster << st;
    }
    (void)StudentRepository(store).enroll(roster, classId, u"gen"_s);
    ScoreRepository scores(store);
    for (const Student &st : StudentRepository(store).enrolledIn(classId)) {
        for (const Assignment &a : std::as_const(assignments)) {
            Score s = scores.scoreFor(classId, a.id, st.id);
            switch (random.bounded(10)) {
            case 0:
                continue; // nothing entered
            case 1:
                s.missing = true;
                s.late = random.bounded(2) == 1;
                break;
            case 2:
                s.excused = true;
                if (random.bounded(2) == 1)
                    s.points = a.pointsPossible / 2;
                break;
            case 3:
                s.exempt = true;
                break;
            case 4:
                s.late = true;
                s.daysLate = int(random.bounded(6));
                s.points = a.pointsPossible * double(random.bounded(101)) / 100.0;
                break;
            case 5: // extra credit, up to the limit grade entry allows
                s.points = a.pointsPossible * (1.0 + double(random.bounded(100)) / 100.0);
                break;
            case 6:
                s.points = a.pointsPossible / 3.0; // no short decimal form
                break;
            default:
                s.points = double(random.bounded(int(a.pointsPossible) + 1));
            }
            if (a.gradingType == u"letter"_s && s.points && !s.excused) {
                s.points.reset();
                s.letter = pick(kLetters);
            }
            if (const Status saved = scores.save(s, u"gen"_s); !saved)
                qFatal("generator: %s", qPrintable(saved.error()));
        }
    }
    return classId;
}

struct Variant
{
    const char *name;
    GradebookExport::Options options;
};

QList<Variant> variants()
{
    QList<Variant> list;
    for (const auto format : {GradebookExport::Format::K12, GradebookExport::Format::Canvas}) {
        const bool canvas = format == GradebookExport::Format::Canvas;
        GradebookExport::Options o;
        o.format = format;
        list.append({canvas ? "canvas csv" : "k12 csv", o});
        o.byteOrderMark = false;
        list.append({canvas ? "canvas csv no BOM" : "k12 csv no BOM", o});
        o.byteOrderMark = true;
        o.delimiter = u';';
        o.decimalComma = true;
        list.append({canvas ? "canvas csv ; decimal comma" : "k12 csv ; decimal comma", o});
        o.delimiter = u'\t';
        list.append({canvas ? "canvas tab decimal comma" : "k12 tab decimal comma", o});
        o = {};
        o.format = format;
        o.fileType = GradebookExport::FileType::Xlsx;
        list.append({canvas ? "canvas xlsx" : "k12 xlsx", o});
    }
    return list;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExportImportsBackUnchanged_data();
    void everyExportImportsBackUnchanged();
};

void TestRoundTrip::everyExportImportsBackUnchanged_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestRoundTrip::everyExportImportsBackUnchanged()
{
    QFETCH(int, seed);
    test::TempProfile profile;
    QRandomGenerator random{quint32(seed)};
    const QString classId = generateClass(profile.store(), random, seed);
    const GradebookData data = *GradebookData::load(profile.store(), classId);
    int scored = 0;
    for (int s = 0; s < data.studentCount(); ++s) {
        for (int a = 0; a < data.assignmentCount(); ++a) {
            const GradeCell &c = data.cell(s, a);
            scored += c.hasPoints() || c.missing || c.excused || c.exempt;
        }
    }
    QVERIFY(scored > 0);
    for (const Variant &v : variants()) {
        Result<QByteArray> bytes = GradebookExport::toBytes(data, v.options);
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        const ScoreImport::Plan plan = ScoreImport::analyze(*bytes, u"export"_s, data, {});
        QStringList problems;
        for (const ScoreImport::Problem &p : plan.problems)
            problems << p.text(u"export"_s);
        QVERIFY2(plan.ok(), qPrintable(QString::fromLatin1(v.name) + u":\n"_s + problems.join(u'\n') + u"\n\n"_s +
                                       QString::fromUtf8(bytes->left(3000))));
        QStringList changed;
        for (const ScoreImport::Entry &e : plan.entries)
            changed << u"line %1: %2 -> points %3 letter %4 missing %5 excused %6 exempt %7"_s.arg(e.line)
                           .arg(e.score.assignmentId)
                           .arg(e.score.points ? QString::number(*e.score.points, 'g', 17) : u"-"_s, e.score.letter)
                           .arg(e.score.missing)
                           .arg(e.score.excused)
                           .arg(e.score.exempt);
        QVERIFY2(plan.changeCount() == 0,
                 qPrintable(QString::fromLatin1(v.name) + u": "_s + changed.mid(0, 10).join(u'\n')));
        QCOMPARE(plan.studentsMatched, data.studentCount());
        QCOMPARE(plan.assignmentColumns, data.assignmentCount());
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
