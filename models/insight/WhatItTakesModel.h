#pragma once

#include "WhatItTakes.h"

#include <QAbstractTableModel>

namespace k12 {

// The Insight tab's "what it takes" table: a row per student; the Final %
// today, how many assignments are still to come, then a column per letter of
// the scale with the percentage needed, "secured" or "out of reach". Holds its
// own copy of what it shows (see AtRiskModel).
class WhatItTakesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn
    {
        StudentColumn,
        FinalColumn,
        RemainingColumn,
        FirstLetterColumn
    };
    enum Role
    {
        StudentIdRole = Qt::UserRole + 1,
        StateRole,   // int(WhatItTakes::Need::State) in a letter column
        RawValueRole // the needed percentage (Secured -1, out of reach 101), Final %, count, name
    };

    explicit WhatItTakesModel(QObject *parent = nullptr);

    void setRows(const GradebookData &data, const std::vector<WhatItTakes::Row> &rows);
    QString studentIdAt(int row) const;
    const QStringList &letters() const { return m_letters; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString studentId;
        QString name;
        WhatItTakes::Row figures;
    };
    QList<Row> m_rows;
    QStringList m_letters;
};

} // namespace k12
