#include "StoredRow.h"

#include "protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Reads what StoredRow::stampsJson() writes, {"field":[rev,"client"],...},
// without building a JSON document for every row a push loads; anything else
// (escapes, spaces, other types) returns false and takes the general parser.
// Field names are taken from the row's EntityDef and client ids from the
// previous stamp when they repeat, so a row's stamps share their strings
// instead of allocating two per field.
class StampReader
{
public:
    StampReader(QStringView text, const EntityDef *def)
        : m_text(text)
        , m_def(def)
    {}

    bool read(QHash<QString, FieldStamp> *stamps)
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
            stamps->insert(fieldName(field), FieldStamp{rev, clientId(client)});
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
    QString fieldName(QStringView name) const
    {
        static const QString deleted = u"deleted"_s;
        if (name == deleted)
            return deleted;
        const FieldDef *field = m_def ? m_def->field(name) : nullptr;
        return field ? field->name : name.toString();
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
    const EntityDef *m_def;
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
    stamps.reserve(16);
    if (StampReader(json, def).read(&stamps))
        return;
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
