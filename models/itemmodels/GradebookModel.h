#pragma once

#include "models/commands/UndoableWriter.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/grading/ScoreEdit.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace k12 {

class Store;

// The gradebook grid of one class: one row per student; columns are the
// student's name, the assignments grouped by category, then each category's
// percentage, the final percentage and the letter. Everything shown comes from
// the in-memory GradebookData (no SQL while painting). Edits go
// setData -> ScoreEdit -> UndoableWriter (one transaction, one undo step) ->
// Store::changesApplied -> cache update -> recompute -> dataChanged.
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
    const StudentGrade &gradeOf(int row) const { return m_grades.at(size_t(row)); }

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

    // Applies one edit to every assignment cell among `cells` as ONE undo step
    // and ONE transaction. Returns false (and emits editRejected) when nothing
    // could be written.
    bool applyEdit(const QModelIndexList &cells, const ScoreEdit &edit, const QString &label);
    // Writes whole scores (bulk operations build them) as one undo step.
    bool applyScores(const QList<Score> &scores, const QString &label, const QString &action);

    // The assignment cells among the indexes (computed and name columns dropped).
    QList<CellRef> cellsOf(const QModelIndexList &indexes) const;
    // Writes a bulk result (or reports its error) as one undo step; false when nothing was written.
    bool applyBulk(const Result<QList<Score>> &scores, const QString &label, const QString &action);
    // Marks assignments published (visible to students) or hidden, as one undo step.
    bool setPublished(const QList<int> &assignments, bool published);

    QString formatNumber(double value, int maxDecimals = 2) const;

Q_SIGNALS:
    void editRejected(const QString &message);
    void gradesRecomputed();

private:
    void onChangesApplied(const QList<AppliedChange> &changes);
    void onStoreChanged(const QStringList &entities);
    void recompute(int student);
    void recomputeAll();
    QVariant assignmentCellData(int student, int assignment, int role) const;
    QVariant computedCellData(int student, int column, int role) const;
    QVariant assignmentHeader(int assignment, int role) const;

    Store &m_store;
    UndoableWriter m_writer;
    QString m_classId;
    GradebookData m_data;
    std::vector<StudentGrade> m_grades;
};

} // namespace k12
