#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace k12 {

// Keeps the refresh token in the operating system's keychain (Secret Service,
// macOS Keychain, Windows Credential Manager) through QtKeychain. A token is
// never written to a file: where no keychain answers, saving fails with a
// message the UI shows, and the token lives in memory for this session only.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(k12::CredentialStore)

public:
    // account: one key per profile, server and email (so profiles never share tokens).
    static QString accountKey(const QString &profileDir, const QString &server, const QString &email);

    static Status save(const QString &account, const QString &refreshToken);
    static Result<QString> load(const QString &account); // empty string when nothing is stored
    static Status remove(const QString &account);

    static constexpr int kTimeoutMs = 10000; // a locked keyring must not hang the app
};

} // namespace k12
