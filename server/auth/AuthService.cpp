#include "AuthService.h"

#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Tokens.h"
#include "kernel/domain/Ids.h"
#include "server/ServerLog.h"
#include "server/store/Database.h"

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

Result<protocol::TokenResponse> AuthService::issue(const QString &teacherId, const QString &familyId)
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
    tokens.refreshToken = Tokens::generate();
    tokens.expiresIn = m_settings.accessTtlSeconds;
    const qint64 now = nowSeconds();
    QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"auth_token\" (\"token_hash\", \"kind\", \"teacher_id\", "
                                      "\"family_id\", \"expires_at\", \"revoked\", \"created_at\") VALUES (?, ?, ?, ?, "
                                      "?, 0, ?)"_s);
    for (const auto &[token, kind, ttl] :
         {std::tuple{tokens.accessToken, u"access"_s, m_settings.accessTtlSeconds},
          std::tuple{tokens.refreshToken, u"refresh"_s, m_settings.refreshTtlSeconds}}) {
        insert->bindValue(0, Tokens::hash(token));
        insert->bindValue(1, kind);
        insert->bindValue(2, teacherId);
        insert->bindValue(3, familyId);
        insert->bindValue(4, now + ttl);
        insert->bindValue(5, nowIso());
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
    Result<protocol::TokenResponse> tokens = issue(teacherId, newId());
    if (!tokens)
        return problem(Problem::Kind::Internal, tokens.error());
    if (Status s = tx.commit(); !s)
        return problem(Problem::Kind::Internal, s.error());
    serverLog()->info("teacher {} signed in", teacherId.toStdString());
    Answer a;
    a.tokens = *tokens;
    return a;
}

AuthService::Answer AuthService::refresh(const protocol::RefreshRequest &request)
{
    const QString hash = Tokens::hash(request.refreshToken);
    const QString invalid = u"The refresh token is unknown, expired or already used; sign in again."_s;
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return problem(Problem::Kind::Internal, tx.error());
    QSqlQuery *q =
        m_db.prepared(u"SELECT t.\"teacher_id\", t.\"family_id\", t.\"expires_at\", t.\"revoked\", "
                      "u.\"disabled\" FROM \"auth_token\" t JOIN \"teacher\" u ON u.\"id\" = t.\"teacher_id\" "
                      "WHERE t.\"token_hash\" = ? AND t.\"kind\" = 'refresh'"_s);
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
    const bool revoked = q->value(3).toLongLong() != 0;
    const bool disabled = q->value(4).toLongLong() != 0;
    q->finish();

    if (revoked) {
        // The answers to one or more rotations may never have arrived (the app
        // was killed, the network dropped): the client presents the last token
        // it stored. That is a lost answer, not a copy, when no token issued
        // after it in this session was ever presented (each one was retired
        // unused, or is the one live successor) and the live one is fresh.
        QSqlQuery *later = m_db.prepared(u"SELECT \"token_hash\", \"revoked\", \"expires_at\" FROM \"auth_token\" "
                                         "WHERE \"family_id\" = ? AND \"kind\" = 'refresh' AND \"token_hash\" <> ? AND "
                                         "\"created_at\" >= (SELECT \"created_at\" FROM \"auth_token\" WHERE "
                                         "\"token_hash\" = ?)"_s);
        later->bindValue(0, familyId);
        later->bindValue(1, hash);
        later->bindValue(2, hash);
        if (Status s = m_db.run(later, u"reading the session"_s); !s)
            return problem(Problem::Kind::Internal, s.error());
        QStringList live;
        bool presentedSince = false;
        qint64 newestIssued = 0;
        while (later->next()) {
            const qint64 state = later->value(1).toLongLong();
            if (state == kTokenLive)
                live.append(later->value(0).toString());
            else if (state != kTokenRetired)
                presentedSince = true;
            newestIssued = std::max(newestIssued, later->value(2).toLongLong() - m_settings.refreshTtlSeconds);
        }
        later->finish();
        if (!presentedSince && live.size() == 1 && !disabled &&
            nowSeconds() - newestIssued <= m_settings.reuseGraceSeconds) {
            QSqlQuery *retire = m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = ? WHERE \"token_hash\" = ?"_s);
            retire->bindValue(0, kTokenRetired);
            retire->bindValue(1, live.constFirst());
            if (Status s = m_db.run(retire, u"rotating the refresh token"_s); !s)
                return problem(Problem::Kind::Internal, s.error());
            Result<protocol::TokenResponse> tokens = issue(teacherId, familyId);
            if (!tokens)
                return problem(Problem::Kind::Internal, tokens.error());
            if (Status s = tx.commit(); !s)
                return problem(Problem::Kind::Internal, s.error());
            serverLog()->info("refresh answer lost for teacher {}: session {} rotated again", teacherId.toStdString(),
                              familyId.toStdString());
            Answer a;
            a.tokens = *tokens;
            return a;
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
    if (expiresAt <= nowSeconds() || disabled)
        return problem(Problem::Kind::InvalidRefreshToken, invalid);

    // Rotation: the used token is revoked in the same transaction that issues
    // its successor; of two racing refreshes with one token only one wins.
    QSqlQuery *use =
        m_db.prepared(u"UPDATE \"auth_token\" SET \"revoked\" = 1 WHERE \"token_hash\" = ? AND \"revoked\" = 0"_s);
    use->bindValue(0, hash);
    if (Status s = m_db.run(use, u"rotating the refresh token"_s); !s)
        return problem(Problem::Kind::Internal, s.error());
    if (use->numRowsAffected() != 1)
        return problem(Problem::Kind::InvalidRefreshToken, invalid);
    Result<protocol::TokenResponse> tokens = issue(teacherId, familyId);
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
