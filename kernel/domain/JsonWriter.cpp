#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace k12 {

JsonWriter::JsonWriter(QByteArray *out)
    : m_out(out)
{}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out->append(',');
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separate();
    m_out->append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out->append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out->append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out->append(']');
    m_needComma = true;
}

void JsonWriter::key(QStringView name)
{
    separate();
    // Member names are ASCII identifiers (field names): no escaping, no UTF-8 conversion.
    const qsizetype at = m_out->size();
    m_out->resize(at + name.size() + 3);
    char *dst = m_out->data() + at;
    *dst++ = '"';
    for (const QChar c : name)
        *dst++ = char(c.unicode());
    *dst++ = '"';
    *dst = ':';
    m_needComma = false;
}

void JsonWriter::key(const char *latin1Name)
{
    separate();
    m_out->append('"');
    m_out->append(latin1Name);
    m_out->append("\":", 2);
    m_needComma = false;
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out->append(value ? "true" : "false");
}

void JsonWriter::integer(qint64 value)
{
    separate();
    m_out->append(QByteArray::number(value));
}

void JsonWriter::number(double value)
{
    separate();
    if (!std::isfinite(value)) {
        m_out->append("null", 4); // JSON has no NaN or infinity (QJsonDocument does the same)
        return;
    }
    // Integral values print without a fraction, as QJsonDocument does.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0) {
        m_out->append(QByteArray::number(static_cast<qint64>(value)));
        return;
    }
    m_out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::string(QStringView value)
{
    separate();
    appendEscaped(m_out, value);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::Double:
        number(value.toDouble());
        return;
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Array:
        raw(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        raw(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return;
    }
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out->append(json);
}

void JsonWriter::appendEscaped(QByteArray *out, QStringView value)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const QChar *p = value.data();
    const QChar *end = p + value.size();
    while (p != end) {
        // Runs of plain ASCII (ids, numbers, most names) are copied byte by byte
        // without a UTF-8 conversion; anything else goes through toUtf8().
        const QChar *run = p;
        while (p != end && p->unicode() >= 0x20 && p->unicode() < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype n = p - run;
            const qsizetype at = out->size();
            out->resize(at + n);
            char *dst = out->data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i].unicode());
        }
        if (p == end)
            break;
        const char16_t c = p->unicode();
        if (c >= 0x80) {
            const QChar *wide = p;
            while (p != end && p->unicode() >= 0x80)
                ++p;
            out->append(QStringView(wide, p).toUtf8());
            continue;
        }
        ++p;
        switch (c) {
        case u'"':
            out->append("\\\"", 2);
            break;
        case u'\\':
            out->append("\\\\", 2);
            break;
        case u'\n':
            out->append("\\n", 2);
            break;
        case u'\r':
            out->append("\\r", 2);
            break;
        case u'\t':
            out->append("\\t", 2);
            break;
        case u'\b':
            out->append("\\b", 2);
            break;
        case u'\f':
            out->append("\\f", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out->append(escaped, 6);
        }
        }
    }
    out->append('"');
}

} // namespace k12
