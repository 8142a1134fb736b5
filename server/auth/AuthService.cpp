#include "AuthService.h"

#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Tokens.h"
#include "kernel/domain/Ids.h"
#include "server/ServerLog.h"
#include "server/http/RateLimiter.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Problem;

namespace {

// auth_token.revoked: 0 live, 1 presented (or its session ended), 2 retired
// unused (replaced after its rotation's answer was lost).
constexpr qint64 kTokenLive = 0;
constexpr qint64 kTokenRetired = 2;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

AuthService::Answer AuthService::problem(Problem::Kind kind, const QString &detail, int retryAfter)
{
    Answer a;
    a.problem = kind;
    a.detail = detail;
    a.retryAfter = retryAfter;
    return a;
}

Result<protocol::TokenResponse> AuthService::issue(const QString &teacherId, const QString &familyId, qint64 rotation,
                                                   const QString &refreshToken, bool refreshStored)
{
    protocol::TokenResponse tokens;
    QSqlQuery *teacher = m_db.prepared(u"SELECT \"email\", \"name\" FROM \"teacher\" WHERE \"id\" = ?"_s);
    teacher->bindValue(0, teacherId);
    if (Status s = m_db.run(teacher, u"reading the teacher"_s); !s)
        return Error{s.error()};
    if (!teacher->next()) {
        teacher->finish();
        return fail(u"The teacher no longer exists."_s);
    }
    tokens.teacher = {teacherId, teacher->value(0).toString(), teacher->value(1).toString()};
    teacher->finish();

    tokens.accessToken = Tokens::generate();
    tokens.refreshToken = refreshToken.isEmpty() ? Tokens::generate() : refreshToken;
    tokens.expiresIn = m_settings.accessTtlSeconds;
    const qint64 now = nowSeconds();
    if (refreshStored) {
        // A lost answer re-delivered: the refresh token is already stored; only a new access token.
        QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"auth_token\" (\"token_hash\", \"kind\", \"teacher_id\", "
                                          "\"family_id\", \"expires_at\", \"revoked\", \"created_at\", \"rotation\") "
                                          "SELECT ?, 'access', ?, ?, ?, 0, ?, ? WHERE EXISTS (SELECT 1 FROM "
                                          "\"auth_token\" WHERE \"token_hash\" = ?)"_s);
        for (const QVariant &v : {QVariant(Tokens::hash(tokens.accessToken)), QVariant(teacherId), QVariant(familyId),
                                  QVariant(now + m_settings.accessTtlSeconds), QVariant(nowIso()), QVariant(rotation),
                                  QVariant(Tokens::hash(refreshToken))})
            insert->addBindValue(v);
        if (Status s = m_db.run(insert, u"storing a token"_s); !s)
            return Error{s.error()};
        return tokens;
    }
    QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"auth_token\" (\"token_hash\", \"kind\", \"teacher_id\", "
                                      "\"family_id\", \"expires_at\", \"revoked\", \"created_at\", \"rotation\") "
                                      "VALUES (?, ?, ?, ?, ?, 0, ?, ?)"_s);
    for (const auto &[token, kind, ttl] :
         {std::tuple{tokens.accessToken, u"access"_s, m_settings.accessTtlSeconds},
          std::tuple{tokens.refreshToken, u"refresh"_s, m_settings.refreshTtlSeconds}}) {
        insert->bindValue(0, Tokens::hash(token));
        insert->bindValue(1, kind);
        insert->bindValue(2, teacherId);
        insert->bindValue(3, familyId);
        insert->bindValue(4, now + ttl);
        insert->bindValue(5, nowIso());
        insert->bindValue(6, rotation);
        if (Status s = m_db.run(insert, u"storing a token"_s); !s)
            return Error{s.error()};
    }
    return tokens;
}

AuthService::Answer AuthService::login(const protocol::LoginRequest &request, const QString &address)
{
    const QString account = normalizeEmail(request.email);
    LoginThrottle throttle(m_db, m_settings.maxLoginFailuresPerMinute);
    Result<LoginThrottle::Attempt> attempt = throttle.begin(account, address);
    if (!attempt)
        return problem(Problem::Kind::Internal, attempt.error());
    if (attempt->retryAfter > 0) {
        return problem(Problem::Kind::TooManyLoginFailures,
                       u"More than %1 failed sign-ins in a minute for this account or from this address; try again "
                       "in %2 seconds."_s.arg(m_settings.maxLoginFailuresPerMinute)
                           .arg(attempt->retryAfter),
                       attempt->retryAfter);
    }

    QSqlQuery *q =
        m_db.prepared(u"SELECT \"id\", \"password_hash\", \"disabled\" FROM \"teacher\" WHERE \"email\" = ?"_s);
    q->bindValue(0, account);
    if (Status s = m_db.run(q, u"reading the teacher"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    QString teacherId;
    QString hash;
    bool disabled = false;
    if (q->next()) {
        teacherId = q->value(0).toString();
        hash = q->value(1).toString();
        disabled = q->value(2).toLongLong() != 0;
    }
    q->finish();

    bool good = false;
    if (teacherId.isEmpty())
        PasswordHasher::burn(m_settings.dummyIterations > 0 ? m_settings.dummyIterations
                                                            : PasswordHasher::defaultIterations());
    else
        good = PasswordHasher::verify(request.password, hash) && !disabled;
    if (!good) {
        serverLog()->info("sign-in failed{}",
                          teacherId.isEmpty() ? "" : fmt::format(" for teacher {}", teacherId.toStdString()));
        return problem(Problem::Kind::InvalidCredentials, u"The email or password is wrong."_s);
    }
    if (Status s = throttle.succeeded(*attempt); !s)
        return problem(Problem::Kind::Internal, s.error());

    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return problem(Problem::Kind::Internal, tx.error());
    QSqlQuery *purge = m_db.prepared(u"DELETE FROM \"auth_token\" WHERE \"expires_at\" < ?"_s);
    purge->bindValue(0, nowSeconds());
    if (Status s = m_db.run(purge, u"purging expired tokens"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    Result<protocol::TokenResponse> tokens = issue(teacherId, newId(), 0);
    if (!tokens)
        return problem(Problem::Kind::Internal, tokens.error());
    if (Status s = tx.commit(); !s)
        return problem(Problem::Kind::Internal, s.error());
    serverLog()->info("teacher {} signed in", teacherId.toStdString());
    Answer a;
    a.tokens = *tokens;
    return a;
}

AuthService::Answer AuthService::refresh(const protocol::RefreshRequest &request, RateLimiter *perAccount)
{
    const QString hash = Tokens::hash(request.refreshToken);
    const QString rotatedBy = request.rotationId.isEmpty() ? QString() : Tokens::hash(request.rotationId);
    const QString invalid = u"The refresh token is unknown, expired or already used; sign in again."_s;
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return problem(Problem::Kind::Internal, tx.error());
    QSqlQuery *q =
        m_db.prepared(u"SELECT t.\"teacher_id\", t.\"family_id\", t.\"expires_at\", t.\"revoked\", "
                      "u.\"disabled\", t.\"rotation\", t.\"rotated_by\", t.\"grace_used\" FROM \"auth_token\" t "
                      "JOIN \"teacher\" u ON u.\"id\" = t.\"teacher_id\" WHERE t.\"token_hash\" = ? AND "
                      "t.\"kind\" = 'refresh'"_s);
    q->bindValue(0, hash);
    if (Status s = m_db.run(q, u"reading the refresh token"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    if (!q->next()) {
        q->finish();
        return problem(Problem::Kind::InvalidRefreshToken, invalid);
    }
    const QString teacherId = q->value(0).toString();
    const QString familyId = q->value(1).toString();
    const qint64 expiresAt = q->value(2).toLongLong();
    const qint64 state = q->value(3).toLongLong();
    const bool disabled = q->value(4).toLongLong() != 0;
    const qint64 rotation = q->value(5).toLongLong();
    const QString wasRotatedBy = q->value(6).toString();
    const bool graceUsed = q->value(7).toLongLong() != 0;
    q->finish();
    if (disabled)
        return problem(Problem::Kind::InvalidRefreshToken, invalid);
    if (perAccount) {
        if (const int wait = perAccount->acquire(u"refresh:"_s + teacherId); wait > 0) {
            return problem(Problem::Kind::RateLimited,
                           u"More than %1 token refreshes a minute for this account; try again in %2 seconds."_s
                               .arg(perAccount->perMinute())
                               .arg(wait),
                           wait);
        }
    }

    if (state == kTokenLive) {
        if (expiresAt <= nowSeconds())
            return problem(Problem::Kind::InvalidRefreshToken, invalid);
        // Rotation: the used token is revoked in the same transaction that issues
        // its successor; of two racing refreshes with one token only one wins.
        QSqlQuery *use = m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = 1, \"rotated_by\" = ? WHERE "
                                       "\"token_hash\" = ? AND \"revoked\" = 0"_s);
        use->bindValue(0, rotatedBy.isEmpty() ? QVariant() : QVariant(rotatedBy));
        use->bindValue(1, hash);
        if (Status s = m_db.run(use, u"rotating the refresh token"_s); !s)
            return problem(Problem::Kind::Internal, s.error());
        if (use->numRowsAffected() != 1)
            return problem(Problem::Kind::InvalidRefreshToken, invalid);
        return rotated(teacherId, familyId, rotation + 1, hash, request.rotationId, tx);
    }

    // A rotated token came back. Only its immediate successor may exist, live
    // and never presented; anything else is a copy in someone else's hands.
    QSqlQuery *live = m_db.prepared(u"SELECT \"token_hash\", \"rotation\", \"expires_at\" FROM \"auth_token\" WHERE "
                                    "\"family_id\" = ? AND \"kind\" = 'refresh' AND \"revoked\" = 0"_s);
    live->bindValue(0, familyId);
    if (Status s = m_db.run(live, u"reading the session"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    QStringList liveHashes;
    qint64 liveRotation = -1;
    qint64 liveIssued = 0;
    while (live->next()) {
        liveHashes.append(live->value(0).toString());
        liveRotation = live->value(1).toLongLong();
        liveIssued = live->value(2).toLongLong() - m_settings.refreshTtlSeconds;
    }
    live->finish();
    const bool successorUnused = state == 1 && liveHashes.size() == 1 && liveRotation == rotation + 1;
    if (successorUnused && !rotatedBy.isEmpty() && rotatedBy == wasRotatedBy) {
        // The same rotation retried (same rotation id): its answer was lost.
        // The successor is derived, so it is handed out again, unchanged; no
        // new refresh token exists.
        Result<QString> secret = Schema::tokenSecret(m_db);
        if (!secret)
            return problem(Problem::Kind::Internal, secret.error());
        const QString successor = Tokens::derive(*secret, hash, request.rotationId);
        if (Tokens::hash(successor) == liveHashes.constFirst()) {
            Result<protocol::TokenResponse> tokens = issue(teacherId, familyId, rotation + 1, successor, true);
            if (!tokens)
                return problem(Problem::Kind::Internal, tokens.error());
            if (Status s = tx.commit(); !s)
                return problem(Problem::Kind::Internal, s.error());
            serverLog()->info("refresh answer lost for teacher {}: session {} answered again", teacherId.toStdString(),
                              familyId.toStdString());
            Answer a;
            a.tokens = *tokens;
            return a;
        }
    }
    if (successorUnused && wasRotatedBy.isEmpty() && rotatedBy.isEmpty() && !graceUsed &&
        nowSeconds() - liveIssued <= m_settings.reuseGraceSeconds) {
        // A client without rotation ids lost the answer: one grace, for the
        // immediate predecessor only.
        QSqlQuery *retire = m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = ? WHERE \"token_hash\" = ?"_s);
        retire->bindValue(0, kTokenRetired);
        retire->bindValue(1, liveHashes.constFirst());
        if (Status s = m_db.run(retire, u"rotating the refresh token"_s); !s)
            return problem(Problem::Kind::Internal, s.error());
        QSqlQuery *spend = m_db.prepared(u"UPDATE \"auth_token\" SET \"grace_used\" = 1 WHERE \"token_hash\" = ?"_s);
        spend->bindValue(0, hash);
        if (Status s = m_db.run(spend, u"rotating the refresh token"_s); !s)
            return problem(Problem::Kind::Internal, s.error());
        serverLog()->info("refresh answer lost for teacher {}: session {} rotated again", teacherId.toStdString(),
                          familyId.toStdString());
        return rotated(teacherId, familyId, rotation + 1, hash, QString(), tx);
    }
    // A used refresh token came back: someone holds a copy. End the whole session.
    QSqlQuery *kill = m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = 1 WHERE \"family_id\" = ?"_s);
    kill->bindValue(0, familyId);
    if (Status s = m_db.run(kill, u"revoking a session"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    if (Status s = tx.commit(); !s)
        return problem(Problem::Kind::Internal, s.error());
    serverLog()->warn("refresh token reused for teacher {}: session {} revoked", teacherId.toStdString(),
                      familyId.toStdString());
    return problem(Problem::Kind::InvalidRefreshToken, invalid);
}

AuthService::Answer AuthService::rotated(const QString &teacherId, const QString &familyId, qint64 rotation,
                                         const QString &predecessorHash, const QString &rotationId, Transaction &tx)
{
    QString successor;
    if (!rotationId.isEmpty()) {
        Result<QString> secret = Schema::tokenSecret(m_db);
        if (!secret)
            return problem(Problem::Kind::Internal, secret.error());
        successor = Tokens::derive(*secret, predecessorHash, rotationId);
    }
    Result<protocol::TokenResponse> tokens = issue(teacherId, familyId, rotation, successor);
    if (!tokens)
        return problem(Problem::Kind::Internal, tokens.error());
    if (Status s = tx.commit(); !s)
        return problem(Problem::Kind::Internal, s.error());
    Answer a;
    a.tokens = *tokens;
    return a;
}

Status AuthService::logout(const Identity &identity, const std::optional<QString> &refreshToken)
{
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    QSqlQuery *kill =
        m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = 1 WHERE \"family_id\" = ? AND \"teacher_id\" = ?"_s);
    kill->bindValue(0, identity.familyId);
    kill->bindValue(1, identity.teacherId);
    if (Status s = m_db.run(kill, u"signing out"_s); !s)
        return s;
    if (refreshToken) {
        // Another session of the same teacher (e.g. the app kept an older refresh token).
        QSqlQuery *other = m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = 1 WHERE \"family_id\" IN (SELECT "
                                         "\"family_id\" FROM \"auth_token\" WHERE \"token_hash\" = ? AND "
                                         "\"teacher_id\" = ?)"_s);
        other->bindValue(0, Tokens::hash(*refreshToken));
        other->bindValue(1, identity.teacherId);
        if (Status s = m_db.run(other, u"signing out"_s); !s)
            return s;
    }
    return tx.commit();
}

Result<std::optional<AuthService::Identity>> AuthService::authenticate(const QString &accessToken)
{
    QSqlQuery *q = m_db.prepared(u"SELECT t.\"teacher_id\", t.\"family_id\" FROM \"auth_token\" t JOIN \"teacher\" u "
                                 "ON u.\"id\" = t.\"teacher_id\" WHERE t.\"token_hash\" = ? AND t.\"kind\" = 'access' "
                                 "AND t.\"revoked\" = 0 AND t.\"expires_at\" > ? AND u.\"disabled\" = 0"_s);
    q->bindValue(0, Tokens::hash(accessToken));
    q->bindValue(1, nowSeconds());
    if (Status s = m_db.run(q, u"checking the access token"_s); !s)
        return Error{s.error()};
    std::optional<Identity> identity;
    if (q->next())
        identity = Identity{q->value(0).toString(), q->value(1).toString()};
    q->finish();
    return identity;
}

Result<QString> AuthService::createTeacher(Database &db, const QString &email, const QString &name,
                                           const QString &password, int iterations)
{
    const QString account = normalizeEmail(email);
    if (account.isEmpty() || !account.contains(u'@') || account.size() > 254)
        return fail(u"\"%1\" is not an email address."_s.arg(email));
    if (name.trimmed().isEmpty())
        return fail(u"The teacher needs a name (--name)."_s);
    if (password.size() < 8)
        return fail(u"The password must have at least 8 characters."_s);
    Transaction tx(db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    QSqlQuery *exists = db.prepared(u"SELECT 1 FROM \"teacher\" WHERE \"email\" = ?"_s);
    exists->bindValue(0, account);
    if (Status s = db.run(exists, u"checking the email"_s); !s)
        return Error{s.error()};
    const bool taken = exists->next();
    exists->finish();
    if (taken)
        return fail(u"A teacher with the email %1 already exists."_s.arg(account));
    const QString id = newId();
    QSqlQuery *insert = db.prepared(u"INSERT INTO \"teacher\" (\"id\", \"email\", \"name\", \"password_hash\", "
                                    "\"created_at\", \"disabled\") VALUES (?, ?, ?, ?, ?, 0)"_s);
    insert->bindValue(0, id);
    insert->bindValue(1, account);
    insert->bindValue(2, name.trimmed());
    insert->bindValue(3, PasswordHasher::hash(password, iterations));
    insert->bindValue(4, nowIso());
    if (Status s = db.run(insert, u"creating the teacher"_s); !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

} // namespace k12::server
