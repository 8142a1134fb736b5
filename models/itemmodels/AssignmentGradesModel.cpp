#include "AssignmentGradesModel.h"

#include "GradebookModel.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

AssignmentGradesModel::AssignmentGradesModel(GradebookModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (m_assignment >= m_source->gradebook().assignmentCount())
            m_assignment = -1;
        rebuildRows();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, &AssignmentGradesModel::onSourceDataChanged);
}

void AssignmentGradesModel::setAssignment(int assignment)
{
    m_assignment = assignment;
    rebuildRows();
}

void AssignmentGradesModel::setFilter(Filter filter)
{
    m_filter = filter;
    rebuildRows();
}

void AssignmentGradesModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    if (m_assignment >= 0) {
        const GradebookData &d = m_source->gradebook();
        for (int s = 0; s < d.studentCount(); ++s) {
            const GradeCell &c = d.cell(s, m_assignment);
            const bool graded = c.hasPoints() || c.missing || c.excused || c.exempt;
            if (m_filter == Filter::All || (m_filter == Filter::Ungraded && !graded) ||
                (m_filter == Filter::Missing && c.missing))
                m_rows.push_back(s);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

int AssignmentGradesModel::gradedCount() const
{
    if (m_assignment < 0)
        return 0;
    const GradebookData &d = m_source->gradebook();
    int graded = 0;
    for (int s = 0; s < d.studentCount(); ++s) {
        const GradeCell &c = d.cell(s, m_assignment);
        graded += (c.hasPoints() || c.missing || c.excused || c.exempt) ? 1 : 0;
    }
    return graded;
}

int AssignmentGradesModel::totalCount() const
{
    return m_assignment < 0 ? 0 : m_source->gradebook().studentCount();
}

void AssignmentGradesModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_assignment < 0)
        return;
    const int column = m_source->columnForAssignment(m_assignment);
    if (column < topLeft.column() || column > bottomRight.column())
        return;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r] >= topLeft.row() && m_rows[r] <= bottomRight.row())
            Q_EMIT dataChanged(index(int(r), 0), index(int(r), int(Column::Count) - 1));
    }
    Q_EMIT countsChanged();
}

QModelIndex AssignmentGradesModel::sourceIndex(int row) const
{
    return m_source->index(m_rows[size_t(row)], m_source->columnForAssignment(m_assignment));
}

int AssignmentGradesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentGradesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AssignmentGradesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QModelIndex source = sourceIndex(index.row());
    auto check = [role](bool on) {
        return role == Qt::CheckStateRole ? QVariant(on ? Qt::Checked : Qt::Unchecked) : QVariant();
    };
    switch (static_cast<Column>(index.column())) {
    case Column::Student:
        return m_source->index(source.row(), 0).data(role);
    case Column::Score:
        if (role == Qt::DisplayRole) {
            // The flags have their own columns here: show the points or letter alone.
            const QString edit = source.data(Qt::EditRole).toString();
            return edit;
        }
        return role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::EditRole ||
                       role == Qt::TextAlignmentRole || role == Qt::ToolTipRole
                   ? source.data(role)
                   : QVariant();
    case Column::Missing:
        return check(source.data(GradebookModel::MissingRole).toBool());
    case Column::Late:
        return check(source.data(GradebookModel::LateRole).toBool());
    case Column::Excused:
        return check(source.data(GradebookModel::ExcusedRole).toBool());
    case Column::Comment:
        return role == Qt::DisplayRole || role == Qt::EditRole ? source.data(GradebookModel::CommentRole) : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

QVariant AssignmentGradesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Student:
        return tr("Student");
    case Column::Score:
        return tr("Score");
    case Column::Missing:
        return tr("Missing");
    case Column::Late:
        return tr("Late");
    case Column::Excused:
        return tr("Excused");
    case Column::Comment:
        return tr("Comment");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags AssignmentGradesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (static_cast<Column>(index.column())) {
    case Column::Score:
    case Column::Comment:
        return f | Qt::ItemIsEditable;
    case Column::Missing:
    case Column::Late:
    case Column::Excused:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool AssignmentGradesModel::markCell(const QModelIndex &source, const ScoreEdit &edit, const QString &label)
{
    const int assignment = m_source->assignmentForColumn(source.column());
    const Result<int> written =
        m_source->actions().grades().edit(m_source->gradebook(), {CellRef{source.row(), assignment}}, edit, label);
    if (!written)
        Q_EMIT m_source->editRejected(written.error());
    return written.ok();
}

bool AssignmentGradesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const QModelIndex source = sourceIndex(index.row());
    const bool on = value.toInt() == Qt::Checked;
    switch (static_cast<Column>(index.column())) {
    case Column::Score:
        return role == Qt::EditRole && m_source->setData(source, value, Qt::EditRole);
    case Column::Comment:
        return role == Qt::EditRole && markCell(source, ScoreEdit::comment(value.toString()), tr("Edit Comment"));
    case Column::Missing:
        return role == Qt::CheckStateRole && markCell(source, ScoreEdit::missing(on), tr("Mark Missing"));
    case Column::Late:
        return role == Qt::CheckStateRole && markCell(source, ScoreEdit::late(on), tr("Mark Late"));
    case Column::Excused:
        return role == Qt::CheckStateRole && markCell(source, ScoreEdit::excused(on), tr("Mark Excused"));
    default:
        return false;
    }
}

} // namespace k12
