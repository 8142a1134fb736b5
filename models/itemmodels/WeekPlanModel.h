#pragma once

#include "kernel/domain/Entities.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace k12 {

class Store;

// One school week (Monday to Friday) of lessons across all the teacher's
// classes that are not archived: one column per day, one cell per lesson,
// ordered by class name within a day.
class WeekPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        LessonIdRole = Qt::UserRole + 1,
        ClassIdRole,
        UnitIdRole,
        DateRole
    };
    static constexpr int kDays = 5;

    explicit WeekPlanModel(Store &store, QObject *parent = nullptr);

    // Shows the week that holds `date`.
    void setWeek(const QDate &date);
    const QDate &monday() const { return m_monday; }
    int lessonCount() const;
    const Lesson *lessonAt(int row, int column) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void weekChanged(const QDate &monday);

private:
    void onStoreChanged(const QStringList &entities);

    Store &m_store;
    QDate m_monday;
    QList<Lesson> m_days[kDays];
    QHash<QString, QString> m_classNames;
    QHash<QString, QString> m_unitTitles;
};

} // namespace k12
