#include "InvitationRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QDateTime InvitationRepository::parseTime(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

std::optional<QDateTime> InvitationRepository::lastInvited(const QString &guardianId) const
{
    // requested_at is ISO 8601 UTC of one format, so text order is time order.
    const QList<GuardianInvitation> rows = select(u"guardian_id = ?"_s, {guardianId}, u"requested_at DESC"_s);
    for (const GuardianInvitation &i : rows) {
        if (const QDateTime t = parseTime(i.requestedAt); t.isValid())
            return t;
    }
    return std::nullopt;
}

QHash<QString, QDateTime> InvitationRepository::lastInvitedAll() const
{
    QHash<QString, QDateTime> last;
    for (const GuardianInvitation &i : select()) {
        const QDateTime t = parseTime(i.requestedAt);
        if (!t.isValid())
            continue;
        auto it = last.find(i.guardianId);
        if (it == last.end())
            last.insert(i.guardianId, t);
        else if (*it < t)
            *it = t;
    }
    return last;
}

} // namespace k12
