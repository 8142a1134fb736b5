#pragma once

#include "sync/engine/SyncStatus.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

namespace k12 {

class AccountDialog;
class HeldDeletionsBar;
class ConflictsDialog;
class RejectedChangesDialog;
class SignInHandler;
class Store;
class SyncService;
class SyncSignInHandler;
class SyncStatusWidget;

// Everything the main window shows of sync, in one place: the status bar
// widget, the menu actions (Sync Now, Account..., Conflicts..., Rejected
// Changes...) and the windows they open. The views are modeless, one of each:
// grading goes on while a conflict list is open.
class SyncActions : public QObject
{
    Q_OBJECT
public:
    SyncActions(SyncService &service, Store &store, QWidget *window);
    ~SyncActions() override;

    SyncStatusWidget *statusWidget() const { return m_statusWidget; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *accountAction() const { return m_account; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *rejectedAction() const { return m_rejected; }
    // The notice of deletions held for the teacher's say; the window places it.
    HeldDeletionsBar *heldDeletionsBar() const { return m_heldBar; }
    SignInHandler *signInHandler() const;

    AccountDialog *openAccount();
    ConflictsDialog *openConflicts();
    RejectedChangesDialog *openRejected();

private:
    void onStatusChanged(const SyncStatus &status);

    SyncService &m_service;
    Store &m_store;
    QWidget *m_window;
    SyncStatusWidget *m_statusWidget;
    QAction *m_syncNow;
    QAction *m_account;
    QAction *m_conflicts;
    QAction *m_rejected;
    HeldDeletionsBar *m_heldBar;
    std::unique_ptr<SyncSignInHandler> m_signIn;
    QPointer<AccountDialog> m_accountDialog;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<RejectedChangesDialog> m_rejectedDialog;
};

} // namespace k12
