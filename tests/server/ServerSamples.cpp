#include "ServerSamples.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

bool isEnumerated(const EntityDef &, const FieldDef &field)
{
    return !field.oneOf.isEmpty() || field.name == u"email"_s;
}

QString sampleText(const FieldDef &field, const QString &text, int variant)
{
    // Short fields (a language code) keep the end of the text, with its number.
    const QString full = text + u" #"_s + QString::number(variant);
    return field.maxLength > 0 ? full.right(field.maxLength) : full;
}

QJsonObject sampleFields(const EntityDef &def, const QHash<QString, QString> &idOf, int variant, const QString &text)
{
    QJsonObject fields;
    for (const FieldDef &field : def.fields) {
        if (!field.references.isEmpty()) {
            fields.insert(field.name, idOf.value(field.references));
            continue;
        }
        switch (field.type) {
        case FieldType::Text:
            if (field.name == u"email"_s)
                fields.insert(field.name, u"student%1@school.test"_s.arg(variant));
            else
                fields.insert(field.name, isEnumerated(def, field) ? field.oneOf.at(variant % field.oneOf.size())
                                                                   : sampleText(field, text, variant));
            break;
        case FieldType::Integer:
            fields.insert(field.name, 2 + variant);
            break;
        case FieldType::Real: // points possible leave room for the scores the tests type (twice is the limit)
            fields.insert(field.name, (field.name == u"points_possible"_s ? 10.25 : 1.25) + variant);
            break;
        case FieldType::Bool:
            fields.insert(field.name, variant % 2 == 1);
            break;
        case FieldType::Date:
            fields.insert(field.name, QDate(2026, 9, 1).addDays(variant).toString(Qt::ISODate));
            break;
        case FieldType::Json: // the shapes RowRules accepts: cut-offs going down, levels going up, weighted
                              // parts, or a list of ids
            if (field.name == u"cutoffs"_s)
                fields.insert(field.name, QJsonArray{QJsonObject{{u"letter"_s, u"A"_s}, {u"min"_s, 90 - variant}},
                                                     QJsonObject{{u"letter"_s, u"F"_s}, {u"min"_s, 0}}});
            else if (field.name == u"proficiency_scale"_s)
                fields.insert(field.name, QJsonArray{QJsonObject{{u"value"_s, 1}, {u"label"_s, u"Low"_s}},
                                                     QJsonObject{{u"value"_s, 2 + variant}, {u"label"_s, u"High"_s}}});
            else if (field.name == u"formula"_s)
                fields.insert(field.name, QJsonArray{QJsonObject{{u"category_id"_s, idOf.value(u"category"_s)},
                                                                 {u"weight"_s, 100 - variant}}});
            else
                fields.insert(field.name, QJsonArray{QJsonValue(u"v"_s + QString::number(variant))});
            break;
        }
    }
    return fields;
}

Sample sampleRows(const QString &text, int variant)
{
    Sample s;
    for (const EntityDef &def : EntitySchema::all())
        s.idOf.insert(def.name, uuid());
    for (const EntityDef &def : EntitySchema::all())
        s.mutations.append(mutation(def.name, s.idOf.value(def.name), sampleFields(def, s.idOf, variant, text)));
    return s;
}

QHash<QString, QJsonObject> byId(const QList<QJsonObject> &rows)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &row : rows)
        out.insert(row.value(u"id").toString(), row);
    return out;
}

QString statusOf(const QJsonValue &result)
{
    return result.toObject().value(u"status").toString();
}

bool isProblem(const HttpReply &r, int status, protocol::Problem::Kind kind)
{
    return r.status == status && r.header("Content-Type").startsWith("application/problem+json") &&
           r.json().value(u"type").toString() == protocol::Problem::typeUri(kind) &&
           r.json().value(u"request_id").toString() == QString::fromLatin1(r.header("X-Request-Id")) &&
           !r.json().value(u"detail").toString().isEmpty();
}

} // namespace k12::test
