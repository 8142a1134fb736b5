#include "RosterModel.h"

#include "models/repositories/GuardianRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

RosterModel::RosterModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::changed, this, &RosterModel::onStoreChanged);
}

void RosterModel::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"student"_s) || entities.contains(u"enrollment"_s) || entities.contains(u"guardian"_s) ||
        entities.contains(u"student_guardian"_s))
        reload();
}

void RosterModel::setClassId(const QString &classId)
{
    m_classId = classId;
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    m_students = m_classId.isEmpty() ? QList<Student>() : StudentRepository(m_store).enrolledIn(m_classId);
    m_guardians =
        m_classId.isEmpty() ? QHash<QString, QList<Guardian>>() : GuardianRepository(m_store).ofClass(m_classId);
    endResetModel();
}

const Student *RosterModel::studentAt(int row) const
{
    return row >= 0 && row < m_students.size() ? &m_students.at(row) : nullptr;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    const Student *s = studentAt(index.row());
    if (!s)
        return {};
    if (role == IdRole)
        return s->id;
    if (role == Qt::ToolTipRole && static_cast<Column>(index.column()) == Column::Guardians) {
        QStringList lines;
        for (const Guardian &g : m_guardians.value(s->id)) {
            lines.append(g.relationship.isEmpty() ? g.displayName()
                                                  : tr("%1 (%2)").arg(g.displayName(), g.relationship));
        }
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::FamilyName:
        return s->familyName;
    case Column::GivenName:
        return s->givenName;
    case Column::StudentNumber:
        return s->studentNumber;
    case Column::Email:
        return s->email;
    case Column::Guardians: {
        QStringList names;
        for (const Guardian &g : m_guardians.value(s->id))
            names.append(g.displayName());
        return names.join(u", "_s);
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::FamilyName:
        return tr("Family name");
    case Column::GivenName:
        return tr("Given name");
    case Column::StudentNumber:
        return tr("Student number");
    case Column::Email:
        return tr("Email");
    case Column::Guardians:
        return tr("Guardians");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace k12
