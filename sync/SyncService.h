#pragma once

#include "models/store/Outbox.h"
#include "sync/engine/ConflictStore.h"
#include "sync/engine/HeldRows.h"
#include "sync/engine/SyncStatus.h"
#include "sync/engine/SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace k12 {

class Store;

// The UI thread's view of sync. It starts the SyncWorker on its own thread,
// asks it to sync soon after every local change, passes on its status and
// progress, and tells the store's item models when pulled rows changed data.
// Conflicts and rejected changes are settled here, on the UI's connection,
// through the one rule.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(Store &store, SyncWorker::Options options = {}, QObject *parent = nullptr);
    ~SyncService() override;

    const SyncStatus &status() const { return m_status; }

    void syncNow();
    void signIn(const QString &server, const QString &email, const QString &password);
    void signOut();

    QList<Conflict> conflicts();
    Status resolveConflict(const QString &conflictId, ConflictStore::Keep keep);
    QList<OutboxEntry> rejectedChanges();
    // Rows from the server set aside because they could not be stored here.
    QList<HeldRow> heldRows();
    Status dismissRejected(qint64 seq);

    // How soon after a local edit the worker is asked to sync.
    static constexpr int kAfterEditMs = 1500;

Q_SIGNALS:
    void statusChanged(const k12::SyncStatus &status);
    void progress(const QString &phase, qint64 done, qint64 total);
    void signInFinished(bool ok, const QString &message);

private:
    void onLocalChanges();
    void onWorkerStatus(const SyncStatus &status);
    void storeToken(const QString &account, const QString &refreshToken);
    void forgetToken(const QString &account);
    void watchNetwork();

    Store &m_store;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    SyncStatus m_status;
    QString m_keychainProblem; // known on this (the UI) thread, where the keychain is used
};

} // namespace k12
