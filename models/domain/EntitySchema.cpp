#include "EntitySchema.h"

#include "JsonWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

FieldDef text(const QString &name, bool nullable = false)
{
    return FieldDef{name, FieldType::Text, nullable, {}, false};
}
FieldDef required(const QString &name)
{
    return FieldDef{name, FieldType::Text, false, {}, true};
}
FieldDef real(const QString &name, bool nullable = false)
{
    return FieldDef{name, FieldType::Real, nullable, {}, false};
}
FieldDef integer(const QString &name)
{
    return FieldDef{name, FieldType::Integer, false, {}, false};
}
FieldDef flag(const QString &name)
{
    return FieldDef{name, FieldType::Bool, false, {}, false};
}
FieldDef date(const QString &name)
{
    return FieldDef{name, FieldType::Date, true, {}, false};
}
FieldDef json(const QString &name)
{
    return FieldDef{name, FieldType::Json, false, {}, false};
}
FieldDef ref(const QString &name, const QString &entity, bool requiredRef = true)
{
    return FieldDef{name, FieldType::Text, !requiredRef, entity, requiredRef};
}

QList<EntityDef> buildSchema()
{
    const QString classId = u"class_id"_s;
    return {
        {u"class"_s,
         {required(u"name"_s), text(u"subject"_s), text(u"grade_level"_s), text(u"term"_s), text(u"period"_s),
          flag(u"archived"_s), text(u"missing_policy"_s), flag(u"late_penalty_enabled"_s),
          real(u"late_penalty_per_day"_s), real(u"late_penalty_floor"_s), text(u"mastery_method"_s),
          real(u"mastery_param"_s), real(u"mastery_threshold"_s), integer(u"mastery_n"_s)},
         {}},
        {u"student"_s,
         {required(u"given_name"_s), required(u"family_name"_s), text(u"student_number"_s), text(u"email"_s)},
         {}},
        {u"enrollment"_s, {ref(classId, u"class"_s), ref(u"student_id"_s, u"student"_s), text(u"status"_s)}, classId},
        {u"grading_period"_s,
         {ref(classId, u"class"_s), required(u"name"_s), date(u"start_date"_s), date(u"end_date"_s)},
         classId},
        {u"category"_s,
         {ref(classId, u"class"_s), required(u"name"_s), real(u"weight"_s), integer(u"drop_lowest"_s),
          integer(u"position"_s)},
         classId},
        {u"assignment"_s,
         {ref(classId, u"class"_s), ref(u"category_id"_s, u"category"_s, false),
          ref(u"grading_period_id"_s, u"grading_period"_s, false), required(u"title"_s), text(u"description"_s),
          real(u"points_possible"_s), date(u"due_date"_s), text(u"grading_type"_s), flag(u"published"_s),
          integer(u"position"_s)},
         classId},
        {u"score"_s,
         {ref(classId, u"class"_s), ref(u"assignment_id"_s, u"assignment"_s), ref(u"student_id"_s, u"student"_s),
          real(u"points"_s, true), text(u"letter"_s, true), flag(u"missing"_s), flag(u"late"_s), flag(u"excused"_s),
          flag(u"exempt"_s), integer(u"days_late"_s), text(u"comment"_s)},
         classId},
        {u"standard"_s, {ref(classId, u"class"_s), required(u"code"_s), text(u"description"_s)}, classId},
        {u"assignment_standard"_s,
         {ref(classId, u"class"_s), ref(u"assignment_id"_s, u"assignment"_s), ref(u"standard_id"_s, u"standard"_s)},
         classId},
        {u"mastery_score"_s,
         {ref(classId, u"class"_s), ref(u"standard_id"_s, u"standard"_s), ref(u"student_id"_s, u"student"_s),
          ref(u"assignment_id"_s, u"assignment"_s, false), real(u"score"_s), text(u"assessed_at"_s)},
         classId},
        {u"grading_scale"_s, {ref(classId, u"class"_s), text(u"name"_s), json(u"cutoffs"_s)}, classId},
        {u"unit_plan"_s,
         {ref(classId, u"class"_s), required(u"title"_s), date(u"start_date"_s), date(u"end_date"_s),
          text(u"summary"_s), text(u"essential_questions"_s), json(u"standard_ids"_s), text(u"status"_s),
          integer(u"position"_s)},
         classId},
        {u"lesson"_s,
         {ref(classId, u"class"_s), ref(u"unit_id"_s, u"unit_plan"_s), date(u"date"_s), required(u"title"_s),
          text(u"objectives"_s), text(u"activities"_s), text(u"materials"_s), text(u"homework"_s),
          json(u"standard_ids"_s), ref(u"assignment_id"_s, u"assignment"_s, false), integer(u"position"_s)},
         classId},
    };
}

} // namespace

const FieldDef *EntityDef::field(QStringView fieldName) const
{
    const int index = fieldIndex(fieldName);
    return index < 0 ? nullptr : &fields.at(index);
}

int EntityDef::fieldIndex(QStringView fieldName) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &name = fields.at(i).name;
        if (name.size() == fieldName.size() && name == fieldName)
            return int(i);
    }
    return -1;
}

QStringList EntityDef::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef &f : fields)
        names.append(f.name);
    return names;
}

QString EntityDef::table() const
{
    return u'"' + name + u'"';
}

const QList<EntityDef> &EntitySchema::all()
{
    static const QList<EntityDef> schema = buildSchema();
    return schema;
}

const EntityDef *EntitySchema::find(QStringView entity)
{
    for (const EntityDef &def : all()) {
        if (def.name.size() == entity.size() && def.name == entity)
            return &def;
    }
    return nullptr;
}

QStringList EntitySchema::names()
{
    QStringList result;
    for (const EntityDef &def : all())
        result.append(def.name);
    return result;
}

QJsonValue EntitySchema::toJson(const FieldDef &field, const QVariant &value)
{
    if (value.isNull())
        return field.nullable ? QJsonValue(QJsonValue::Null) : QJsonValue();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Date:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.toInt() != 0 || value.toBool();
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        return QJsonArray();
    }
    }
    return {};
}

void EntitySchema::writeJson(JsonWriter &writer, const FieldDef &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        writer.null();
        return;
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Date:
        writer.string(value.toString());
        return;
    case FieldType::Integer:
        writer.integer(value.toLongLong());
        return;
    case FieldType::Real:
        writer.number(value.toDouble());
        return;
    case FieldType::Bool:
        writer.boolean(value.toLongLong() != 0 || value.toBool());
        return;
    case FieldType::Json:
        writer.value(toJson(field, value));
        return;
    }
}

bool EntitySchema::fromJson(const FieldDef &field, const QJsonValue &json, QVariant *out)
{
    if (json.isNull()) {
        if (!field.nullable)
            return false;
        *out = QVariant();
        return true;
    }
    switch (field.type) {
    case FieldType::Text:
        if (!json.isString())
            return false;
        *out = json.toString();
        return true;
    case FieldType::Date: {
        if (!json.isString())
            return false;
        const QString s = json.toString();
        if (!s.isEmpty() && !QDate::fromString(s, Qt::ISODate).isValid())
            return false;
        *out = s.isEmpty() ? QVariant() : QVariant(s);
        return true;
    }
    case FieldType::Integer: {
        if (!json.isDouble())
            return false;
        const double d = json.toDouble();
        if (d != static_cast<double>(static_cast<qint64>(d)))
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }
    case FieldType::Real:
        if (!json.isDouble())
            return false;
        *out = json.toDouble();
        return true;
    case FieldType::Bool:
        if (!json.isBool())
            return false;
        *out = json.toBool() ? 1 : 0;
        return true;
    case FieldType::Json:
        if (json.isArray())
            *out = QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
        else if (json.isObject())
            *out = QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
        else
            return false;
        return true;
    }
    return false;
}

QVariant EntitySchema::toSql(const FieldDef &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        if (field.nullable || field.type == FieldType::Date)
            return {};
        // NOT NULL columns: an absent value means the type's empty value.
        switch (field.type) {
        case FieldType::Text:
            return QString(u""_s);
        case FieldType::Json:
            return u"[]"_s;
        default:
            return 0;
        }
    }
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool() ? 1 : 0;
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case FieldType::Text:
    case FieldType::Json: {
        // A null QString binds as SQL NULL; NOT NULL columns get the empty string.
        const QString text = value.toString();
        if (text.isNull() && !field.nullable)
            return field.type == FieldType::Json ? u"[]"_s : QString(u""_s);
        if (text.isEmpty() && field.nullable)
            return {};
        return text;
    }
    }
    return value;
}

} // namespace k12
