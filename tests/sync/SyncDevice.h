#pragma once

#include "tests/common/TestSupport.h"

#include "sync/client/ApiClient.h"
#include "sync/engine/SyncAccount.h"
#include "sync/engine/SyncSession.h"
#include "sync/engine/SyncState.h"

#include <memory>

namespace k12::test {

// One teacher's computer in a sync test: its own profile (a real SQLite file),
// its own API client and account, syncing in-process with SyncSession.
class SyncDevice
{
public:
    SyncDevice()
        : m_api(std::make_unique<ApiClient>())
    {
        m_api->setTimeout(10000);
        m_account = std::make_unique<SyncAccount>(store().database(), m_profile.path(), *m_api);
    }

    Store &store() { return m_profile.store(); }
    TempProfile &profile() { return m_profile; }
    ApiClient &api() { return *m_api; }
    SyncAccount &account() { return *m_account; }
    SyncState state() { return SyncState(store().database()); }

    Status signIn(const QString &server, const QString &email, const QString &password)
    {
        Result<QUrl> url = SyncAccount::parseServer(server);
        if (!url)
            return fail(url.error());
        return m_account->signIn(*url, email, password);
    }
    // Points the device at a server at another address (a restarted server).
    void moveTo(const QString &server)
    {
        SyncState(store().database()).setValue(QStringLiteral("server_url"), server);
        m_api->setServer(QUrl(server));
    }
    SyncReport sync()
    {
        SyncState s(store().database());
        SyncSession session(store().database(), *m_api, s);
        return session.run();
    }
    qint64 queued() { return countRows(store(), QStringLiteral("outbox"), QStringLiteral("state = 'pending'")); }

private:
    TempProfile m_profile;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncAccount> m_account;
};

} // namespace k12::test
