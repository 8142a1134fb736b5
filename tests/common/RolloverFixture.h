#pragma once

// Classes with everything a rollover copies, written straight through
// Store::apply (rows + outbox + audit): the big profile of the rollover bench,
// the kill -9 test and the sync test.
#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/store/Store.h"

#include <QDate>

namespace k12::test {

struct CourseShape
{
    int assignments = 200;
    int lessons = 40;
    int students = 35;
    int standards = 10;
};

// One class of `term` with 4 categories, a scale, standards, two periods and a
// semester with a formula, assignments tagged with standards, 4 units of lessons,
// students with a score on every assignment. The class id.
inline QString makeCourseClass(Store &store, const QString &name, const QString &period, const QString &term,
                               const CourseShape &shape = {})
{
    using namespace Qt::Literals::StringLiterals;
    ChangeList ch;
    SchoolClass c;
    c.name = name;
    c.subject = u"Mathematics"_s;
    c.term = term;
    c.period = period;
    c.autoMissing = true;
    const QString classId = newId();
    ch.append(Change::upsert(u"class"_s, classId, c.toFields()));
    QStringList cats;
    for (int i = 0; i < 4; ++i) {
        Category cat;
        cat.classId = classId;
        cat.name = u"Category %1"_s.arg(i + 1);
        cat.weight = 25;
        cat.position = i;
        cats.append(newId());
        ch.append(Change::upsert(u"category"_s, cats.last(), cat.toFields()));
    }
    QStringList standards;
    for (int i = 0; i < shape.standards; ++i) {
        Standard st;
        st.classId = classId;
        st.code = u"S.%1"_s.arg(i + 1);
        st.description = u"Standard %1"_s.arg(i + 1);
        standards.append(newId());
        ch.append(Change::upsert(u"standard"_s, standards.last(), st.toFields()));
    }
    const QDate start(2026, 8, 17); // a Monday
    GradingPeriod q1, q2, s1;
    q1.classId = q2.classId = s1.classId = classId;
    q1.name = u"Q1"_s;
    q1.startDate = start;
    q1.endDate = start.addDays(60);
    q2.name = u"Q2"_s;
    q2.startDate = start.addDays(63);
    q2.endDate = start.addDays(123);
    s1.name = u"S1"_s;
    s1.startDate = start;
    s1.endDate = q2.endDate;
    const QString q1Id = newId(), q2Id = newId(), s1Id = newId();
    s1.formula = {FormulaPart{q1Id, {}, {}, 50}, FormulaPart{q2Id, {}, {}, 50}};
    ch.append(Change::upsert(u"grading_period"_s, q1Id, q1.toFields()));
    ch.append(Change::upsert(u"grading_period"_s, q2Id, q2.toFields()));
    ch.append(Change::upsert(u"grading_period"_s, s1Id, s1.toFields()));
    QStringList assignments;
    for (int i = 0; i < shape.assignments; ++i) {
        Assignment a;
        a.classId = classId;
        a.title = u"Assignment %1"_s.arg(i + 1);
        a.categoryId = cats.at(i % cats.size());
        a.dueDate = start.addDays((i * 120) / std::max(1, shape.assignments));
        a.gradingPeriodId = a.dueDate <= q1.endDate ? q1Id : q2Id;
        a.position = i;
        assignments.append(newId());
        ch.append(Change::upsert(u"assignment"_s, assignments.last(), a.toFields()));
        if (!standards.isEmpty()) {
            AssignmentStandard t;
            t.classId = classId;
            t.assignmentId = assignments.last();
            t.standardId = standards.at(i % standards.size());
            ch.append(Change::upsert(u"assignment_standard"_s, AssignmentStandard::idFor(t.assignmentId, t.standardId),
                                     t.toFields()));
        }
    }
    QStringList units;
    for (int u = 0; u < 4; ++u) {
        UnitPlan unit;
        unit.classId = classId;
        unit.title = u"Unit %1"_s.arg(u + 1);
        unit.startDate = start.addDays(28 * u);
        unit.endDate = unit.startDate.addDays(25);
        unit.position = u;
        if (!standards.isEmpty())
            unit.standardIds = {standards.at(u % standards.size())};
        units.append(newId());
        ch.append(Change::upsert(u"unit_plan"_s, units.last(), unit.toFields()));
    }
    for (int i = 0; i < shape.lessons; ++i) {
        Lesson l;
        l.classId = classId;
        l.unitId = units.at((i * 4) / std::max(1, shape.lessons));
        l.date = start.addDays(7 * (i / 5) + i % 5); // Monday to Friday
        l.title = u"Lesson %1"_s.arg(i + 1);
        l.position = i;
        if (!assignments.isEmpty())
            l.assignmentId = assignments.at(i % assignments.size());
        ch.append(Change::upsert(u"lesson"_s, newId(), l.toFields()));
    }
    for (int s = 0; s < shape.students; ++s) {
        Student st;
        st.givenName = u"Given%1"_s.arg(s);
        st.familyName = u"%1 %2"_s.arg(name).arg(s);
        const QString studentId = newId();
        ch.append(Change::upsert(u"student"_s, studentId, st.toFields()));
        Enrollment e;
        e.classId = classId;
        e.studentId = studentId;
        ch.append(Change::upsert(u"enrollment"_s, newId(), e.toFields()));
        for (const QString &a : assignments) {
            Score sc;
            sc.classId = classId;
            sc.assignmentId = a;
            sc.studentId = studentId;
            sc.points = 7 + s % 4;
            ch.append(Change::upsert(u"score"_s, Score::idFor(a, studentId), sc.toFields()));
        }
    }
    const auto r = store.apply(u"test.fixture"_s, ch);
    Q_ASSERT_X(r, "makeCourseClass", qPrintable(r ? QString() : r.error()));
    return r ? classId : QString();
}

} // namespace k12::test
