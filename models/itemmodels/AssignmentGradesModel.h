#pragma once

#include "models/grading/ScoreEdit.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace k12 {

class GradebookModel;

// One assignment's column of the gradebook as a list: student, score, the
// flags as check boxes, and the comment. Edits go through the gradebook model,
// so they are the same undoable writes as in the grid. The filter is applied
// when it is chosen (not after every edit), so rows do not jump while typing.
class AssignmentGradesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Student,
        Score,
        Missing,
        Late,
        Excused,
        Comment,
        Count
    };
    enum class Filter
    {
        All,
        Ungraded,
        Missing
    };

    explicit AssignmentGradesModel(GradebookModel *source, QObject *parent = nullptr);

    void setAssignment(int assignment);
    int assignment() const { return m_assignment; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    int gradedCount() const;
    int totalCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void countsChanged();

private:
    // One grade edit on the source grid's cell, through its actions.
    bool markCell(const QModelIndex &source, const ScoreEdit &edit, const QString &label);
    void rebuildRows();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QModelIndex sourceIndex(int row) const;

    QPointer<GradebookModel> m_source;
    int m_assignment = -1;
    Filter m_filter = Filter::All;
    std::vector<int> m_rows; // source rows shown
};

} // namespace k12
