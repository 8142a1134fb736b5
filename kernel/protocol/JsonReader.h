#pragma once

#include "kernel/domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace k12::protocol {

// Reads the members of one JSON object with type checks. The first problem is
// kept as a message that names the member by its full path
// ("mutations[3].base_rev"), which is what a 400 answer must say; later reads
// after a failure return empty values and change nothing.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    // Parses a request or response body that must be one JSON object.
    static Result<QJsonObject> parseObject(const QByteArray &body);
    // "parent.key" or "key" when parent is empty; "parent[3]" for indexes.
    static QString join(const QString &parent, QStringView key);
    static QString index(const QString &parent, qsizetype i);

    QString string(QStringView key);
    std::optional<QString> optionalString(QStringView key);
    QString uuid(QStringView key);
    qint64 integer(QStringView key, qint64 minimum, qint64 maximum);
    bool boolean(QStringView key);
    QJsonArray array(QStringView key);
    QJsonObject object(QStringView key);
    std::optional<QJsonObject> optionalObject(QStringView key);

    bool contains(QStringView key) const { return m_object.contains(key); }
    const QJsonObject &json() const { return m_object; }
    QString pathOf(QStringView key) const { return join(m_path, key); }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void setError(const QString &message);

private:
    QJsonValue required(QStringView key);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace k12::protocol
