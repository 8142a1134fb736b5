#pragma once

#include "JsonWriter.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace k12::protocol {

// A row as the server has it: what pull returns and what a conflict answer
// carries. `fields` holds ALL fields of the entity, JSON-typed by EntitySchema;
// a tombstone is a row with deleted = true (its last field values kept).
struct SyncRow
{
    QString entity;
    QString id;
    qint64 rev = 0;
    bool deleted = false;
    QString updatedAt; // server time of the last change, ISO 8601 UTC; for display only
    QJsonObject fields;
    // Why this row cannot be stored as it is (a field of a known entity that
    // this build does not know, or a value of the wrong type); empty when it
    // can. Such a row is still returned, so that one bad row sets itself aside
    // on the client instead of failing the whole page it came in.
    QString problem;

    void write(JsonWriter &writer) const;
    QByteArray toJson() const;
    // Rows of entities this build does not know are accepted as they are (a
    // newer server); the fields of known entities are type-checked, and what
    // is wrong with them goes to `problem`. Only a row whose frame (entity, id,
    // rev, deleted, updated_at, fields) is broken is an error.
    static Result<SyncRow> fromJsonObject(const QJsonObject &object, const QString &path = {});

    // The server's fast path: writes a row straight from its SQL values, given
    // in the order of def.fields.
    static void write(JsonWriter &writer, const EntityDef &def, QStringView id, qint64 rev, bool deleted,
                      QStringView updatedAt, const QVariant *values);
};

} // namespace k12::protocol
