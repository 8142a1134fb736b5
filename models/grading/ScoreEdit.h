#pragma once

#include "kernel/domain/Entities.h"

#include <optional>

namespace k12 {

// What a teacher does to one gradebook cell, and the single place that says
// what each action means for the stored score. The grid, bulk operations and
// the CLI all use it, so "mark missing" means the same everywhere.
struct ScoreEdit
{
    Q_DECLARE_TR_FUNCTIONS(k12::ScoreEdit)

public:
    enum class Kind
    {
        SetPoints, // a number: clears missing/excused
        SetLetter, // a letter grade on a letter-graded assignment
        Missing,   // not turned in: no points, counts per the class's missing policy; clears late
        Excused,   // left out of every average
        Late,      // turned in late (keeps the points; clears missing: it came in)
        TurnedIn,  // turned in on a date: late daysLate days, or on time when 0; clears missing
        Exempt,    // left out, like excused, for accommodations
        Unmark,    // removes missing / excused / late / exempt, keeps points
        Comment,
        Clear // back to ungraded
    };

    Kind kind = Kind::SetPoints;
    double points = 0;
    QString text; // letter or comment
    int daysLate = 0;
    bool flag = true; // for Missing/Excused/Late/Exempt: set (true) or unset (false)

    static ScoreEdit setPoints(double p) { return {Kind::SetPoints, p, {}, 0, true}; }
    static ScoreEdit setLetter(const QString &l) { return {Kind::SetLetter, 0, l, 0, true}; }
    static ScoreEdit missing(bool on = true) { return {Kind::Missing, 0, {}, 0, on}; }
    static ScoreEdit excused(bool on = true) { return {Kind::Excused, 0, {}, 0, on}; }
    static ScoreEdit late(bool on = true, int days = 0) { return {Kind::Late, 0, {}, days, on}; }
    // What LateWork::turnedIn makes of a turned-in date (0: on time).
    static ScoreEdit turnedIn(int daysLate) { return {Kind::TurnedIn, 0, {}, daysLate, true}; }
    static ScoreEdit exempt(bool on = true) { return {Kind::Exempt, 0, {}, 0, on}; }
    static ScoreEdit unmark() { return {Kind::Unmark, 0, {}, 0, true}; }
    static ScoreEdit comment(const QString &c) { return {Kind::Comment, 0, c, 0, true}; }
    static ScoreEdit clear() { return {Kind::Clear, 0, {}, 0, true}; }

    // The score after the edit.
    Score appliedTo(Score score) const;

    // Empty when the points are acceptable for the assignment; otherwise why
    // not (RowRules::scorePoints: the server checks the same).
    static QString checkPoints(double points, const Assignment &assignment);
    static double maximumPoints(const Assignment &assignment);
};

} // namespace k12
