#include "SyncService.h"

#include "models/actions/Actions.h"

#include "SyncLog.h"
#include "models/store/Store.h"
#include "sync/client/CredentialStore.h"
#include "sync/engine/SyncState.h"

#include <QNetworkInformation>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SyncService::SyncService(Store &store, SyncWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<k12::SyncStatus>();
    m_thread.setObjectName(u"k12-sync"_s);
    // The keychain is read here, on the UI thread (see SyncAccount::setKeychainElsewhere).
    QString token;
    {
        SyncState known(store.database());
        if (known.signedIn()) {
            Result<QString> loaded = CredentialStore::load(
                CredentialStore::accountKey(store.profileDir(), known.serverUrl(), known.email()));
            if (loaded)
                token = *loaded;
            else
                m_keychainProblem = loaded.error();
        }
    }
    auto *worker = new SyncWorker(store.profileDir(), options, token);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::statusChanged, this, &SyncService::onWorkerStatus);
    connect(worker, &SyncWorker::progress, this, &SyncService::progress);
    // The token of a new sign-in is stored (storeToken) before this arrives:
    // the keychain's answer is known here, on the UI thread.
    connect(worker, &SyncWorker::signInFinished, this,
            [this](bool ok, const QString &message) { Q_EMIT signInFinished(ok, ok ? m_keychainProblem : message); });
    connect(worker, &SyncWorker::entitiesChanged, &m_store, &Store::announce);
    connect(worker, &SyncWorker::refreshTokenToStore, this, &SyncService::storeToken);
    connect(worker, &SyncWorker::refreshTokenToForget, this, &SyncService::forgetToken);
    // Local edits only: rows pulled by the worker are announced, not applied here.
    connect(&m_store, &Store::changesApplied, this, &SyncService::onLocalChanges);
    // What the profile already knows, so the status bar is right before the
    // worker's first report (no "on this computer only" flash for a signed-in teacher).
    SyncState state(store.database());
    m_status.server = state.serverUrl();
    m_status.email = state.email();
    m_status.teacherName = state.teacherName();
    m_status.lastSync = state.lastSync();
    m_status.queued = Outbox(store.database()).pendingCount();
    m_status.connectivity = state.signedIn()              ? SyncStatus::Connectivity::Connecting
                            : state.serverUrl().isEmpty() ? SyncStatus::Connectivity::NotConfigured
                                                          : SyncStatus::Connectivity::SignedOut;
    m_thread.start();
    watchNetwork();
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend here: real requests and the /health probe decide alone
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        const bool reachable =
            r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site;
        QMetaObject::invokeMethod(m_worker, "networkReachabilityChanged", Qt::QueuedConnection, Q_ARG(bool, reachable));
    });
}

void SyncService::onLocalChanges()
{
    QMetaObject::invokeMethod(m_worker, "scheduleSync", Qt::QueuedConnection, Q_ARG(int, kAfterEditMs));
    QMetaObject::invokeMethod(m_worker, "refreshStatus", Qt::QueuedConnection);
}

void SyncService::onWorkerStatus(const SyncStatus &status)
{
    m_status = status;
    m_status.keychainProblem = m_keychainProblem;
    Q_EMIT statusChanged(m_status);
}

void SyncService::storeToken(const QString &account, const QString &refreshToken)
{
    const Status saved = CredentialStore::save(account, refreshToken);
    m_keychainProblem = saved ? QString() : saved.error();
    if (m_status.keychainProblem != m_keychainProblem) {
        m_status.keychainProblem = m_keychainProblem;
        Q_EMIT statusChanged(m_status);
    }
}

void SyncService::forgetToken(const QString &account)
{
    (void)CredentialStore::remove(account);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, "syncNow", Qt::QueuedConnection);
}

void SyncService::signIn(const QString &server, const QString &email, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, "signIn", Qt::QueuedConnection, Q_ARG(QString, server), Q_ARG(QString, email),
                              Q_ARG(QString, password));
}

void SyncService::signOut()
{
    QMetaObject::invokeMethod(m_worker, "signOut", Qt::QueuedConnection);
}

QList<Conflict> SyncService::conflicts()
{
    return ConflictStore(m_store.database()).open();
}

Status SyncService::resolveConflict(const QString &conflictId, ConflictStore::Keep keep)
{
    ConflictStore store(m_store.database());
    const std::optional<Conflict> conflict = store.find(conflictId);
    if (!conflict)
        return fail(tr("That conflict no longer exists."));
    Result<ChangeList> changes = ConflictStore::changesFor(*conflict, keep);
    if (!changes)
        return fail(changes.error());
    Status resolved =
        Actions(m_store).conflicts().resolve(*changes, [&] { return store.markResolved(conflictId, keep); });
    QMetaObject::invokeMethod(m_worker, "refreshStatus", Qt::QueuedConnection);
    return resolved;
}

QList<OutboxEntry> SyncService::rejectedChanges()
{
    return Outbox(m_store.database()).rejected();
}

QList<HeldRow> SyncService::heldRows()
{
    return HeldRows(m_store.database()).all();
}

Status SyncService::dismissRejected(qint64 seq)
{
    if (!Outbox(m_store.database()).dismissRejected(seq))
        return fail(tr("That change is no longer waiting."));
    QMetaObject::invokeMethod(m_worker, "refreshStatus", Qt::QueuedConnection);
    return {};
}

} // namespace k12
