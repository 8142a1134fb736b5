#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"
#include "models/mastery/StandardImport.h"

#include <QCoreApplication>
#include <QDate>

namespace k12 {

// A class's standards and the evidence of mastery: standards added by hand or
// from a standards CSV, assignments tagged with them, a student's level on a
// standard for an assignment entered and cleared. Each is one undo step.
class StandardActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::StandardActions)

public:
    explicit StandardActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // A new standard of the class, checked (RowRules, the code not yet in the
    // class, compared without case) but not written: the one check every way
    // of adding a standard goes through (this, the plans' picker).
    static Result<Standard> checkNew(Store &store, const QString &classId, const QString &code,
                                     const QString &description);

    // The new standard's id.
    Result<QString> add(const QString &classId, const QString &code, const QString &description = {});

    struct ImportSummary
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList ignoredColumns;
    };
    // A standards CSV (StandardImport): all rows in one step, or nothing and
    // the error lists every problem, one a line.
    Result<ImportSummary> importTable(const QString &classId, const CsvTable &table);

    // Tags the assignment with the standards; how many tags are new (those
    // already there are left alone, 0 writes nothing).
    Result<int> tag(const Assignment &assignment, const QStringList &standardIds);
    // Takes the tags off; how many there were. The evidence entered for the
    // assignment stays: it still shows what the student did.
    Result<int> untag(const Assignment &assignment, const QStringList &standardIds);

    // A student's level on a standard for an assignment: one evidence row,
    // assessed on `assessed`, else the assignment's due date, else today.
    // Entering a level again for the same student, standard and assignment
    // replaces it (and its date). The assignment is tagged with the standard
    // in the same step when it is not yet. The level is at least 0 and at
    // most twice the top of the proficiency scale (above is a typo). Returns
    // the evidence row's id.
    Result<QString> setLevel(const Assignment &assignment, const QString &studentId, const QString &standardId,
                             double level, const QDate &assessed = {});
    // Removes that evidence; refuses when there is none.
    Status clearLevel(const Assignment &assignment, const QString &studentId, const QString &standardId);

    // The standard's own mastery method (a key of Mastery::methodKey) and its
    // parameter (the weight or rate in percent, n for n_mastery; none: the
    // class's), instead of the class's method. Refuses an unknown method, a
    // parameter for a method that takes none, or one out of its range.
    // Writes nothing when the standard has that method already (returns false).
    Result<bool> setMethod(const QString &standardId, const QString &method, std::optional<double> param);
    // Back to the class's method; false when it had none of its own.
    Result<bool> clearMethod(const QString &standardId);
    // Why a parameter does not fit a method (empty when it does): the ranges
    // the class's settings allow.
    static QString methodParamProblem(const QString &method, double param);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
