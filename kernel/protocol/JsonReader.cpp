#include "JsonReader.h"

#include "ProtocolConstants.h"
#include "StrictJson.h"
#include "kernel/domain/Ids.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
    if (const QString problem = StrictJson::problem(body); !problem.isEmpty())
        return fail(problem);
    if (!doc.isObject())
        return fail(u"The body must be a JSON object."_s);
    return doc.object();
}

QString JsonReader::join(const QString &parent, QStringView key)
{
    return parent.isEmpty() ? key.toString() : parent + u'.' + key;
}

QString JsonReader::index(const QString &parent, qsizetype i)
{
    return parent + u'[' + QString::number(i) + u']';
}

void JsonReader::setError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QJsonValue JsonReader::required(QStringView key)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        setError(u"\"%1\" is required."_s.arg(pathOf(key)));
    return value;
}

QString JsonReader::string(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        setError(u"\"%1\" must be a string."_s.arg(pathOf(key)));
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(QStringView key)
{
    if (!ok() || !m_object.contains(key) || m_object.value(key).isNull())
        return std::nullopt;
    return string(key);
}

QString JsonReader::uuid(QStringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    // Lowercase only: ids are compared as text on both sides of the wire.
    if (!isId(text) || text != text.toLower()) {
        setError(u"\"%1\" must be a lowercase UUID (8-4-4-4-12 hexadecimal digits)."_s.arg(pathOf(key)));
        return {};
    }
    return text;
}

qint64 JsonReader::integer(QStringView key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(minimum) || d > double(maximum) ||
        std::fabs(d) > double(kMaxJsonInteger)) {
        setError(u"\"%1\" must be an integer from %2 to %3."_s.arg(pathOf(key)).arg(minimum).arg(maximum));
        return 0;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return false;
    if (!value.isBool()) {
        setError(u"\"%1\" must be true or false."_s.arg(pathOf(key)));
        return false;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        setError(u"\"%1\" must be an array."_s.arg(pathOf(key)));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isObject()) {
        setError(u"\"%1\" must be an object."_s.arg(pathOf(key)));
        return {};
    }
    return value.toObject();
}

std::optional<QJsonObject> JsonReader::optionalObject(QStringView key)
{
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    return object(key);
}

} // namespace k12::protocol
