#pragma once

#include "kernel/domain/Entities.h"

#include <QHash>
#include <QList>

namespace k12 {

// Which grading period an assignment belongs to. The schema stores only an
// explicit link (assignment.grading_period_id); an assignment without one
// falls into the period whose dates contain its due date. That is computed
// here when reading, never stored, so moving a due date or a period's dates
// moves the assignment with no write, and a link the teacher set stays put.
class PeriodMembership
{
public:
    // periods: one class's periods, in any order (they are kept by start date).
    explicit PeriodMembership(QList<GradingPeriod> periods = {});

    const QList<GradingPeriod> &periods() const { return m_periods; }

    // The period's id, or empty when the assignment is in none: the explicit
    // link when it names one of the periods (a link to a period deleted on
    // another device falls back to the due date), else the first period by
    // start date whose start <= due <= end.
    QString periodOf(const Assignment &assignment) const;
    // True when the assignment's period comes from its own link, not its due date.
    bool isExplicit(const Assignment &assignment) const;
    // The first period (by start date) without a formula whose dates contain the date.
    const GradingPeriod *containing(const QDate &date) const;
    // Assignments per period id (assignments in no period are not counted).
    QHash<QString, int> counts(const QList<Assignment> &assignments) const;
    const GradingPeriod *find(const QString &periodId) const;
    // The period of that id, else of that name (ignoring case and surrounding spaces).
    const GradingPeriod *byNameOrId(const QString &nameOrId) const;

private:
    QList<GradingPeriod> m_periods;
};

} // namespace k12
