#pragma once

#include "kernel/domain/EntitySchema.h"

#include <QString>
#include <QVariantList>

namespace k12::server {

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
    bool dirty = false;

    QVariant value(const QString &field) const;
    QString classId() const; // the scope field's value, or the id of a class row

    // The last change of a field (or of "deleted"). A field with no stamp (rev
    // 0) was never changed after its row was created without it: it
    // conflicts with nothing. Names outside the row's entity have none.
    FieldStamp stamp(QStringView field) const;
    void setStamp(QStringView field, FieldStamp stamp);
    void clearStamps() { stamps.clear(); }
    qsizetype stampCount() const;
    // As stored in the field_meta column: {"field":[rev,"client"],...}.
    QByteArray stampsJson() const;
    void setStampsJson(const QString &json);

private:
    int stampIndex(QStringView field) const; // -1: no such field
    // One per field of def (EntityDef::fields order), then "deleted"; a flat
    // array because a push reads and writes every row's stamps.
    QList<FieldStamp> stamps;

public:
    // Same value as the wire sees it (1 == 1.0, NULL only equals NULL).
    static bool sameValue(const FieldDef &field, const QVariant &a, const QVariant &b);
};

} // namespace k12::server
