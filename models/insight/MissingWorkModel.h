#pragma once

#include "MissingWork.h"

#include <QAbstractTableModel>

namespace k12 {

// The Insight tab's missing-work list, by student or by assignment. Holds its
// own copy of what it shows (see AtRiskModel).
class MissingWorkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Student,
        Assignment,
        Category,
        DueDate,
        Count
    };
    enum Role
    {
        StudentIdRole = Qt::UserRole + 1,
        AssignmentIdRole
    };

    explicit MissingWorkModel(QObject *parent = nullptr);

    void setMissingWork(const GradebookData &data, const MissingWork &missing, MissingWork::Order order);
    MissingWork::Order order() const { return m_order; }
    QString studentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString studentId;
        QString assignmentId;
        QString student;
        QString assignment;
        QString category;
        QDate due;
    };
    QList<Row> m_rows;
    MissingWork::Order m_order = MissingWork::Order::ByStudent;
};

} // namespace k12
