#pragma once

#include "RetryPolicy.h"
#include "SyncStatus.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace k12 {

class ApiClient;
class Database;
class SyncAccount;

// Runs sync on its own thread with its own database connection: pushes and
// pulls, retries with backoff after failures, probes the server's /health
// while offline, and reports a SyncStatus after every step. All slots are
// called through queued connections from SyncService.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        RetryPolicy::Options retry;
        int periodicMs = 60 * 1000; // pull others' changes this often while online
        int timeoutMs = 30 * 1000;
    };

    // refreshToken: what the UI thread read from the keychain (empty if none).
    SyncWorker(QString profileDir, Options options, QString refreshToken = {}, QObject *parent = nullptr);
    ~SyncWorker() override;

public Q_SLOTS:
    void start();
    void syncNow();
    void scheduleSync(int delayMs);
    void signIn(const QString &server, const QString &email, const QString &password);
    void signOut();
    void networkReachabilityChanged(bool reachable);
    void refreshStatus();

Q_SIGNALS:
    void statusChanged(const k12::SyncStatus &status);
    void progress(const QString &phase, qint64 done, qint64 total);
    void entitiesChanged(const QStringList &entities);
    void signInFinished(bool ok, const QString &message);
    // Keychain work for the UI thread (QtKeychain is not used from this thread).
    void refreshTokenToStore(const QString &account, const QString &refreshToken);
    void refreshTokenToForget(const QString &account);

private:
    void run();
    bool probe();
    void retryLater(int retryAfterSeconds);
    void publish();
    void countQueues();

    QString m_profileDir;
    Options m_options;
    QString m_initialToken;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncAccount> m_account;
    RetryPolicy m_retry;
    QTimer *m_next = nullptr;
    QTimer *m_periodic = nullptr;
    SyncStatus m_status;
    bool m_running = false;
    bool m_again = false;
};

} // namespace k12
