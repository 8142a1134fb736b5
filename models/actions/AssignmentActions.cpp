#include "AssignmentActions.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// A term computed by formula holds no assignments (its work is in its periods).
QString termProblem(Store &store, const Assignment &assignment)
{
    if (assignment.gradingPeriodId.isEmpty())
        return {};
    const std::optional<GradingPeriod> p = GradingPeriodRepository(store).find(assignment.gradingPeriodId);
    if (!p || p->formula.isEmpty())
        return {};
    return AssignmentActions::tr(
               "\"%1\" is computed by its formula and holds no assignments; put the assignment in one of its periods.")
        .arg(p->name);
}

} // namespace

Result<QString> AssignmentActions::add(Assignment assignment)
{
    if (const QString problem = assignment.problem(); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = termProblem(m_runner.store(), assignment); !problem.isEmpty())
        return fail(problem);
    if (assignment.id.isEmpty())
        assignment.id = newId();
    assignment.position = AssignmentRepository(m_runner.store()).nextPosition(assignment.classId);
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Add Assignment"), u"assignment.add"_s,
                       {Change::upsert(u"assignment"_s, assignment.id, assignment.toFields())});
    if (!r)
        return Error{r.error()};
    return assignment.id;
}

Status AssignmentActions::edit(const Assignment &before, const Assignment &after)
{
    if (const QString problem = after.problem(); !problem.isEmpty())
        return fail(problem);
    if (after.gradingPeriodId != before.gradingPeriodId) {
        if (const QString problem = termProblem(m_runner.store(), after); !problem.isEmpty())
            return fail(problem);
    }
    QVariantMap fields;
    const QVariantMap old = before.toFields();
    const QVariantMap now = after.toFields();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (old.value(it.key()) != it.value())
            fields.insert(it.key(), it.value());
    }
    if (fields.isEmpty())
        return {};
    Result<QList<AppliedChange>> r = m_runner.write(tr("Edit Assignment"), u"assignment.edit"_s,
                                                    {Change::upsert(u"assignment"_s, before.id, fields)});
    return r ? Status{} : Status{fail(r.error())};
}

Status AssignmentActions::remove(const QString &assignmentId)
{
    Result<QList<AppliedChange>> r = m_runner.write(tr("Delete Assignment"), u"assignment.delete"_s,
                                                    {Change::remove(u"assignment"_s, assignmentId)});
    return r ? Status{} : Status{fail(r.error())};
}

Result<int> AssignmentActions::setPublished(const QList<Assignment> &assignments, bool published)
{
    ChangeList changes;
    for (const Assignment &a : assignments) {
        if (a.published != published)
            changes.append(Change::upsert(u"assignment"_s, a.id, {{u"published"_s, published}}));
    }
    if (changes.isEmpty())
        return 0;
    const int n = int(changes.size());
    Result<QList<AppliedChange>> r =
        m_runner.write(published ? tr("Publish %n Assignment(s)", nullptr, n) : tr("Hide %n Assignment(s)", nullptr, n),
                       published ? u"assignment.publish"_s : u"assignment.hide"_s, changes);
    if (!r)
        return Error{r.error()};
    return n;
}

} // namespace k12
