#include "PlanActions.h"

#include "StandardActions.h"

#include "kernel/domain/Ids.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString idList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

Status toStatus(const Result<QList<AppliedChange>> &r)
{
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace

Result<QString> PlanActions::createUnit(const UnitPlan &unit)
{
    QString id;
    const Status s = m_runner.record(tr("New Unit"), u"unit.add"_s, [&] {
        Result<QString> r = UnitPlanRepository(m_runner.store()).create(unit, u"unit.add"_s);
        if (r)
            id = *r;
        return r ? Status{} : Status{fail(r.error())};
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status PlanActions::saveUnit(const UnitPlan &unit, const QList<Standard> &standards)
{
    if (const QString problem = unit.problem(); !problem.isEmpty())
        return fail(problem);
    Store &store = m_runner.store();
    const EntityDef &standardDef = *EntitySchema::find(u"standard");
    ChangeList changes;
    for (const Standard &s : standards) {
        if (store.row(standardDef, s.id)) {
            if (!s.description.trimmed().isEmpty())
                changes.append(Change::upsert(u"standard"_s, s.id, {{u"description"_s, s.description.trimmed()}}));
            continue;
        }
        if (const QString problem = s.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"standard"_s, s.id, s.toFields()));
    }
    const bool exists = UnitPlanRepository(store).find(unit.id).has_value();
    changes.append(Change::upsert(u"unit_plan"_s, unit.id, unit.toFields()));
    return toStatus(m_runner.write(exists ? tr("Edit Unit") : tr("New Unit"), u"unit.add"_s, changes));
}

Status PlanActions::editUnit(const QString &unitId, const QString &field, const QVariant &value, const QString &label)
{
    return m_runner.record(label, u"unit.edit"_s, [&] {
        return UnitPlanRepository(m_runner.store()).update(unitId, {{field, value}}, u"unit.edit"_s);
    });
}

Status PlanActions::removeUnit(const QString &unitId)
{
    return toStatus(
        m_runner.write(tr("Delete Unit"), u"unit.delete"_s, PlanChanges::removeUnit(m_runner.store(), unitId)));
}

Result<PlanChanges::Duplicate> PlanActions::duplicateUnit(const QString &unitId, const QString &targetClassId,
                                                          const QDate &newStart, const QString &title)
{
    Result<PlanChanges::Duplicate> dup =
        PlanChanges::duplicateUnit(m_runner.store(), unitId, targetClassId, newStart, title);
    if (!dup)
        return dup;
    // The copy, its lessons and any standards it needs: one transaction, one undo step.
    if (Status s = toStatus(m_runner.write(tr("Duplicate Unit"), u"unit.duplicate"_s, dup->changes)); !s)
        return Error{s.error()};
    return dup;
}

Result<QString> PlanActions::createLesson(const Lesson &lesson)
{
    QString id;
    const Status s = m_runner.record(tr("New Lesson"), u"lesson.add"_s, [&] {
        Result<QString> r = LessonRepository(m_runner.store()).create(lesson, u"lesson.add"_s);
        if (r)
            id = *r;
        return r ? Status{} : Status{fail(r.error())};
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status PlanActions::saveLesson(const Lesson &lesson)
{
    const bool exists = LessonRepository(m_runner.store()).find(lesson.id).has_value();
    return m_runner.record(exists ? tr("Edit Lesson") : tr("New Lesson"), u"lesson.add"_s,
                           [&] { return LessonRepository(m_runner.store()).save(lesson, u"lesson.add"_s); });
}

Status PlanActions::editLesson(const QString &lessonId, const QString &field, const QVariant &value,
                               const QString &label)
{
    return m_runner.record(label, u"lesson.edit"_s, [&] {
        return LessonRepository(m_runner.store()).update(lessonId, {{field, value}}, u"lesson.edit"_s);
    });
}

Status PlanActions::removeLesson(const QString &lessonId)
{
    return toStatus(m_runner.write(tr("Delete Lesson"), u"lesson.delete"_s, {Change::remove(u"lesson"_s, lessonId)}));
}

Status PlanActions::reorderLessons(const QString &unitId, const QStringList &orderedIds)
{
    Result<ChangeList> changes = PlanChanges::reorderLessons(m_runner.store(), unitId, orderedIds);
    if (!changes)
        return fail(changes.error());
    return toStatus(m_runner.write(tr("Reorder Lessons"), u"lesson.reorder"_s, *changes));
}

Result<QString> PlanActions::addStandard(const QString &classId, const QString &code, const QString &description,
                                         const QString &entity, const QString &rowId, QStringList standardIds)
{
    // The same checks as every other way of adding a standard (StandardActions).
    Result<Standard> checked = StandardActions::checkNew(m_runner.store(), classId, code, description);
    if (!checked)
        return Error{checked.error()};
    const Standard &s = *checked;
    standardIds.append(s.id);
    // The new standard and its tick are one step: undo takes both back.
    const Status written =
        toStatus(m_runner.write(tr("Add Standard"), u"standard.add"_s,
                                {Change::upsert(u"standard"_s, s.id, s.toFields()),
                                 Change::upsert(entity, rowId, {{u"standard_ids"_s, idList(standardIds)}})}));
    if (!written)
        return Error{written.error()};
    return s.id;
}

} // namespace k12
