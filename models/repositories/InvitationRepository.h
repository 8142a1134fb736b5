#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace k12 {

// Reading the invitations to the family portal the teacher asked for
// (GuardianInvitation rows; FamilyActions::invite writes them). Only what this
// profile asked is known here: whether a guardian accepted is the server's and
// is not synced back, so the window says "Invited", never "Joined".
class InvitationRepository : public Repository<GuardianInvitation>
{
public:
    using Repository::Repository;

    // When the guardian was last invited (UTC), or nothing if never.
    std::optional<QDateTime> lastInvited(const QString &guardianId) const;
    // The same for every guardian invited at least once: guardian id -> when (UTC).
    QHash<QString, QDateTime> lastInvitedAll() const;

    static QDateTime parseTime(const QString &iso);
};

} // namespace k12
