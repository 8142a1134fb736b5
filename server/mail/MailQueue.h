#pragma once

#include "kernel/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace k12::server {

class Database;

// A message to queue: dedupe_key names what it is for ("invite:<invitation>",
// "notice:<notice>:<guardian>", "digest:<account>:<ISO year-week>").
struct NewMail
{
    QString dedupeKey;
    QString kind; // invitation, notice, digest
    QString recipient;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QJsonObject headers; // extra header fields (List-Unsubscribe ...)
};

// A row of mail_queue.
struct QueuedMail
{
    QString id;
    QString dedupeKey;
    QString kind;
    QString recipient;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QJsonObject headers;
    QString state;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    QString createdAt;
};

// The durable mail queue (table mail_queue), SQLite and PostgreSQL.
// States: queued -> sending -> sent; queued -> (failed attempt) queued again
// with attempts + 1 and a later next_attempt_at; failed (given up, with the
// last error); skipped (the address unsubscribed). A message is marked
// 'sending' in its own committed transaction before SMTP starts and 'sent'
// right after the relay's 250 to the end of DATA, so a crash never loses a
// message and resends one only inside that window (see recoverSending).
class MailQueue
{
public:
    explicit MailQueue(Database &db);

    // Inside the caller's write transaction: true when queued, false when a
    // message with that dedupe_key exists already (nothing changes).
    Result<bool> enqueue(const NewMail &mail);
    Result<bool> contains(const QString &dedupeKey);

    // Messages due now (queued, next_attempt_at <= now), oldest due first.
    Result<QList<QueuedMail>> due(qint64 nowMs, int limit);
    // Each in a transaction of its own. claim: queued -> sending; false when
    // another worker took it first.
    Result<bool> claim(const QString &id, qint64 nowMs);
    Status markSent(const QString &id);
    // A failed attempt: back to queued, attempts + 1, tried again at nextAttemptAt.
    Status markRetry(const QString &id, int attempts, qint64 nextAttemptAt, const QString &error);
    Status markFailed(const QString &id, int attempts, const QString &error);
    // An attempt that ended without an answer because the server is stopping:
    // sending -> queued, due at once, attempts and last_error unchanged.
    Status release(const QString &id);
    Status markSkipped(const QString &id, const QString &reason);
    // At start-up: rows left 'sending' by a process that died go back to
    // 'queued'. The one case that sends twice: the relay answered 250 and the
    // process died before 'sent' committed (the same Message-ID goes again).
    Result<int> recoverSending();

    Result<QMap<QString, int>> counts();
    // Clears the bodies of messages sent before `cutoffIso` (privacy, contract 9).
    Result<int> pruneBodies(const QString &cutoffIso);

    // The address's unsubscribe token, made (with its mail_recipient row) the
    // first time; inside the caller's write transaction.
    Result<QString> unsubscribeToken(const QString &email);
    Result<bool> isUnsubscribed(const QString &email);

    static QStringList states();

private:
    Status update(const QString &sql, const QVariantList &values, const QString &what);

    Database &m_db;
};

} // namespace k12::server
