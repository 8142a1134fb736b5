#include "SyncSignInHandler.h"

#include "sync/SyncService.h"

namespace k12 {

SyncSignInHandler::SyncSignInHandler(SyncService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void SyncSignInHandler::signIn(const QUrl &server, const QString &email, const QString &password, Done done)
{
    // The next answer is this attempt's: the service signs in one request at a time, in order.
    connect(
        &m_service, &SyncService::signInFinished, this,
        [done = std::move(done)](bool ok, const QString &message) { done(ok ? Status{} : Status{fail(message)}); },
        Qt::SingleShotConnection);
    m_service.signIn(server.toString(), email, password);
}

QString SyncSignInHandler::keychainProblem() const
{
    return m_service.status().keychainProblem;
}

} // namespace k12
