#pragma once

#include "kernel/domain/Entities.h"

#include <QAbstractListModel>

namespace k12 {

class Store;

// The unit plans of one class for the Plans tab's side list: title on the
// first line, dates and status on the second.
class UnitListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole
    };

    explicit UnitListModel(Store &store, QObject *parent = nullptr);

    void setClassId(const QString &classId);
    const QString &classId() const { return m_classId; }
    const UnitPlan *unitAt(int row) const;
    int rowOf(const QString &unitId) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onStoreChanged(const QStringList &entities);

    Store &m_store;
    QString m_classId;
    QList<UnitPlan> m_units;
};

} // namespace k12
