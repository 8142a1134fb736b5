#pragma once

#include "kernel/domain/Result.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace k12 {

// What the walkthrough needs from the sync client to sign a teacher in to the
// school's server. The main window hands one to the walkthrough
// (MainWindow::setSignInHandler); without one, the "connect" choice explains
// that sign-in comes later, and nothing pretends to sign in.
class SignInHandler
{
public:
    // Called exactly once, on the GUI thread, when the attempt is over: ok, or an
    // error message a teacher can act on ("Wrong email or password.",
    // "The server cannot be reached.").
    using Done = std::function<void(const Status &result)>;

    virtual ~SignInHandler() = default;

    // Starts signing in (the refresh token goes to the keychain). Must not block:
    // the walkthrough shows "Signing in..." until `done` is called.
    virtual void signIn(const QUrl &server, const QString &email, const QString &password, Done done) = 0;

    // Why the token cannot be kept (no keychain / secrets service), or empty when it can.
    // Shown before signing in: without a keychain the teacher signs in again at each start.
    virtual QString keychainProblem() const = 0;
};

} // namespace k12
