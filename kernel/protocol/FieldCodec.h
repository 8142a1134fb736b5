#pragma once

#include "JsonWriter.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Result.h"

#include <QJsonObject>
#include <QVariantMap>

namespace k12::protocol {

// The wire form of entity fields, on top of EntitySchema's JSON <-> SQL value
// conversion: decoding checks names and types and says which field is wrong;
// encoding writes the values the same way on the server and the client.
class FieldCodec
{
public:
    // Checks every member of a mutation's or row's "fields" against the entity
    // and converts it to its SQL form. The message names the entity and field
    // ("score.points must be a number or null").
    static Result<QVariantMap> decode(const EntityDef &def, const QJsonObject &fields);
    static Result<QVariant> decodeValue(const EntityDef &def, const FieldDef &field, const QJsonValue &json);
    // What decode would refuse, without building the values (a pulled row is
    // checked here and converted once more where it is written): empty when
    // every field is known and well-typed, else decode's message.
    static QString problem(const EntityDef &def, const QJsonObject &fields);

    static QJsonValue encodeValue(const FieldDef &field, const QVariant &sqlValue);
    // Writes one value as EntitySchema::toJson would produce it (null for SQL NULL).
    static void writeValue(JsonWriter &writer, const FieldDef &field, const QVariant &sqlValue);
    static QJsonObject encode(const EntityDef &def, const QVariantMap &sqlValues);

    static QString typeDescription(const FieldDef &field);
};

} // namespace k12::protocol
