#pragma once

#include "MailComposer.h"
#include "kernel/domain/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace k12::server {

class Database;

// Turns what teachers and families asked for into queued messages (issue 18):
// - guardian_invitation rows: a portal_invite (the one-time link, stored as a
//   hash) and the invitation email, in one transaction (contract 2);
// - family_notice rows: one email per guardian with an email
//   ("notice:<notice>:<guardian>"), then the notice is marked planned
//   (mail_plan) so it is not looked at again;
// - the weekly digest of each opted-in portal account
//   ("digest:<account>:<ISO year-week>").
// Every queue write is deduplicated, so planning twice (two server processes,
// a crash between steps) queues each message once. Content comes from
// FamilyReports, words from MailComposer. Logs ids and counts only.
class MailPlanner
{
public:
    struct Counts
    {
        int invitations = 0;
        int notices = 0;      // notice rows planned
        int noticeEmails = 0; // messages queued for them
        int digests = 0;      // digests queued
        int emptyDigests = 0; // opted-in accounts with nothing to say this week
        int errors = 0;
    };

    MailPlanner(Database &db, const QString &publicUrl);

    // Invitations and notices not planned yet.
    Result<Counts> planRequests();
    // This ISO week's digests. Without `force`: only for accounts whose last
    // digest is older than `slotUtc` (this week's --digest-weekday/--digest-hour);
    // with it (admin send-digests --now) for every opted-in account that has
    // none queued this week.
    Result<Counts> planDigests(const QDateTime &slotUtc, bool force);
    // How many opted-in accounts have no digest queued this week yet.
    Result<int> digestsPending(const QDateTime &nowUtc);

    // "2026-W49" for a local date.
    static QString isoWeek(const QDate &date);
    // This week's digest time (local) for an ISO weekday and hour.
    static QDateTime weeklySlot(const QDateTime &nowLocal, int weekday, int hour);

private:
    Status planInvitation(const QString &invitationId, Counts &counts);
    Status planNotice(const QString &noticeId, Counts &counts);
    Status planDigest(const QString &accountId, const QString &email, const QString &lastDigestAt,
                      const QString &weekKey, Counts &counts);
    // portal_account.language for an email with an account, else the guardian's language.
    Result<QString> languageFor(const QString &email, const QString &guardianLanguage);
    Status markPlanned(const QString &source);

    Database &m_db;
    MailComposer m_composer;
    QSet<QString> m_reported; // sources whose failure was logged already
};

} // namespace k12::server
