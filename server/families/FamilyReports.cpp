#include "FamilyReports.h"

#include "server/store/Database.h"

namespace k12::server {

// First commit: the API only, so the portal and the mail planner can build against it.
FamilyReports::FamilyReports(Database &db)
    : m_db(db)
{}

Result<QList<FamilyStudent>> FamilyReports::studentsOf(const QString &)
{
    return fail(QStringLiteral("FamilyReports: not implemented yet"));
}

Result<std::optional<ProgressReport>> FamilyReports::report(const QString &, const QString &, const QString &,
                                                            const QString &)
{
    return fail(QStringLiteral("FamilyReports: not implemented yet"));
}

Result<NoticeContent> FamilyReports::notice(const QString &)
{
    return fail(QStringLiteral("FamilyReports: not implemented yet"));
}

Result<DigestContent> FamilyReports::digest(const QString &, const QDateTime &)
{
    return fail(QStringLiteral("FamilyReports: not implemented yet"));
}

Result<InvitationContent> FamilyReports::invitation(const QString &)
{
    return fail(QStringLiteral("FamilyReports: not implemented yet"));
}

} // namespace k12::server
