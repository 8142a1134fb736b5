#include "RowRules.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Read access to a row by field name, in SQL form.
class Row
{
public:
    Row(const EntityDef &def, const QVariantList &values)
        : m_def(def)
        , m_values(values)
    {}

    QVariant value(QStringView field) const { return m_values.value(m_def.fieldIndex(field)); }
    QString text(QStringView field) const { return value(field).toString(); }
    bool blank(QStringView field) const { return text(field).trimmed().isEmpty(); }
    double number(QStringView field) const { return value(field).toDouble(); }
    QDate date(QStringView field) const { return QDate::fromString(text(field), Qt::ISODate); }
    bool endsBeforeStart() const
    {
        const QDate start = date(u"start_date");
        const QDate end = date(u"end_date");
        return start.isValid() && end.isValid() && end < start;
    }

private:
    const EntityDef &m_def;
    const QVariantList &m_values;
};

bool isEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

// 1000000, not 1e+06: limits are read by teachers.
QString plain(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

bool outside(double value, double low, double high)
{
    return !std::isfinite(value) || value < low || value > high;
}

// A JSON list of ids (standard_ids): strings only.
bool isIdList(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString())
            return false;
    }
    return true;
}

} // namespace

QString RowRules::proficiencyScaleProblem(const QString &json)
{
    if (json.trimmed().isEmpty() || json.trimmed() == u"[]"_s)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonArray levels = doc.array();
    if (!doc.isArray() || levels.size() < 2)
        return tr("A proficiency scale needs at least two levels.");
    double previous = -INFINITY;
    for (const QJsonValue &v : levels) {
        const QJsonObject level = v.toObject();
        if (!v.isObject() || !level.value(u"value").isDouble() || !level.value(u"label").isString())
            return tr("A proficiency scale is a list of levels, each with a value and a label.");
        const double value = level.value(u"value").toDouble();
        if (outside(value, 0, 1000))
            return tr("A proficiency level must be between 0 and 1000.");
        if (level.value(u"label").toString().trimmed().isEmpty())
            return tr("Every proficiency level needs a label.");
        if (value <= previous)
            return tr("Proficiency levels must go up from the lowest.");
        previous = value;
    }
    return {};
}

QString RowRules::formulaProblem(const QString &json)
{
    if (json.trimmed().isEmpty() || json.trimmed() == u"[]"_s)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return tr("A final grade formula is a list of weighted parts.");
    double total = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject part = v.toObject();
        int named = 0;
        for (const auto key : {u"period_id", u"assignment_id", u"category_id"}) {
            if (part.contains(key)) {
                if (!part.value(key).isString() || part.value(key).toString().isEmpty())
                    return tr("Each part of a final grade formula names a period, an assignment or a category.");
                ++named;
            }
        }
        if (!v.isObject() || named != 1 || !part.value(u"weight").isDouble())
            return tr("Each part of a final grade formula names a period, an assignment or a category, with a "
                      "weight.");
        const double weight = part.value(u"weight").toDouble();
        if (outside(weight, 0, 1000))
            return tr("A weight in a final grade formula must be between 0 and 1000.");
        total += weight;
    }
    if (!doc.array().isEmpty() && total <= 0)
        return tr("The weights of a final grade formula cannot all be zero.");
    return {};
}

QString RowRules::fieldWords(const QString &field)
{
    return QString(field).replace(u'_', u' ');
}

double RowRules::maximumPoints(double pointsPossible)
{
    return pointsPossible > 0 ? pointsPossible * kMaxFactor : INFINITY;
}

QString RowRules::scorePoints(double points, double pointsPossible, const QString &assignmentTitle)
{
    if (!std::isfinite(points))
        return tr("That is not a number.");
    if (points < 0)
        return tr("A score cannot be negative.");
    const double max = maximumPoints(pointsPossible);
    if (points > max) {
        return tr("%1 is above the allowed maximum of %2 for \"%3\" (twice its %4 points).")
            .arg(QLocale().toString(points), QLocale().toString(max), assignmentTitle,
                 QLocale().toString(pointsPossible));
    }
    return {};
}

QString RowRules::problem(const EntityDef &def, const QVariantMap &fields)
{
    QVariantList values = def.defaults();
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        const FieldDef &field = def.fields.at(i);
        const auto it = fields.constFind(field.name);
        if (it != fields.cend())
            values[i] = EntitySchema::toSql(field, *it);
    }
    return problem(def, values);
}

QString RowRules::problem(const EntityDef &def, const QVariantList &values)
{
    // The entity's own words first (what a teacher reads most often), then
    // the declared rules every field keeps.
    if (QString problem = entityProblem(def, values); !problem.isEmpty())
        return problem;
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        if (QString problem = fieldProblem(def, def.fields.at(i), values.value(i)); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString RowRules::fieldProblem(const EntityDef &def, const FieldDef &field, const QVariant &value)
{
    const QString words = fieldWords(field.name);
    // References are the writer's to fill (an action, or the server, which
    // checks each against its rows); a form being edited may not have them yet.
    if (field.requiredOnCreate && field.references.isEmpty() && value.toString().trimmed().isEmpty())
        return tr("The %1 of a %2 cannot be empty.").arg(words, fieldWords(def.name));
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Json:
    case FieldType::Date: {
        const QString text = value.toString();
        if (field.maxLength > 0 && text.size() > field.maxLength) {
            return tr("The %1 is too long: %2 characters, at most %3.")
                .arg(words)
                .arg(text.size())
                .arg(field.maxLength);
        }
        if (!field.oneOf.isEmpty() && !field.oneOf.contains(text))
            return tr("The %1 must be one of %2, not \"%3\".").arg(words, field.oneOf.join(u", "_s), text.left(40));
        if (field.type == FieldType::Date && !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("The %1 must be a date (YYYY-MM-DD), not \"%2\".").arg(words, text.left(40));
        if (field.type == FieldType::Json && field.name == u"standard_ids"_s && !isIdList(text))
            return tr("The %1 must be a list of standard ids.").arg(words);
        return {};
    }
    case FieldType::Real:
    case FieldType::Integer: {
        const double n = value.toDouble();
        if (!std::isfinite(n))
            return tr("The %1 must be a number.").arg(words);
        if (field.minimum && n < *field.minimum)
            return tr("The %1 cannot be below %2.").arg(words, plain(*field.minimum));
        if (field.maximum && n > *field.maximum)
            return tr("The %1 cannot be above %2.").arg(words, plain(*field.maximum));
        return {};
    }
    case FieldType::Bool:
        return {};
    }
    return {};
}

QString RowRules::entityProblem(const EntityDef &def, const QVariantList &values)
{
    const Row row(def, values);
    const QString &entity = def.name;
    if (entity == u"class"_s) {
        if (row.blank(u"name"))
            return tr("A class needs a name.");
        const QString policy = row.text(u"missing_policy");
        if (policy != u"zero"_s && policy != u"exclude"_s)
            return tr("The missing-work policy must be \"zero\" or \"exclude\".");
        if (outside(row.number(u"late_penalty_per_day"), 0, 100))
            return tr("The late penalty per day must be between 0 and 100 percent.");
        if (outside(row.number(u"late_penalty_floor"), 0, 100))
            return tr("The late penalty floor must be between 0 and 100 percent.");
        if (QString problem = proficiencyScaleProblem(row.text(u"proficiency_scale")); !problem.isEmpty())
            return problem;
    } else if (entity == u"student"_s) {
        if (row.blank(u"given_name"))
            return tr("A student needs a given name.");
        if (row.blank(u"family_name"))
            return tr("A student needs a family name.");
        const QString email = row.text(u"email").trimmed();
        if (!email.isEmpty() && !isEmail(email))
            return tr("\"%1\" is not an email address.").arg(email.left(80));
    } else if (entity == u"enrollment"_s) {
        if (row.blank(u"class_id") || row.blank(u"student_id"))
            return tr("An enrollment needs a class and a student.");
        const QString status = row.text(u"status");
        if (status != u"active"_s && status != u"dropped"_s)
            return tr("An enrollment is either active or dropped.");
    } else if (entity == u"grading_period"_s) {
        if (row.blank(u"name"))
            return tr("A grading period needs a name.");
        if (row.endsBeforeStart())
            return tr("A grading period cannot end before it starts.");
        if (QString problem = formulaProblem(row.text(u"formula")); !problem.isEmpty())
            return problem;
    } else if (entity == u"category"_s) {
        if (row.blank(u"name"))
            return tr("A category needs a name.");
        if (!std::isfinite(row.number(u"weight")) || row.number(u"weight") < 0)
            return tr("A category weight cannot be negative.");
        if (row.number(u"drop_lowest") < 0)
            return tr("Drop lowest cannot be negative.");
    } else if (entity == u"assignment"_s) {
        if (row.blank(u"title"))
            return tr("An assignment needs a title.");
        const double points = row.number(u"points_possible");
        if (!std::isfinite(points) || points < 0)
            return tr("Points possible cannot be negative.");
        const QString type = row.text(u"grading_type");
        if (type != u"points"_s && type != u"letter"_s)
            return tr("An assignment is graded in points or letters.");
    } else if (entity == u"score"_s) {
        const QVariant points = row.value(u"points");
        if (!points.isNull() && (!std::isfinite(points.toDouble()) || points.toDouble() < 0))
            return tr("A score cannot be negative.");
        if (row.number(u"days_late") < 0)
            return tr("Days late cannot be negative.");
    } else if (entity == u"standard"_s) {
        if (row.blank(u"code"))
            return tr("A standard needs a code.");
    } else if (entity == u"assignment_standard"_s) {
        if (row.blank(u"assignment_id") || row.blank(u"standard_id"))
            return tr("A link needs an assignment and a standard.");
    } else if (entity == u"mastery_score"_s) {
        if (!std::isfinite(row.number(u"score")) || row.number(u"score") < 0)
            return tr("A mastery score cannot be negative.");
    } else if (entity == u"final_override"_s) {
        if (row.blank(u"letter"))
            return tr("An overridden final grade needs a letter.");
    } else if (entity == u"guardian"_s) {
        if (row.blank(u"given_name"))
            return tr("A guardian needs a given name.");
        if (row.blank(u"family_name"))
            return tr("A guardian needs a family name.");
        const QString email = row.text(u"email").trimmed();
        if (!email.isEmpty() && !isEmail(email))
            return tr("\"%1\" is not an email address.").arg(email.left(80));
    } else if (entity == u"student_guardian"_s) {
        if (row.blank(u"student_id") || row.blank(u"guardian_id"))
            return tr("A link needs a student and a guardian.");
    } else if (entity == u"guardian_invitation"_s) {
        if (row.blank(u"guardian_id"))
            return tr("An invitation needs a guardian.");
    } else if (entity == u"family_notice"_s) {
        if (row.blank(u"student_id"))
            return tr("A notice needs a student.");
    } else if (entity == u"comment_template"_s) {
        if (row.blank(u"text"))
            return tr("A comment in the bank needs its text.");
    } else if (entity == u"grading_scale"_s) {
        const QJsonDocument doc = QJsonDocument::fromJson(row.text(u"cutoffs").toUtf8());
        const QJsonArray cutoffs = doc.array();
        if (!doc.isArray() || cutoffs.isEmpty())
            return tr("A letter scale needs at least one letter.");
        double previous = INFINITY;
        QString previousLetter;
        for (const QJsonValue &v : cutoffs) {
            const QJsonObject step = v.toObject();
            if (!v.isObject() || !step.value(u"letter").isString() || !step.value(u"min").isDouble())
                return tr("A letter scale is a list of letters, each with its lowest percentage.");
            const QString letter = step.value(u"letter").toString();
            const double min = step.value(u"min").toDouble();
            if (letter.trimmed().isEmpty())
                return tr("Every step of a letter scale needs a letter.");
            if (min >= previous)
                return tr("Letter scale cut-offs must go down from the top letter (\"%1\" is not below \"%2\").")
                    .arg(letter, previousLetter);
            previous = min;
            previousLetter = letter;
        }
    } else if (entity == u"unit_plan"_s) {
        if (row.blank(u"title"))
            return tr("A unit needs a title.");
        if (row.endsBeforeStart())
            return tr("A unit cannot end before it starts.");
        const QString status = row.text(u"status");
        if (status != u"draft"_s && status != u"ready"_s)
            return tr("A unit is either a draft or ready.");
    } else if (entity == u"lesson"_s) {
        if (row.blank(u"title"))
            return tr("A lesson needs a title.");
        if (row.blank(u"unit_id"))
            return tr("A lesson belongs to a unit.");
    }
    return {};
}

} // namespace k12
