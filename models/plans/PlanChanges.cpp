#include "PlanChanges.h"

#include "PlanDates.h"

#include "PlanQueries.h"
#include "kernel/domain/Ids.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QDate shifted(const QDate &date, qint64 days)
{
    return date.isValid() ? date.addDays(days) : date;
}

} // namespace

Result<PlanChanges::Duplicate> PlanChanges::duplicateUnit(Store &store, const QString &unitId,
                                                          const QString &targetClassId, const QDate &newStart,
                                                          const QString &title)
{
    const std::optional<UnitPlan> source = UnitPlanRepository(store).find(unitId);
    if (!source)
        return fail(tr("That unit no longer exists."));
    if (!ClassRepository(store).find(targetClassId))
        return fail(tr("The class to copy the unit into no longer exists."));
    PlanQueries queries(store);
    const QList<Lesson> lessons = queries.lessons(unitId);
    const bool sameClass = targetClassId == source->classId;

    Duplicate result;
    // The day the shift is measured from: the unit's start, else its earliest lesson.
    QDate anchor = source->startDate;
    if (!anchor.isValid()) {
        for (const Lesson &l : lessons) {
            if (l.date.isValid() && (!anchor.isValid() || l.date < anchor))
                anchor = l.date;
        }
    }
    if (newStart.isValid() && anchor.isValid())
        result.dayShift = anchor.daysTo(newStart);

    // Standards: the same rows in the same class; elsewhere matched by code or copied.
    QHash<QString, QString> standardMap;
    if (!sameClass) {
        QHash<QString, QString> targetByCode;
        for (const Standard &s : queries.standards(targetClassId))
            targetByCode.insert(s.code.trimmed().toCaseFolded(), s.id);
        QStringList used = source->standardIds;
        for (const Lesson &l : lessons)
            used += l.standardIds;
        used.removeDuplicates();
        for (const Standard &s : queries.standardsByIds(used)) {
            const QString key = s.code.trimmed().toCaseFolded();
            QString mapped = targetByCode.value(key);
            if (mapped.isEmpty()) {
                Standard copy = s;
                copy.id = newId();
                copy.rev = 0;
                copy.classId = targetClassId;
                result.changes.append(Change::upsert(u"standard"_s, copy.id, copy.toFields()));
                targetByCode.insert(key, copy.id);
                mapped = copy.id;
                ++result.standardsAdded;
            }
            standardMap.insert(s.id, mapped);
        }
    }
    const auto mapStandards = [&](const QStringList &ids) {
        if (sameClass)
            return ids;
        QStringList mapped;
        for (const QString &id : ids) {
            if (const QString m = standardMap.value(id); !m.isEmpty() && !mapped.contains(m))
                mapped.append(m);
        }
        return mapped;
    };

    UnitPlan copy = *source;
    copy.id = newId();
    copy.rev = 0;
    copy.classId = targetClassId;
    copy.title = !title.trimmed().isEmpty() ? title.trimmed()
                 : sameClass                ? tr("%1 (copy)").arg(source->title)
                                            : source->title;
    copy.startDate = source->startDate.isValid() ? shifted(source->startDate, result.dayShift) : newStart;
    copy.endDate = shifted(source->endDate, result.dayShift);
    copy.standardIds = mapStandards(source->standardIds);
    copy.position = queries.nextUnitPosition(targetClassId);
    if (const QString problem = copy.problem(); !problem.isEmpty())
        return fail(problem);
    result.unitId = copy.id;
    result.changes.append(Change::upsert(u"unit_plan"_s, copy.id, copy.toFields()));

    for (const Lesson &l : lessons) {
        Lesson lc = l;
        lc.id = newId();
        lc.rev = 0;
        lc.classId = targetClassId;
        lc.unitId = copy.id;
        lc.date = shifted(l.date, result.dayShift);
        lc.standardIds = mapStandards(l.standardIds);
        if (!sameClass)
            lc.assignmentId.clear();
        result.changes.append(Change::upsert(u"lesson"_s, lc.id, lc.toFields()));
        ++result.lessonCount;
    }
    return result;
}

Result<ChangeList> PlanChanges::reorderLessons(Store &store, const QString &unitId, const QStringList &orderedIds)
{
    const QList<Lesson> lessons = PlanQueries(store).lessons(unitId);
    if (lessons.size() != orderedIds.size())
        return fail(tr("The lessons of this unit changed meanwhile; try again."));
    QHash<QString, int> current;
    for (const Lesson &l : lessons)
        current.insert(l.id, l.position);
    ChangeList changes;
    for (int i = 0; i < orderedIds.size(); ++i) {
        const QString &id = orderedIds.at(i);
        if (!current.contains(id))
            return fail(tr("The lessons of this unit changed meanwhile; try again."));
        if (current.value(id) != i)
            changes.append(Change::upsert(u"lesson"_s, id, {{u"position"_s, i}}));
    }
    return changes;
}

ChangeList PlanChanges::removeUnit(Store &store, const QString &unitId)
{
    ChangeList changes;
    for (const Lesson &l : PlanQueries(store).lessons(unitId))
        changes.append(Change::remove(u"lesson"_s, l.id));
    changes.append(Change::remove(u"unit_plan"_s, unitId));
    return changes;
}

UnitPlan PlanChanges::nextUnit(Store &store, const QString &classId, const QDate &today)
{
    PlanQueries queries(store);
    const QList<UnitPlan> units = queries.units(classId);
    // A new unit follows the last one (or starts next Monday) and lasts three school weeks.
    QDate after = today;
    for (const UnitPlan &u : units) {
        if (u.endDate.isValid() && u.endDate > after)
            after = u.endDate;
    }
    UnitPlan unit;
    unit.classId = classId;
    unit.title = tr("Unit %1").arg(units.size() + 1);
    unit.startDate = PlanDates::nextMonday(after);
    unit.endDate = PlanDates::unitEnd(unit.startDate, 3);
    unit.position = queries.nextUnitPosition(classId);
    return unit;
}

Lesson PlanChanges::nextLesson(Store &store, const UnitPlan &unit, const QDate &today)
{
    PlanQueries queries(store);
    Lesson l;
    l.classId = unit.classId;
    l.unitId = unit.id;
    l.position = queries.nextLessonPosition(unit.id);
    l.title = tr("Lesson %1").arg(queries.lessons(unit.id).size() + 1);
    l.date = queries.nextLessonDate(unit, today);
    return l;
}

} // namespace k12
