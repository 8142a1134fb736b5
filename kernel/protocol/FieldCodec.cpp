#include "FieldCodec.h"

#include "JsonWriter.h"
#include "ProtocolConstants.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

QString FieldCodec::typeDescription(const FieldDef &field)
{
    QString what;
    switch (field.type) {
    case FieldType::Text:
        what = field.references.isEmpty() ? u"a string"_s : u"the id of a %1"_s.arg(field.references);
        break;
    case FieldType::Integer:
        what = u"an integer"_s;
        break;
    case FieldType::Real:
        what = u"a number"_s;
        break;
    case FieldType::Bool:
        what = u"true or false"_s;
        break;
    case FieldType::Date:
        what = u"a date (YYYY-MM-DD) or \"\""_s;
        break;
    case FieldType::Json:
        what = u"a JSON array or object"_s;
        break;
    }
    return field.nullable ? what + u" or null"_s : what;
}

Result<QVariant> FieldCodec::decodeValue(const EntityDef &def, const FieldDef &field, const QJsonValue &json)
{
    // Named only in a message: most values are fine, and a pull page checks 400,000.
    const auto name = [&]() -> QString { return def.name + u'.' + field.name; };
    if (json.isDouble() && field.type == FieldType::Integer && std::fabs(json.toDouble()) > double(kMaxJsonInteger))
        return fail(u"%1 must be an integer between -2^53 and 2^53."_s.arg(name()));
    if (json.isString()) {
        // PostgreSQL text cannot hold NUL, and no teacher ever typed one.
        if (json.toString().contains(QChar(0)))
            return fail(u"%1 must not contain the NUL character (\\u0000)."_s.arg(name()));
    }
    QVariant value;
    if (!EntitySchema::fromJson(field, json, &value))
        return fail(u"%1 must be %2."_s.arg(name(), typeDescription(field)));
    return value;
}

Result<QVariantMap> FieldCodec::decode(const EntityDef &def, const QJsonObject &fields)
{
    QVariantMap out;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldDef *field = def.field(it.key());
        if (!field)
            return fail(u"A %1 has no field \"%2\"."_s.arg(def.name, it.key()));
        Result<QVariant> value = decodeValue(def, *field, it.value());
        if (!value)
            return Error{value.error()};
        out.insert(field->name, *value);
    }
    return out;
}

QString FieldCodec::problem(const EntityDef &def, const QJsonObject &fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldDef *field = def.field(it.key());
        if (!field)
            return u"A %1 has no field \"%2\"."_s.arg(def.name, it.key());
        if (Result<QVariant> value = decodeValue(def, *field, it.value()); !value)
            return value.error();
    }
    return {};
}

QJsonValue FieldCodec::encodeValue(const FieldDef &field, const QVariant &sqlValue)
{
    const QJsonValue json = EntitySchema::toJson(field, sqlValue);
    return json.isUndefined() ? QJsonValue(QJsonValue::Null) : json;
}

void FieldCodec::writeValue(JsonWriter &writer, const FieldDef &field, const QVariant &sqlValue)
{
    EntitySchema::writeJson(writer, field, sqlValue);
}

QJsonObject FieldCodec::encode(const EntityDef &def, const QVariantMap &sqlValues)
{
    QJsonObject out;
    for (auto it = sqlValues.cbegin(); it != sqlValues.cend(); ++it) {
        if (const FieldDef *field = def.field(it.key()))
            out.insert(field->name, encodeValue(*field, it.value()));
    }
    return out;
}

} // namespace k12::protocol
