#include "AccountDialog.h"
#include "kernel/domain/Clock.h"

#include "SyncStatusWidget.h"
#include "SyncWidgets.h"
#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

using Connectivity = SyncStatus::Connectivity;

bool signedIn(const SyncStatus &s)
{
    return s.connectivity == Connectivity::Online || s.connectivity == Connectivity::Offline ||
           s.connectivity == Connectivity::ServerUnavailable || s.connectivity == Connectivity::Connecting;
}

} // namespace

AccountDialog::AccountDialog(SyncService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_signedInPage(new QWidget(this))
    , m_who(new QLabel(m_signedInPage))
    , m_where(new QLabel(m_signedInPage))
    , m_connection(SyncWidgets::mutedLabel(u"accountConnection"_s, m_signedInPage))
    , m_signOut(new QPushButton(tr("Sign &Out"), m_signedInPage))
    , m_formPage(new QWidget(this))
    , m_intro(new QLabel(m_formPage))
    , m_server(new QLineEdit(m_formPage))
    , m_email(new QLineEdit(m_formPage))
    , m_password(new QLineEdit(m_formPage))
    , m_signIn(new QPushButton(tr("&Sign In"), m_formPage))
    , m_result(SyncWidgets::problemLabel(u"accountResult"_s, this))
    , m_keychainBox(new QFrame(this))
    , m_keychainDetail(SyncWidgets::mutedLabel(u"accountKeychainDetail"_s, m_keychainBox))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Account"));
    m_who->setObjectName(u"accountWho"_s);
    m_where->setObjectName(u"accountWhere"_s);
    m_signOut->setObjectName(u"accountSignOut"_s);
    m_intro->setObjectName(u"accountIntro"_s);
    m_server->setObjectName(u"accountServer"_s);
    m_email->setObjectName(u"accountEmail"_s);
    m_password->setObjectName(u"accountPassword"_s);
    m_signIn->setObjectName(u"accountSignIn"_s);
    m_keychainBox->setObjectName(u"accountKeychain"_s);

    // Signed in: who, where, and Sign Out.
    m_who->setWordWrap(true);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setTextFormat(Qt::PlainText); // an address, never markup
    m_connection->setWordWrap(true);
    auto *signOutNote = SyncWidgets::mutedLabel(u"accountSignOutNote"_s, m_signedInPage);
    signOutNote->setWordWrap(true);
    signOutNote->setText(tr("Signing out keeps everything on this computer. Changes not sent yet wait until you sign "
                            "in again."));
    auto *signedInLayout = new QVBoxLayout(m_signedInPage);
    signedInLayout->setContentsMargins(0, 0, 0, 0);
    signedInLayout->addWidget(m_who);
    signedInLayout->addWidget(m_where);
    signedInLayout->addWidget(m_connection);
    signedInLayout->addSpacing(8);
    signedInLayout->addWidget(m_signOut, 0, Qt::AlignLeft);
    signedInLayout->addWidget(signOutNote);

    // Not signed in: the form.
    m_intro->setWordWrap(true);
    m_server->setPlaceholderText(tr("https://k12.your-school.org"));
    m_email->setPlaceholderText(tr("you@your-school.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_signIn->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_intro);
    formLayout->addSpacing(6);
    formLayout->addLayout(form);
    formLayout->addWidget(m_signIn, 0, Qt::AlignRight);

    // The keychain: said plainly, with the system's own words underneath.
    m_keychainBox->setFrameShape(QFrame::StyledPanel);
    auto *keychainTitle = new QLabel(tr("<b>No keychain is available on this computer:</b> you will have to sign in "
                                        "each time. Your grades stay on this computer meanwhile."),
                                     m_keychainBox);
    keychainTitle->setObjectName(u"accountKeychainTitle"_s);
    keychainTitle->setWordWrap(true);
    m_keychainDetail->setWordWrap(true);
    m_keychainDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *keychainIcon = new QLabel(m_keychainBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    keychainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    keychainIcon->setAlignment(Qt::AlignTop);
    auto *keychainText = new QVBoxLayout;
    keychainText->addWidget(keychainTitle);
    keychainText->addWidget(m_keychainDetail);
    auto *keychainLayout = new QHBoxLayout(m_keychainBox);
    keychainLayout->addWidget(keychainIcon);
    keychainLayout->addLayout(keychainText, 1);
    m_keychainBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Enter signs in, it does not close
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_signedInPage);
    layout->addWidget(m_formPage);
    layout->addWidget(m_result);
    layout->addWidget(m_keychainBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::onSignIn);
    connect(m_signOut, &QPushButton::clicked, this, &AccountDialog::onSignOut);
    for (QLineEdit *edit : {m_server, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateForm);
    connect(&m_service, &SyncService::statusChanged, this, &AccountDialog::onStatusChanged);
    connect(&m_service, &SyncService::signInFinished, this, &AccountDialog::onSignInFinished);

    const SyncStatus &status = m_service.status();
    m_server->setText(status.server);
    m_email->setText(status.email);
    onStatusChanged(status);
    resize(460, sizeHint().height());
}

void AccountDialog::onStatusChanged(const SyncStatus &status)
{
    const bool in = signedIn(status);
    m_signedInPage->setVisible(in);
    m_formPage->setVisible(!in);
    if (in) {
        m_who->setText(status.teacherName.isEmpty()
                           ? tr("Signed in as <b>%1</b>.").arg(status.email.toHtmlEscaped())
                           : tr("Signed in as <b>%1</b> (%2).")
                                 .arg(status.teacherName.toHtmlEscaped(), status.email.toHtmlEscaped()));
        m_where->setText(tr("Server: %1").arg(status.server));
        QString connection;
        switch (status.connectivity) {
        case Connectivity::Online:
            connection =
                tr("Online; %1.").arg(SyncStatusWidget::lastSyncText(status.lastSync, Clock::currentDateTimeUtc()));
            break;
        case Connectivity::Offline:
            connection = tr("The server cannot be reached now; your changes are kept on this computer.");
            break;
        default:
            connection = tr("The server is unavailable now; your changes are kept on this computer.");
            break;
        }
        m_connection->setText(connection);
    } else if (status.connectivity == Connectivity::SignedOut) {
        QString intro = tr("You are signed out of %1. Sign in again to sync; until then everything stays on this "
                           "computer.")
                            .arg(status.server.toHtmlEscaped());
        if (!status.lastError.isEmpty())
            intro += u"<br>"_s + tr("Reason: %1").arg(status.lastError.toHtmlEscaped());
        m_intro->setText(intro);
    } else {
        m_intro->setText(tr("Sign in to your school's K12 server to keep your classes on all your devices. Until "
                            "then, everything stays on this computer."));
    }
    if (m_server->text().isEmpty() && !status.server.isEmpty())
        m_server->setText(status.server);
    if (m_email->text().isEmpty() && !status.email.isEmpty())
        m_email->setText(status.email);
    showKeychainProblem(status.keychainProblem.isEmpty() ? m_keychainProblem : status.keychainProblem);
    updateForm();
}

void AccountDialog::updateForm()
{
    const bool filled =
        !m_server->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    for (QLineEdit *edit : {m_server, m_email, m_password})
        edit->setEnabled(!m_signingIn);
    m_signIn->setEnabled(filled && !m_signingIn);
    m_signOut->setEnabled(!m_signingIn);
}

void AccountDialog::onSignIn()
{
    if (m_signingIn || !m_signIn->isEnabled())
        return;
    m_signingIn = true;
    m_keychainProblem.clear();
    showResult(tr("Signing in to %1...").arg(m_server->text().trimmed()), false);
    updateForm();
    // Runs on the sync thread: the window stays usable while the server answers.
    m_service.signIn(m_server->text().trimmed(), m_email->text().trimmed(), m_password->text());
}

void AccountDialog::onSignInFinished(bool ok, const QString &message)
{
    if (!m_signingIn)
        return; // someone else's sign-in (the walkthrough)
    m_signingIn = false;
    if (ok) {
        m_password->clear(); // not kept a moment longer than needed
        showResult(tr("Signed in. Your changes are being sent now."), false);
        m_keychainProblem = message;
        showKeychainProblem(message);
    } else {
        showResult(message, true);
        m_password->setFocus();
        m_password->selectAll();
    }
    updateForm();
}

void AccountDialog::onSignOut()
{
    m_service.signOut();
    m_keychainProblem.clear();
    showResult(tr("Signed out. Everything stays on this computer."), false);
}

void AccountDialog::showResult(const QString &text, bool problem)
{
    SyncWidgets::setMessage(m_result, text, problem);
    fitHeight();
}

void AccountDialog::showKeychainProblem(const QString &detail)
{
    m_keychainDetail->setText(detail);
    m_keychainBox->setVisible(!detail.isEmpty());
    fitHeight();
}

void AccountDialog::fitHeight()
{
    // Parts come and go with the status, and wrapped text needs more height
    // than the dialog had: grow (never shrink under the teacher's hands).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace k12
