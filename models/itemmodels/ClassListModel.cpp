#include "ClassListModel.h"

#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ClassListModel::ClassListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::changed, this, &ClassListModel::onStoreChanged);
    reload();
}

void ClassListModel::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"class"_s))
        reload();
}

void ClassListModel::reload()
{
    beginResetModel();
    m_classes = ClassRepository(m_store).list(m_showArchived);
    endResetModel();
}

void ClassListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int ClassListModel::rowOf(const QString &classId) const
{
    for (int i = 0; i < m_classes.size(); ++i) {
        if (m_classes.at(i).id == classId)
            return i;
    }
    return -1;
}

const SchoolClass *ClassListModel::classAt(int row) const
{
    return row >= 0 && row < m_classes.size() ? &m_classes.at(row) : nullptr;
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    const SchoolClass *c = classAt(index.row());
    if (!c || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->period.isEmpty() ? c->name : tr("%1 (period %2)").arg(c->name, c->period);
    case Qt::ToolTipRole: {
        QStringList parts{c->name};
        if (!c->subject.isEmpty())
            parts << c->subject;
        if (!c->term.isEmpty())
            parts << c->term;
        if (c->archived)
            parts << tr("archived");
        return parts.join(u" · "_s);
    }
    case Qt::FontRole:
        if (c->archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case IdRole:
        return c->id;
    case ArchivedRole:
        return c->archived;
    default:
        return {};
    }
}

} // namespace k12
