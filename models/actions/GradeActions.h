#pragma once

#include "ActionRunner.h"
#include "models/grading/AutoMissing.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/ScoreEdit.h"

#include <QCoreApplication>

namespace k12 {

class GradebookData;

// Every change to grades: one cell from the command line, cells of the grid
// (typing, marking, clearing), whole scores from a bulk operation (fill,
// paste, curve, comment) and a checked import. Each is validated the same way
// (ScoreEdit's meaning of an edit, RowRules on the result), written as one
// transaction and one undo step, audited as the action named.
class GradeActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::GradeActions)

public:
    explicit GradeActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // `k12-teacher grade set`: the edits in order (points and late combine).
    Status setGrade(const QString &classId, const Assignment &assignment, const QString &studentId,
                    const QList<ScoreEdit> &edits);
    // The grid: text as typed into one cell ("9.5", "85%", "B+", "M", "EX"...).
    Result<int> typeInCell(const GradebookData &data, const CellRef &cell, const QString &text);
    // One edit to several cells; how many scores changed (0: all were already so).
    Result<int> edit(const GradebookData &data, const QList<CellRef> &cells, const ScoreEdit &edit,
                     const QString &label);
    // The work of the cells was turned in on `date`: late by the school days
    // after each assignment's due date, or on time (LateWork), as one step;
    // how many scores changed (0: all were already so).
    Result<int> turnedIn(const GradebookData &data, const QList<CellRef> &cells, const QDate &date);
    // Scores a bulk operation computed (or its error), as one step; refuses an empty result.
    Result<int> writeScores(const GradebookData &data, const Result<QList<Score>> &scores, const QString &label,
                            const QString &action);
    // A score file checked by ScoreImport, as one step.
    Result<int> importScores(const ChangeList &changes);
    // Marks missing every empty cell of the class past its due date on `asOf`
    // (AutoMissing), as one step audited "grade.auto_missing"; nothing
    // written (and no undo step) when no cell qualifies. The outcome lists the
    // cells it marked, so the window can show them.
    Result<AutoMissing::Outcome> markMissingPastDue(const QString &classId, const QDate &asOf);
    // The same on a class already in memory (the grid's: every assignment,
    // whatever period it shows), which saves loading it again.
    Result<AutoMissing::Outcome> markMissingPastDue(const GradebookData &data, const QDate &asOf);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
