#pragma once

#include "kernel/domain/Result.h"

#include <QString>

#include <optional>

namespace k12::server {

class Database;

// Signed-in guardians (portal_session): the cookie holds a random token, the
// database only its hash, with the account and the session's CSRF token. A
// session ends after `idleMs` without a request, at sign-out, or when the
// account is disabled.
class PortalSessions
{
public:
    struct Session
    {
        QString accountId;
        QString email;
        QString language;
        bool digest = false;
        QString csrfToken;
    };

    struct Created
    {
        QString token; // for the cookie; never stored
        QString csrfToken;
    };

    PortalSessions(Database &db, qint64 idleMs)
        : m_db(db)
        , m_idleMs(idleMs)
    {}

    // A new session for the account (expired ones of any account are purged).
    Result<Created> create(const QString &accountId);
    // The live session of a cookie's token, its idle deadline pushed on.
    Result<std::optional<Session>> find(const QString &token);
    Status end(const QString &token);
    // Every session of the account but `keepToken`'s (after a password change).
    Status endOthers(const QString &accountId, const QString &keepToken);

private:
    Database &m_db;
    qint64 m_idleMs;
};

} // namespace k12::server
