#pragma once

#include "ui/onboarding/SignInHandler.h"

#include <QObject>

namespace k12 {

class SyncService;

// The walkthrough's sign-in, done by the sync service: it runs on the sync
// thread and answers through SyncService::signInFinished.
class SyncSignInHandler : public QObject, public SignInHandler
{
    Q_OBJECT
public:
    explicit SyncSignInHandler(SyncService &service, QObject *parent = nullptr);

    void signIn(const QUrl &server, const QString &email, const QString &password, Done done) override;
    QString keychainProblem() const override;

private:
    SyncService &m_service;
};

} // namespace k12
