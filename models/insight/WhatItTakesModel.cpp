#include "WhatItTakesModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace k12 {

namespace {

// Soft fills, readable in a light theme; the text says the same for colour-blind teachers.
const QColor kSecured(0xd8, 0xf0, 0xdc);
const QColor kOutOfReach(0xe9, 0xec, 0xef);

} // namespace

WhatItTakesModel::WhatItTakesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WhatItTakesModel::setRows(const GradebookData &data, const std::vector<WhatItTakes::Row> &rows)
{
    QStringList letters;
    for (const LetterCutoff &c : data.engine().scale())
        letters.append(c.letter);
    QList<Row> copy;
    copy.reserve(qsizetype(rows.size()));
    for (size_t s = 0; s < rows.size() && s < size_t(data.studentCount()); ++s) {
        const Student &st = data.students.at(qsizetype(s));
        copy.append({st.id, tr("%1, %2").arg(st.familyName, st.givenName), rows[s]});
    }
    const bool same = letters == m_letters && copy.size() == m_rows.size() &&
                      std::equal(copy.cbegin(), copy.cend(), m_rows.cbegin(),
                                 [](const Row &x, const Row &y) { return x.studentId == y.studentId; });
    if (same) {
        m_rows = std::move(copy);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_letters = letters;
    m_rows = std::move(copy);
    endResetModel();
}

QString WhatItTakesModel::studentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).studentId : QString();
}

int WhatItTakesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatItTakesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstLetterColumn + int(m_letters.size());
}

QVariant WhatItTakesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const WhatItTakes::Row &f = row.figures;
    if (role == StudentIdRole)
        return row.studentId;
    const QLocale locale;
    const int column = index.column();
    if (column < FirstLetterColumn) {
        if (role == Qt::TextAlignmentRole)
            return column == StudentColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == RawValueRole) {
            if (column == StudentColumn)
                return row.name;
            return column == FinalColumn ? QVariant(f.finalPercent.value_or(-1.0)) : QVariant(f.remaining);
        }
        if (role != Qt::DisplayRole)
            return {};
        if (column == StudentColumn)
            return row.name;
        if (column == FinalColumn)
            return f.finalPercent ? tr("%1 %").arg(locale.toString(GradeEngine::round2(*f.finalPercent), 'f', 2))
                                  : QString();
        return f.applicable ? QVariant(f.remaining) : QVariant(tr("scored"));
    }
    const size_t letter = size_t(column - FirstLetterColumn);
    if (letter >= f.needs.size() || !f.applicable) {
        if (role == Qt::ToolTipRole && !f.applicable)
            return tr("This student already has a score or a mark on the chosen assignment.");
        return {};
    }
    const WhatItTakes::Need &need = f.needs[letter];
    using State = WhatItTakes::Need::State;
    switch (role) {
    case StateRole:
        return int(need.state);
    case RawValueRole:
        return need.state == State::Secured ? -1.0 : need.state == State::OutOfReach ? 101.0 : need.percent;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return need.state == State::Secured      ? QBrush(kSecured)
               : need.state == State::OutOfReach ? QBrush(kOutOfReach)
                                                 : QVariant();
    case Qt::DisplayRole:
        if (need.state == State::Secured)
            return tr("secured");
        if (need.state == State::OutOfReach)
            return tr("out of reach");
        return tr("%1 %").arg(locale.toString(need.percent, 'f', 2));
    case Qt::ToolTipRole:
        if (need.state == State::Secured)
            return tr("Keeps %1 or better even with 0 % on the work still to come.")
                .arg(m_letters.at(qsizetype(letter)));
        if (need.state == State::OutOfReach)
            return tr("Does not reach %1 even with 100 % on the work still to come.")
                .arg(m_letters.at(qsizetype(letter)));
        return tr("Needs %1 % on the work still to come for %2.")
            .arg(locale.toString(need.percent, 'f', 2), m_letters.at(qsizetype(letter)));
    default:
        return {};
    }
}

QVariant WhatItTakesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case FinalColumn:
        return tr("Final %");
    case RemainingColumn:
        return tr("To come");
    default:
        break;
    }
    const qsizetype letter = section - FirstLetterColumn;
    return letter >= 0 && letter < m_letters.size() ? m_letters.at(letter) : QVariant();
}

} // namespace k12
