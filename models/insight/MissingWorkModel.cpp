#include "MissingWorkModel.h"

#include <QLocale>

namespace k12 {

MissingWorkModel::MissingWorkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MissingWorkModel::setMissingWork(const GradebookData &data, const MissingWork &missing, MissingWork::Order order)
{
    QList<Row> rows;
    const std::vector<MissingWork::Item> &items = missing.items(order);
    rows.reserve(qsizetype(items.size()));
    for (const MissingWork::Item &item : items) {
        const Student &st = data.students.at(item.student);
        const Assignment &a = data.assignments.at(item.assignment);
        const int category = data.categoryIndex(a.categoryId);
        rows.append({st.id, a.id, tr("%1, %2").arg(st.familyName, st.givenName), a.title,
                     category >= 0 ? data.categories.at(category).name : QString(), a.dueDate});
    }
    const bool same = order == m_order && rows.size() == m_rows.size() &&
                      std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &x, const Row &y) {
                          return x.studentId == y.studentId && x.assignmentId == y.assignmentId;
                      });
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_order = order;
    endResetModel();
}

QString MissingWorkModel::studentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).studentId : QString();
}

int MissingWorkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MissingWorkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MissingWorkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StudentIdRole)
        return row.studentId;
    if (role == AssignmentIdRole)
        return row.assignmentId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Student:
        return row.student;
    case Column::Assignment:
        return row.assignment;
    case Column::Category:
        return row.category;
    case Column::DueDate:
        return row.due.isValid() ? QLocale().toString(row.due, QLocale::ShortFormat) : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant MissingWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Student:
        return tr("Student");
    case Column::Assignment:
        return tr("Assignment");
    case Column::Category:
        return tr("Category");
    case Column::DueDate:
        return tr("Due");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace k12
