#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// A class's grading periods (quarters, semesters, custom terms): added,
// renamed, re-dated, removed, set up from a preset or copied from another
// class (a school calendar), and an assignment put in one. Each is one undo
// step. Periods of one class never share a day, so a due date falls into at
// most one of them (PeriodMembership); names are unique in a class because
// the CLI and the export's "<Period> %" columns go by name.
class PeriodActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::PeriodActions)

public:
    enum class Preset
    {
        Quarters, // Q1-Q4
        Semesters // S1-S2
    };

    explicit PeriodActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The new period's id. Needs a name, a start and an end (start <= end), a
    // name the class does not use yet and no day shared with its other periods.
    Result<QString> add(GradingPeriod period);
    Status rename(const QString &periodId, const QString &name);
    Status setDates(const QString &periodId, const QDate &start, const QDate &end);
    // Removes the period and, in the same step, unlinks the assignments put in
    // it explicitly (they fall back to their due dates).
    Status remove(const QString &periodId);
    // Adds Q1-Q4 or S1-S2 covering start..end; refused when any overlaps a
    // period the class already has. Returns the new ids in date order.
    Result<QStringList> addPreset(const QString &classId, Preset preset, const QDate &start, const QDate &end);
    // Copies every period of `fromClassId` (names and dates) into `toClassId`.
    Result<QStringList> copyFrom(const QString &fromClassId, const QString &toClassId);
    // Puts the assignments in the period, or (periodId empty) leaves them to
    // their due dates. Returns how many changed.
    Result<int> assign(const QStringList &assignmentIds, const QString &periodId);

    // The periods of a preset, split evenly on school days (Monday to Friday):
    // N school days in start..end, part i (of k) starts on school day
    // floor(i*N/k) (the first on `start` itself) and ends the day before the
    // next part starts (the last on `end`), so the parts cover every day of the
    // year with no gap and a weekend due date still has a period. Holidays are
    // not known here; a teacher re-dates a period where the school's calendar
    // differs. Empty when start..end has fewer school days than parts.
    static QList<GradingPeriod> presetPeriods(Preset preset, const QDate &start, const QDate &end);

private:
    // What is wrong with `period` next to the class's other periods (itself
    // among them is ignored), or empty.
    QString problemWith(const GradingPeriod &period, const QList<GradingPeriod> &others) const;

    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
