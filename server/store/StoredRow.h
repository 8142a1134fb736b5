#pragma once

#include "domain/EntitySchema.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace k12 {

// The last change of one field of a row: the conflict rule compares the
// mutation's base_rev with `rev` and its client_id with `clientId`.
struct FieldStamp
{
    qint64 rev = 0;
    QString clientId;
};

// One entity row as the server holds it while a push is processed. Values are
// in SQL form, one per EntityDef::fields.
struct StoredRow
{
    const EntityDef *def = nullptr;
    QString id;
    bool exists = false; // in the database, or created earlier in the same push
    bool stored = false; // read from the database (so saving it is an update)
    qint64 rev = 0;
    bool deleted = false;
    QString updatedAt;
    QVariantList values;
    QString teacherId; // class: owner; student: the teacher who created it (empty: an admin import)
    // Field name (or "deleted") -> last change. A field with no stamp was never
    // changed after its row was created without it: it conflicts with nothing.
    QHash<QString, FieldStamp> stamps;
    bool dirty = false;

    QVariant value(const QString &field) const;
    QString classId() const; // the scope field's value, or the id of a class row
    QByteArray stampsJson() const;
    void setStampsJson(const QString &json);

    // Same value as the wire sees it (1 == 1.0, NULL only equals NULL).
    static bool sameValue(const FieldDef &field, const QVariant &a, const QVariant &b);
};

} // namespace k12
