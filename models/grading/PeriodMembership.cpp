#include "PeriodMembership.h"

#include <algorithm>

namespace k12 {

PeriodMembership::PeriodMembership(QList<GradingPeriod> periods)
    : m_periods(std::move(periods))
{
    std::stable_sort(m_periods.begin(), m_periods.end(),
                     [](const GradingPeriod &a, const GradingPeriod &b) { return a.startDate < b.startDate; });
}

const GradingPeriod *PeriodMembership::find(const QString &periodId) const
{
    if (periodId.isEmpty())
        return nullptr;
    for (const GradingPeriod &p : m_periods) {
        if (p.id == periodId)
            return &p;
    }
    return nullptr;
}

const GradingPeriod *PeriodMembership::byNameOrId(const QString &nameOrId) const
{
    if (const GradingPeriod *p = find(nameOrId))
        return p;
    for (const GradingPeriod &p : m_periods) {
        if (p.name.trimmed().compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const GradingPeriod *PeriodMembership::containing(const QDate &date) const
{
    if (!date.isValid())
        return nullptr;
    for (const GradingPeriod &p : m_periods) {
        // A term computed by formula has no assignments by date; its parts do.
        if (p.formula.isEmpty() && p.startDate.isValid() && p.endDate.isValid() && p.startDate <= date &&
            date <= p.endDate)
            return &p;
    }
    return nullptr;
}

bool PeriodMembership::isExplicit(const Assignment &assignment) const
{
    return find(assignment.gradingPeriodId) != nullptr;
}

QString PeriodMembership::periodOf(const Assignment &assignment) const
{
    if (isExplicit(assignment))
        return assignment.gradingPeriodId;
    const GradingPeriod *p = containing(assignment.dueDate);
    return p ? p->id : QString();
}

QHash<QString, int> PeriodMembership::counts(const QList<Assignment> &assignments) const
{
    QHash<QString, int> result;
    for (const Assignment &a : assignments) {
        if (const QString id = periodOf(a); !id.isEmpty())
            ++result[id];
    }
    return result;
}

} // namespace k12
