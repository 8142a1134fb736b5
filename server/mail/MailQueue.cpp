#include "MailQueue.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Ids.h"
#include "server/auth/Tokens.h"
#include "server/store/Database.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

constexpr auto kColumns = "\"id\", \"dedupe_key\", \"kind\", \"recipient\", \"subject\", \"body_text\", \"body_html\", "
                          "\"headers\", \"state\", \"attempts\", \"next_attempt_at\", \"last_error\", \"created_at\"";

// Errors end up in mail_queue.last_error only (never in the log); keep them short.
QString shortError(const QString &error)
{
    return error.left(500);
}

} // namespace

MailQueue::MailQueue(Database &db)
    : m_db(db)
{}

QStringList MailQueue::states()
{
    return {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s, u"skipped"_s};
}

Result<bool> MailQueue::enqueue(const NewMail &mail)
{
    // ON CONFLICT: a second enqueue of the same key is a no-op, also when two
    // planners race (several server processes on one PostgreSQL).
    QSqlQuery *q =
        m_db.prepared(u"INSERT INTO \"mail_queue\" (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, '', ?) "
                      "ON CONFLICT (\"dedupe_key\") DO NOTHING"_s.arg(QLatin1StringView(kColumns)));
    const QDateTime now = Clock::currentDateTimeUtc();
    const QVariantList values{newId(),
                              mail.dedupeKey,
                              mail.kind,
                              mail.recipient,
                              mail.subject,
                              mail.bodyText,
                              mail.bodyHtml,
                              QString::fromUtf8(QJsonDocument(mail.headers).toJson(QJsonDocument::Compact)),
                              now.toMSecsSinceEpoch(),
                              Clock::nowIso()};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (Status s = m_db.run(q, u"Cannot queue a message"_s); !s)
        return Error{s.error()};
    const bool inserted = q->numRowsAffected() == 1;
    q->finish();
    return inserted;
}

Result<bool> MailQueue::contains(const QString &dedupeKey)
{
    QSqlQuery *q = m_db.prepared(u"SELECT 1 FROM \"mail_queue\" WHERE \"dedupe_key\" = ?"_s);
    q->bindValue(0, dedupeKey);
    if (Status s = m_db.run(q, u"Cannot read the mail queue"_s); !s)
        return Error{s.error()};
    const bool found = q->next();
    q->finish();
    return found;
}

Result<QList<QueuedMail>> MailQueue::due(qint64 nowMs, int limit)
{
    QSqlQuery *q = m_db.prepared(
        u"SELECT %1 FROM \"mail_queue\" WHERE \"state\" = 'queued' AND "
        "\"next_attempt_at\" <= ? ORDER BY \"next_attempt_at\", \"id\" LIMIT ?"_s.arg(QLatin1StringView(kColumns)));
    q->bindValue(0, nowMs);
    q->bindValue(1, limit);
    if (Status s = m_db.run(q, u"Cannot read the mail queue"_s); !s)
        return Error{s.error()};
    QList<QueuedMail> out;
    while (q->next()) {
        QueuedMail m;
        m.id = q->value(0).toString();
        m.dedupeKey = q->value(1).toString();
        m.kind = q->value(2).toString();
        m.recipient = q->value(3).toString();
        m.subject = q->value(4).toString();
        m.bodyText = q->value(5).toString();
        m.bodyHtml = q->value(6).toString();
        m.headers = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        m.state = q->value(8).toString();
        m.attempts = q->value(9).toInt();
        m.nextAttemptAt = q->value(10).toLongLong();
        m.lastError = q->value(11).toString();
        m.createdAt = q->value(12).toString();
        out.append(m);
    }
    q->finish();
    return out;
}

Status MailQueue::update(const QString &sql, const QVariantList &values, const QString &what)
{
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(u"%1: %2"_s.arg(what, tx.error()));
    QSqlQuery *q = m_db.prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (Status s = m_db.run(q, what); !s)
        return s;
    q->finish();
    return tx.commit();
}

Result<bool> MailQueue::claim(const QString &id, qint64 nowMs)
{
    // Committed before the SMTP transaction starts: if the process dies during
    // it, the row says 'sending', not 'queued' (recoverSending decides).
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return Error{tx.error()};
    QSqlQuery *q = m_db.prepared(u"UPDATE \"mail_queue\" SET \"state\" = 'sending', \"next_attempt_at\" = ? "
                                 "WHERE \"id\" = ? AND \"state\" = 'queued'"_s);
    q->bindValue(0, nowMs);
    q->bindValue(1, id);
    if (Status s = m_db.run(q, u"Cannot claim a message"_s); !s)
        return Error{s.error()};
    const bool claimed = q->numRowsAffected() == 1;
    q->finish();
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return claimed;
}

Status MailQueue::markSent(const QString &id)
{
    return update(u"UPDATE \"mail_queue\" SET \"state\" = 'sent', \"sent_at\" = ?, \"attempts\" = \"attempts\" + 1, "
                  "\"last_error\" = '' WHERE \"id\" = ?"_s,
                  {Clock::nowIso(), id}, u"Cannot mark a message sent"_s);
}

Status MailQueue::markRetry(const QString &id, int attempts, qint64 nextAttemptAt, const QString &error)
{
    return update(u"UPDATE \"mail_queue\" SET \"state\" = 'queued', \"attempts\" = ?, \"next_attempt_at\" = ?, "
                  "\"last_error\" = ? WHERE \"id\" = ?"_s,
                  {attempts, nextAttemptAt, shortError(error), id}, u"Cannot schedule a retry"_s);
}

Status MailQueue::release(const QString &id)
{
    return update(u"UPDATE \"mail_queue\" SET \"state\" = 'queued', \"next_attempt_at\" = 0 "
                  "WHERE \"id\" = ? AND \"state\" = 'sending'"_s,
                  {id}, u"Cannot put a message back in the queue"_s);
}

Status MailQueue::markFailed(const QString &id, int attempts, const QString &error)
{
    return update(u"UPDATE \"mail_queue\" SET \"state\" = 'failed', \"attempts\" = ?, \"last_error\" = ? "
                  "WHERE \"id\" = ?"_s,
                  {attempts, shortError(error), id}, u"Cannot mark a message failed"_s);
}

Status MailQueue::markSkipped(const QString &id, const QString &reason)
{
    return update(u"UPDATE \"mail_queue\" SET \"state\" = 'skipped', \"last_error\" = ? WHERE \"id\" = ?"_s,
                  {shortError(reason), id}, u"Cannot mark a message skipped"_s);
}

Result<int> MailQueue::recoverSending()
{
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return Error{tx.error()};
    QSqlQuery *q = m_db.prepared(u"UPDATE \"mail_queue\" SET \"state\" = 'queued' WHERE \"state\" = 'sending'"_s);
    if (Status s = m_db.run(q, u"Cannot recover the mail queue"_s); !s)
        return Error{s.error()};
    const int n = int(q->numRowsAffected());
    q->finish();
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return n;
}

Result<QMap<QString, int>> MailQueue::counts()
{
    QMap<QString, int> out;
    for (const QString &state : states())
        out.insert(state, 0);
    QSqlQuery *q = m_db.prepared(u"SELECT \"state\", COUNT(*) FROM \"mail_queue\" GROUP BY \"state\""_s);
    if (Status s = m_db.run(q, u"Cannot count the mail queue"_s); !s)
        return Error{s.error()};
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    return out;
}

Result<int> MailQueue::pruneBodies(const QString &cutoffIso)
{
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return Error{tx.error()};
    QSqlQuery *q = m_db.prepared(u"UPDATE \"mail_queue\" SET \"body_text\" = '', \"body_html\" = '' "
                                 "WHERE \"state\" = 'sent' AND \"sent_at\" < ? AND "
                                 "(\"body_text\" <> '' OR \"body_html\" <> '')"_s);
    q->bindValue(0, cutoffIso);
    if (Status s = m_db.run(q, u"Cannot prune the mail queue"_s); !s)
        return Error{s.error()};
    const int n = int(q->numRowsAffected());
    q->finish();
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return n;
}

Result<QString> MailQueue::unsubscribeToken(const QString &email)
{
    const QString address = email.trimmed().toLower();
    QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"mail_recipient\" (\"email\", \"unsubscribe_token\", "
                                      "\"unsubscribed_at\", \"created_at\") VALUES (?, ?, NULL, ?) "
                                      "ON CONFLICT (\"email\") DO NOTHING"_s);
    insert->bindValue(0, address);
    insert->bindValue(1, Tokens::generate());
    insert->bindValue(2, Clock::nowIso());
    if (Status s = m_db.run(insert, u"Cannot record a mail recipient"_s); !s)
        return Error{s.error()};
    insert->finish();
    QSqlQuery *q = m_db.prepared(u"SELECT \"unsubscribe_token\" FROM \"mail_recipient\" WHERE \"email\" = ?"_s);
    q->bindValue(0, address);
    if (Status s = m_db.run(q, u"Cannot read a mail recipient"_s); !s)
        return Error{s.error()};
    if (!q->next()) {
        q->finish();
        return fail(u"The mail recipient row was not written."_s);
    }
    const QString token = q->value(0).toString();
    q->finish();
    return token;
}

Result<bool> MailQueue::isUnsubscribed(const QString &email)
{
    QSqlQuery *q = m_db.prepared(u"SELECT \"unsubscribed_at\" FROM \"mail_recipient\" WHERE \"email\" = ?"_s);
    q->bindValue(0, email.trimmed().toLower());
    if (Status s = m_db.run(q, u"Cannot read a mail recipient"_s); !s)
        return Error{s.error()};
    const bool unsubscribed = q->next() && !q->value(0).isNull() && !q->value(0).toString().isEmpty();
    q->finish();
    return unsubscribed;
}

} // namespace k12::server
