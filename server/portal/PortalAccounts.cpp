#include "PortalAccounts.h"

#include "kernel/domain/Ids.h"
#include "server/ServerLog.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/Tokens.h"
#include "server/families/FamilyText.h"
#include "server/store/Database.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Guardians and teachers may share an address: their failures count apart.
QString throttleKey(const QString &email)
{
    return u"portal:"_s + email;
}

} // namespace

int PortalAccounts::iterations() const
{
    return m_settings.dummyIterations > 0 ? m_settings.dummyIterations : PasswordHasher::defaultIterations();
}

Result<PortalAccounts::Answer> PortalAccounts::signIn(const QString &email, const QString &password,
                                                      const QString &address)
{
    const QString account = normalizeEmail(email);
    LoginThrottle throttle(m_db, m_settings.maxLoginFailuresPerMinute);
    Result<LoginThrottle::Attempt> attempt = throttle.begin(throttleKey(account), address);
    if (!attempt)
        return Error{attempt.error()};
    if (attempt->retryAfter > 0)
        return Answer{Outcome::Throttled, {}, attempt->retryAfter};

    QSqlQuery *q =
        m_db.prepared(u"SELECT \"id\", \"password_hash\", \"disabled\" FROM \"portal_account\" WHERE \"email\" = ?"_s);
    q->bindValue(0, account);
    if (Status s = m_db.run(q, u"reading a portal account"_s); !s)
        return Error{s.error()};
    QString id;
    QString hash;
    bool disabled = false;
    if (q->next()) {
        id = q->value(0).toString();
        hash = q->value(1).toString();
        disabled = q->value(2).toLongLong() != 0;
    }
    q->finish();
    bool good = false;
    if (id.isEmpty())
        PasswordHasher::burn(iterations()); // the same work as a wrong password
    else
        good = PasswordHasher::verify(password, hash) && !disabled;
    if (!good) {
        serverLog()->info("portal sign-in failed{}",
                          id.isEmpty() ? "" : fmt::format(" for account {}", id.toStdString()));
        return Answer{Outcome::WrongCredentials, {}, 0};
    }
    if (Status s = throttle.succeeded(*attempt); !s)
        return Error{s.error()};
    serverLog()->info("portal account {} signed in", id.toStdString());
    return Answer{Outcome::Ok, id, 0};
}

Result<std::optional<PortalAccounts::InviteRow>> PortalAccounts::validInvite(const QString &token)
{
    if (token.isEmpty() || token.size() > 128)
        return std::optional<InviteRow>{};
    QSqlQuery *q = m_db.prepared(u"SELECT \"guardian_id\", \"email\", \"expires_at\", \"used_at\" FROM "
                                 "\"portal_invite\" WHERE \"token_hash\" = ?"_s);
    q->bindValue(0, Tokens::hash(token));
    if (Status s = m_db.run(q, u"reading an invitation"_s); !s)
        return Error{s.error()};
    if (!q->next()) {
        q->finish();
        return std::optional<InviteRow>{};
    }
    InviteRow row{q->value(0).toString(), normalizeEmail(q->value(1).toString())};
    const QDateTime expires = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
    const bool used = !q->value(3).isNull() && !q->value(3).toString().isEmpty();
    q->finish();
    if (used || !expires.isValid() || expires <= QDateTime::currentDateTimeUtc())
        return std::optional<InviteRow>{};
    return std::optional<InviteRow>{row};
}

Result<PortalAccounts::Invite> PortalAccounts::invite(const QString &token)
{
    Result<std::optional<InviteRow>> row = validInvite(token);
    if (!row)
        return Error{row.error()};
    Invite out;
    if (!*row)
        return out;
    out.valid = true;
    out.email = (*row)->email;
    QSqlQuery *q = m_db.prepared(u"SELECT 1 FROM \"portal_account\" WHERE \"email\" = ?"_s);
    q->bindValue(0, out.email);
    if (Status s = m_db.run(q, u"reading a portal account"_s); !s)
        return Error{s.error()};
    out.hasAccount = q->next();
    q->finish();
    return out;
}

Status PortalAccounts::useInvite(const QString &token, const QString &accountId, const QString &guardianId,
                                 bool *stillValid)
{
    // Only one acceptance wins: the row is claimed while still unused.
    QSqlQuery *use = m_db.prepared(
        u"UPDATE \"portal_invite\" SET \"used_at\" = ? WHERE \"token_hash\" = ? AND \"used_at\" IS NULL"_s);
    use->bindValue(0, nowIso());
    use->bindValue(1, Tokens::hash(token));
    if (Status s = m_db.run(use, u"using an invitation"_s); !s)
        return s;
    *stillValid = use->numRowsAffected() == 1;
    if (!*stillValid)
        return {};
    QSqlQuery *link = m_db.prepared(u"INSERT INTO \"portal_link\" (\"account_id\", \"guardian_id\", \"linked_at\") "
                                    "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    link->bindValue(0, accountId);
    link->bindValue(1, guardianId);
    link->bindValue(2, nowIso());
    return m_db.run(link, u"linking a guardian to a portal account"_s);
}

Result<PortalAccounts::Answer> PortalAccounts::acceptWithNewPassword(const QString &token, const QString &password,
                                                                     const QString &confirm, const QString &language)
{
    Result<std::optional<InviteRow>> row = validInvite(token);
    if (!row)
        return Error{row.error()};
    if (!*row)
        return Answer{Outcome::InvalidInvite, {}, 0};
    if (password.size() < PortalSettings::kMinimumPasswordLength)
        return Answer{Outcome::WeakPassword, {}, 0};
    if (password != confirm)
        return Answer{Outcome::Mismatch, {}, 0};
    const QString hash = PasswordHasher::hash(password, PasswordHasher::defaultIterations()); // before the lock
    const QString accountId = newId();
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    QSqlQuery *exists = m_db.prepared(u"SELECT 1 FROM \"portal_account\" WHERE \"email\" = ?"_s);
    exists->bindValue(0, (*row)->email);
    if (Status s = m_db.run(exists, u"reading a portal account"_s); !s)
        return Error{s.error()};
    const bool taken = exists->next();
    exists->finish();
    if (taken) // made meanwhile: this form no longer applies
        return Answer{Outcome::InvalidInvite, {}, 0};
    QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"portal_account\" (\"id\", \"email\", \"password_hash\", "
                                      "\"language\", \"digest\", \"created_at\", \"disabled\") "
                                      "VALUES (?, ?, ?, ?, 0, ?, 0)"_s);
    insert->bindValue(0, accountId);
    insert->bindValue(1, (*row)->email);
    insert->bindValue(2, hash);
    insert->bindValue(3, FamilyText::language(language));
    insert->bindValue(4, nowIso());
    if (Status s = m_db.run(insert, u"creating a portal account"_s); !s)
        return Error{s.error()};
    bool stillValid = false;
    if (Status s = useInvite(token, accountId, (*row)->guardianId, &stillValid); !s)
        return Error{s.error()};
    if (!stillValid)
        return Answer{Outcome::InvalidInvite, {}, 0};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    serverLog()->info("portal account {} created for guardian {}", accountId.toStdString(),
                      (*row)->guardianId.toStdString());
    return Answer{Outcome::Ok, accountId, 0};
}

Result<PortalAccounts::Answer> PortalAccounts::acceptWithSignIn(const QString &token, const QString &password,
                                                                const QString &address)
{
    Result<std::optional<InviteRow>> row = validInvite(token);
    if (!row)
        return Error{row.error()};
    if (!*row)
        return Answer{Outcome::InvalidInvite, {}, 0};
    Result<Answer> signedIn = signIn((*row)->email, password, address);
    if (!signedIn || signedIn->outcome != Outcome::Ok)
        return signedIn;
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    bool stillValid = false;
    if (Status s = useInvite(token, signedIn->accountId, (*row)->guardianId, &stillValid); !s)
        return Error{s.error()};
    if (!stillValid)
        return Answer{Outcome::InvalidInvite, {}, 0};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    serverLog()->info("portal account {} linked to guardian {}", signedIn->accountId.toStdString(),
                      (*row)->guardianId.toStdString());
    return signedIn;
}

Result<PortalAccounts::Answer> PortalAccounts::changePassword(const QString &accountId, const QString &current,
                                                              const QString &password, const QString &confirm,
                                                              const QString &address)
{
    QSqlQuery *q = m_db.prepared(u"SELECT \"email\" FROM \"portal_account\" WHERE \"id\" = ?"_s);
    q->bindValue(0, accountId);
    if (Status s = m_db.run(q, u"reading a portal account"_s); !s)
        return Error{s.error()};
    const QString email = q->next() ? q->value(0).toString() : QString();
    q->finish();
    // The current password is checked like a sign-in: throttled the same way.
    Result<Answer> check = signIn(email, current, address);
    if (!check || check->outcome != Outcome::Ok)
        return check;
    if (password.size() < PortalSettings::kMinimumPasswordLength)
        return Answer{Outcome::WeakPassword, {}, 0};
    if (password != confirm)
        return Answer{Outcome::Mismatch, {}, 0};
    QSqlQuery *update = m_db.prepared(u"UPDATE \"portal_account\" SET \"password_hash\" = ? WHERE \"id\" = ?"_s);
    update->bindValue(0, PasswordHasher::hash(password, PasswordHasher::defaultIterations()));
    update->bindValue(1, accountId);
    if (Status s = m_db.run(update, u"changing a portal password"_s); !s)
        return Error{s.error()};
    serverLog()->info("portal account {} changed its password", accountId.toStdString());
    return Answer{Outcome::Ok, accountId, 0};
}

Status PortalAccounts::setPreferences(const QString &accountId, const QString &language, bool digest)
{
    QSqlQuery *update =
        m_db.prepared(u"UPDATE \"portal_account\" SET \"language\" = ?, \"digest\" = ? WHERE \"id\" = ?"_s);
    update->bindValue(0, FamilyText::language(language));
    update->bindValue(1, digest ? 1 : 0);
    update->bindValue(2, accountId);
    return m_db.run(update, u"saving portal preferences"_s);
}

Result<bool> PortalAccounts::knowsUnsubscribeToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 128)
        return false;
    QSqlQuery *q = m_db.prepared(u"SELECT 1 FROM \"mail_recipient\" WHERE \"unsubscribe_token\" = ?"_s);
    q->bindValue(0, token);
    if (Status s = m_db.run(q, u"reading an unsubscribe token"_s); !s)
        return Error{s.error()};
    const bool known = q->next();
    q->finish();
    return known;
}

Result<bool> PortalAccounts::unsubscribe(const QString &token)
{
    if (token.isEmpty() || token.size() > 128)
        return false;
    QSqlQuery *update = m_db.prepared(u"UPDATE \"mail_recipient\" SET \"unsubscribed_at\" = COALESCE("
                                      "\"unsubscribed_at\", ?) WHERE \"unsubscribe_token\" = ?"_s);
    update->bindValue(0, nowIso());
    update->bindValue(1, token);
    if (Status s = m_db.run(update, u"unsubscribing"_s); !s)
        return Error{s.error()};
    return update->numRowsAffected() == 1;
}

} // namespace k12::server
