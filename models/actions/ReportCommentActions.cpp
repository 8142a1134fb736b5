#include "ReportCommentActions.h"

#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString ReportCommentActions::commentFor(Store &store, const QString &classId, const QString &studentId,
                                         const QString &gradingPeriodId)
{
    const std::optional<ReportComment> c =
        Repository<ReportComment>(store).find(ReportComment::idFor(classId, studentId, gradingPeriodId));
    return c ? c->comment : QString();
}

Status ReportCommentActions::set(const QString &classId, const QString &studentId, const QString &gradingPeriodId,
                                 const QString &comment)
{
    Store &store = m_runner.store();
    const std::optional<Enrollment> enrollment =
        EnrollmentRepository(store).find(StudentRepository::enrollmentId(classId, studentId));
    if (!enrollment || enrollment->status != u"active"_s)
        return fail(tr("That student is not enrolled in this class."));
    if (!gradingPeriodId.isEmpty()) {
        const std::optional<GradingPeriod> period = GradingPeriodRepository(store).find(gradingPeriodId);
        if (!period || period->classId != classId)
            return fail(tr("That grading period is not one of this class's."));
    }
    ReportComment c;
    c.id = ReportComment::idFor(classId, studentId, gradingPeriodId);
    c.classId = classId;
    c.studentId = studentId;
    c.gradingPeriodId = gradingPeriodId;
    c.comment = comment.trimmed();
    const bool exists = Repository<ReportComment>(store).find(c.id).has_value();
    if (c.comment.isEmpty() && !exists)
        return {};
    if (const QString problem = c.problem(); !problem.isEmpty())
        return fail(problem);
    const Change change = c.comment.isEmpty() ? Change::remove(u"report_comment"_s, c.id)
                                              : Change::upsert(u"report_comment"_s, c.id, c.toFields());
    Result<QList<AppliedChange>> r = m_runner.write(
        c.comment.isEmpty() ? tr("Clear Report Comment") : tr("Set Report Comment"), u"report_comment.set"_s, {change});
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace k12
