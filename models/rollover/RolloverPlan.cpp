#include "RolloverPlan.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/plans/PlanDates.h"
#include "models/store/Store.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace Carry {

namespace {
const QList<std::pair<QString, unsigned>> &words()
{
    static const QList<std::pair<QString, unsigned>> w{
        {u"categories"_s, Categories}, {u"scale"_s, Scale}, {u"policies"_s, Policies},      {u"standards"_s, Standards},
        {u"periods"_s, Periods},       {u"plans"_s, Plans}, {u"assignments"_s, Assignments}};
    return w;
}
} // namespace

std::optional<unsigned> parse(const QString &list, QString *error)
{
    unsigned carry = 0;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed().toLower();
        bool known = false;
        for (const auto &[name, flag] : words()) {
            if (name == word) {
                carry |= flag;
                known = true;
            }
        }
        if (!known) {
            if (error)
                *error = word;
            return std::nullopt;
        }
    }
    return carry;
}

QStringList names(unsigned carry)
{
    QStringList out;
    for (const auto &[name, flag] : words()) {
        if (carry & flag)
            out.append(name);
    }
    return out;
}

} // namespace Carry

namespace {

template<typename T> QList<T> classRows(Store &store, const QString &classId, const QString &orderBy)
{
    const EntityDef *def = EntitySchema::find(QString::fromLatin1(T::entity));
    QList<T> out;
    for (const QVariantMap &row : store.rows(*def, u"class_id = ?"_s, {classId}, orderBy))
        out.append(T::fromRow(row));
    return out;
}

// Everything one source class holds that a rollover may copy.
struct Source
{
    SchoolClass c;
    QList<Category> categories;
    std::optional<GradingScale> scale;
    QList<Standard> standards;
    QList<GradingPeriod> periods;
    QList<Assignment> assignments;
    QList<AssignmentStandard> tags;
    QList<UnitPlan> units;
    QList<Lesson> lessons;
    QList<Enrollment> enrollments;
};

Source readSource(Store &store, const SchoolClass &c)
{
    Source s;
    s.c = c;
    s.categories = classRows<Category>(store, c.id, u"position, id"_s);
    if (const auto row = store.row(*EntitySchema::find(u"grading_scale"_s), GradingScale::idFor(c.id)))
        s.scale = GradingScale::fromRow(*row);
    s.standards = classRows<Standard>(store, c.id, u"code, id"_s);
    s.periods = classRows<GradingPeriod>(store, c.id, u"start_date, id"_s);
    s.assignments = classRows<Assignment>(store, c.id, u"position, id"_s);
    s.tags = classRows<AssignmentStandard>(store, c.id, u"id"_s);
    s.units = classRows<UnitPlan>(store, c.id, u"position, id"_s);
    s.lessons = classRows<Lesson>(store, c.id, u"date, position, id"_s);
    s.enrollments = classRows<Enrollment>(store, c.id, u"id"_s);
    return s;
}

void widen(const QDate &d, QDate *earliest, QDate *latest)
{
    if (!d.isValid())
        return;
    if (!earliest->isValid() || d < *earliest)
        *earliest = d;
    if (!latest->isValid() || d > *latest)
        *latest = d;
}

// Old id -> new id; ids not carried map to nothing.
using IdMap = QHash<QString, QString>;

QString mapped(const IdMap &map, const QString &id)
{
    return id.isEmpty() ? QString() : map.value(id);
}

QStringList mappedList(const IdMap &map, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (const QString m = map.value(id); !m.isEmpty())
            out.append(m);
    }
    return out;
}

// Lessons happen on school days: an odd shift that lands one on a weekend moves it to Monday.
QDate schoolDay(const QDate &d)
{
    return d.isValid() && d.dayOfWeek() > 5 ? PlanDates::nextMonday(d) : d;
}

// The class fields policies cover come from the source; without them, a new class's defaults.
SchoolClass newClassFrom(const SchoolClass &src, const QString &term, bool policies)
{
    SchoolClass c = policies ? src : SchoolClass{};
    c.id.clear();
    c.rev = 0;
    c.name = src.name;
    c.subject = src.subject;
    c.gradeLevel = src.gradeLevel;
    c.period = src.period;
    c.term = term;
    c.archived = false;
    return c;
}

} // namespace

QString RolloverPlanner::courseKey(const SchoolClass &c)
{
    static const QRegularExpression suffix(
        uR"(\s*(?:[-–,:]\s*|\(\s*)?(?:period|per\.?|p|block|section|sec\.?)\s*[\w]+\)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString name = c.name.trimmed();
    const QString stripped = QString(name).remove(suffix).trimmed();
    if (!stripped.isEmpty())
        name = stripped;
    return c.subject.trimmed().toLower() + u'|' + name.toLower();
}

QList<QList<SchoolClass>> RolloverPlanner::courseGroups(const QList<SchoolClass> &classes)
{
    QList<QList<SchoolClass>> groups;
    QHash<QString, qsizetype> index;
    for (const SchoolClass &c : classes) {
        const QString key = courseKey(c);
        if (const auto it = index.constFind(key); it != index.cend()) {
            groups[*it].append(c);
        } else {
            index.insert(key, groups.size());
            groups.append({c});
        }
    }
    return groups;
}

int RolloverPlanner::shiftFor(const RolloverOptions &options, const QDate &earliest, const QDate &latest)
{
    if (options.shiftDays)
        return *options.shiftDays;
    if (!earliest.isValid())
        return 0;
    if (options.startDate)
        return int(PlanDates::mondayOf(earliest).daysTo(PlanDates::mondayOf(*options.startDate)));
    return int(PlanDates::mondayOf(earliest).daysTo(PlanDates::nextMonday(latest)));
}

Result<RolloverPlan> RolloverPlanner::plan(const RolloverOptions &options) const
{
    const QString term = options.toTerm.trimmed();
    if (term.isEmpty())
        return fail(tr("Name the new term."));
    if (options.classIds.isEmpty())
        return fail(tr("Choose at least one class to roll over."));
    if (options.shiftDays && options.startDate)
        return fail(tr("Give either a shift in days or a start date, not both."));

    const EntityDef &classDef = *EntitySchema::find(u"class"_s);
    QList<Source> sources;
    QDate earliest, latest;
    for (const QString &id : options.classIds) {
        const std::optional<QVariantMap> row = m_store.row(classDef, id);
        if (!row)
            return fail(tr("That class no longer exists."));
        const SchoolClass c = SchoolClass::fromRow(*row);
        if (c.archived)
            return fail(tr("%1 (%2) is archived already; restore it to roll it over.").arg(c.name, c.term));
        if (c.term.trimmed() == term)
            return fail(tr("%1 is already in %2.").arg(c.name, term));
        // Rolling over twice would make two copies: refuse a class the new term already has.
        const QList<QVariantMap> twins =
            m_store.rows(classDef, u"name = ? AND period = ? AND term = ?"_s, {c.name, c.period, term});
        if (!twins.isEmpty())
            return fail(tr("%1 already has a class in %2.").arg(c.name, term));
        Source s = readSource(m_store, c);
        for (const GradingPeriod &p : s.periods) {
            widen(p.startDate, &earliest, &latest);
            widen(p.endDate, &earliest, &latest);
        }
        for (const Assignment &a : s.assignments)
            widen(a.dueDate, &earliest, &latest);
        for (const UnitPlan &u : s.units) {
            widen(u.startDate, &earliest, &latest);
            widen(u.endDate, &earliest, &latest);
        }
        for (const Lesson &l : s.lessons)
            widen(l.date, &earliest, &latest);
        sources.append(std::move(s));
    }

    RolloverPlan plan;
    plan.options = options;
    plan.options.toTerm = term;
    plan.shiftDays = shiftFor(options, earliest, latest);
    const unsigned carry = options.carry;
    const bool wholeWeeks = plan.shiftDays % 7 == 0;
    const auto shifted = [&](const QDate &d) { return d.isValid() ? d.addDays(plan.shiftDays) : d; };
    const auto shiftedSchoolDay = [&](const QDate &d) { return wholeWeeks ? shifted(d) : schoolDay(shifted(d)); };
    ChangeList &out = plan.changes;

    for (const Source &s : sources) {
        RolloverClassPlan summary;
        summary.source = s.c;
        SchoolClass c = newClassFrom(s.c, term, carry & Carry::Policies);
        const QString classId = newId();
        summary.newClassId = classId;
        summary.policies = carry & Carry::Policies;
        out.append(Change::upsert(u"class"_s, classId, c.toFields()));

        if ((carry & Carry::Scale) && s.scale) {
            GradingScale g = *s.scale;
            g.classId = classId;
            out.append(Change::upsert(u"grading_scale"_s, GradingScale::idFor(classId), g.toFields()));
            summary.scale = true;
        }
        IdMap categories, standards, periods, assignments, units;
        if (carry & Carry::Categories) {
            for (Category cat : s.categories) {
                categories.insert(cat.id, newId());
                cat.classId = classId;
                out.append(Change::upsert(u"category"_s, categories.value(cat.id), cat.toFields()));
            }
            summary.categories = int(s.categories.size());
        }
        if (carry & Carry::Standards) {
            for (Standard st : s.standards) {
                standards.insert(st.id, newId());
                st.classId = classId;
                out.append(Change::upsert(u"standard"_s, standards.value(st.id), st.toFields()));
            }
            summary.standards = int(s.standards.size());
        }
        // Ids first: a period's formula may name an assignment, and an assignment its period.
        if (carry & Carry::Periods) {
            for (const GradingPeriod &p : s.periods)
                periods.insert(p.id, newId());
        }
        if (carry & Carry::Assignments) {
            for (const Assignment &a : s.assignments)
                assignments.insert(a.id, newId());
        }
        if (carry & Carry::Periods) {
            for (GradingPeriod p : s.periods) {
                QList<FormulaPart> formula;
                for (FormulaPart part : p.formula) {
                    // A part whose period, assignment or category did not carry is left out.
                    const QString pid = mapped(periods, part.periodId);
                    const QString aid = mapped(assignments, part.assignmentId);
                    const QString cid = mapped(categories, part.categoryId);
                    if (pid.isEmpty() != part.periodId.isEmpty() || aid.isEmpty() != part.assignmentId.isEmpty() ||
                        cid.isEmpty() != part.categoryId.isEmpty())
                        continue;
                    part.periodId = pid;
                    part.assignmentId = aid;
                    part.categoryId = cid;
                    formula.append(part);
                }
                const QString id = periods.value(p.id);
                p.classId = classId;
                p.startDate = shifted(p.startDate);
                p.endDate = shifted(p.endDate);
                p.formula = formula;
                out.append(Change::upsert(u"grading_period"_s, id, p.toFields()));
            }
            summary.periods = int(s.periods.size());
        }
        if (carry & Carry::Assignments) {
            for (Assignment a : s.assignments) {
                const QString id = assignments.value(a.id);
                a.classId = classId;
                a.categoryId = mapped(categories, a.categoryId);
                a.gradingPeriodId = mapped(periods, a.gradingPeriodId);
                a.dueDate = shifted(a.dueDate);
                a.published = false; // a template until the teacher publishes it
                out.append(Change::upsert(u"assignment"_s, id, a.toFields()));
            }
            summary.assignments = int(s.assignments.size());
            for (const AssignmentStandard &t : s.tags) {
                const QString aid = mapped(assignments, t.assignmentId);
                const QString sid = mapped(standards, t.standardId);
                if (aid.isEmpty() || sid.isEmpty())
                    continue;
                AssignmentStandard tag;
                tag.classId = classId;
                tag.assignmentId = aid;
                tag.standardId = sid;
                out.append(
                    Change::upsert(u"assignment_standard"_s, AssignmentStandard::idFor(aid, sid), tag.toFields()));
                ++summary.standardTags;
            }
        }
        if (carry & Carry::Plans) {
            for (UnitPlan u : s.units) {
                units.insert(u.id, newId());
                u.classId = classId;
                u.startDate = shiftedSchoolDay(u.startDate);
                u.endDate = shifted(u.endDate);
                if (u.endDate.isValid() && u.startDate.isValid() && u.endDate < u.startDate)
                    u.endDate = u.startDate;
                u.standardIds = mappedList(standards, u.standardIds);
                out.append(Change::upsert(u"unit_plan"_s, units.value(u.id), u.toFields()));
            }
            for (Lesson l : s.lessons) {
                l.classId = classId;
                l.unitId = mapped(units, l.unitId);
                l.date = shiftedSchoolDay(l.date);
                l.standardIds = mappedList(standards, l.standardIds);
                l.assignmentId = mapped(assignments, l.assignmentId);
                out.append(Change::upsert(u"lesson"_s, newId(), l.toFields()));
            }
            summary.units = int(s.units.size());
            summary.lessons = int(s.lessons.size());
        }
        if (options.keepRoster) {
            for (Enrollment e : s.enrollments) {
                if (e.status != u"active")
                    continue; // students who left stay with the old class
                e.classId = classId;
                out.append(Change::upsert(u"enrollment"_s, newId(), e.toFields()));
                ++summary.enrollments;
            }
        }
        plan.classes.append(summary);
    }
    // Last: the guard lets this batch write the new classes, and nothing can follow the archiving.
    for (const Source &s : sources)
        out.append(Change::upsert(u"class"_s, s.c.id, {{u"archived"_s, true}}));
    return plan;
}

} // namespace k12
