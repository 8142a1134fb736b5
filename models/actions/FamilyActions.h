#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"
#include "models/families/MissingNoticePreview.h"

#include <QCoreApplication>

namespace k12 {

// What a teacher sends to families through the server (issue 18):
// invitations to the family portal and missing-work notices. Each becomes a
// synced row (GuardianInvitation, FamilyNotice) that the server's mailer
// turns into email.
//
// These are sent records, like an email: they are written in one transaction
// (rows + outbox + audit) but are NOT undo steps. Once synced the server may
// already have mailed them, so Edit > Undo taking the row back would only
// pretend to; the window asks before sending instead. A re-invite is a new row.
class FamilyActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::FamilyActions)

public:
    explicit FamilyActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // One invitation per guardian, requested now. Refused, with nothing
    // written, when a guardian has no email (they are named) or is unknown.
    // Returns the invitation ids, in the order of guardianIds (a guardian named twice is invited once).
    Result<QStringList> invite(const QStringList &guardianIds);

    // See MissingNoticePreview::build.
    Result<MissingNoticePreview> missingNoticePreview(const QString &classId, const QStringList &studentIds = {});
    // One FamilyNotice per previewed student who has missing work and a
    // guardian to receive it, naming the previewed assignments; one
    // transaction. Refused when there is none, and on an archived class.
    // Returns the notice ids.
    Result<QStringList> sendMissingNotices(const MissingNoticePreview &preview);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
