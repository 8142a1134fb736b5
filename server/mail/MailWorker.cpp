#include "MailWorker.h"

#include "MailBackoff.h"
#include "MailPlanner.h"
#include "MailQueue.h"
#include "MimeMessage.h"
#include "SmtpSender.h"
#include "kernel/domain/Clock.h"
#include "server/ServerLog.h"
#include "server/store/Database.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

constexpr int kBatch = 50;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kBodyRetentionDays = 30;

qint64 nowMs()
{
    return Clock::currentDateTimeUtc().toMSecsSinceEpoch();
}

} // namespace

MailWorker::MailWorker(DatabaseConfig database, MailSettings settings)
    : m_database(std::move(database))
    , m_settings(std::move(settings))
    , m_breaker(m_settings.breakerThreshold, m_settings.breakerCooldownMs, m_settings.breakerCooldownCapMs)
{
    // Message-IDs name the server's public host: <queue row id@host>.
    m_messageIdHost = QUrl(m_settings.publicUrl).host();
    if (m_messageIdHost.isEmpty())
        m_messageIdHost = u"k12-server.invalid"_s;
}

MailWorker::~MailWorker()
{
    stop();
}

void MailWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void MailWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_sender)
            m_sender->abort();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MailWorker::waitFor(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

void MailWorker::run()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_database);
    if (!opened) {
        serverLog()->error("mail: {}", opened.error().toStdString());
        return;
    }
    Database &db = **opened;
    MailQueue queue(db);
    MailPlanner planner(db, m_settings.publicUrl);
    std::unique_ptr<SmtpSender> sender;
    if (m_settings.sends()) {
        // A message left 'sending' was in flight when the last process died.
        Result<int> recovered = queue.recoverSending();
        if (!recovered)
            serverLog()->error("mail: {}", recovered.error().toStdString());
        else if (*recovered > 0)
            serverLog()->warn("mail: {} message(s) were being sent when the server stopped; queued again", *recovered);
        sender = std::make_unique<SmtpSender>(m_settings);
        std::lock_guard lock(m_mutex);
        m_sender = sender.get();
        if (m_stopping)
            m_sender->abort();
        serverLog()->info("mail: sending through the relay{} every {} ms", m_settings.startTls ? " (STARTTLS)" : "",
                          m_settings.pollMs);
    } else {
        serverLog()->info("mail: no --smtp-url; messages are queued but not sent");
    }
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        planRound(planner);
        if (sender)
            sendRound(db, queue, *sender);
        if (nowMs() - m_lastPruneMs >= kDayMs) {
            m_lastPruneMs = nowMs();
            const QString cutoff = Clock::currentDateTimeUtc().addDays(-kBodyRetentionDays).toString(Qt::ISODateWithMs);
            Result<int> pruned = queue.pruneBodies(cutoff);
            if (!pruned)
                serverLog()->error("mail: {}", pruned.error().toStdString());
            else if (*pruned > 0)
                serverLog()->info("mail: cleared the bodies of {} message(s) sent over {} days ago", *pruned,
                                  kBodyRetentionDays);
        }
        waitFor(m_settings.pollMs);
    }
    std::lock_guard lock(m_mutex);
    m_sender = nullptr; // the sender goes with this frame
}

void MailWorker::planRound(MailPlanner &planner)
{
    Result<MailPlanner::Counts> requests = planner.planRequests();
    if (!requests) {
        serverLog()->error("mail: planning: {}", requests.error().toStdString());
    } else if (requests->invitations + requests->notices > 0) {
        serverLog()->info("mail: queued {} invitation(s); {} notice(s) planned as {} message(s)", requests->invitations,
                          requests->notices, requests->noticeEmails);
    }
    const QDateTime local = Clock::currentDateTimeUtc().toLocalTime();
    const QDateTime slot = MailPlanner::weeklySlot(local, m_settings.digestWeekday, m_settings.digestHour);
    if (local < slot)
        return;
    Result<MailPlanner::Counts> digests = planner.planDigests(slot.toUTC(), false);
    if (!digests)
        serverLog()->error("mail: digests: {}", digests.error().toStdString());
    else if (digests->digests + digests->emptyDigests > 0)
        serverLog()->info("mail: weekly digests: {} queued, {} with nothing to say", digests->digests,
                          digests->emptyDigests);
}

void MailWorker::sendRound(Database &db, MailQueue &queue, SmtpSender &sender)
{
    Q_UNUSED(db);
    Round round;
    const MailBreaker::State before = m_breaker.state();
    bool more = true;
    while (more) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        Result<QList<QueuedMail>> due = queue.due(nowMs(), kBatch);
        if (!due) {
            serverLog()->error("mail: {}", due.error().toStdString());
            break;
        }
        more = due->size() == kBatch;
        for (const QueuedMail &mail : std::as_const(*due)) {
            if (skipIfUnsubscribed(queue, mail, round))
                continue;
            if (!m_breaker.allow(nowMs())) {
                more = false;
                break;
            }
            sendOne(queue, sender, mail, round);
            // In half-open only the probe goes; its outcome decides the rest.
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                more = false;
                break;
            }
        }
    }
    if (round.sent + round.retried + round.failed + round.skipped > 0 || before != m_breaker.state()) {
        serverLog()->info("mail: {} sent, {} to retry, {} failed, {} skipped; breaker {} ({} consecutive relay "
                          "failure(s))",
                          round.sent, round.retried, round.failed, round.skipped,
                          MailBreaker::name(m_breaker.state()).toStdString(), m_breaker.consecutiveFailures());
    }
}

bool MailWorker::skipIfUnsubscribed(MailQueue &queue, const QueuedMail &mail, Round &round)
{
    Result<bool> unsubscribed = queue.isUnsubscribed(mail.recipient);
    if (!unsubscribed) {
        serverLog()->error("mail: {}", unsubscribed.error().toStdString());
        return true;
    }
    if (!*unsubscribed)
        return false;
    // Contract 3: nothing goes to an address that unsubscribed.
    if (Status s = queue.markSkipped(mail.id, u"unsubscribed"_s); !s)
        serverLog()->error("mail: {}", s.error().toStdString());
    ++round.skipped;
    return true;
}

void MailWorker::sendOne(MailQueue &queue, SmtpSender &sender, const QueuedMail &mail, Round &round)
{
    Result<bool> claimed = queue.claim(mail.id, nowMs());
    if (!claimed || !*claimed) {
        if (!claimed)
            serverLog()->error("mail: {}", claimed.error().toStdString());
        m_breaker.cancel(); // nothing went to the relay (another server process took it)
        return;
    }

    MimeMessage message;
    message.messageId = mail.id + u'@' + m_messageIdHost;
    message.from = m_settings.from;
    message.to = mail.recipient;
    message.subject = mail.subject;
    message.date = Clock::currentDateTimeUtc();
    message.text = mail.bodyText;
    message.html = mail.bodyHtml;
    // What the message is for (ids only): lets IT and the tests tell a resend
    // of one message from two messages.
    message.extraHeaders.append({u"X-K12-Mail-Key"_s, mail.dedupeKey});
    for (auto it = mail.headers.begin(); it != mail.headers.end(); ++it)
        message.extraHeaders.append({it.key(), it.value().toString()});

    const SmtpSender::Attempt attempt = sender.send(mail.recipient, message.build());
    const int attempts = mail.attempts + 1;
    Status recorded;
    switch (attempt.outcome) {
    case SmtpSender::Outcome::Sent:
        // Right after the 250: a crash before this commit is the one resend.
        for (int i = 0; i < 3; ++i) {
            recorded = queue.markSent(mail.id);
            if (recorded)
                break;
            waitFor(200);
        }
        m_breaker.recordSuccess();
        ++round.sent;
        break;
    case SmtpSender::Outcome::Aborted:
        // The server is stopping: no answer came, so the message goes back as
        // it was (no attempt counted, no backoff) and is sent after the
        // restart. Had the relay taken it just before the abort, that is the
        // documented single resend (the same Message-ID).
        recorded = queue.release(mail.id);
        m_breaker.cancel();
        serverLog()->info("mail: stopping: message {} goes back to the queue", mail.id.toStdString());
        break;
    case SmtpSender::Outcome::Permanent:
        recorded = queue.markFailed(mail.id, attempts, attempt.error);
        m_breaker.recordSuccess(); // the relay answered; the message was the problem
        ++round.failed;
        break;
    case SmtpSender::Outcome::Transient: {
        m_breaker.recordFailure(nowMs());
        const QDateTime created = QDateTime::fromString(mail.createdAt, Qt::ISODateWithMs);
        const qint64 age = created.isValid() ? nowMs() - created.toMSecsSinceEpoch() : 0;
        if (age >= m_settings.giveUpMs) {
            recorded = queue.markFailed(mail.id, attempts, attempt.error);
            ++round.failed;
        } else {
            const qint64 next = nowMs() + MailBackoff::delayMs(attempts, m_settings.retryBaseMs, m_settings.retryCapMs);
            recorded = queue.markRetry(mail.id, attempts, next, attempt.error);
            ++round.retried;
        }
        break;
    }
    }
    if (!recorded)
        serverLog()->error("mail: message {}: {}", mail.id.toStdString(), recorded.error().toStdString());
}

} // namespace k12::server
