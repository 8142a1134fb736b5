#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/AuthMessages.h"
#include "kernel/protocol/Problem.h"

#include <QString>

#include <optional>

namespace k12::server {

class Database;
class RateLimiter;
class Transaction;

// Sign-in, token refresh with rotation, sign-out and bearer-token checks.
// Access tokens live --access-ttl seconds; refresh tokens --refresh-ttl and
// are single-use: a refresh revokes the token it used. Each refresh token has
// its place (rotation) in its session. Presenting a rotated token again ends
// the session (a copy in someone else's hands) unless it is the immediate
// predecessor of the one live token, never presented, and either the client
// retries with the same rotation id (it gets the same successor, derived, no
// new token exists) or, for clients without rotation ids, once, within
// reuseGraceSeconds.
class AuthService
{
public:
    struct Settings
    {
        qint64 accessTtlSeconds = 15 * 60;
        qint64 refreshTtlSeconds = 30 * 24 * 3600;
        int maxLoginFailuresPerMinute = 10;
        int dummyIterations = 0; // work for unknown emails; 0 = PasswordHasher::defaultIterations()
        // A client without rotation ids that presents its last refresh token
        // again this soon, while the successor was never used, lost the answer:
        // it gets a new pair once instead of a revoked session.
        qint64 reuseGraceSeconds = 120;
    };

    // Either tokens or a problem (with Retry-After seconds for 429).
    struct Answer
    {
        std::optional<protocol::TokenResponse> tokens;
        protocol::Problem::Kind problem = protocol::Problem::Kind::Internal;
        QString detail;
        int retryAfter = 0;
    };

    struct Identity
    {
        QString teacherId;
        QString familyId;
    };

    AuthService(Database &db, Settings settings)
        : m_db(db)
        , m_settings(settings)
    {}

    Answer login(const protocol::LoginRequest &request, const QString &address);
    // With `perAccount`, the teacher's refreshes are counted (429 past its limit)
    // once the token names the teacher, before anything changes.
    Answer refresh(const protocol::RefreshRequest &request, RateLimiter *perAccount = nullptr);
    Status logout(const Identity &identity, const std::optional<QString> &refreshToken);
    // The teacher behind a bearer token; nullopt when the token is unknown,
    // expired, revoked or the account is disabled.
    Result<std::optional<Identity>> authenticate(const QString &accessToken);

    static QString normalizeEmail(const QString &email) { return email.trimmed().toLower(); }
    // admin create-teacher: the new teacher's id.
    static Result<QString> createTeacher(Database &db, const QString &email, const QString &name,
                                         const QString &password, int iterations);

private:
    // A new access token, and a refresh token (`refreshToken`, or a random one)
    // at `rotation` in its session; with `refreshStored`, the refresh token
    // exists already (a lost answer given again) and only the access token is new.
    Result<protocol::TokenResponse> issue(const QString &teacherId, const QString &familyId, qint64 rotation,
                                          const QString &refreshToken = {}, bool refreshStored = false);
    // Issues the successor of a rotated token and commits.
    Answer rotated(const QString &teacherId, const QString &familyId, qint64 rotation, const QString &predecessorHash,
                   const QString &rotationId, Transaction &tx);
    static Answer problem(protocol::Problem::Kind kind, const QString &detail, int retryAfter = 0);

    Database &m_db;
    Settings m_settings;
};

} // namespace k12::server
