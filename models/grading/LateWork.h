#pragma once

#include "GradeEngine.h"
#include "ScoreEdit.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace k12 {

// Late work, the one place that says how many days late work is and what the
// class's late penalty does to it: the grid (typing L3, Turned In On...), the
// bulk edits, the cell's tooltip and `grade set --turned-in` all ask here.
//
// Days late from a turned-in date are school days, Monday to Friday: work due
// on a Friday and handed in on Monday is one day late, as K-12 late policies
// ("10% per school day") and the planner's school weeks (PlanDates) count.
// The schema has no school calendar, so a holiday on a weekday still counts;
// the teacher types L and the days (L2) where that matters.
class LateWork
{
    Q_DECLARE_TR_FUNCTIONS(k12::LateWork)

public:
    // The most days late a score holds (the schema's days_late range).
    static constexpr int maxDaysLate = 3650;

    // The school days (Monday to Friday) after `due` up to and including
    // `turnedIn`. Work turned in on a Saturday or Sunday reaches the teacher
    // on the Monday after, so it counts as turned in then. 0 when turnedIn is
    // on or before due (on time) or either date is invalid.
    static int schoolDaysLate(const QDate &due, const QDate &turnedIn);

    // The edit that records the assignment's work as turned in on `turnedIn`:
    // ScoreEdit::turnedIn(schoolDaysLate(due, turnedIn)), which is "on time"
    // (not late) for 0. Refused, saying why, when the assignment has no due
    // date (no guessing), the date is invalid, or it is after today (Clock).
    static Result<ScoreEdit> turnedIn(const Assignment &assignment, const QDate &turnedIn);

    // "on time", "1 school day late", "3 school days late".
    static QString daysText(int schoolDaysLate);

    // The class's late rule in words ("10% a day, at least 50% kept"); empty when the policy is off.
    static QString ruleText(const GradeEngine &engine, const QLocale &locale = QLocale());

    // What the late penalty does to a cell, for its tooltip; empty when the
    // cell is not late. E.g. "Late 3 days: -30% (10% a day, at least 50%
    // kept): 9 → 6.3". Every number comes from the engine (lateKeptPercent,
    // afterLatePenalty), so the tooltip says what the Final % counted.
    static QString penaltyText(const GradeEngine &engine, const GradeCell &cell, const QLocale &locale = QLocale());

    // A number as the grid shows it: at most 2 decimals, no trailing zeros, the locale's separator.
    static QString number(double value, const QLocale &locale = QLocale());
};

} // namespace k12
