// The rollover to a new term (issue 19) on a small class worked by hand: every
// kind that carries, the dates shifted (weekdays kept), the ids remapped,
// nothing of scores or students (but the roster with keepRoster); one undo step
// that restores exactly; archived classes refuse every change but their restore.
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/actions/Actions.h"
#include "models/actions/RolloverActions.h"
#include "models/backup/BackupService.h"
#include "models/rollover/RolloverReview.h"
#include "models/rollover/TermNames.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

struct Small
{
    QString classId, homework, tests, a1, a2, hw1, final, q1, q2, s1, unit, lesson, student;
};

// Algebra I, P1, 2026-27 Fall: dates from Mon 2026-08-17 to Fri 2026-12-18.
Small makeSmall(Store &store)
{
    Small s;
    ChangeList ch;
    SchoolClass c;
    c.name = u"Algebra I"_s;
    c.subject = u"Mathematics"_s;
    c.term = u"2026-27 Fall"_s;
    c.period = u"P1"_s;
    c.missingPolicy = u"exclude"_s;
    c.autoMissing = true;
    c.riskBelowPercent = 65;
    c.proficiencyScale = u"[{\"value\":1,\"label\":\"Novice\"},{\"value\":2,\"label\":\"Expert\"}]"_s;
    s.classId = newId();
    ch << Change::upsert(u"class"_s, s.classId, c.toFields());
    GradingScale g;
    g.classId = s.classId;
    g.name = u"Custom"_s;
    g.cutoffs = {{u"A"_s, 93}, {u"B"_s, 85}, {u"C"_s, 75}, {u"F"_s, 0}};
    ch << Change::upsert(u"grading_scale"_s, GradingScale::idFor(s.classId), g.toFields());
    Category hw;
    hw.classId = s.classId;
    hw.name = u"Homework"_s;
    hw.weight = 40;
    hw.dropLowest = 1;
    Category tests = hw;
    tests.name = u"Tests"_s;
    tests.weight = 60;
    tests.dropLowest = 0;
    tests.position = 1;
    s.homework = newId();
    s.tests = newId();
    ch << Change::upsert(u"category"_s, s.homework, hw.toFields())
       << Change::upsert(u"category"_s, s.tests, tests.toFields());
    Standard a1;
    a1.classId = s.classId;
    a1.code = u"A.1"_s;
    a1.masteryMethod = u"highest"_s;
    Standard a2 = a1;
    a2.code = u"A.2"_s;
    a2.masteryMethod.clear();
    s.a1 = newId();
    s.a2 = newId();
    ch << Change::upsert(u"standard"_s, s.a1, a1.toFields()) << Change::upsert(u"standard"_s, s.a2, a2.toFields());
    s.q1 = newId();
    s.q2 = newId();
    s.s1 = newId();
    s.hw1 = newId();
    s.final = newId();
    GradingPeriod q1{{}, 0, s.classId, u"Q1"_s, QDate(2026, 8, 17), QDate(2026, 10, 16), {}};
    GradingPeriod q2{{}, 0, s.classId, u"Q2"_s, QDate(2026, 10, 19), QDate(2026, 12, 18), {}};
    GradingPeriod s1{{},
                     0,
                     s.classId,
                     u"S1"_s,
                     QDate(2026, 8, 17),
                     QDate(2026, 12, 18),
                     {FormulaPart{s.q1, {}, {}, 40}, FormulaPart{s.q2, {}, {}, 40}, FormulaPart{{}, s.final, {}, 20}}};
    ch << Change::upsert(u"grading_period"_s, s.q1, q1.toFields())
       << Change::upsert(u"grading_period"_s, s.q2, q2.toFields())
       << Change::upsert(u"grading_period"_s, s.s1, s1.toFields());
    Assignment hw1;
    hw1.classId = s.classId;
    hw1.title = u"HW 1"_s;
    hw1.categoryId = s.homework;
    hw1.gradingPeriodId = s.q1;
    hw1.dueDate = QDate(2026, 8, 19); // a Wednesday
    Assignment fin = hw1;
    fin.title = u"Final Exam"_s;
    fin.categoryId = s.tests;
    fin.gradingPeriodId = s.q2;
    fin.dueDate = QDate(2026, 12, 18);
    fin.pointsPossible = 100;
    fin.position = 1;
    ch << Change::upsert(u"assignment"_s, s.hw1, hw1.toFields())
       << Change::upsert(u"assignment"_s, s.final, fin.toFields());
    for (const auto &[a, st] : {std::pair{s.hw1, s.a1}, std::pair{s.final, s.a1}, std::pair{s.final, s.a2}}) {
        AssignmentStandard t{{}, 0, s.classId, a, st};
        ch << Change::upsert(u"assignment_standard"_s, AssignmentStandard::idFor(a, st), t.toFields());
    }
    UnitPlan u;
    u.classId = s.classId;
    u.title = u"Linear equations"_s;
    u.startDate = QDate(2026, 8, 17);
    u.endDate = QDate(2026, 9, 4);
    u.standardIds = {s.a1};
    s.unit = newId();
    ch << Change::upsert(u"unit_plan"_s, s.unit, u.toFields());
    Lesson l;
    l.classId = s.classId;
    l.unitId = s.unit;
    l.date = QDate(2026, 8, 18); // a Tuesday
    l.title = u"Solving for x"_s;
    l.standardIds = {s.a1, s.a2};
    l.assignmentId = s.hw1;
    s.lesson = newId();
    ch << Change::upsert(u"lesson"_s, s.lesson, l.toFields());
    Student ann;
    ann.givenName = u"Ann"_s;
    ann.familyName = u"Lee"_s;
    s.student = newId();
    ch << Change::upsert(u"student"_s, s.student, ann.toFields());
    Enrollment e{{}, 0, s.classId, s.student, u"active"_s};
    ch << Change::upsert(u"enrollment"_s, newId(), e.toFields());
    Score sc;
    sc.classId = s.classId;
    sc.assignmentId = s.hw1;
    sc.studentId = s.student;
    sc.points = 9;
    ch << Change::upsert(u"score"_s, Score::idFor(s.hw1, s.student), sc.toFields());
    MasteryScore m;
    m.classId = s.classId;
    m.standardId = s.a1;
    m.studentId = s.student;
    m.assignmentId = s.hw1;
    m.score = 3;
    m.assessedAt = u"2026-08-19T10:00:00"_s;
    ch << Change::upsert(u"mastery_score"_s, newId(), m.toFields());
    const auto r = store.apply(u"test"_s, ch);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return s;
}

template<typename T> QList<T> rowsOf(Store &store, const QString &classId, const QString &order = u"id"_s)
{
    QList<T> out;
    for (const QVariantMap &row :
         store.rows(*EntitySchema::find(QString::fromLatin1(T::entity)), u"class_id = ?"_s, {classId}, order))
        out.append(T::fromRow(row));
    return out;
}

// Every live row of every class-related table, without rev: what undo must restore.
QMap<QString, QVariantMap> snapshot(Store &store)
{
    QMap<QString, QVariantMap> all;
    for (const QString &entity :
         {u"class"_s, u"category"_s, u"grading_scale"_s, u"standard"_s, u"grading_period"_s, u"assignment"_s,
          u"assignment_standard"_s, u"unit_plan"_s, u"lesson"_s, u"enrollment"_s, u"score"_s, u"mastery_score"_s}) {
        for (QVariantMap row : store.rows(*EntitySchema::find(entity))) {
            row.remove(u"rev"_s);
            all.insert(entity + u'/' + row.value(u"id"_s).toString(), row);
        }
    }
    return all;
}

QString newClassId(Store &store, const QString &term)
{
    const QList<QVariantMap> rows = store.rows(*EntitySchema::find(u"class"_s), u"term = ?"_s, {term});
    return rows.size() == 1 ? rows.first().value(u"id"_s).toString() : QString();
}

RolloverOptions springOf(const Small &s)
{
    RolloverOptions o;
    o.classIds = {s.classId};
    o.toTerm = TermNames::next(u"2026-27 Fall"_s);
    return o;
}

} // namespace

class TestRollover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void termNames_data();
    void termNames();
    void latestTerm();
    void courseGroups();
    void shiftByStartKeepsWeekdays();
    void smallClassCarriesEverything();
    void carryOnlyCategories();
    void keepRosterEnrollsTheSameStudents();
    void undoRestoresExactly();
    void archivedClassRefusesChanges();
    void refusesASecondRollover();
    void backupBeforeRollover();
};

void TestRollover::termNames_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("next");
    QTest::newRow("fall") << u"2026-27 Fall"_s << u"2026-27 Spring"_s;
    QTest::newRow("spring") << u"2026-27 Spring"_s << u"2027-28 Fall"_s;
    QTest::newRow("year") << u"2026-27"_s << u"2027-28"_s;
    QTest::newRow("century") << u"2099-00"_s << u"2100-01"_s;
    QTest::newRow("plain year") << u"2026"_s << u"2027"_s;
    QTest::newRow("q1") << u"Q1"_s << u"Q2"_s;
    QTest::newRow("q4 wraps") << u"2026-27 Q4"_s << u"2027-28 Q1"_s;
    QTest::newRow("s2 wraps") << u"2026-27 S2"_s << u"2027-28 S1"_s;
    QTest::newRow("t2") << u"2026-27 T2"_s << u"2026-27 T3"_s;
    QTest::newRow("other") << u"Summer camp"_s << u"Summer camp (next)"_s;
}

void TestRollover::termNames()
{
    QFETCH(QString, term);
    QFETCH(QString, next);
    QCOMPARE(TermNames::next(term), next);
}

void TestRollover::latestTerm()
{
    QCOMPARE(TermNames::latest({u"2026-27 Spring"_s, u"2027-28 Fall"_s, u"2026-27 Fall"_s}), u"2027-28 Fall"_s);
    QCOMPARE(TermNames::latest({u"2026-27 Fall"_s, u"2026-27 Spring"_s}), u"2026-27 Spring"_s);
    QCOMPARE(TermNames::latest({}), QString());
}

void TestRollover::courseGroups()
{
    auto cls = [](const QString &name, const QString &subject) {
        SchoolClass c;
        c.name = name;
        c.subject = subject;
        return c;
    };
    const QList<QList<SchoolClass>> groups =
        RolloverPlanner::courseGroups({cls(u"Algebra I - P1"_s, u"Math"_s), cls(u"Biology"_s, u"Science"_s),
                                       cls(u"Algebra I (Period 3)"_s, u"Math"_s),
                                       cls(u"algebra i block B"_s, u"Math"_s), cls(u"Algebra I"_s, u"Science"_s)});
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).size(), 3);
    QCOMPARE(groups.at(1).size(), 1);
    QCOMPARE(groups.at(2).constFirst().subject, u"Science"_s);
}

void TestRollover::shiftByStartKeepsWeekdays()
{
    RolloverOptions o;
    o.startDate = QDate(2027, 1, 6); // a Wednesday
    // Earliest Mon 2026-08-17 goes to the Monday of that week, 2027-01-04: 140 days, 20 weeks.
    QCOMPARE(RolloverPlanner::shiftFor(o, QDate(2026, 8, 17), QDate(2026, 12, 18)), 140);
    o.startDate.reset();
    // Default: the week after the latest date (Fri 2026-12-18 -> Mon 2026-12-21): 126 days.
    QCOMPARE(RolloverPlanner::shiftFor(o, QDate(2026, 8, 17), QDate(2026, 12, 18)), 126);
    o.shiftDays = 3;
    QCOMPARE(RolloverPlanner::shiftFor(o, QDate(2026, 8, 17), QDate(2026, 12, 18)), 3);
}

void TestRollover::smallClassCarriesEverything()
{
    TempProfile p;
    Store &store = p.store();
    const Small s = makeSmall(store);
    const qint64 outboxBefore = countRows(store, u"outbox"_s);
    RolloverActions actions{ActionRunner(store)};
    const Result<RolloverPlan> preview = actions.preview(springOf(s));
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error()));
    QCOMPARE(countRows(store, u"outbox"_s), outboxBefore); // a preview writes nothing
    QCOMPARE(preview->shiftDays, 126);
    const RolloverClassPlan &cp = preview->classes.constFirst();
    QCOMPARE(cp.categories, 2);
    QVERIFY(cp.scale);
    QCOMPARE(cp.standards, 2);
    QCOMPARE(cp.periods, 3);
    QCOMPARE(cp.assignments, 2);
    QCOMPARE(cp.standardTags, 3);
    QCOMPARE(cp.units, 1);
    QCOMPARE(cp.lessons, 1);
    QCOMPARE(cp.enrollments, 0);
    QCOMPARE(RolloverReview::heading(cp, u"2026-27 Spring"_s), u"Algebra I, P1 (2026-27 Fall) -> 2026-27 Spring"_s);

    const Result<RolloverPlan> done = actions.run(springOf(s));
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    // 1 class + scale + 2 categories + 2 standards + 3 periods + 2 assignments + 3 tags + unit + lesson
    // = 16 new rows, and the old class archived: 17 mutations queued.
    QCOMPARE(countRows(store, u"outbox"_s), outboxBefore + 17);

    const QString nid = newClassId(store, u"2026-27 Spring"_s);
    QVERIFY(isId(nid));
    QCOMPARE(nid, done->classes.constFirst().newClassId);
    const SchoolClass old = SchoolClass::fromRow(*store.row(*EntitySchema::find(u"class"_s), s.classId));
    QVERIFY(old.archived);
    const SchoolClass nc = SchoolClass::fromRow(*store.row(*EntitySchema::find(u"class"_s), nid));
    QCOMPARE(nc.name, u"Algebra I"_s);
    QCOMPARE(nc.period, u"P1"_s);
    QCOMPARE(nc.subject, u"Mathematics"_s);
    QVERIFY(!nc.archived);
    QCOMPARE(nc.missingPolicy, u"exclude"_s);
    QVERIFY(nc.autoMissing);
    QCOMPARE(nc.riskBelowPercent, 65.0);
    QCOMPARE(nc.proficiencyScale, old.proficiencyScale);

    const GradingScale g =
        GradingScale::fromRow(*store.row(*EntitySchema::find(u"grading_scale"_s), GradingScale::idFor(nid)));
    QCOMPARE(g.cutoffs.size(), 4);
    QCOMPARE(g.cutoffs.at(0).minPercent, 93.0);

    const QList<Category> cats = rowsOf<Category>(store, nid, u"position"_s);
    QCOMPARE(cats.size(), 2);
    QCOMPARE(cats.at(0).name, u"Homework"_s);
    QCOMPARE(cats.at(0).weight, 40.0);
    QCOMPARE(cats.at(0).dropLowest, 1);
    QCOMPARE(cats.at(1).weight, 60.0);
    QVERIFY(cats.at(0).id != s.homework);

    const QList<Standard> stds = rowsOf<Standard>(store, nid, u"code"_s);
    QCOMPARE(stds.size(), 2);
    QCOMPARE(stds.at(0).masteryMethod, u"highest"_s);
    const QString na1 = stds.at(0).id, na2 = stds.at(1).id;
    QVERIFY(na1 != s.a1);

    const QList<GradingPeriod> periods = rowsOf<GradingPeriod>(store, nid, u"name"_s);
    QCOMPARE(periods.size(), 3);
    QCOMPARE(periods.at(0).name, u"Q1"_s);
    QCOMPARE(periods.at(0).startDate, QDate(2026, 12, 21)); // Mon
    QCOMPARE(periods.at(0).endDate, QDate(2027, 2, 19));    // Fri
    QCOMPARE(periods.at(1).startDate, QDate(2027, 2, 22));  // Mon
    QCOMPARE(periods.at(2).name, u"S1"_s);
    QCOMPARE(periods.at(2).endDate, QDate(2027, 4, 23)); // Fri

    const QList<Assignment> as = rowsOf<Assignment>(store, nid, u"position"_s);
    QCOMPARE(as.size(), 2);
    QCOMPARE(as.at(0).title, u"HW 1"_s);
    QCOMPARE(as.at(0).dueDate, QDate(2026, 12, 23));
    QCOMPARE(as.at(0).dueDate.dayOfWeek(), 3); // still a Wednesday
    QVERIFY(!as.at(0).published);
    QCOMPARE(as.at(0).categoryId, cats.at(0).id);
    QCOMPARE(as.at(0).gradingPeriodId, periods.at(0).id);
    QCOMPARE(as.at(1).dueDate, QDate(2027, 4, 23));
    QCOMPARE(as.at(1).categoryId, cats.at(1).id);
    QCOMPARE(as.at(1).gradingPeriodId, periods.at(1).id);
    // The semester's formula names the new Q1, Q2 and Final Exam.
    QCOMPARE(periods.at(2).formula,
             (QList<FormulaPart>{FormulaPart{periods.at(0).id, {}, {}, 40}, FormulaPart{periods.at(1).id, {}, {}, 40},
                                 FormulaPart{{}, as.at(1).id, {}, 20}}));

    QStringList tags;
    for (const AssignmentStandard &t : rowsOf<AssignmentStandard>(store, nid))
        tags.append((t.assignmentId == as.at(0).id ? u"HW 1:"_s : u"Final:"_s) +
                    (t.standardId == na1 ? u"A.1"_s : u"A.2"_s));
    tags.sort();
    QCOMPARE(tags, (QStringList{u"Final:A.1"_s, u"Final:A.2"_s, u"HW 1:A.1"_s}));

    const QList<UnitPlan> units = rowsOf<UnitPlan>(store, nid);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0).startDate, QDate(2026, 12, 21));
    QCOMPARE(units.at(0).endDate, QDate(2027, 1, 8));
    QCOMPARE(units.at(0).standardIds, QStringList{na1});
    const QList<Lesson> lessons = rowsOf<Lesson>(store, nid);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).date, QDate(2026, 12, 22));
    QCOMPARE(lessons.at(0).date.dayOfWeek(), 2); // still a Tuesday
    QCOMPARE(lessons.at(0).unitId, units.at(0).id);
    QCOMPARE(lessons.at(0).assignmentId, as.at(0).id);
    QCOMPARE(lessons.at(0).standardIds, (QStringList{na1, na2}));

    // Never: students, scores, mastery evidence.
    QCOMPARE(rowsOf<Enrollment>(store, nid).size(), 0);
    QCOMPARE(rowsOf<Score>(store, nid).size(), 0);
    QCOMPARE(rowsOf<MasteryScore>(store, nid).size(), 0);
    // The old class keeps all of it.
    QCOMPARE(rowsOf<Score>(store, s.classId).size(), 1);
    QCOMPARE(rowsOf<Enrollment>(store, s.classId).size(), 1);
}

void TestRollover::carryOnlyCategories()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    RolloverOptions o = springOf(s);
    QString unknown;
    o.carry = *Carry::parse(u"categories"_s, &unknown);
    QVERIFY(!Carry::parse(u"categories,grades"_s, &unknown));
    QCOMPARE(unknown, u"grades"_s);
    o.shiftDays = 3; // Tue 2026-08-18 + 3 = Fri: unchanged; plans are not carried anyway
    const Result<RolloverPlan> done = RolloverActions{ActionRunner(p.store())}.run(o);
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    const QString nid = done->classes.constFirst().newClassId;
    QCOMPARE(rowsOf<Category>(p.store(), nid).size(), 2);
    QCOMPARE(rowsOf<Standard>(p.store(), nid).size(), 0);
    QCOMPARE(rowsOf<GradingPeriod>(p.store(), nid).size(), 0);
    QCOMPARE(rowsOf<Assignment>(p.store(), nid).size(), 0);
    QCOMPARE(rowsOf<Lesson>(p.store(), nid).size(), 0);
    QVERIFY(!p.store().row(*EntitySchema::find(u"grading_scale"_s), GradingScale::idFor(nid)));
    const SchoolClass nc = SchoolClass::fromRow(*p.store().row(*EntitySchema::find(u"class"_s), nid));
    QCOMPARE(nc.missingPolicy, SchoolClass{}.missingPolicy); // policies not carried: a new class's defaults
    QVERIFY(!nc.autoMissing);
}

void TestRollover::keepRosterEnrollsTheSameStudents()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    RolloverOptions o = springOf(s);
    o.keepRoster = true;
    const Result<RolloverPlan> done = RolloverActions{ActionRunner(p.store())}.run(o);
    QVERIFY(done);
    const QList<Enrollment> e = rowsOf<Enrollment>(p.store(), done->classes.constFirst().newClassId);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.at(0).studentId, s.student);
    QCOMPARE(rowsOf<Score>(p.store(), done->classes.constFirst().newClassId).size(), 0);
}

void TestRollover::undoRestoresExactly()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    const QMap<QString, QVariantMap> before = snapshot(p.store());
    QUndoStack stack;
    const Result<RolloverPlan> done = RolloverActions{ActionRunner(p.store(), &stack)}.run(springOf(s));
    QVERIFY(done);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"New Term"_s);
    QVERIFY(snapshot(p.store()) != before);
    stack.undo();
    QCOMPARE(snapshot(p.store()), before);
    stack.redo();
    QVERIFY(isId(newClassId(p.store(), u"2026-27 Spring"_s)));
    QVERIFY(SchoolClass::fromRow(*p.store().row(*EntitySchema::find(u"class"_s), s.classId)).archived);
    stack.undo();
    QCOMPARE(snapshot(p.store()), before);
}

void TestRollover::archivedClassRefusesChanges()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    Actions actions(p.store());
    QVERIFY(actions.classes().setArchived(s.classId, true));
    const qint64 outbox = countRows(p.store(), u"outbox"_s);
    const QString message = u"Algebra I (2026-27 Fall) is archived; restore it to change it."_s;

    Assignment a;
    a.classId = s.classId;
    a.title = u"Quiz"_s;
    Result<QString> added = actions.assignments().add(a);
    QVERIFY(!added);
    QCOMPARE(added.error(), message);
    Status removed = actions.assignments().remove(s.hw1);
    QVERIFY(!removed);
    QCOMPARE(removed.error(), message);
    SchoolClass c = SchoolClass::fromRow(*p.store().row(*EntitySchema::find(u"class"_s), s.classId));
    c.name = u"Renamed"_s;
    Status edited = actions.classes().edit(c);
    QVERIFY(!edited);
    QCOMPARE(edited.error(), message);
    Category cat;
    cat.classId = s.classId;
    cat.name = u"Labs"_s;
    QCOMPARE(actions.categories().add(cat).error(), message);
    QCOMPARE(countRows(p.store(), u"outbox"_s), outbox); // nothing written

    // Restore: the one change allowed; then edits go through again.
    QVERIFY(actions.classes().setArchived(s.classId, false));
    added = actions.assignments().add(a);
    QVERIFY2(added, qPrintable(added ? QString() : added.error()));
}

void TestRollover::refusesASecondRollover()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    QVERIFY(RolloverActions{ActionRunner(p.store())}.run(springOf(s)));
    const Result<RolloverPlan> again = RolloverActions{ActionRunner(p.store())}.run(springOf(s));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"archived"_s), qPrintable(again.error()));
}

void TestRollover::backupBeforeRollover()
{
    TempProfile p;
    const Small s = makeSmall(p.store());
    QVERIFY(RolloverActions{ActionRunner(p.store())}.run(springOf(s)));
    const QList<BackupInfo> backups = BackupService(p.path()).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"before-rollover"_s);
    QVERIFY(BackupService::checkFile(backups.first().path, true, nullptr).isEmpty());

    // A backup that fails stops the rollover before anything is written.
    TempProfile q;
    const Small t = makeSmall(q.store());
    const qint64 outbox = countRows(q.store(), u"outbox"_s);
    RolloverActions::setSnapshotHook([](const QString &) -> Status { return fail(u"disk full"_s); });
    const Result<RolloverPlan> r = RolloverActions{ActionRunner(q.store())}.run(springOf(t));
    RolloverActions::setSnapshotHook({});
    QVERIFY(!r);
    QVERIFY(r.error().contains(u"disk full"_s));
    QCOMPARE(countRows(q.store(), u"outbox"_s), outbox);
}

QTEST_GUILESS_MAIN(TestRollover)
#include "tst_rollover.moc"
