#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace k12 {

// Appends compact JSON to a byte array without building QJsonObjects first.
// The server's pull and push answers are made of thousands of rows; writing
// them straight out is several times faster than QJsonDocument and the output
// is the same compact JSON any parser reads.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name); // names are ASCII identifiers: written as they are
    void key(const char *latin1Name);

    void null();
    void boolean(bool value);
    void integer(qint64 value);
    void number(double value);
    void string(QStringView value);
    void value(const QJsonValue &value);
    // Already-encoded JSON (a stored answer, an encoded row).
    void raw(const QByteArray &json);

    static void appendEscaped(QByteArray *out, QStringView value);

private:
    void separate();

    QByteArray *m_out;
    bool m_needComma = false;
};

} // namespace k12
