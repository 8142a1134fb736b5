#pragma once

#include "kernel/domain/Entities.h"

#include <QAbstractListModel>
#include <QPointer>

namespace k12 {

class Store;

// The teacher's classes for the sidebar, sorted by name.
class ClassListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
        ClassRole
    };

    explicit ClassListModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    int rowOf(const QString &classId) const;
    const SchoolClass *classAt(int row) const;
    void reload();

private:
    void onStoreChanged(const QStringList &entities);

    Store &m_store;
    QList<SchoolClass> m_classes;
    bool m_showArchived = false;
};

} // namespace k12
