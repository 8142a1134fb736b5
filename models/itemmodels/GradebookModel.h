#pragma once

#include "models/actions/Actions.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/GradebookData.h"
#include "models/grading/ScoreEdit.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

class QUndoStack;

namespace k12 {

class Store;

// The gradebook grid of one class: one row per student; columns are the
// student's name, the assignments grouped by category, then each category's
// percentage, the final percentage and the letter. Everything shown comes from
// the in-memory GradebookData (no SQL while painting). A typed cell goes
// setData -> GradeActions::typeInCell (ScoreEdit, RowRules, one transaction,
// one undo step) -> Store::changesApplied -> cache update -> recompute ->
// dataChanged. Every other grade change (bulk, marks, publish) is an action the
// panel calls with gradebook() and cellsOf(); this class only shows them.
class GradebookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class ColumnKind
    {
        Student,
        Assignment,
        CategoryPercent,
        FinalPercent,
        Letter
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // a number to sort by (NaN-free: empty sorts first)
        ColumnKindRole,
        StudentIdRole,
        AssignmentIdRole,
        MissingRole,
        LateRole,
        ExcusedRole,
        CommentRole
    };

    GradebookModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setClassId(const QString &classId);
    const QString &classId() const { return m_classId; }
    void setGradingPeriod(const QString &gradingPeriodId);
    void reload();
    const GradebookData &gradebook() const { return m_data; }
    // The actions on this grid's store and undo stack (setData types through them too).
    Actions &actions() { return m_actions; }
    const StudentGrade &gradeOf(int row) const { return m_grades.at(size_t(row)); }
    // What the Final % and Letter columns show: the selected period's final (by
    // its formula when it has one) with the teacher's override, if any.
    const FinalGrade &finalOf(int row) const { return m_finals.at(size_t(row)); }

    ColumnKind columnKind(int column) const;
    int assignmentForColumn(int column) const; // -1 when the column is not an assignment
    int categoryForColumn(int column) const;   // -1 when not a category % column
    int columnForAssignment(int assignment) const { return 1 + assignment; }
    int finalColumn() const { return 1 + m_data.assignmentCount() + int(m_data.categories.size()); }
    int letterColumn() const { return finalColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The assignment cells among the indexes (computed and name columns dropped),
    // in row-major order.
    QList<CellRef> cellsOf(const QModelIndexList &indexes) const;

    static QLocale numberLocale();
    QString formatNumber(double value, int maxDecimals = 2) const;

Q_SIGNALS:
    void editRejected(const QString &message);
    void gradesRecomputed();

private:
    void onChangesApplied(const QList<AppliedChange> &changes);
    void onStoreChanged(const QStringList &entities);
    void recompute(int student);
    void recomputeAll();
    // The finals for the selected period, once per refresh: of every student,
    // or after an edit of those rows only.
    void refreshFinals(const QList<int> &students = {});
    void onFinalOverridesChanged();
    QVariant assignmentCellData(int student, int assignment, int role) const;
    QVariant computedCellData(int student, int column, int role) const;
    QVariant assignmentHeader(int assignment, int role) const;

    Store &m_store;
    Actions m_actions;
    QString m_classId;
    GradebookData m_data;
    std::vector<StudentGrade> m_grades;
    std::vector<FinalGrade> m_finals;
};

} // namespace k12
