#include "UnitListModel.h"

#include "models/plans/PlanQueries.h"
#include "models/store/Store.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QStringList idsOf(const QList<UnitPlan> &units)
{
    QStringList ids;
    for (const UnitPlan &u : units)
        ids.append(u.id);
    return ids;
}

} // namespace

UnitListModel::UnitListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::changed, this, &UnitListModel::onStoreChanged);
}

void UnitListModel::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"unit_plan"_s))
        reload();
}

void UnitListModel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    beginResetModel();
    m_units = m_classId.isEmpty() ? QList<UnitPlan>() : PlanQueries(m_store).units(m_classId);
    endResetModel();
}

void UnitListModel::reload()
{
    QList<UnitPlan> fresh = m_classId.isEmpty() ? QList<UnitPlan>() : PlanQueries(m_store).units(m_classId);
    // Same rows in the same order (an edited title or date): update in place, so
    // the view keeps its selection and the editor is not disturbed.
    if (idsOf(fresh) == idsOf(m_units)) {
        m_units = std::move(fresh);
        if (!m_units.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_units.size()) - 1));
        return;
    }
    beginResetModel();
    m_units = std::move(fresh);
    endResetModel();
}

const UnitPlan *UnitListModel::unitAt(int row) const
{
    return row >= 0 && row < m_units.size() ? &m_units.at(row) : nullptr;
}

int UnitListModel::rowOf(const QString &unitId) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).id == unitId)
            return i;
    }
    return -1;
}

int UnitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    const UnitPlan *u = unitAt(index.row());
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        QString dates;
        if (u->startDate.isValid() && u->endDate.isValid())
            dates =
                tr("%1 – %2").arg(locale.toString(u->startDate, u"d MMM"_s), locale.toString(u->endDate, u"d MMM"_s));
        else if (u->startDate.isValid())
            dates = tr("from %1").arg(locale.toString(u->startDate, u"d MMM"_s));
        const QString status = u->status == u"ready"_s ? tr("ready") : tr("draft");
        return QString(u->title + u'\n' + (dates.isEmpty() ? status : QString(dates + u"  ·  "_s + status)));
    }
    case Qt::ToolTipRole:
        return u->summary.isEmpty() ? u->title : QString(u->title + u"\n\n"_s + u->summary);
    case IdRole:
        return u->id;
    case TitleRole:
        return u->title;
    default:
        return {};
    }
}

} // namespace k12
