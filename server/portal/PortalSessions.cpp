#include "PortalSessions.h"

#include "server/auth/Tokens.h"
#include "server/store/Database.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

Result<PortalSessions::Created> PortalSessions::create(const QString &accountId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Created created{Tokens::generate(), Tokens::generate()};
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    QSqlQuery *purge = m_db.prepared(u"DELETE FROM \"portal_session\" WHERE \"expires_at\" < ?"_s);
    purge->bindValue(0, now);
    if (Status s = m_db.run(purge, u"purging ended portal sessions"_s); !s)
        return Error{s.error()};
    QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"portal_session\" (\"token_hash\", \"account_id\", "
                                      "\"csrf_token\", \"created_at\", \"expires_at\") VALUES (?, ?, ?, ?, ?)"_s);
    insert->bindValue(0, Tokens::hash(created.token));
    insert->bindValue(1, accountId);
    insert->bindValue(2, created.csrfToken);
    insert->bindValue(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert->bindValue(4, now + m_idleMs);
    if (Status s = m_db.run(insert, u"storing a portal session"_s); !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return created;
}

Result<std::optional<PortalSessions::Session>> PortalSessions::find(const QString &token)
{
    if (token.isEmpty())
        return std::optional<Session>{};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString hash = Tokens::hash(token);
    QSqlQuery *q = m_db.prepared(u"SELECT s.\"account_id\", s.\"csrf_token\", s.\"expires_at\", a.\"email\", "
                                 "a.\"language\", a.\"digest\" FROM \"portal_session\" s JOIN \"portal_account\" a "
                                 "ON a.\"id\" = s.\"account_id\" WHERE s.\"token_hash\" = ? AND s.\"expires_at\" > ? "
                                 "AND a.\"disabled\" = 0"_s);
    q->bindValue(0, hash);
    q->bindValue(1, now);
    if (Status s = m_db.run(q, u"reading a portal session"_s); !s)
        return Error{s.error()};
    if (!q->next()) {
        q->finish();
        return std::optional<Session>{};
    }
    Session session{q->value(0).toString(), q->value(3).toString(), q->value(4).toString(),
                    q->value(5).toLongLong() != 0, q->value(1).toString()};
    const qint64 expiresAt = q->value(2).toLongLong();
    q->finish();
    // Idle expiry: pushed on at most once a minute, not written on every page.
    if (expiresAt - now < m_idleMs - 60 * 1000) {
        QSqlQuery *touch =
            m_db.prepared(u"UPDATE \"portal_session\" SET \"expires_at\" = ? WHERE \"token_hash\" = ?"_s);
        touch->bindValue(0, now + m_idleMs);
        touch->bindValue(1, hash);
        if (Status s = m_db.run(touch, u"extending a portal session"_s); !s)
            return Error{s.error()};
    }
    return std::optional<Session>{session};
}

Status PortalSessions::end(const QString &token)
{
    if (token.isEmpty())
        return {};
    QSqlQuery *remove = m_db.prepared(u"DELETE FROM \"portal_session\" WHERE \"token_hash\" = ?"_s);
    remove->bindValue(0, Tokens::hash(token));
    return m_db.run(remove, u"ending a portal session"_s);
}

Status PortalSessions::endOthers(const QString &accountId, const QString &keepToken)
{
    QSqlQuery *remove =
        m_db.prepared(u"DELETE FROM \"portal_session\" WHERE \"account_id\" = ? AND \"token_hash\" <> ?"_s);
    remove->bindValue(0, accountId);
    remove->bindValue(1, Tokens::hash(keepToken));
    return m_db.run(remove, u"ending other portal sessions"_s);
}

} // namespace k12::server
