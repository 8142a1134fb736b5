// GradebookData::load (issue 22: the grid's read path): every stored score of
// the class lands in its cell with every flag, the rare parts (letter,
// comment) only where they are set, whatever order the rows were written in,
// and nothing of deleted rows, other classes, dropped students or deleted
// assignments. The expected cells are written out by hand below.
#include "tests/common/TestSupport.h"

#include "models/grading/GradebookData.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

struct Expected
{
    int student;    // index in gradebook order (Adams, Baker, Clark, Davis)
    int assignment; // index in gradebook order (HW1, HW2, Essay)
    double points;  // NaN: none
    bool missing, late, excused, exempt;
    int daysLate;
    QString letter, comment;
};

} // namespace

class TestGradebookLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStoredFieldLandsInItsCell();
    void aLargeClassLoadsWhole();
};

void TestGradebookLoad::everyStoredFieldLandsInItsCell()
{
    test::TempProfile profile;
    Store &s = profile.store();
    SchoolClass c;
    c.name = u"Chemistry"_s;
    const QString classId = *ClassRepository(s).create(c, u"x"_s);
    SchoolClass other;
    other.name = u"Physics"_s;
    const QString otherId = *ClassRepository(s).create(other, u"x"_s);

    QList<Student> roster;
    for (const QString &family : {u"Davis"_s, u"Clark"_s, u"Adams"_s, u"Baker"_s, u"Evans"_s}) {
        Student st;
        st.givenName = u"Kim"_s;
        st.familyName = family;
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, classId, u"x"_s).ok());
    QVERIFY(StudentRepository(s).enroll(roster.mid(0, 1), otherId, u"x"_s).ok());
    QHash<QString, QString> byFamily; // family name -> id
    for (const Student &st : StudentRepository(s).enrolledIn(classId))
        byFamily.insert(st.familyName, st.id);
    QVERIFY(StudentRepository(s).unenroll(classId, {byFamily.value(u"Evans"_s)}, u"x"_s).ok());

    QStringList assignmentIds; // HW1, HW2, Essay (letter), Gone (deleted)
    int position = 0;
    for (const auto &[title, points, type] :
         {std::tuple{u"HW1"_s, 10.0, u"points"_s}, std::tuple{u"HW2"_s, 20.0, u"points"_s},
          std::tuple{u"Essay"_s, 100.0, u"letter"_s}, std::tuple{u"Gone"_s, 10.0, u"points"_s}}) {
        Assignment a;
        a.classId = classId;
        a.title = title;
        a.pointsPossible = points;
        a.gradingType = type;
        a.position = position++;
        assignmentIds.append(*AssignmentRepository(s).create(a, u"x"_s));
    }
    Assignment otherWork;
    otherWork.classId = otherId;
    otherWork.title = u"Lab"_s;
    otherWork.pointsPossible = 10;
    const QString otherAssignment = *AssignmentRepository(s).create(otherWork, u"x"_s);

    const auto score = [&](const QString &family, int assignment) {
        Score sc;
        sc.classId = classId;
        sc.assignmentId = assignmentIds.at(assignment);
        sc.studentId = byFamily.value(family);
        sc.id = Score::idFor(sc.assignmentId, sc.studentId);
        return sc;
    };
    ChangeList changes;
    const auto put = [&](const Score &sc) { changes.append(Change::upsert(u"score"_s, sc.id, sc.toFields())); };
    // Written neither by student nor by assignment, so the loader's guesses miss too.
    Score sc = score(u"Clark"_s, 1);
    sc.points = 17.5;
    sc.late = true;
    sc.daysLate = 3;
    put(sc);
    sc = score(u"Adams"_s, 0);
    sc.points = 9;
    put(sc);
    sc = score(u"Davis"_s, 2);
    sc.letter = u"B+"_s;
    sc.comment = u"Good sources"_s;
    put(sc);
    sc = score(u"Adams"_s, 1);
    sc.missing = true;
    put(sc);
    sc = score(u"Baker"_s, 0);
    sc.excused = true;
    sc.comment = u"Away on a trip"_s;
    put(sc);
    sc = score(u"Baker"_s, 1);
    sc.points = 0;
    sc.exempt = true;
    put(sc);
    sc = score(u"Adams"_s, 2);
    sc.letter = u"A"_s;
    put(sc);
    sc = score(u"Clark"_s, 0);
    sc.points = 4.25;
    put(sc);
    sc = score(u"Davis"_s, 0); // stored, then emptied: a row with nothing in it
    put(sc);
    sc = score(u"Davis"_s, 1); // deleted below: its tombstone keeps the old points
    sc.points = 20;
    put(sc);
    sc = score(u"Evans"_s, 0); // a dropped student's score stays in the store
    sc.points = 8;
    put(sc);
    sc = score(u"Clark"_s, 3); // on the assignment deleted below
    sc.points = 7;
    put(sc);
    Score elsewhere; // another class's score of a student enrolled in both
    elsewhere.classId = otherId;
    elsewhere.assignmentId = otherAssignment;
    elsewhere.studentId = byFamily.value(u"Davis"_s);
    elsewhere.id = Score::idFor(elsewhere.assignmentId, elsewhere.studentId);
    elsewhere.points = 1;
    put(elsewhere);
    QVERIFY(s.apply(u"test.scores"_s, changes).ok());
    QVERIFY(s.apply(u"test.delete"_s, {Change::remove(u"score"_s, score(u"Davis"_s, 1).id)}).ok());
    QVERIFY(AssignmentRepository(s).remove(assignmentIds.at(3), u"x"_s).ok());

    Result<GradebookData> loaded = GradebookData::load(s, classId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const GradebookData &data = *loaded;
    QCOMPARE(data.studentCount(), 4);
    QCOMPARE(data.assignmentCount(), 3);
    QStringList families;
    for (const Student &st : data.students)
        families << st.familyName;
    QCOMPARE(families, (QStringList{u"Adams"_s, u"Baker"_s, u"Clark"_s, u"Davis"_s}));
    QStringList titles;
    for (const Assignment &a : data.assignments)
        titles << a.title;
    QCOMPARE(titles, (QStringList{u"HW1"_s, u"HW2"_s, u"Essay"_s}));

    const double none = std::nan("");
    const QList<Expected> expected{
        {0, 0, 9, false, false, false, false, 0, {}, {}},
        {0, 1, none, true, false, false, false, 0, {}, {}},
        {0, 2, none, false, false, false, false, 0, u"A"_s, {}},
        {1, 0, none, false, false, true, false, 0, {}, u"Away on a trip"_s},
        {1, 1, 0, false, false, false, true, 0, {}, {}},
        {2, 0, 4.25, false, false, false, false, 0, {}, {}},
        {2, 1, 17.5, false, true, false, false, 3, {}, {}},
        {3, 0, none, false, false, false, false, 0, {}, {}},
        {3, 2, none, false, false, false, false, 0, u"B+"_s, u"Good sources"_s},
    };
    int stored = 0;
    for (int st = 0; st < data.studentCount(); ++st) {
        for (int a = 0; a < data.assignmentCount(); ++a) {
            const auto it = std::find_if(expected.cbegin(), expected.cend(),
                                         [&](const Expected &e) { return e.student == st && e.assignment == a; });
            const GradeCell &cell = data.cell(st, a);
            const GradebookData::CellExtra *extra = data.extra(st, a);
            const QByteArray where = QStringLiteral("student %1, assignment %2").arg(st).arg(a).toUtf8();
            if (it == expected.cend()) {
                QVERIFY2(!data.isStored(st, a), where.constData());
                QVERIFY2(!cell.hasPoints() && !cell.missing && !cell.late && !cell.excused && !cell.exempt,
                         where.constData());
                QVERIFY2(extra == nullptr, where.constData());
                continue;
            }
            ++stored;
            QVERIFY2(data.isStored(st, a), where.constData());
            QCOMPARE(cell.missing, it->missing);
            QCOMPARE(cell.late, it->late);
            QCOMPARE(cell.excused, it->excused);
            QCOMPARE(cell.exempt, it->exempt);
            QCOMPARE(cell.daysLate, it->daysLate);
            if (!it->letter.isEmpty()) {
                // A letter's points come from the class's scale (the default one here).
                QVERIFY2(cell.hasPoints(), where.constData());
                Score asStored;
                asStored.letter = it->letter;
                QCOMPARE(cell.points, GradeEngine::cellFor(asStored, data.assignments.at(a), data.scale).points);
            } else if (std::isnan(it->points)) {
                QVERIFY2(!cell.hasPoints(), where.constData());
            } else {
                QCOMPARE(cell.points, it->points);
            }
            if (it->letter.isEmpty() && it->comment.isEmpty()) {
                QVERIFY2(extra == nullptr, where.constData());
            } else {
                QVERIFY2(extra != nullptr, where.constData());
                QCOMPARE(extra->letter, it->letter);
                QCOMPARE(extra->comment, it->comment);
            }
        }
    }
    QCOMPARE(stored, int(expected.size()));

    // The same class in the grid's model, checked by Qt's model tester.
    QUndoStack undo;
    GradebookModel model(s, &undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(classId);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, model.columnForAssignment(0)).data().toString(), u"9"_s);
}

// 60 students x 500 assignments (30,000 rows written assignment by assignment,
// so the loader's id guesses hit and miss at every new assignment): every cell
// holds what was written, by a rule simple enough to check each one.
void TestGradebookLoad::aLargeClassLoadsWhole()
{
    test::TempProfile profile;
    Store &s = profile.store();
    SchoolClass c;
    c.name = u"Large"_s;
    const QString classId = *ClassRepository(s).create(c, u"x"_s);
    QList<Student> roster;
    for (int i = 0; i < 60; ++i) {
        Student st;
        st.givenName = u"Kim"_s;
        st.familyName = u"Student %1"_s.arg(i, 2, 10, QChar(u'0')); // gradebook order = i
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, classId, u"x"_s).ok());
    QStringList studentIds;
    {
        QList<Student> enrolled = StudentRepository(s).enrolledIn(classId);
        GradebookData::sortStudents(enrolled);
        for (const Student &st : enrolled)
            studentIds << st.id;
    }
    ChangeList assignments;
    QStringList assignmentIds;
    for (int a = 0; a < 500; ++a) {
        Assignment as;
        as.classId = classId;
        as.title = u"A%1"_s.arg(a);
        as.pointsPossible = 10;
        as.position = a;
        assignmentIds << Score::idFor(classId, u"assignment-%1"_s.arg(a)); // any unique id
        as.id = assignmentIds.constLast();
        assignments.append(Change::upsert(u"assignment"_s, as.id, as.toFields()));
    }
    QVERIFY(s.apply(u"test.assignments"_s, assignments).ok());
    ChangeList scores;
    for (int a = 0; a < 500; ++a) {
        for (int st = 0; st < 60; ++st) {
            Score sc;
            sc.classId = classId;
            sc.assignmentId = assignmentIds.at(a);
            sc.studentId = studentIds.at(st);
            sc.id = Score::idFor(sc.assignmentId, sc.studentId);
            sc.points = double((a + st) % 11);
            sc.missing = (a * 7 + st) % 13 == 0;
            if ((a + 3 * st) % 97 == 0)
                sc.comment = u"note %1 %2"_s.arg(a).arg(st);
            scores.append(Change::upsert(u"score"_s, sc.id, sc.toFields()));
        }
    }
    QVERIFY(s.apply(u"test.scores"_s, scores).ok());

    Result<GradebookData> loaded = GradebookData::load(s, classId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->studentCount(), 60);
    QCOMPARE(loaded->assignmentCount(), 500);
    int comments = 0;
    for (int st = 0; st < 60; ++st) {
        for (int a = 0; a < 500; ++a) {
            const int column = loaded->assignmentIndex(assignmentIds.at(a));
            const GradeCell &cell = loaded->cell(st, column);
            QVERIFY(loaded->isStored(st, column));
            QCOMPARE(cell.points, double((a + st) % 11));
            QCOMPARE(cell.missing, (a * 7 + st) % 13 == 0);
            const GradebookData::CellExtra *extra = loaded->extra(st, column);
            if ((a + 3 * st) % 97 == 0) {
                QVERIFY(extra);
                QCOMPARE(extra->comment, u"note %1 %2"_s.arg(a).arg(st));
                ++comments;
            } else {
                QVERIFY(!extra);
            }
        }
    }
    QVERIFY(comments > 250); // about 30,000 / 97
}

QTEST_GUILESS_MAIN(TestGradebookLoad)
#include "tst_gradebookload.moc"
