#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace k12 {

class ApiClient;
class Database;
class SyncState;

// The teacher's account on a school server for one profile: signing in and
// out, and putting the refresh token back into the API client from the
// keychain (and saving it again whenever the server rotates it).
class SyncAccount : public QObject
{
    Q_OBJECT
public:
    SyncAccount(Database &db, QString profileDir, ApiClient &api, QObject *parent = nullptr);
    ~SyncAccount() override;

    // Signs in and keeps the refresh token in the keychain. A keychain that
    // cannot store it is not an error for this session: keychainProblem() says why.
    Status signIn(const QUrl &server, const QString &email, const QString &password);
    // Prepares the client from what the profile and keychain hold.
    Status restore();
    Status signOut();

    bool signedIn() const;
    const QString &keychainProblem() const { return m_keychainProblem; }

    // QtKeychain runs its jobs through one executor object and is not safe to
    // use from two threads; the sync thread hands keychain work to the UI
    // thread instead: with this on, tokens are announced, not saved, and
    // restore() only uses a token given to the client beforehand.
    void setKeychainElsewhere(bool elsewhere) { m_keychainElsewhere = elsewhere; }
    QString accountKey() const { return account(); }

    static Result<QUrl> parseServer(const QString &text);

Q_SIGNALS:
    void refreshTokenToStore(const QString &account, const QString &refreshToken);
    void refreshTokenToForget(const QString &account);

private:
    void onTokensRenewed();
    QString account() const;

    Database &m_db;
    QString m_profileDir;
    ApiClient &m_api;
    QString m_keychainProblem;
    bool m_signingIn = false; // login() renews tokens before the account is known: save once, after
    bool m_keychainElsewhere = false;
};

} // namespace k12
