#include "SyncWorker.h"

#include "ConflictStore.h"
#include "HeldRows.h"
#include "SyncAccount.h"
#include "SyncSession.h"
#include "SyncState.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/SyncLog.h"
#include "sync/client/ApiClient.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SyncWorker::SyncWorker(QString profileDir, Options options, QString refreshToken, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_options(options)
    , m_initialToken(std::move(refreshToken))
    , m_retry(options.retry)
{
    qRegisterMetaType<k12::SyncStatus>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    // Timers and the network belong to this (the sync) thread: made here, not in the constructor.
    m_next = new QTimer(this);
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &SyncWorker::run);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(m_options.periodicMs);
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (m_status.connectivity == SyncStatus::Connectivity::Online && !m_next->isActive())
            run();
    });
    Result<std::unique_ptr<Database>> db = Database::open(QDir(m_profileDir).filePath(u"k12.sqlite"_s));
    if (!db) {
        m_status.lastError = db.error();
        publish();
        return;
    }
    m_db = std::move(db).value();
    m_api = std::make_unique<ApiClient>();
    m_api->setTimeout(m_options.timeoutMs);
    m_api->setRefreshToken(m_initialToken);
    m_initialToken.clear();
    m_account = std::make_unique<SyncAccount>(*m_db, m_profileDir, *m_api);
    m_account->setKeychainElsewhere(true);
    connect(m_account.get(), &SyncAccount::refreshTokenToStore, this, &SyncWorker::refreshTokenToStore);
    connect(m_account.get(), &SyncAccount::refreshTokenToForget, this, &SyncWorker::refreshTokenToForget);
    m_periodic->start();
    refreshStatus();
    if (SyncState(*m_db).signedIn())
        scheduleSync(0);
}

void SyncWorker::countQueues()
{
    if (!m_db)
        return;
    Outbox queue(*m_db);
    m_status.queued = queue.pendingCount();
    m_status.rejected = queue.rejectedCount();
    m_status.conflicts = ConflictStore(*m_db).openCount();
    HeldRows held(*m_db);
    m_status.held = held.count();
    m_status.heldStuck = held.stuckCount();
    SyncState state(*m_db);
    m_status.failuresInRow = state.errorStreak();
    if (m_status.failuresInRow > 0 && m_status.lastError.isEmpty())
        m_status.lastError = state.lastError(); // what failed before this app started
    m_status.lastSync = state.lastSync();
    m_status.server = state.serverUrl();
    m_status.email = state.email();
    m_status.teacherName = state.teacherName();
    if (!state.signedIn())
        m_status.connectivity =
            state.serverUrl().isEmpty() ? SyncStatus::Connectivity::NotConfigured : SyncStatus::Connectivity::SignedOut;
    else if (m_status.connectivity == SyncStatus::Connectivity::NotConfigured ||
             m_status.connectivity == SyncStatus::Connectivity::SignedOut)
        m_status.connectivity = SyncStatus::Connectivity::Connecting; // until the first answer says otherwise
}

void SyncWorker::refreshStatus()
{
    countQueues();
    publish();
}

void SyncWorker::publish()
{
    m_status.keychainProblem = m_account ? m_account->keychainProblem() : QString();
    m_status.nextRetryMs = m_next && m_next->isActive() ? m_next->remainingTime() : 0;
    Q_EMIT statusChanged(m_status);
}

void SyncWorker::syncNow()
{
    m_retry.recordSuccess(); // the teacher asked: try now, and give the server a fresh start
    scheduleSync(0);
}

void SyncWorker::scheduleSync(int delayMs)
{
    if (!m_next)
        return;
    if (m_running) {
        m_again = true; // a change arrived during a sync: one more round after it
        return;
    }
    // A retry already waiting for a failed server is not cut short by new edits.
    if (m_next->isActive() && m_retry.failures() > 0 && m_next->remainingTime() > delayMs)
        return;
    m_next->start(std::max(0, delayMs));
}

void SyncWorker::networkReachabilityChanged(bool reachable)
{
    // Only a hint: a default route says nothing about the school's server.
    if (reachable && m_status.connectivity == SyncStatus::Connectivity::Offline)
        scheduleSync(500);
}

bool SyncWorker::probe()
{
    ApiResult<protocol::HealthResponse> health = m_api->health();
    return std::holds_alternative<protocol::HealthResponse>(health);
}

void SyncWorker::retryLater(int retryAfterSeconds)
{
    m_retry.recordFailure(retryAfterSeconds);
    m_next->start(m_retry.nextDelayMs());
}

void SyncWorker::run()
{
    if (!m_db || m_running)
        return;
    SyncState state(*m_db);
    if (!state.signedIn()) {
        refreshStatus();
        return;
    }
    if (Status restored = m_account->restore(); !restored) {
        m_status.connectivity = SyncStatus::Connectivity::SignedOut;
        m_status.lastError = restored.error();
        refreshStatus();
        return;
    }
    m_running = true;
    m_again = false;
    const bool wasDown = m_status.connectivity == SyncStatus::Connectivity::Offline ||
                         m_status.connectivity == SyncStatus::Connectivity::ServerUnavailable;
    if (wasDown && m_retry.failures() > 0 && !probe()) {
        // Still no server: keep the light probe going, with backoff.
        m_running = false;
        retryLater(0);
        m_status.connectivity =
            m_retry.circuitOpen() ? SyncStatus::Connectivity::ServerUnavailable : SyncStatus::Connectivity::Offline;
        refreshStatus();
        return;
    }
    m_status.syncing = true;
    publish();
    SyncSession session(*m_db, *m_api, state);
    const SyncReport report =
        session.run([this](const QString &phase, qint64 done, qint64 total) { Q_EMIT progress(phase, done, total); });
    m_running = false;
    m_status.syncing = false;
    if (!report.changedEntities.isEmpty())
        Q_EMIT entitiesChanged(QStringList(report.changedEntities.cbegin(), report.changedEntities.cend()));
    if (report.ok()) {
        m_retry.recordSuccess();
        m_status.connectivity = SyncStatus::Connectivity::Online;
        m_status.lastError.clear();
        if (m_again || report.pending > 0)
            m_next->start(200);
    } else if (report.error && report.error->kind == ApiError::Kind::SignedOut) {
        state.setValue(u"signed_in"_s, u"0"_s);
        m_status.connectivity = SyncStatus::Connectivity::SignedOut;
        m_status.lastError = report.message;
    } else if (report.error && report.error->retryable()) {
        m_status.lastError = report.message;
        retryLater(report.error->retryAfterSeconds);
        m_status.connectivity = report.error->unreachable() && !m_retry.circuitOpen()
                                    ? SyncStatus::Connectivity::Offline
                                    : SyncStatus::Connectivity::ServerUnavailable;
    } else {
        // The server refused the request itself, or its data was replaced: the
        // teacher sees why; retrying the same thing soon would not help.
        m_status.lastError = report.message;
        m_retry.recordFailure(0);
        m_next->start(m_retry.nextDelayMs());
    }
    refreshStatus();
}

void SyncWorker::signIn(const QString &server, const QString &email, const QString &password)
{
    if (!m_db) {
        Q_EMIT signInFinished(false, m_status.lastError);
        return;
    }
    Result<QUrl> url = SyncAccount::parseServer(server);
    if (!url) {
        Q_EMIT signInFinished(false, url.error());
        return;
    }
    const Status s = m_account->signIn(*url, email, password);
    Q_EMIT signInFinished(s.ok(), s.ok() ? m_account->keychainProblem() : s.error());
    if (s) {
        m_retry.recordSuccess();
        m_status.connectivity = SyncStatus::Connectivity::Online;
        m_status.lastError.clear();
        scheduleSync(0);
    }
    refreshStatus();
}

void SyncWorker::signOut()
{
    if (!m_account)
        return;
    (void)m_account->restore();
    (void)m_account->signOut();
    m_next->stop();
    m_status.connectivity = SyncStatus::Connectivity::SignedOut;
    refreshStatus();
}

} // namespace k12
