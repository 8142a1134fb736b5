#pragma once

#include "GradebookData.h"
#include "ScoreEdit.h"

#include <QCoreApplication>

namespace k12 {

struct CellRef
{
    int student = 0;
    int assignment = 0;
    bool operator==(const CellRef &o) const { return student == o.student && assignment == o.assignment; }
};

// The gradebook's bulk operations as pure functions: given the class in
// memory and the selected cells, they return the scores to write (only those
// that change). The model writes them as one transaction and one undo step.
class BulkEdits
{
    Q_DECLARE_TR_FUNCTIONS(k12::BulkEdits)

public:
    // The same edit on every cell (set points/letter, flags, clear).
    static Result<QList<Score>> apply(const GradebookData &data, const QList<CellRef> &cells, const ScoreEdit &edit);
    // What the teacher typed, read for each cell's own assignment (points, letter, M, EX...).
    static Result<QList<Score>> applyText(const GradebookData &data, const QList<CellRef> &cells, const QString &text);
    // The work of every cell came in on `date`: each cell's own assignment's
    // due date makes its days late (LateWork::turnedIn; on time clears late).
    // Refused as a whole, saying why, when an assignment has no due date.
    static Result<QList<Score>> turnedIn(const GradebookData &data, const QList<CellRef> &cells, const QDate &date);
    // A default score for every ungraded cell (no points, no letter, not missing, excused or exempt).
    static Result<QList<Score>> fillEmpty(const GradebookData &data, const QList<CellRef> &cells, double points);
    // In each column of the selection, the topmost selected cell's grade and flags go to the others.
    static QList<Score> fillDown(const GradebookData &data, const QList<CellRef> &cells);
    static QList<Score> comment(const GradebookData &data, const QList<CellRef> &cells, const QString &text);

    // The selection's bounding block as tab-separated text, as spreadsheets copy it.
    static QString copy(const GradebookData &data, const QList<CellRef> &cells);

    // A block pasted from Excel, LibreOffice or Google Sheets. Without a header
    // row it lands at (topStudent, leftAssignment) cell by cell; with a header
    // row naming assignments (and optionally a student number or name column)
    // cells go to the matching assignment and student. Every cell is checked
    // first; a bad one fails the whole paste naming its row and column.
    // Blank cells in the pasted block leave the grade as it is.
    static Result<QList<Score>> paste(const GradebookData &data, int topStudent, int leftAssignment,
                                      const QString &text);

private:
    static QList<Score> changedOnly(const GradebookData &data, const QList<CellRef> &cells, const QList<Score> &after);
};

} // namespace k12
