#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace k12 {

enum class ChangeOp
{
    Upsert,
    Delete
};

// One row-level change requested by the UI, the CLI or an undo command. Only
// the fields named are written; for a new row they are its initial values.
struct Change
{
    QString entity;
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    QVariantMap fields;

    static Change upsert(QString entity, QString id, QVariantMap fields)
    {
        return Change{std::move(entity), std::move(id), ChangeOp::Upsert, std::move(fields)};
    }
    static Change remove(QString entity, QString id)
    {
        return Change{std::move(entity), std::move(id), ChangeOp::Delete, {}};
    }
};

using ChangeList = QList<Change>;

// What a write actually did to one row, with the values before and after, so
// undo commands can restore exactly what was there.
struct AppliedChange
{
    QString entity;
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    bool created = false;
    bool wasDeleted = false;
    QVariantMap before; // changed fields only
    QVariantMap after;  // changed fields only
    QVariantMap refs;   // the row's reference fields (class_id, assignment_id...) after the change,
                        // so item models can place it without reading it back
};

} // namespace k12
