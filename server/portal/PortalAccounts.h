#pragma once

#include "PortalSettings.h"
#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

class Database;

// Guardian accounts of the family portal: sign-in with the teachers' rules
// (PBKDF2 via PasswordHasher, LoginThrottle per account and address, the same
// answer and the same work for an unknown email and a wrong password),
// invitations accepted (contract 2), password and preference changes, and
// unsubscribe links (contract 3). Emails and passwords are never logged.
class PortalAccounts
{
public:
    enum class Outcome
    {
        Ok,
        WrongCredentials, // unknown email or wrong password: one answer
        Throttled,        // too many failures; retryAfter says how long
        InvalidInvite,    // unknown, used or expired: one neutral answer
        WeakPassword,     // shorter than kMinimumPasswordLength
        Mismatch          // the two new passwords differ
    };

    struct Answer
    {
        Outcome outcome = Outcome::Ok;
        QString accountId;
        int retryAfter = 0;
    };

    // A valid invitation (unused, unexpired) and whether its email has an account.
    struct Invite
    {
        bool valid = false;
        QString email;
        bool hasAccount = false;
    };

    PortalAccounts(Database &db, PortalSettings settings)
        : m_db(db)
        , m_settings(settings)
    {}

    Result<Answer> signIn(const QString &email, const QString &password, const QString &address);
    Result<Invite> invite(const QString &token);
    // The invitation's email has no account: one is made with this password
    // (and `language`), the invitation used, the guardian linked.
    Result<Answer> acceptWithNewPassword(const QString &token, const QString &password, const QString &confirm,
                                         const QString &language);
    // The invitation's email has an account: its password accepts it.
    Result<Answer> acceptWithSignIn(const QString &token, const QString &password, const QString &address);
    Result<Answer> changePassword(const QString &accountId, const QString &current, const QString &password,
                                  const QString &confirm, const QString &address);
    Status setPreferences(const QString &accountId, const QString &language, bool digest);
    // Marks the address of an unsubscribe token unsubscribed; false: unknown token.
    Result<bool> unsubscribe(const QString &token);
    // Whether an unsubscribe token is known (the GET page).
    Result<bool> knowsUnsubscribeToken(const QString &token);

    static QString normalizeEmail(const QString &email) { return email.trimmed().toLower(); }

private:
    struct InviteRow
    {
        QString guardianId;
        QString email;
    };
    Result<std::optional<InviteRow>> validInvite(const QString &token);
    // Uses the invitation and links its guardian to the account, in `tx`'s transaction.
    Status useInvite(const QString &token, const QString &accountId, const QString &guardianId, bool *stillValid);
    int iterations() const;

    Database &m_db;
    PortalSettings m_settings;
};

} // namespace k12::server
