#include "ClassGenerator.h"

#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/store/Store.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

Status applied(Store &store, const QString &action, const ChangeList &changes)
{
    Result<QList<AppliedChange>> r = store.apply(action, changes);
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace

Result<ClassGenerator::Generated> ClassGenerator::generate(Store &store, const Spec &spec)
{
    QRandomGenerator rng(spec.seed);
    Generated g;
    g.classId = newId();

    SchoolClass c;
    c.name = u"Benchmark %1x%2"_s.arg(spec.students).arg(spec.assignments);
    c.latePenaltyEnabled = true;
    c.latePenaltyPerDay = 10;
    c.latePenaltyFloor = 50;
    if (Status s = applied(store, u"bench.class"_s, {Change::upsert(u"class"_s, g.classId, c.toFields())}); !s)
        return Error{s.error()};

    ChangeList categories;
    for (int i = 0; i < spec.categories; ++i) {
        Category cat;
        cat.classId = g.classId;
        cat.name = u"Category %1"_s.arg(i + 1);
        cat.weight = spec.weighted ? 10.0 + 5.0 * i : 0.0;
        cat.dropLowest = spec.dropLowest;
        cat.position = i;
        g.categoryIds << newId();
        categories.append(Change::upsert(u"category"_s, g.categoryIds.constLast(), cat.toFields()));
    }
    if (Status s = applied(store, u"bench.categories"_s, categories); !s)
        return Error{s.error()};

    ChangeList assignments;
    assignments.reserve(spec.assignments);
    QList<double> possible;
    for (int i = 0; i < spec.assignments; ++i) {
        Assignment a;
        a.classId = g.classId;
        a.title = u"Assignment %1"_s.arg(i + 1);
        // Mostly 10-point work, some tests worth more, an occasional extra credit.
        a.pointsPossible = i % 97 == 96 ? 0.0 : (i % 10 == 9 ? 50.0 : 10.0);
        possible << a.pointsPossible;
        a.categoryId = spec.categories > 0 ? g.categoryIds.at(i % spec.categories) : QString();
        a.position = i;
        g.assignmentIds << newId();
        assignments.append(Change::upsert(u"assignment"_s, g.assignmentIds.constLast(), a.toFields()));
    }
    if (Status s = applied(store, u"bench.assignments"_s, assignments); !s)
        return Error{s.error()};

    ChangeList students;
    students.reserve(qsizetype(spec.students) * 2);
    for (int i = 0; i < spec.students; ++i) {
        Student st;
        st.givenName = u"Given%1"_s.arg(i);
        st.familyName = u"Family%1"_s.arg(spec.students - i, 4, 10, QChar(u'0'));
        st.studentNumber = u"%1"_s.arg(100000 + i);
        g.studentIds << newId();
        students.append(Change::upsert(u"student"_s, g.studentIds.constLast(), st.toFields()));
        const Enrollment e{{}, 0, g.classId, g.studentIds.constLast(), u"active"_s};
        students.append(Change::upsert(u"enrollment"_s, pairId(u"enrollment"_s, g.classId, g.studentIds.constLast()),
                                       e.toFields()));
    }
    if (Status s = applied(store, u"bench.students"_s, students); !s)
        return Error{s.error()};

    ChangeList scores;
    scores.reserve(qsizetype(spec.students) * spec.assignments);
    for (int st = 0; st < spec.students; ++st) {
        const double ability = 0.55 + 0.4 * rng.generateDouble();
        for (int a = 0; a < spec.assignments; ++a) {
            Score s;
            s.classId = g.classId;
            s.assignmentId = g.assignmentIds.at(a);
            s.studentId = g.studentIds.at(st);
            const double roll = rng.generateDouble();
            if (roll < spec.graded) {
                const double max = possible.at(a) > 0 ? possible.at(a) : 5.0;
                const double p = std::clamp(ability + 0.25 * (rng.generateDouble() - 0.5), 0.0, 1.0) * max;
                s.points = std::round(p * 2) / 2; // half points, as teachers give them
                if (rng.bounded(40) == 0) {
                    s.late = true;
                    s.daysLate = 1 + int(rng.bounded(5));
                }
            } else if (roll < spec.graded + 0.03) {
                s.missing = true;
            } else if (roll < spec.graded + 0.04) {
                s.excused = true;
            } else {
                continue; // ungraded: no row, as in real use
            }
            scores.append(Change::upsert(u"score"_s, Score::idFor(s.assignmentId, s.studentId), s.toFields()));
        }
    }
    if (Status s = applied(store, u"bench.scores"_s, scores); !s)
        return Error{s.error()};
    return g;
}

} // namespace k12
