#pragma once

#include "MailSettings.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

typedef void CURL;
typedef void CURLM;

namespace k12::server {

// Sends one message per SMTP transaction through libcurl (smtp:// or smtps://,
// STARTTLS required with --smtp-starttls, AUTH with the credentials, bounded
// by timeouts). Not thread-safe except abort(): the mail worker owns one; the
// connection is kept between messages when the relay allows. The transfer runs
// on a curl multi handle so that abort() from another thread (the server
// stopping) ends it at once instead of after the SMTP timeout: it wakes the
// multi handle's poll and shuts the relay's socket down, which also ends the
// waits libcurl does inside a call (the reply to the end of DATA, QUIT).
class SmtpSender
{
public:
    enum class Outcome
    {
        Sent,      // the relay answered 250 to the end of DATA
        Transient, // no connection, TLS, a 4xx, or a 5xx about the relay: try again later
        Permanent, // a 5xx about this message or recipient (550 no such mailbox): do not try again
        Aborted    // abort() ended it: no answer came; the message goes back to the queue as it was
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
    // Thread-safe: ends the transfer in flight (and refuses later ones) within
    // milliseconds; send() then answers Aborted.
    void abort();

    // Which reply codes are about the message rather than the relay.
    static Outcome classify(int curlCode, long smtpCode);

private:
    struct Sockets; // the relay connection's socket, for abort()

    int perform(CURL *curl); // a CURLcode

    MailSettings m_settings;
    std::unique_ptr<Sockets> m_sockets; // outlives m_multi, whose cached connection holds its callbacks
    CURL *m_curl = nullptr;
    CURLM *m_multi = nullptr;
    std::atomic<bool> m_aborted{false};
};

} // namespace k12::server
