#include "FamilyActions.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/repositories/GuardianRepository.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Result<QStringList> FamilyActions::invite(const QStringList &guardianIds)
{
    if (guardianIds.isEmpty())
        return fail(tr("Choose a guardian to invite."));
    GuardianRepository guardians(m_runner.store());
    QStringList noEmail;
    ChangeList changes;
    QStringList ids;
    const QString now = Clock::nowIso();
    QStringList unique = guardianIds;
    unique.removeDuplicates(); // one invitation per guardian, however often named
    for (const QString &guardianId : std::as_const(unique)) {
        const std::optional<Guardian> g = guardians.find(guardianId);
        if (!g)
            return fail(tr("That guardian no longer exists."));
        if (g->email.trimmed().isEmpty()) {
            noEmail << g->displayName();
            continue;
        }
        GuardianInvitation invitation;
        invitation.id = newId();
        invitation.guardianId = g->id;
        invitation.requestedAt = now;
        if (const QString problem = invitation.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"guardian_invitation"_s, invitation.id, invitation.toFields()));
        ids << invitation.id;
    }
    if (!noEmail.isEmpty())
        return fail(tr("%n guardian(s) cannot be invited without an email: %1. Add an email first.", nullptr,
                       int(noEmail.size()))
                        .arg(noEmail.join(u", "_s)));
    // Not an undo step: see the class comment.
    Result<QList<AppliedChange>> r = m_runner.store().apply(u"guardian.invite"_s, changes);
    if (!r)
        return Error{r.error()};
    return ids;
}

Result<MissingNoticePreview> FamilyActions::missingNoticePreview(const QString &classId, const QStringList &studentIds)
{
    return MissingNoticePreview::build(m_runner.store(), classId, studentIds);
}

Result<QStringList> FamilyActions::sendMissingNotices(const MissingNoticePreview &preview)
{
    if (!m_runner.store().row(*EntitySchema::find(u"class"_s), preview.classId))
        return fail(tr("That class no longer exists."));
    ChangeList changes;
    QStringList ids;
    const QString now = Clock::nowIso();
    for (const MissingNoticePreview::Entry &e : preview.entries) {
        if (!e.willSend())
            continue;
        FamilyNotice notice;
        notice.id = newId();
        notice.classId = preview.classId;
        notice.studentId = e.studentId;
        notice.kind = u"missing"_s;
        notice.assignmentIds = e.assignmentIds();
        notice.requestedAt = now;
        if (const QString problem = notice.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"family_notice"_s, notice.id, notice.toFields()));
        ids << notice.id;
    }
    if (changes.isEmpty())
        return fail(tr("No notice to send: none of these students has missing work and a guardian with an email "
                       "who receives reports."));
    // One transaction; an archived class is refused by the store's ArchiveGuard. Not an undo step.
    Result<QList<AppliedChange>> r = m_runner.store().apply(u"family.notice"_s, changes);
    if (!r)
        return Error{r.error()};
    return ids;
}

} // namespace k12
