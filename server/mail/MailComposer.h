#pragma once

#include "server/families/FamilyReports.h"

#include <QDateTime>
#include <QString>

namespace k12::server {

// A message's words, ready for the queue.
struct ComposedMail
{
    QString subject;
    QString text;
    QString html;
};

// Writes the family emails from FamilyReports' content: mstch templates
// embedded under :/mail (a text and an HTML one per kind, the HTML's layout in
// two partials), every sentence from FamilyText in the reader's language
// (context "k12::mail"). In HTML every value goes through {{x}}, which
// escapes it: names and titles are data, never markup.
class MailComposer
{
public:
    explicit MailComposer(QString publicUrl);

    ComposedMail invitation(const InvitationContent &content, const QString &link, const QDateTime &expiresAt,
                            const QString &language) const;
    ComposedMail notice(const NoticeContent &content, const FamilyRecipient &recipient, const QString &language,
                        const QString &unsubscribeUrl) const;
    ComposedMail digest(const DigestContent &content, const QDateTime &since, const QString &language,
                        const QString &unsubscribeUrl) const;

    QString portalUrl() const;
    QString unsubscribeUrl(const QString &token) const;
    QString acceptUrl(const QString &token) const;

private:
    QString m_publicUrl;
};

} // namespace k12::server
