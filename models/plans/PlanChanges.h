#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/store/Change.h"

#include <QDate>

namespace k12 {

class Store;

// Multi-row plan edits as change lists, so the caller writes each one in ONE
// transaction (Store::apply / UndoableWriter::apply) and it is one undo step.
// Pure logic over what the store holds: no widgets, no writes here.
class PlanChanges
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanChanges)

public:
    struct Duplicate
    {
        ChangeList changes;
        QString unitId;         // id of the copy
        int lessonCount = 0;    // lessons copied
        int standardsAdded = 0; // standards created in the target class
        qint64 dayShift = 0;    // how far every date moved
    };

    // Copies a unit and its lessons into `targetClassId` (the same class or
    // another one). When `newStart` is valid every date (unit start/end, each
    // lesson) moves by the same number of days: newStart minus the unit's
    // start (or its first lesson's date when it has no start). In another
    // class, the unit's standards are matched there by code or copied, and
    // links to assignments are dropped (they belong to the source class).
    // An empty `title` keeps the title, with " (copy)" in the same class.
    static Result<Duplicate> duplicateUnit(Store &store, const QString &unitId, const QString &targetClassId,
                                           const QDate &newStart, const QString &title = {});

    // Position updates that put the unit's lessons in `orderedIds` order
    // (0, 1, 2, ...): only lessons whose position changes are written.
    static Result<ChangeList> reorderLessons(Store &store, const QString &unitId, const QStringList &orderedIds);

    // Deletes a unit with all its lessons (tombstones, so undo brings them back).
    static ChangeList removeUnit(Store &store, const QString &unitId);

    // A new lesson at the end of the unit: "Lesson N" on the next school day.
    // A new unit of the class: after its last one (or next Monday), three school weeks long.
    static UnitPlan nextUnit(Store &store, const QString &classId, const QDate &today);
    static Lesson nextLesson(Store &store, const UnitPlan &unit, const QDate &today);
};

} // namespace k12
