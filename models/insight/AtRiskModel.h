#pragma once

#include "AtRisk.h"

#include <QAbstractTableModel>

namespace k12 {

// The Insight tab's at-risk list: one row per student at risk, with the
// reasons in words. Holds its own copy of what it shows, so that a gradebook
// reloading under it never leaves it pointing at students that are gone.
class AtRiskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Student,
        FinalPercent,
        Missing,
        Change,
        Reasons,
        Count
    };
    enum Role
    {
        StudentIdRole = Qt::UserRole + 1,
        RawValueRole // a number (or the name) to sort by
    };

    explicit AtRiskModel(QObject *parent = nullptr);

    void setStudents(const GradebookData &data, const std::vector<AtRisk::Student> &students,
                     const AtRisk::Criteria &criteria);
    QString studentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString studentId;
        QString name;
        AtRisk::Student figures;
        QString reasons;
    };
    QList<Row> m_rows;
    int m_dropDays = 14;
};

} // namespace k12
