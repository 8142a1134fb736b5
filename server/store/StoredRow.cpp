#include "StoredRow.h"

#include "protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QVariant StoredRow::value(const QString &field) const
{
    for (qsizetype i = 0; i < def->fields.size(); ++i) {
        if (def->fields.at(i).name == field)
            return values.value(i);
    }
    return {};
}

QString StoredRow::classId() const
{
    if (def->name == u"class"_s)
        return id;
    return def->scopeField.isEmpty() ? QString() : value(def->scopeField).toString();
}

QByteArray StoredRow::stampsJson() const
{
    QByteArray out;
    out.reserve(stamps.size() * 56 + 2);
    protocol::JsonWriter w(&out);
    w.beginObject();
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        w.key(it.key());
        w.beginArray();
        w.integer(it->rev);
        w.string(it->clientId);
        w.endArray();
    }
    w.endObject();
    return out;
}

void StoredRow::setStampsJson(const QString &json)
{
    stamps.clear();
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        stamps.insert(it.key(), FieldStamp{pair.at(0).toInteger(), pair.at(1).toString()});
    }
}

bool StoredRow::sameValue(const FieldDef &field, const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Bool:
        return a.toLongLong() == b.toLongLong();
    case FieldType::Real:
        return a.toDouble() == b.toDouble();
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Json:
        break;
    }
    return a.toString() == b.toString();
}

} // namespace k12
