#include "PlanQueries.h"

#include "PlanDates.h"
#include "models/repositories/Repositories.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

PlanQueries::PlanQueries(Store &store)
    : m_store(store)
{}

QList<UnitPlan> PlanQueries::units(const QString &classId) const
{
    return UnitPlanRepository(m_store).select(u"class_id = ?"_s, {classId},
                                              u"position, start_date, title COLLATE NOCASE"_s);
}

QList<Lesson> PlanQueries::lessons(const QString &unitId) const
{
    return LessonRepository(m_store).select(u"unit_id = ?"_s, {unitId}, u"position, date, rowid"_s);
}

QList<Lesson> PlanQueries::lessonsBetween(const QDate &from, const QDate &to) const
{
    // Lessons of deleted units are tombstoned with their unit, so checking the class is enough.
    return LessonRepository(m_store).select(
        u"date >= ? AND date <= ? AND class_id IN (SELECT id FROM \"class\" WHERE deleted = 0 AND archived = 0)"_s,
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, u"date, position, rowid"_s);
}

QList<Standard> PlanQueries::standards(const QString &classId) const
{
    return StandardRepository(m_store).select(u"class_id = ?"_s, {classId}, u"code COLLATE NOCASE"_s);
}

QList<Standard> PlanQueries::standardsByIds(const QStringList &ids) const
{
    QList<Standard> found;
    StandardRepository repository(m_store);
    for (const QString &id : ids) {
        if (std::optional<Standard> s = repository.find(id))
            found.append(*s);
    }
    return found;
}

int PlanQueries::nextUnitPosition(const QString &classId) const
{
    const QList<UnitPlan> all = units(classId);
    int next = 0;
    for (const UnitPlan &u : all)
        next = std::max(next, u.position + 1);
    return next;
}

int PlanQueries::nextLessonPosition(const QString &unitId) const
{
    const QList<Lesson> all = lessons(unitId);
    int next = 0;
    for (const Lesson &l : all)
        next = std::max(next, l.position + 1);
    return next;
}

QDate PlanQueries::nextLessonDate(const UnitPlan &unit, const QDate &fallback) const
{
    QDate last;
    for (const Lesson &l : lessons(unit.id)) {
        if (l.date.isValid() && (!last.isValid() || l.date > last))
            last = l.date;
    }
    if (last.isValid())
        return PlanDates::addSchoolDays(last, 1);
    if (unit.startDate.isValid())
        return unit.startDate;
    return fallback;
}

} // namespace k12
