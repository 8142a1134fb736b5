#pragma once

#include "kernel/domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace k12 {

class Store;

// The students enrolled in one class, one row each, with their guardians.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        FamilyName,
        GivenName,
        StudentNumber,
        Email,
        Guardians, // the student's guardians' names
        Count
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit RosterModel(Store &store, QObject *parent = nullptr);

    void setClassId(const QString &classId);
    const QString &classId() const { return m_classId; }
    const Student *studentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    void onStoreChanged(const QStringList &entities);

    Store &m_store;
    QString m_classId;
    QList<Student> m_students;
    QHash<QString, QList<Guardian>> m_guardians; // student id -> guardians
};

} // namespace k12
