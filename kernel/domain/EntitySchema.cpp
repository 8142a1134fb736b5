#include "EntitySchema.h"

#include "JsonWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Lengths a teacher never reaches, and a hostile client cannot exceed.
constexpr int kName = 200;        // names, titles, codes
constexpr int kShort = 64;        // ids
constexpr int kEmail = 254;       // RFC 5321
constexpr int kNote = 10000;      // comments, descriptions
constexpr int kPlan = 100000;     // a unit's or a lesson's long texts
constexpr int kJsonList = 100000; // cut-offs, standard ids
// Points, weights: far above any gradebook's, far below what breaks arithmetic (1e308).
constexpr double kLargest = 1e6;

FieldDef text(const QString &name, int cap = kName)
{
    FieldDef f;
    f.name = name;
    f.defaultValue = u""_s;
    f.maxLength = cap;
    return f;
}
FieldDef nullableText(const QString &name, int cap)
{
    FieldDef f;
    f.name = name;
    f.nullable = true;
    f.maxLength = cap;
    return f;
}
FieldDef required(const QString &name, int cap = kName)
{
    FieldDef f;
    f.name = name;
    f.requiredOnCreate = true;
    f.maxLength = cap;
    return f;
}
FieldDef real(const QString &name, double dflt)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Real;
    f.defaultValue = dflt;
    return f;
}
FieldDef nullableReal(const QString &name)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Real;
    f.nullable = true;
    return f;
}
FieldDef integer(const QString &name, qint64 dflt = 0)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Integer;
    f.defaultValue = dflt;
    return f;
}
FieldDef flag(const QString &name, bool dflt = false)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Bool;
    f.defaultValue = dflt ? 1 : 0;
    return f;
}
FieldDef date(const QString &name)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Date;
    f.nullable = true;
    return f;
}
FieldDef json(const QString &name)
{
    FieldDef f;
    f.name = name;
    f.type = FieldType::Json;
    f.defaultValue = u"[]"_s;
    f.maxLength = kJsonList;
    return f;
}
FieldDef ref(const QString &name, const QString &entity, bool requiredRef = true)
{
    FieldDef f;
    f.name = name;
    f.nullable = !requiredRef;
    f.references = entity;
    f.requiredOnCreate = requiredRef;
    f.maxLength = kShort;
    return f;
}

QList<EntityDef> buildSchema()
{
    const QString classId = u"class_id"_s;
    const auto classRef = [&] { return ref(classId, u"class"_s); };
    return {
        {u"class"_s,
         {required(u"name"_s).notEmpty(), text(u"subject"_s), text(u"grade_level"_s), text(u"term"_s),
          text(u"period"_s), flag(u"archived"_s),
          text(u"missing_policy"_s).withDefault(u"zero"_s).among({u"zero"_s, u"exclude"_s}),
          flag(u"late_penalty_enabled"_s), real(u"late_penalty_per_day"_s, 0).between(0, 100),
          real(u"late_penalty_floor"_s, 0).between(0, 100),
          text(u"mastery_method"_s)
              .withDefault(u"most_recent"_s)
              .among({u"most_recent"_s, u"highest"_s, u"mean"_s, u"mode"_s, u"weighted_average"_s,
                      u"decaying_average"_s, u"n_mastery"_s, u"power_law"_s}),
          real(u"mastery_param"_s, 65).between(0, 1000), real(u"mastery_threshold"_s, 3).between(0, 1000),
          integer(u"mastery_n"_s, 2).between(0, 1000),
          // Schema 4: the class's proficiency scale ([] = the default 1-4),
          // marking missing work after its due date, the at-risk thresholds of
          // the Insight tab, and whether families see Final % and letter.
          json(u"proficiency_scale"_s), flag(u"auto_missing"_s), real(u"risk_below_percent"_s, 70).between(0, 100),
          integer(u"risk_missing_count"_s, 3).between(0, 1000), real(u"risk_drop_points"_s, 10).between(0, 100),
          flag(u"family_show_final"_s, true)},
         {}},
        {u"student"_s,
         {required(u"given_name"_s), required(u"family_name"_s), text(u"student_number"_s), text(u"email"_s, kEmail)},
         {}},
        {u"enrollment"_s,
         {classRef(), ref(u"student_id"_s, u"student"_s),
          text(u"status"_s).withDefault(u"active"_s).among({u"active"_s, u"dropped"_s})},
         classId},
        // formula (schema 4): [] = the period's own assignments; else a term
        // final made of weighted parts, e.g. S1 = 40 % Q1 + 40 % Q2 + 20 % exam:
        // [{"period_id": ..., "weight": 40}, {"assignment_id": ..., "weight": 20}].
        {u"grading_period"_s,
         {classRef(), required(u"name"_s), date(u"start_date"_s), date(u"end_date"_s), json(u"formula"_s)},
         classId},
        {u"category"_s,
         {classRef(), required(u"name"_s), real(u"weight"_s, 0).between(0, kLargest),
          integer(u"drop_lowest"_s).between(0, 1000), integer(u"position"_s)},
         classId},
        {u"assignment"_s,
         {classRef(), ref(u"category_id"_s, u"category"_s, false),
          ref(u"grading_period_id"_s, u"grading_period"_s, false), required(u"title"_s), text(u"description"_s, kNote),
          real(u"points_possible"_s, 0).between(0, kLargest), date(u"due_date"_s),
          text(u"grading_type"_s).withDefault(u"points"_s).among({u"points"_s, u"letter"_s}),
          flag(u"published"_s, true), integer(u"position"_s)},
         classId},
        {u"score"_s,
         {classRef(), ref(u"assignment_id"_s, u"assignment"_s), ref(u"student_id"_s, u"student"_s),
          nullableReal(u"points"_s).between(0, kLargest), nullableText(u"letter"_s, kName), flag(u"missing"_s),
          flag(u"late"_s), flag(u"excused"_s), flag(u"exempt"_s), integer(u"days_late"_s).between(0, 3650),
          text(u"comment"_s, kNote)},
         classId,
         {{u"assignment_id"_s, u"student_id"_s}}},
        // mastery_method "" = the class's method (schema 4 adds the override).
        {u"standard"_s,
         {classRef(), required(u"code"_s), text(u"description"_s, kNote),
          text(u"mastery_method"_s)
              .among({u""_s, u"most_recent"_s, u"highest"_s, u"mean"_s, u"mode"_s, u"weighted_average"_s,
                      u"decaying_average"_s, u"n_mastery"_s, u"power_law"_s}),
          nullableReal(u"mastery_param"_s).between(0, 1000)},
         classId},
        {u"assignment_standard"_s,
         {classRef(), ref(u"assignment_id"_s, u"assignment"_s), ref(u"standard_id"_s, u"standard"_s)},
         classId},
        {u"mastery_score"_s,
         {classRef(), ref(u"standard_id"_s, u"standard"_s), ref(u"student_id"_s, u"student"_s),
          ref(u"assignment_id"_s, u"assignment"_s, false), real(u"score"_s, 0).between(0, kLargest),
          text(u"assessed_at"_s)},
         classId},
        {u"grading_scale"_s, {classRef(), text(u"name"_s), json(u"cutoffs"_s)}, classId},
        {u"unit_plan"_s,
         {classRef(), required(u"title"_s), date(u"start_date"_s), date(u"end_date"_s), text(u"summary"_s, kPlan),
          text(u"essential_questions"_s, kPlan), json(u"standard_ids"_s),
          text(u"status"_s).withDefault(u"draft"_s).among({u"draft"_s, u"ready"_s}), integer(u"position"_s)},
         classId},
        {u"lesson"_s,
         {classRef(), ref(u"unit_id"_s, u"unit_plan"_s), date(u"date"_s), required(u"title"_s),
          text(u"objectives"_s, kPlan), text(u"activities"_s, kPlan), text(u"materials"_s, kPlan),
          text(u"homework"_s, kPlan), json(u"standard_ids"_s), ref(u"assignment_id"_s, u"assignment"_s, false),
          integer(u"position"_s)},
         classId},
        // Schema 4. A teacher's override of a student's final letter for a
        // period (or the whole course when the period is empty), with why.
        {u"final_override"_s,
         {classRef(), ref(u"student_id"_s, u"student"_s), ref(u"grading_period_id"_s, u"grading_period"_s, false),
          required(u"letter"_s, kShort).notEmpty(), text(u"reason"_s, kNote)},
         classId},
        // The teacher's comment on a student's progress report for a period.
        {u"report_comment"_s,
         {classRef(), ref(u"student_id"_s, u"student"_s), ref(u"grading_period_id"_s, u"grading_period"_s, false),
          text(u"comment"_s, kNote)},
         classId},
        // Families: guardians belong to the teacher who entered them (the
        // server keeps an owner, like a class's) and link to students.
        {u"guardian"_s,
         {required(u"given_name"_s), required(u"family_name"_s), text(u"email"_s, kEmail), text(u"phone"_s, kShort),
          text(u"relationship"_s, kShort), text(u"language"_s, 16), flag(u"receives_reports"_s, true)},
         {}},
        {u"student_guardian"_s,
         {ref(u"student_id"_s, u"student"_s), ref(u"guardian_id"_s, u"guardian"_s)},
         {},
         {{u"student_id"_s, u"guardian_id"_s}}},
        // The teacher's comment bank: reusable report comments with
        // placeholders ({first_name}, {final_letter}, {missing_count}).
        {u"comment_template"_s,
         {required(u"text"_s, kNote).notEmpty(), text(u"category"_s), integer(u"position"_s)},
         {}},
        // Schema 6 (issue 18): the teacher's requests to the server's mailer.
        // An invitation of a guardian to the family portal (the teacher's, like
        // the guardian) and a missing-work notice for one student of a class.
        {u"guardian_invitation"_s, {ref(u"guardian_id"_s, u"guardian"_s), text(u"requested_at"_s, kShort)}, {}},
        {u"family_notice"_s,
         {classRef(), ref(u"student_id"_s, u"student"_s),
          text(u"kind"_s).withDefault(u"missing"_s).among({u"missing"_s}), json(u"assignment_ids"_s),
          text(u"requested_at"_s, kShort)},
         classId},
    };
}

} // namespace

FieldDef FieldDef::withDefault(QVariant value) const
{
    FieldDef f = *this;
    f.defaultValue = std::move(value);
    return f;
}

FieldDef FieldDef::among(QStringList values) const
{
    FieldDef f = *this;
    f.oneOf = std::move(values);
    return f;
}

FieldDef FieldDef::atLeast(double value) const
{
    FieldDef f = *this;
    f.minimum = value;
    return f;
}

FieldDef FieldDef::between(double low, double high) const
{
    FieldDef f = *this;
    f.minimum = low;
    f.maximum = high;
    return f;
}

FieldDef FieldDef::capped(int length) const
{
    FieldDef f = *this;
    f.maxLength = length;
    return f;
}

FieldDef FieldDef::notEmpty() const
{
    FieldDef f = *this;
    f.nonEmpty = true;
    return f;
}

QVariantList EntityDef::defaults() const
{
    QVariantList values;
    values.reserve(fields.size());
    for (const FieldDef &f : fields)
        values.append(EntitySchema::toSql(f, f.defaultValue));
    return values;
}

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
