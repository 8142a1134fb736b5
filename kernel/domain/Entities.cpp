#include "Entities.h"

#include "EntityFields.h"
#include "Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using namespace entityfields;

// --- class -------------------------------------------------------------------

QVariantMap SchoolClass::toFields() const
{
    return {{u"name"_s, name},
            {u"subject"_s, subject},
            {u"grade_level"_s, gradeLevel},
            {u"term"_s, term},
            {u"period"_s, period},
            {u"archived"_s, archived},
            {u"missing_policy"_s, missingPolicy},
            {u"late_penalty_enabled"_s, latePenaltyEnabled},
            {u"late_penalty_per_day"_s, latePenaltyPerDay},
            {u"late_penalty_floor"_s, latePenaltyFloor},
            {u"mastery_method"_s, masteryMethod},
            {u"mastery_param"_s, masteryParam},
            {u"mastery_threshold"_s, masteryThreshold},
            {u"mastery_n"_s, masteryN},
            {u"proficiency_scale"_s, proficiencyScale.isEmpty() ? u"[]"_s : proficiencyScale},
            {u"auto_missing"_s, autoMissing},
            {u"risk_below_percent"_s, riskBelowPercent},
            {u"risk_missing_count"_s, riskMissingCount},
            {u"risk_drop_points"_s, riskDropPoints},
            {u"family_show_final"_s, familyShowFinal}};
}

SchoolClass SchoolClass::fromRow(const QVariantMap &row)
{
    SchoolClass c;
    readIdentity(row, &c);
    c.name = row.value(u"name"_s).toString();
    c.subject = row.value(u"subject"_s).toString();
    c.gradeLevel = row.value(u"grade_level"_s).toString();
    c.term = row.value(u"term"_s).toString();
    c.period = row.value(u"period"_s).toString();
    c.archived = row.value(u"archived"_s).toInt() != 0;
    c.missingPolicy = row.value(u"missing_policy"_s, c.missingPolicy).toString();
    c.latePenaltyEnabled = row.value(u"late_penalty_enabled"_s).toInt() != 0;
    c.latePenaltyPerDay = row.value(u"late_penalty_per_day"_s).toDouble();
    c.latePenaltyFloor = row.value(u"late_penalty_floor"_s).toDouble();
    c.masteryMethod = row.value(u"mastery_method"_s, c.masteryMethod).toString();
    c.masteryParam = row.value(u"mastery_param"_s, c.masteryParam).toDouble();
    c.masteryThreshold = row.value(u"mastery_threshold"_s, c.masteryThreshold).toDouble();
    c.masteryN = row.value(u"mastery_n"_s, c.masteryN).toInt();
    c.proficiencyScale = row.value(u"proficiency_scale"_s).toString();
    if (c.proficiencyScale == u"[]"_s)
        c.proficiencyScale.clear();
    c.autoMissing = row.value(u"auto_missing"_s).toInt() != 0;
    c.riskBelowPercent = row.value(u"risk_below_percent"_s, c.riskBelowPercent).toDouble();
    c.riskMissingCount = row.value(u"risk_missing_count"_s, c.riskMissingCount).toInt();
    c.riskDropPoints = row.value(u"risk_drop_points"_s, c.riskDropPoints).toDouble();
    c.familyShowFinal = row.value(u"family_show_final"_s, 1).toInt() != 0;
    return c;
}

QString SchoolClass::problem() const
{
    return ruleProblem(*this);
}

// --- student -----------------------------------------------------------------

QVariantMap Student::toFields() const
{
    return {{u"given_name"_s, givenName.trimmed()},
            {u"family_name"_s, familyName.trimmed()},
            {u"student_number"_s, studentNumber.trimmed()},
            {u"email"_s, email.trimmed()}};
}

Student Student::fromRow(const QVariantMap &row)
{
    Student s;
    readIdentity(row, &s);
    s.givenName = row.value(u"given_name"_s).toString();
    s.familyName = row.value(u"family_name"_s).toString();
    s.studentNumber = row.value(u"student_number"_s).toString();
    s.email = row.value(u"email"_s).toString();
    return s;
}

QString Student::problem() const
{
    return ruleProblem(*this);
}

// --- enrollment --------------------------------------------------------------

QVariantMap Enrollment::toFields() const
{
    return {{u"class_id"_s, classId}, {u"student_id"_s, studentId}, {u"status"_s, status}};
}

Enrollment Enrollment::fromRow(const QVariantMap &row)
{
    Enrollment e;
    readIdentity(row, &e);
    e.classId = row.value(u"class_id"_s).toString();
    e.studentId = row.value(u"student_id"_s).toString();
    e.status = row.value(u"status"_s).toString();
    return e;
}

QString Enrollment::problem() const
{
    return ruleProblem(*this);
}

// --- grading period ----------------------------------------------------------

QVariantMap GradingPeriod::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"name"_s, name},
            {u"start_date"_s, dateValue(startDate)},
            {u"end_date"_s, dateValue(endDate)},
            {u"formula"_s, formulaJson(formula)}};
}

QString GradingPeriod::formulaJson(const QList<FormulaPart> &parts)
{
    QJsonArray array;
    for (const FormulaPart &part : parts) {
        QJsonObject o;
        if (!part.periodId.isEmpty())
            o.insert(u"period_id"_s, part.periodId);
        if (!part.assignmentId.isEmpty())
            o.insert(u"assignment_id"_s, part.assignmentId);
        if (!part.categoryId.isEmpty())
            o.insert(u"category_id"_s, part.categoryId);
        o.insert(u"weight"_s, part.weight);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FormulaPart> GradingPeriod::parseFormula(const QString &json)
{
    QList<FormulaPart> parts;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        parts.append({o.value(u"period_id"_s).toString(), o.value(u"assignment_id"_s).toString(),
                      o.value(u"category_id"_s).toString(), o.value(u"weight"_s).toDouble()});
    }
    return parts;
}

GradingPeriod GradingPeriod::fromRow(const QVariantMap &row)
{
    GradingPeriod p;
    readIdentity(row, &p);
    p.classId = row.value(u"class_id"_s).toString();
    p.name = row.value(u"name"_s).toString();
    p.startDate = toDate(row.value(u"start_date"_s));
    p.endDate = toDate(row.value(u"end_date"_s));
    p.formula = parseFormula(row.value(u"formula"_s).toString());
    return p;
}

QString GradingPeriod::problem() const
{
    return ruleProblem(*this);
}

// --- category ----------------------------------------------------------------

QVariantMap Category::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"name"_s, name.trimmed()},
            {u"weight"_s, weight},
            {u"drop_lowest"_s, dropLowest},
            {u"position"_s, position}};
}

Category Category::fromRow(const QVariantMap &row)
{
    Category c;
    readIdentity(row, &c);
    c.classId = row.value(u"class_id"_s).toString();
    c.name = row.value(u"name"_s).toString();
    c.weight = row.value(u"weight"_s).toDouble();
    c.dropLowest = row.value(u"drop_lowest"_s).toInt();
    c.position = row.value(u"position"_s).toInt();
    return c;
}

QString Category::problem() const
{
    return ruleProblem(*this);
}

// --- assignment --------------------------------------------------------------

QVariantMap Assignment::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"category_id"_s, refValue(categoryId)},
            {u"grading_period_id"_s, refValue(gradingPeriodId)},
            {u"title"_s, title.trimmed()},
            {u"description"_s, description},
            {u"points_possible"_s, pointsPossible},
            {u"due_date"_s, dateValue(dueDate)},
            {u"grading_type"_s, gradingType},
            {u"published"_s, published},
            {u"position"_s, position}};
}

Assignment Assignment::fromRow(const QVariantMap &row)
{
    Assignment a;
    readIdentity(row, &a);
    a.classId = row.value(u"class_id"_s).toString();
    a.categoryId = row.value(u"category_id"_s).toString();
    a.gradingPeriodId = row.value(u"grading_period_id"_s).toString();
    a.title = row.value(u"title"_s).toString();
    a.description = row.value(u"description"_s).toString();
    a.pointsPossible = row.value(u"points_possible"_s).toDouble();
    a.dueDate = toDate(row.value(u"due_date"_s));
    a.gradingType = row.value(u"grading_type"_s).toString();
    a.published = row.value(u"published"_s).toInt() != 0;
    a.position = row.value(u"position"_s).toInt();
    return a;
}

QString Assignment::problem() const
{
    return ruleProblem(*this);
}

// --- score -------------------------------------------------------------------

QString Score::idFor(const QString &assignmentId, const QString &studentId)
{
    return pairId(u"score"_s, assignmentId, studentId);
}

QVariantMap Score::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"assignment_id"_s, assignmentId},
            {u"student_id"_s, studentId},
            {u"points"_s, points ? QVariant(*points) : QVariant()},
            {u"letter"_s, letter.isEmpty() ? QVariant() : QVariant(letter)},
            {u"missing"_s, missing},
            {u"late"_s, late},
            {u"excused"_s, excused},
            {u"exempt"_s, exempt},
            {u"days_late"_s, daysLate},
            {u"comment"_s, comment}};
}

QVariantMap Score::changedFields(const Score &before) const
{
    if (before.id != id)
        return toFields();
    QVariantMap changed;
    if (points != before.points)
        changed.insert(u"points"_s, points ? QVariant(*points) : QVariant());
    if (letter != before.letter)
        changed.insert(u"letter"_s, letter.isEmpty() ? QVariant() : QVariant(letter));
    if (missing != before.missing)
        changed.insert(u"missing"_s, missing);
    if (late != before.late)
        changed.insert(u"late"_s, late);
    if (excused != before.excused)
        changed.insert(u"excused"_s, excused);
    if (exempt != before.exempt)
        changed.insert(u"exempt"_s, exempt);
    if (daysLate != before.daysLate)
        changed.insert(u"days_late"_s, daysLate);
    if (comment != before.comment)
        changed.insert(u"comment"_s, comment);
    return changed;
}

Score Score::fromRow(const QVariantMap &row)
{
    Score s;
    readIdentity(row, &s);
    s.classId = row.value(u"class_id"_s).toString();
    s.assignmentId = row.value(u"assignment_id"_s).toString();
    s.studentId = row.value(u"student_id"_s).toString();
    const QVariant points = row.value(u"points"_s);
    if (!points.isNull())
        s.points = points.toDouble();
    s.letter = row.value(u"letter"_s).toString();
    s.missing = row.value(u"missing"_s).toInt() != 0;
    s.late = row.value(u"late"_s).toInt() != 0;
    s.excused = row.value(u"excused"_s).toInt() != 0;
    s.exempt = row.value(u"exempt"_s).toInt() != 0;
    s.daysLate = row.value(u"days_late"_s).toInt();
    s.comment = row.value(u"comment"_s).toString();
    return s;
}

QString Score::problem() const
{
    return ruleProblem(*this);
}

// --- final override ------------------------------------------------------------

QString FinalOverride::idFor(const QString &classId, const QString &studentId, const QString &gradingPeriodId)
{
    return pairId(u"final_override"_s, studentId, gradingPeriodId.isEmpty() ? classId : gradingPeriodId);
}

QVariantMap FinalOverride::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"student_id"_s, studentId},
            {u"grading_period_id"_s, refValue(gradingPeriodId)},
            {u"letter"_s, letter.trimmed()},
            {u"reason"_s, reason.trimmed()}};
}

FinalOverride FinalOverride::fromRow(const QVariantMap &row)
{
    FinalOverride o;
    readIdentity(row, &o);
    o.classId = row.value(u"class_id"_s).toString();
    o.studentId = row.value(u"student_id"_s).toString();
    o.gradingPeriodId = row.value(u"grading_period_id"_s).toString();
    o.letter = row.value(u"letter"_s).toString();
    o.reason = row.value(u"reason"_s).toString();
    return o;
}

QString FinalOverride::problem() const
{
    return ruleProblem(*this);
}

} // namespace k12
