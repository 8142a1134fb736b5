#include "StoredRow.h"

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
    QJsonObject object;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
        object.insert(it.key(), QJsonArray{it->rev, it->clientId});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
