#include "SyncActions.h"

#include "AccountDialog.h"
#include "ConflictsDialog.h"
#include "HeldDeletionsBar.h"
#include "RejectedChangesDialog.h"
#include "SyncSignInHandler.h"
#include "SyncStatusWidget.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QWidget>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// One modeless window of a kind: raised when it is already open.
template<typename Dialog> Dialog *showOnce(QPointer<Dialog> &slot, const std::function<Dialog *()> &make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

} // namespace

SyncActions::SyncActions(SyncService &service, Store &store, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_store(store)
    , m_window(window)
    , m_statusWidget(new SyncStatusWidget(window))
    , m_syncNow(new QAction(tr("&Sync Now"), this))
    , m_account(new QAction(tr("&Account..."), this))
    , m_conflicts(new QAction(tr("&Conflicts..."), this))
    , m_rejected(new QAction(tr("Sync &Problems..."), this))
    , m_heldBar(new HeldDeletionsBar(store, window))
    , m_signIn(std::make_unique<SyncSignInHandler>(service))
{
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_account->setObjectName(u"accountAction"_s);
    m_conflicts->setObjectName(u"conflictsAction"_s);
    m_rejected->setObjectName(u"rejectedAction"_s);
    m_syncNow->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    // F5 is "refresh" on Linux and Windows; Ctrl+R for those who expect a browser's reload.
    m_syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncNow->setStatusTip(tr("Send your changes to the school's server and receive others' now"));
    m_account->setStatusTip(tr("Sign in to your school's server, or sign out"));
    m_account->setMenuRole(QAction::PreferencesRole);
    m_conflicts->setStatusTip(tr("Choose between your value and the server's where both changed"));
    m_rejected->setStatusTip(
        tr("See the changes the server refused and the rows this computer could not store, and why"));

    connect(m_syncNow, &QAction::triggered, &m_service, &SyncService::syncNow);
    connect(m_account, &QAction::triggered, this, &SyncActions::openAccount);
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::openConflicts);
    connect(m_rejected, &QAction::triggered, this, &SyncActions::openRejected);
    connect(m_statusWidget, &SyncStatusWidget::syncNowRequested, &m_service, &SyncService::syncNow);
    connect(m_statusWidget, &SyncStatusWidget::accountRequested, this, &SyncActions::openAccount);
    connect(m_statusWidget, &SyncStatusWidget::conflictsRequested, this, &SyncActions::openConflicts);
    connect(m_statusWidget, &SyncStatusWidget::rejectedRequested, this, &SyncActions::openRejected);
    connect(m_heldBar, &HeldDeletionsBar::reviewRequested, this, [this] { openRejected()->showHeldDeletions(); });
    connect(m_heldBar, &HeldDeletionsBar::settled, &m_service, &SyncService::syncNow);
    connect(&m_service, &SyncService::statusChanged, this, &SyncActions::onStatusChanged);
    connect(&m_service, &SyncService::progress, m_statusWidget, &SyncStatusWidget::setProgress);
    onStatusChanged(m_service.status());
}

SyncActions::~SyncActions() = default;

SignInHandler *SyncActions::signInHandler() const
{
    return m_signIn.get();
}

void SyncActions::onStatusChanged(const SyncStatus &status)
{
    m_statusWidget->setStatus(status);
    if (!status.syncing)
        m_heldBar->refresh(); // held deletions change only with a sync (or the bar's own buttons)
    const bool canSync = status.connectivity != SyncStatus::Connectivity::NotConfigured &&
                         status.connectivity != SyncStatus::Connectivity::SignedOut;
    m_syncNow->setEnabled(canSync && !status.syncing);
}

AccountDialog *SyncActions::openAccount()
{
    return showOnce<AccountDialog>(m_accountDialog, [this] { return new AccountDialog(m_service, m_window); });
}

ConflictsDialog *SyncActions::openConflicts()
{
    return showOnce<ConflictsDialog>(m_conflictsDialog,
                                     [this] { return new ConflictsDialog(m_service, m_store, m_window); });
}

RejectedChangesDialog *SyncActions::openRejected()
{
    return showOnce<RejectedChangesDialog>(m_rejectedDialog,
                                           [this] { return new RejectedChangesDialog(m_service, m_store, m_window); });
}

} // namespace k12
