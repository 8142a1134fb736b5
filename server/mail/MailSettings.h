#pragma once

#include <QString>

namespace k12::server {

// How `k12-server serve` mails families (issue 18, contract 7). Without an
// SMTP URL the planner still queues messages; nothing is sent.
struct MailSettings
{
    QString publicUrl;     // base of links in emails, no trailing slash
    QString smtpUrl;       // smtp://host:port or smtps://host:port; empty: do not send
    bool startTls = false; // require STARTTLS on smtp://
    QString user;          // from --smtp-credentials
    QString password;
    QString from;          // --mail-from
    QString caFile;        // --smtp-ca-file: CA certificates for the relay's TLS (default: the system's)
    int digestWeekday = 5; // ISO 1 = Monday .. 7 = Sunday
    int digestHour = 16;   // server local time
    // Hidden test knobs (the defaults are the documented behaviour).
    int pollMs = 5000;                // how often the worker plans and sends
    qint64 retryBaseMs = 30000;       // first retry delay; doubles per attempt
    qint64 retryCapMs = 3600000;      // longest retry delay
    qint64 giveUpMs = 48LL * 3600000; // a message still failing this long after it was queued fails
    int breakerThreshold = 5;         // consecutive relay failures that open the breaker
    qint64 breakerCooldownMs = 30000; // first open period; doubles while probes fail
    qint64 breakerCooldownCapMs = 900000;
    int smtpTimeoutSeconds = 60; // a whole SMTP transaction at most
    int connectTimeoutSeconds = 15;

    bool sends() const { return !smtpUrl.isEmpty(); }
};

} // namespace k12::server
