#pragma once

#include "models/mastery/MasteryReport.h"

#include <QAbstractTableModel>
#include <QColor>

namespace k12 {

class Store;

// The Mastery view's table: one row per active student, one column per
// standard of the class, each cell the mastery score ("3.25", empty without a
// result) coloured by its proficiency level, with the evidence in order in
// the tooltip. Reloads when the store writes anything mastery depends on.
class MasteryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // the level's label, empty without a score
        LevelIndexRole,               // index in the scale's levels, -1 without a score
        ScoreRole,                    // the score as a number to sort by (-1 without one)
        EvidenceCountRole,
        StudentIdRole,
        StandardIdRole,
        MethodOverriddenRole, // header: the standard's own method made its column
        MethodKeyRole         // header: the key of the method its column was computed with
    };

    explicit MasteryModel(Store &store, QObject *parent = nullptr);

    void setClassId(const QString &classId);
    QString classId() const { return m_classId; }
    // A method to look at instead of the class's (nullopt: the class's own);
    // param as MasteryReport::build takes it.
    void setMethod(std::optional<Mastery::Method> method, std::optional<double> param = std::nullopt);
    const MasteryReport &report() const { return m_report; }

    // Background of a level (index in the scale), light enough for black text.
    static QColor levelColor(int levelIndex);
    // The same on a scale of `levels` levels: the lowest red, the top blue,
    // those between spread over amber and green.
    static QColor levelColor(int levelIndex, int levels);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void onStoreChanged(const QStringList &entities);
    QString tooltip(int student, int standard) const;

    Store &m_store;
    QString m_classId;
    std::optional<Mastery::Method> m_method;
    std::optional<double> m_param;
    MasteryReport m_report;
};

} // namespace k12
