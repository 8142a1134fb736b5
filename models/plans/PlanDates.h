#pragma once

#include <QDate>

namespace k12 {

// School-week arithmetic the planner and the walkthrough share. Lessons happen
// on weekdays, so "the next lesson day" skips Saturday and Sunday.
class PlanDates
{
public:
    // The Monday of the week that holds `date`.
    static QDate mondayOf(const QDate &date);
    // The first Monday strictly after `date` (a new unit starts on a fresh week).
    static QDate nextMonday(const QDate &date);
    // `date` moved by `days` weekdays (negative goes back); a weekend start counts from the Friday before.
    static QDate addSchoolDays(const QDate &date, int days);
    // The default span of a new unit: `weeks` school weeks from a Monday, ending on a Friday.
    static QDate unitEnd(const QDate &start, int weeks);
};

} // namespace k12
