#pragma once

#include "MailBreaker.h"
#include "MailSettings.h"
#include "server/store/DatabaseConfig.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace k12::server {

class Database;
class MailPlanner;
class MailQueue;
class SmtpSender;
struct QueuedMail;

// The mailer of `k12-server serve`: a thread of its own with its own database
// connection. Every --mail-poll-ms it plans (invitations, notices, the weekly
// digest once its time has come this week) and, when an SMTP relay is
// configured, sends what is due, one message per SMTP transaction, behind a
// circuit breaker. Once a day it clears the bodies of messages sent more than
// 30 days ago. Logs counts and states only.
class MailWorker
{
public:
    MailWorker(DatabaseConfig database, MailSettings settings);
    ~MailWorker();
    MailWorker(const MailWorker &) = delete;
    MailWorker &operator=(const MailWorker &) = delete;

    void start();
    // Aborts the SMTP transaction in flight (its message goes back to
    // 'queued', as it was) and joins: the server stops within a second or so.
    void stop();

private:
    struct Round
    {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        int skipped = 0;
    };

    void run();
    void planRound(MailPlanner &planner);
    void sendRound(Database &db, MailQueue &queue, SmtpSender &sender);
    bool skipIfUnsubscribed(MailQueue &queue, const QueuedMail &mail, Round &round);
    void sendOne(MailQueue &queue, SmtpSender &sender, const QueuedMail &mail, Round &round);
    void waitFor(int ms);

    DatabaseConfig m_database;
    MailSettings m_settings;
    MailBreaker m_breaker;
    QString m_messageIdHost;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    SmtpSender *m_sender = nullptr; // run()'s sender while it lives, for stop(); under m_mutex
    qint64 m_lastPruneMs = 0;
};

} // namespace k12::server
