#include "StoredRow.h"

#include "kernel/protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// Reads what StoredRow::stampsJson() writes, {"field":[rev,"client"],...},
// without building a JSON document for every row a push loads; anything else
// (escapes, spaces, other types) returns false and takes the general parser.
// Client ids are taken from the previous stamp when they repeat, so a row's
// stamps share one string instead of allocating one per field.
class StampReader
{
public:
    explicit StampReader(QStringView text)
        : m_text(text)
    {}

    // Calls onStamp(field, stamp) for every stamp; false on anything unexpected.
    template<typename OnStamp> bool read(OnStamp onStamp)
    {
        if (!take(u'{'))
            return false;
        if (take(u'}'))
            return atEnd();
        for (;;) {
            QStringView field;
            QStringView client;
            qint64 rev = 0;
            if (!string(&field) || !take(u':') || !take(u'[') || !integer(&rev) || !take(u',') || !string(&client) ||
                !take(u']'))
                return false;
            onStamp(field, FieldStamp{rev, clientId(client)});
            if (take(u'}'))
                return atEnd();
            if (!take(u','))
                return false;
        }
    }

private:
    bool atEnd() const { return m_pos == m_text.size(); }
    bool take(char16_t c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString clientId(QStringView id)
    {
        if (id != m_lastClient)
            m_lastClient = id.toString();
        return m_lastClient;
    }
    bool string(QStringView *out)
    {
        if (!take(u'"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
            if (m_text[m_pos] == u'\\')
                return false;
            ++m_pos;
        }
        if (m_pos == m_text.size())
            return false;
        *out = m_text.sliced(start, m_pos - start);
        ++m_pos;
        return true;
    }
    bool integer(qint64 *out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9')
            ++m_pos;
        bool ok = false;
        *out = m_text.sliced(start, m_pos - start).toLongLong(&ok);
        return ok;
    }

    QStringView m_text;
    QString m_lastClient;
    qsizetype m_pos = 0;
};

} // namespace

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

int StoredRow::stampIndex(QStringView field) const
{
    if (!def)
        return -1;
    if (field == u"deleted")
        return int(def->fields.size());
    return def->fieldIndex(field);
}

FieldStamp StoredRow::stamp(QStringView field) const
{
    return stamps.value(stampIndex(field));
}

void StoredRow::setStamp(QStringView field, FieldStamp stamp)
{
    const int index = stampIndex(field);
    if (index < 0)
        return;
    if (stamps.isEmpty())
        stamps.resize(def->fields.size() + 1);
    stamps[index] = std::move(stamp);
}

qsizetype StoredRow::stampCount() const
{
    return std::count_if(stamps.cbegin(), stamps.cend(), [](const FieldStamp &s) { return s.rev != 0; });
}

QByteArray StoredRow::stampsJson() const
{
    QByteArray out;
    out.reserve(stamps.size() * 56 + 2);
    protocol::JsonWriter w(&out);
    w.beginObject();
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const FieldStamp &stamp = stamps.at(i);
        if (stamp.rev == 0)
            continue;
        w.key(i < def->fields.size() ? def->fields.at(i).name : u"deleted"_s);
        w.beginArray();
        w.integer(stamp.rev);
        w.string(stamp.clientId);
        w.endArray();
    }
    w.endObject();
    return out;
}

void StoredRow::setStampsJson(const QString &json)
{
    stamps.clear();
    if (StampReader(json).read([this](QStringView field, FieldStamp stamp) { setStamp(field, std::move(stamp)); }))
        return;
    stamps.clear();
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        setStamp(it.key(), FieldStamp{pair.at(0).toInteger(), pair.at(1).toString()});
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

} // namespace k12::server
