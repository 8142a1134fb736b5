// Families: report comments, guardians and their links, comment templates,
// portal invitations and family notices (Entities.h).
#include "Entities.h"

#include "EntityFields.h"
#include "Ids.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using namespace entityfields;

// --- report comment ----------------------------------------------------------

QString ReportComment::idFor(const QString &classId, const QString &studentId, const QString &gradingPeriodId)
{
    return pairId(u"report_comment"_s, studentId, gradingPeriodId.isEmpty() ? classId : gradingPeriodId);
}

QVariantMap ReportComment::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"student_id"_s, studentId},
            {u"grading_period_id"_s, refValue(gradingPeriodId)},
            {u"comment"_s, comment}};
}

ReportComment ReportComment::fromRow(const QVariantMap &row)
{
    ReportComment c;
    readIdentity(row, &c);
    c.classId = row.value(u"class_id"_s).toString();
    c.studentId = row.value(u"student_id"_s).toString();
    c.gradingPeriodId = row.value(u"grading_period_id"_s).toString();
    c.comment = row.value(u"comment"_s).toString();
    return c;
}

QString ReportComment::problem() const
{
    return ruleProblem(*this);
}

// --- guardian ----------------------------------------------------------------

QVariantMap Guardian::toFields() const
{
    return {{u"given_name"_s, givenName.trimmed()},
            {u"family_name"_s, familyName.trimmed()},
            {u"email"_s, email.trimmed()},
            {u"phone"_s, phone.trimmed()},
            {u"relationship"_s, relationship.trimmed()},
            {u"language"_s, language.trimmed()},
            {u"receives_reports"_s, receivesReports}};
}

Guardian Guardian::fromRow(const QVariantMap &row)
{
    Guardian g;
    readIdentity(row, &g);
    g.givenName = row.value(u"given_name"_s).toString();
    g.familyName = row.value(u"family_name"_s).toString();
    g.email = row.value(u"email"_s).toString();
    g.phone = row.value(u"phone"_s).toString();
    g.relationship = row.value(u"relationship"_s).toString();
    g.language = row.value(u"language"_s).toString();
    g.receivesReports = row.value(u"receives_reports"_s, 1).toInt() != 0;
    return g;
}

QString Guardian::problem() const
{
    return ruleProblem(*this);
}

// --- student_guardian --------------------------------------------------------

QString StudentGuardian::idFor(const QString &studentId, const QString &guardianId)
{
    return pairId(u"student_guardian"_s, studentId, guardianId);
}

QVariantMap StudentGuardian::toFields() const
{
    return {{u"student_id"_s, studentId}, {u"guardian_id"_s, guardianId}};
}

StudentGuardian StudentGuardian::fromRow(const QVariantMap &row)
{
    StudentGuardian l;
    readIdentity(row, &l);
    l.studentId = row.value(u"student_id"_s).toString();
    l.guardianId = row.value(u"guardian_id"_s).toString();
    return l;
}

QString StudentGuardian::problem() const
{
    return ruleProblem(*this);
}

// --- comment template --------------------------------------------------------

QVariantMap CommentTemplate::toFields() const
{
    return {{u"text"_s, text.trimmed()}, {u"category"_s, category.trimmed()}, {u"position"_s, position}};
}

CommentTemplate CommentTemplate::fromRow(const QVariantMap &row)
{
    CommentTemplate t;
    readIdentity(row, &t);
    t.text = row.value(u"text"_s).toString();
    t.category = row.value(u"category"_s).toString();
    t.position = row.value(u"position"_s).toInt();
    return t;
}

QString CommentTemplate::problem() const
{
    return ruleProblem(*this);
}

// --- guardian invitation -----------------------------------------------------

QVariantMap GuardianInvitation::toFields() const
{
    return {{u"guardian_id"_s, guardianId}, {u"requested_at"_s, requestedAt}};
}

GuardianInvitation GuardianInvitation::fromRow(const QVariantMap &row)
{
    GuardianInvitation i;
    readIdentity(row, &i);
    i.guardianId = row.value(u"guardian_id"_s).toString();
    i.requestedAt = row.value(u"requested_at"_s).toString();
    return i;
}

QString GuardianInvitation::problem() const
{
    return ruleProblem(*this);
}

// --- family notice -----------------------------------------------------------

QVariantMap FamilyNotice::toFields() const
{
    return {{u"class_id"_s, classId},
            {u"student_id"_s, studentId},
            {u"kind"_s, kind},
            {u"assignment_ids"_s, idList(assignmentIds)},
            {u"requested_at"_s, requestedAt}};
}

FamilyNotice FamilyNotice::fromRow(const QVariantMap &row)
{
    FamilyNotice n;
    readIdentity(row, &n);
    n.classId = row.value(u"class_id"_s).toString();
    n.studentId = row.value(u"student_id"_s).toString();
    n.kind = row.value(u"kind"_s, u"missing"_s).toString();
    n.assignmentIds = toIdList(row.value(u"assignment_ids"_s));
    n.requestedAt = row.value(u"requested_at"_s).toString();
    return n;
}

QString FamilyNotice::problem() const
{
    return ruleProblem(*this);
}

} // namespace k12
