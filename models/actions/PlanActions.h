#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"
#include "models/plans/PlanChanges.h"

#include <QCoreApplication>
#include <QDate>

namespace k12 {

// Unit and lesson plans and the class's standards: created, edited field by
// field (the editors save as the teacher types), reordered, duplicated into
// this or another class, deleted (a unit with its lessons).
class PlanActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanActions)

public:
    explicit PlanActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    Result<QString> createUnit(const UnitPlan &unit);
    // A unit with the standards it names, as one step (the walkthrough):
    // standards not in the store are created, known ones get a new description
    // when one is given. Creates the unit when it is not stored yet.
    Status saveUnit(const UnitPlan &unit, const QList<Standard> &standards);
    // One field of a unit or lesson, checked as a whole row; `label` names the undo step.
    Status editUnit(const QString &unitId, const QString &field, const QVariant &value, const QString &label);
    Status removeUnit(const QString &unitId);
    Result<PlanChanges::Duplicate> duplicateUnit(const QString &unitId, const QString &targetClassId,
                                                 const QDate &newStart, const QString &title);

    Result<QString> createLesson(const Lesson &lesson);
    // Creates the lesson or saves every field of it.
    Status saveLesson(const Lesson &lesson);
    Status editLesson(const QString &lessonId, const QString &field, const QVariant &value, const QString &label);
    Status removeLesson(const QString &lessonId);
    Status reorderLessons(const QString &unitId, const QStringList &orderedIds);

    // A new standard of the class, ticked on a unit or lesson (entity
    // "unit_plan" or "lesson") whose ticked standards become `standardIds`
    // plus the new one. One step. Refuses a code the class already has.
    Result<QString> addStandard(const QString &classId, const QString &code, const QString &description,
                                const QString &entity, const QString &rowId, QStringList standardIds);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
