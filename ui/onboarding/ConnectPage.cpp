#include "ConnectPage.h"

#include "OnboardingWizard.h"
#include "SignInHandler.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ConnectPage::ConnectPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_offline(new QRadioButton(tr("&Work offline on this computer"), this))
    , m_server(new QRadioButton(tr("&Connect to my school's server"), this))
    , m_fields(new QWidget(this))
    , m_url(new QLineEdit(m_fields))
    , m_email(new QLineEdit(m_fields))
    , m_password(new QLineEdit(m_fields))
    , m_urlMessage(messageLabel(u"serverUrlMessage"_s))
    , m_emailMessage(messageLabel(u"serverEmailMessage"_s))
    , m_note(new QLabel(this))
    , m_result(messageLabel(u"signInResult"_s))
{
    setObjectName(u"connectPage"_s);
    setTitle(tr("Connect or work offline"));
    setSubTitle(tr("Your school may run a K12 server that keeps your classes on all your devices."));
    m_offline->setObjectName(u"workOfflineChoice"_s);
    m_server->setObjectName(u"connectServerChoice"_s);
    m_url->setObjectName(u"serverUrl"_s);
    m_email->setObjectName(u"serverEmail"_s);
    m_password->setObjectName(u"serverPassword"_s);
    m_note->setObjectName(u"signInNote"_s);
    m_note->setWordWrap(true);
    m_note->setIndent(22);
    m_offline->setChecked(true);
    m_url->setPlaceholderText(tr("https://k12.your-school.org"));
    m_email->setPlaceholderText(tr("you@your-school.org"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *group = new QButtonGroup(this);
    group->addButton(m_offline);
    group->addButton(m_server);

    auto *offlineNote = noteLabel(tr("Everything stays on this computer. You can connect to a server later in "
                                     "Settings; nothing you enter now is lost."));
    offlineNote->setIndent(22);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(22, 0, 0, 0);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(QString(), m_urlMessage);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailMessage);
    form->addRow(tr("&Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_offline);
    layout->addWidget(offlineNote);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addWidget(m_fields);
    layout->addWidget(m_note);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_offline, &QRadioButton::toggled, this, &ConnectPage::updateState);
    for (QLineEdit *edit : {m_url, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectPage::updateState);
}

void ConnectPage::initializePage()
{
    m_offline->setChecked(onboarding()->state().connection() != u"server"_s || !onboarding()->signInHandler());
    updateState();
}

QString ConnectPage::urlProblem() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        return tr("Enter the whole address, starting with https://");
    return {};
}

QString ConnectPage::emailProblem() const
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString text = m_email->text().trimmed();
    return text.isEmpty() || pattern.match(text).hasMatch() ? QString() : tr("This is not an email address.");
}

void ConnectPage::updateState()
{
    SignInHandler *handler = onboarding() ? onboarding()->signInHandler() : nullptr;
    const bool server = m_server->isChecked();
    m_fields->setVisible(server);
    m_fields->setEnabled(server && handler && !m_signingIn);
    if (server && !handler) {
        // Honest about what works today: no sign-in is faked.
        m_note->setText(tr("<b>Sign-in becomes available in Settings once the sync service is configured.</b> "
                           "Choose \"Work offline\" for now; you can connect later without losing anything."));
    } else if (server && !handler->keychainProblem().isEmpty()) {
        m_note->setText(tr("Note: %1 You will be asked to sign in again each time the app starts.")
                            .arg(handler->keychainProblem()));
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
    setMessage(m_urlMessage, server ? urlProblem() : QString());
    setMessage(m_emailMessage, server ? emailProblem() : QString());
    if (!server)
        setMessage(m_result, {});
    Q_EMIT completeChanged();
}

bool ConnectPage::isComplete() const
{
    if (m_offline->isChecked())
        return true;
    return onboarding() && onboarding()->signInHandler() && !m_signingIn && !m_url->text().trimmed().isEmpty() &&
           urlProblem().isEmpty() && !m_email->text().trimmed().isEmpty() && emailProblem().isEmpty() &&
           !m_password->text().isEmpty();
}

bool ConnectPage::validatePage()
{
    if (resuming() || m_offline->isChecked()) {
        if (!resuming())
            onboarding()->state().setConnection(u"offline"_s);
        return true;
    }
    if (m_signedIn)
        return true;
    SignInHandler *handler = onboarding()->signInHandler();
    if (!handler)
        return false;
    m_signingIn = true;
    setMessage(m_result, {});
    m_note->setText(tr("Signing in..."));
    m_note->show();
    updateState();
    QPointer<ConnectPage> self(this);
    handler->signIn(QUrl(m_url->text().trimmed()), m_email->text().trimmed(), m_password->text(),
                    [self](const Status &result) {
                        if (!self)
                            return;
                        self->m_signingIn = false;
                        self->m_password->clear(); // not kept in memory longer than needed
                        if (!result) {
                            self->updateState();
                            setMessage(self->m_result, result.error());
                            return;
                        }
                        self->m_signedIn = true;
                        self->onboarding()->state().setConnection(u"server"_s);
                        // Move on from the event loop: the handler may answer before signIn() returns.
                        QMetaObject::invokeMethod(self->wizard(), &QWizard::next, Qt::QueuedConnection);
                    });
    return false;
}

} // namespace k12
