// Standards, mastery, letter scales, unit plans and lessons (Entities.h).
#include "Entities.h"

#include "EntityFields.h"
#include "Ids.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using namespace entityfields;

// --- standard ----------------------------------------------------------------

QVariantMap Standard::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"code"_s, code.trimmed()},
            {u"description"_s, description},
            {u"mastery_method"_s, masteryMethod},
            {u"mastery_param"_s, masteryParam ? QVariant(*masteryParam) : QVariant()}};
}

Standard Standard::fromRow(const QVariantMap &row)
{
    Standard s;
    readIdentity(row, &s);
    s.classId = row.value(u"class_id"_s).toString();
    s.code = row.value(u"code"_s).toString();
    s.description = row.value(u"description"_s).toString();
    s.masteryMethod = row.value(u"mastery_method"_s).toString();
    if (const QVariant param = row.value(u"mastery_param"_s); !param.isNull() && param.isValid())
        s.masteryParam = param.toDouble();
    return s;
}

QString Standard::problem() const
{
    return ruleProblem(*this);
}

// --- assignment_standard -----------------------------------------------------

QString AssignmentStandard::idFor(const QString &assignmentId, const QString &standardId)
{
    return pairId(u"assignment_standard"_s, assignmentId, standardId);
}

QVariantMap AssignmentStandard::toFields() const
{
    return {{u"class_id"_s, classId}, {u"assignment_id"_s, assignmentId}, {u"standard_id"_s, standardId}};
}

AssignmentStandard AssignmentStandard::fromRow(const QVariantMap &row)
{
    AssignmentStandard a;
    readIdentity(row, &a);
    a.classId = row.value(u"class_id"_s).toString();
    a.assignmentId = row.value(u"assignment_id"_s).toString();
    a.standardId = row.value(u"standard_id"_s).toString();
    return a;
}

QString AssignmentStandard::problem() const
{
    return ruleProblem(*this);
}

// --- mastery_score -----------------------------------------------------------

QVariantMap MasteryScore::toFields() const
{
    return {{u"class_id"_s, classId},     {u"standard_id"_s, standardId},
            {u"student_id"_s, studentId}, {u"assignment_id"_s, refValue(assignmentId)},
            {u"score"_s, score},          {u"assessed_at"_s, assessedAt}};
}

MasteryScore MasteryScore::fromRow(const QVariantMap &row)
{
    MasteryScore m;
    readIdentity(row, &m);
    m.classId = row.value(u"class_id"_s).toString();
    m.standardId = row.value(u"standard_id"_s).toString();
    m.studentId = row.value(u"student_id"_s).toString();
    m.assignmentId = row.value(u"assignment_id"_s).toString();
    m.score = row.value(u"score"_s).toDouble();
    m.assessedAt = row.value(u"assessed_at"_s).toString();
    return m;
}

QString MasteryScore::problem() const
{
    return ruleProblem(*this);
}

// --- grading_scale -----------------------------------------------------------

QString GradingScale::idFor(const QString &classId)
{
    return pairId(u"grading_scale"_s, classId, u"default"_s);
}

QList<LetterCutoff> GradingScale::defaultCutoffs()
{
    // Canvas's default grading scheme (REFERENCE.md).
    return {{u"A"_s, 94}, {u"A-"_s, 90}, {u"B+"_s, 87}, {u"B"_s, 84}, {u"B-"_s, 80}, {u"C+"_s, 77},
            {u"C"_s, 74}, {u"C-"_s, 70}, {u"D+"_s, 67}, {u"D"_s, 64}, {u"D-"_s, 61}, {u"F"_s, 0}};
}

QVariantMap GradingScale::toFields() const
{
    QJsonArray array;
    for (const LetterCutoff &c : cutoffs)
        array.append(QJsonObject{{u"letter"_s, c.letter}, {u"min"_s, c.minPercent}});
    return {{u"class_id"_s, classId},
            {u"name"_s, name},
            {u"cutoffs"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}};
}

GradingScale GradingScale::fromRow(const QVariantMap &row)
{
    GradingScale g;
    readIdentity(row, &g);
    g.classId = row.value(u"class_id"_s).toString();
    g.name = row.value(u"name"_s).toString();
    const QJsonArray array = QJsonDocument::fromJson(row.value(u"cutoffs"_s).toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        g.cutoffs.append({v[u"letter"_s].toString(), v[u"min"_s].toDouble()});
    return g;
}

QString GradingScale::problem() const
{
    return ruleProblem(*this);
}

// --- unit_plan ---------------------------------------------------------------

QVariantMap UnitPlan::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"title"_s, title.trimmed()},
            {u"start_date"_s, dateValue(startDate)},
            {u"end_date"_s, dateValue(endDate)},
            {u"summary"_s, summary},
            {u"essential_questions"_s, essentialQuestions},
            {u"standard_ids"_s, idList(standardIds)},
            {u"status"_s, status},
            {u"position"_s, position}};
}

UnitPlan UnitPlan::fromRow(const QVariantMap &row)
{
    UnitPlan u;
    readIdentity(row, &u);
    u.classId = row.value(u"class_id"_s).toString();
    u.title = row.value(u"title"_s).toString();
    u.startDate = toDate(row.value(u"start_date"_s));
    u.endDate = toDate(row.value(u"end_date"_s));
    u.summary = row.value(u"summary"_s).toString();
    u.essentialQuestions = row.value(u"essential_questions"_s).toString();
    u.standardIds = toIdList(row.value(u"standard_ids"_s));
    u.status = row.value(u"status"_s).toString();
    u.position = row.value(u"position"_s).toInt();
    return u;
}

QString UnitPlan::problem() const
{
    return ruleProblem(*this);
}

// --- lesson ------------------------------------------------------------------

QVariantMap Lesson::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"unit_id"_s, unitId},
            {u"date"_s, dateValue(date)},
            {u"title"_s, title.trimmed()},
            {u"objectives"_s, objectives},
            {u"activities"_s, activities},
            {u"materials"_s, materials},
            {u"homework"_s, homework},
            {u"standard_ids"_s, idList(standardIds)},
            {u"assignment_id"_s, refValue(assignmentId)},
            {u"position"_s, position}};
}

Lesson Lesson::fromRow(const QVariantMap &row)
{
    Lesson l;
    readIdentity(row, &l);
    l.classId = row.value(u"class_id"_s).toString();
    l.unitId = row.value(u"unit_id"_s).toString();
    l.date = toDate(row.value(u"date"_s));
    l.title = row.value(u"title"_s).toString();
    l.objectives = row.value(u"objectives"_s).toString();
    l.activities = row.value(u"activities"_s).toString();
    l.materials = row.value(u"materials"_s).toString();
    l.homework = row.value(u"homework"_s).toString();
    l.standardIds = toIdList(row.value(u"standard_ids"_s));
    l.assignmentId = row.value(u"assignment_id"_s).toString();
    l.position = row.value(u"position"_s).toInt();
    return l;
}

QString Lesson::problem() const
{
    return ruleProblem(*this);
}

} // namespace k12
