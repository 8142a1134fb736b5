#include "AtRiskModel.h"

#include <QLocale>

namespace k12 {

AtRiskModel::AtRiskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AtRiskModel::setStudents(const GradebookData &data, const std::vector<AtRisk::Student> &students,
                              const AtRisk::Criteria &criteria)
{
    if (criteria.dropDays != m_dropDays) {
        m_dropDays = criteria.dropDays;
        Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::Change), int(Column::Change));
    }
    QList<Row> rows;
    rows.reserve(qsizetype(students.size()));
    const QLocale locale;
    for (const AtRisk::Student &s : students) {
        const Student &st = data.students.at(s.student);
        QStringList reasons;
        if (s.reasons & AtRisk::Below)
            reasons.append(tr("below %1 %").arg(locale.toString(criteria.belowPercent, 'f', 0)));
        if (s.reasons & AtRisk::ManyMissing)
            reasons.append(tr("%n missing", nullptr, s.missing));
        if ((s.reasons & AtRisk::Dropped) && s.drop)
            reasons.append(
                tr("down %1 points in %n day(s)", nullptr, criteria.dropDays).arg(locale.toString(*s.drop, 'f', 1)));
        rows.append({st.id, tr("%1, %2").arg(st.familyName, st.givenName), s, reasons.join(tr("; "))});
    }
    // Same rows: update in place, so that the view keeps its selection and scroll position.
    if (rows.size() == m_rows.size()) {
        bool sameStudents = true;
        for (qsizetype i = 0; i < rows.size() && sameStudents; ++i)
            sameStudents = rows.at(i).studentId == m_rows.at(i).studentId;
        if (sameStudents) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString AtRiskModel::studentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).studentId : QString();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AtRisk::Student &f = row.figures;
    if (role == StudentIdRole)
        return row.studentId;
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Column::Student || column == Column::Reasons ? QVariant()
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole) {
        switch (column) {
        case Column::Student:
            return row.name;
        case Column::FinalPercent:
            return f.finalPercent.value_or(-1.0);
        case Column::Missing:
            return f.missing;
        case Column::Change:
            return f.drop ? -*f.drop : 0.0;
        case Column::Reasons:
            return row.reasons;
        case Column::Count:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (column) {
    case Column::Student:
        return row.name;
    case Column::FinalPercent:
        return f.finalPercent ? tr("%1 %").arg(locale.toString(GradeEngine::round2(*f.finalPercent), 'f', 2))
                              : QString();
    case Column::Missing:
        return f.missing;
    case Column::Change:
        if (!f.drop)
            return role == Qt::ToolTipRole ? tr("Not known: no earlier grade on this device") : QString();
        return locale.toString(-*f.drop, 'f', 2);
    case Column::Reasons:
        return row.reasons;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Student:
        return tr("Student");
    case Column::FinalPercent:
        return tr("Final %");
    case Column::Missing:
        return tr("Missing");
    case Column::Change:
        return tr("Change (%n days)", nullptr, m_dropDays);
    case Column::Reasons:
        return tr("Why");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace k12
