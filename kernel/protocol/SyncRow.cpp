#include "SyncRow.h"

#include "FieldCodec.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "ProtocolConstants.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

void SyncRow::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("entity");
    w.string(entity);
    w.key("id");
    w.string(id);
    w.key("rev");
    w.integer(rev);
    w.key("deleted");
    w.boolean(deleted);
    w.key("updated_at");
    w.string(updatedAt);
    w.key("fields");
    w.value(fields);
    w.endObject();
}

QByteArray SyncRow::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    write(w);
    return out;
}

void SyncRow::write(JsonWriter &w, const EntityDef &def, QStringView id, qint64 rev, bool deleted,
                    QStringView updatedAt, const QVariant *values)
{
    w.beginObject();
    w.key("entity");
    w.string(def.name);
    w.key("id");
    w.string(id);
    w.key("rev");
    w.integer(rev);
    w.key("deleted");
    w.boolean(deleted);
    w.key("updated_at");
    w.string(updatedAt);
    w.key("fields");
    w.beginObject();
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        const FieldDef &field = def.fields.at(i);
        w.key(field.name);
        FieldCodec::writeValue(w, field, values[i]);
    }
    w.endObject();
    w.endObject();
}

Result<SyncRow> SyncRow::fromJsonObject(const QJsonObject &object, const QString &path)
{
    JsonReader r(object, path);
    SyncRow row;
    row.entity = r.string(u"entity");
    row.id = r.uuid(u"id");
    row.rev = r.integer(u"rev", 0, kMaxJsonInteger);
    row.deleted = r.boolean(u"deleted");
    row.updatedAt = r.string(u"updated_at");
    row.fields = r.object(u"fields");
    if (!r.ok())
        return fail(r.error());
    if (const EntityDef *def = EntitySchema::find(row.entity))
        row.problem = FieldCodec::problem(*def, row.fields);
    return row;
}

} // namespace k12::protocol
