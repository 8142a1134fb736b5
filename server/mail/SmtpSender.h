#pragma once

#include "MailSettings.h"

#include <QByteArray>
#include <QString>

typedef void CURL;

namespace k12::server {

// Sends one message per SMTP transaction through libcurl (smtp:// or smtps://,
// STARTTLS required with --smtp-starttls, AUTH with the credentials, bounded
// by timeouts). Not thread-safe: the mail worker owns one; the connection is
// kept between messages when the relay allows.
class SmtpSender
{
public:
    enum class Outcome
    {
        Sent,      // the relay answered 250 to the end of DATA
        Transient, // no connection, TLS, a 4xx, or a 5xx about the relay: try again later
        Permanent  // a 5xx about this message or recipient (550 no such mailbox): do not try again
    };

    struct Attempt
    {
        Outcome outcome = Outcome::Transient;
        long smtpCode = 0; // the relay's last reply code, 0 when none came
        QString error;     // for mail_queue.last_error (no message content)
    };

    explicit SmtpSender(MailSettings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    Attempt send(const QString &recipient, const QByteArray &message);

    // Which reply codes are about the message rather than the relay.
    static Outcome classify(int curlCode, long smtpCode);

private:
    MailSettings m_settings;
    CURL *m_curl = nullptr;
};

} // namespace k12::server
