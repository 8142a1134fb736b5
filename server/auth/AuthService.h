#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/AuthMessages.h"
#include "kernel/protocol/Problem.h"

#include <QString>

#include <optional>

namespace k12::server {

class Database;

// Sign-in, token refresh with rotation, sign-out and bearer-token checks.
// Access tokens live --access-ttl seconds; refresh tokens --refresh-ttl and
// are single-use: a refresh revokes the token it used, and presenting a
// revoked refresh token again (a copy in someone else's hands) revokes the
// whole sign-in session it belongs to.
class AuthService
{
public:
    struct Settings
    {
        qint64 accessTtlSeconds = 15 * 60;
        qint64 refreshTtlSeconds = 30 * 24 * 3600;
        int maxLoginFailuresPerMinute = 10;
        int dummyIterations = 0; // work for unknown emails; 0 = PasswordHasher::defaultIterations()
        // A refresh token used again this soon after its rotation, while its
        // successor was never used, is a client that lost the answer (flaky
        // Wi-Fi, a killed process): it gets a new pair instead of a revoked session.
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
    Answer refresh(const protocol::RefreshRequest &request);
    Status logout(const Identity &identity, const std::optional<QString> &refreshToken);
    // The teacher behind a bearer token; nullopt when the token is unknown,
    // expired, revoked or the account is disabled.
    Result<std::optional<Identity>> authenticate(const QString &accessToken);

    static QString normalizeEmail(const QString &email) { return email.trimmed().toLower(); }
    // admin create-teacher: the new teacher's id.
    static Result<QString> createTeacher(Database &db, const QString &email, const QString &name,
                                         const QString &password, int iterations);

private:
    Result<protocol::TokenResponse> issue(const QString &teacherId, const QString &familyId);
    static Answer problem(protocol::Problem::Kind kind, const QString &detail, int retryAfter = 0);

    Database &m_db;
    Settings m_settings;
};

} // namespace k12::server
