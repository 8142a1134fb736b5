#include "PlanDates.h"

namespace k12 {

QDate PlanDates::mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate PlanDates::nextMonday(const QDate &date)
{
    return mondayOf(date).addDays(7);
}

QDate PlanDates::addSchoolDays(const QDate &date, int days)
{
    QDate d = date;
    // Anchor a weekend date to the Friday before, so "one school day after Saturday" is Monday.
    while (d.dayOfWeek() > 5)
        d = d.addDays(-1);
    const int step = days < 0 ? -1 : 1;
    for (int left = days < 0 ? -days : days; left > 0;) {
        d = d.addDays(step);
        if (d.dayOfWeek() <= 5)
            --left;
    }
    return d;
}

QDate PlanDates::unitEnd(const QDate &start, int weeks)
{
    return mondayOf(start).addDays(7 * (weeks - 1) + 4);
}

} // namespace k12
