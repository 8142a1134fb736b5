#pragma once

#include "kernel/domain/Entities.h"

#include <QDate>

namespace k12 {

class Store;

// Reads of unit plans and lessons in the orders the planner shows them. Only
// live rows; nothing here writes.
class PlanQueries
{
public:
    explicit PlanQueries(Store &store);

    // Units of a class: by position, then start date, then title.
    QList<UnitPlan> units(const QString &classId) const;
    // Lessons of a unit in teaching order: by position, then date.
    QList<Lesson> lessons(const QString &unitId) const;
    // Lessons dated from..to (inclusive) in every class that is not archived, by date.
    QList<Lesson> lessonsBetween(const QDate &from, const QDate &to) const;
    // The class's standards by code.
    QList<Standard> standards(const QString &classId) const;
    QList<Standard> standardsByIds(const QStringList &ids) const;

    int nextUnitPosition(const QString &classId) const;
    int nextLessonPosition(const QString &unitId) const;
    // Where a new lesson of the unit most likely goes: the school day after the
    // last dated lesson, else the unit's first day, else `fallback`.
    QDate nextLessonDate(const UnitPlan &unit, const QDate &fallback) const;

private:
    Store &m_store;
};

} // namespace k12
