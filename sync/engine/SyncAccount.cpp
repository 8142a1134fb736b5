#include "SyncAccount.h"

#include "SyncState.h"
#include "models/store/Database.h"
#include "sync/SyncLog.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CredentialStore.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SyncAccount::SyncAccount(Database &db, QString profileDir, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_profileDir(std::move(profileDir))
    , m_api(api)
{
    connect(&m_api, &ApiClient::tokensRenewed, this, &SyncAccount::onTokensRenewed);
    m_api.setRotationIdStore([this](const QString &rotationId) {
        SyncState state(m_db);
        if (rotationId.isEmpty())
            state.remove(u"refresh_rotation_id"_s);
        else
            state.setValue(u"refresh_rotation_id"_s, rotationId);
    });
}

SyncAccount::~SyncAccount()
{
    m_api.setRotationIdStore({}); // the client may outlive this account
}

Result<QUrl> SyncAccount::parseServer(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return fail(tr("\"%1\" is not a server address (for example https://k12.school.org).").arg(text));
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0));
    return url;
}

QString SyncAccount::account() const
{
    SyncState state(m_db);
    return CredentialStore::accountKey(m_profileDir, state.serverUrl(), state.email());
}

bool SyncAccount::signedIn() const
{
    return SyncState(m_db).signedIn();
}

Status SyncAccount::signIn(const QUrl &server, const QString &email, const QString &password)
{
    m_api.setServer(server);
    m_signingIn = true;
    ApiResult<protocol::TokenResponse> answer = m_api.login(email.trimmed(), password);
    m_signingIn = false;
    if (const ApiError *e = std::get_if<ApiError>(&answer))
        return fail(ApiClient::describe(*e));
    const protocol::TokenResponse &tokens = std::get<protocol::TokenResponse>(answer);
    SyncState state(m_db);
    const QString previousServer = state.serverUrl();
    const QString previousTeacher = state.value(u"teacher_id"_s);
    // Another server or another account starts from the beginning.
    if (previousServer != server.toString() || previousTeacher != tokens.teacher.id) {
        state.setValue(u"cursor"_s, u"0"_s);
        state.remove(u"epoch"_s);
    }
    state.setValue(u"server_url"_s, server.toString());
    state.setValue(u"email"_s, tokens.teacher.email.isEmpty() ? email.trimmed() : tokens.teacher.email);
    state.setValue(u"teacher_id"_s, tokens.teacher.id);
    state.setValue(u"teacher_name"_s, tokens.teacher.name);
    state.setValue(u"signed_in"_s, u"1"_s);
    state.remove(u"refresh_rotation_id"_s); // a new session: no rotation of the old one to finish
    m_api.setPendingRotationId({});
    onTokensRenewed();
    syncLog()->info("signed in as teacher {}", tokens.teacher.id.toStdString());
    return {};
}

void SyncAccount::onTokensRenewed()
{
    if (m_signingIn || m_api.refreshToken().isEmpty())
        return;
    if (m_keychainElsewhere) {
        Q_EMIT refreshTokenToStore(account(), m_api.refreshToken());
        return;
    }
    if (Status saved = CredentialStore::save(account(), m_api.refreshToken()); !saved)
        m_keychainProblem = saved.error();
    else
        m_keychainProblem.clear();
}

Status SyncAccount::restore()
{
    SyncState state(m_db);
    if (!state.signedIn() || state.serverUrl().isEmpty())
        return fail(tr("Not signed in to a school server: use \"k12-teacher login\" or Settings > Account."));
    m_api.setServer(QUrl(state.serverUrl()));
    if (!m_api.refreshToken().isEmpty())
        return {};
    if (m_keychainElsewhere)
        return fail(tr("The sign-in for %1 is not available on this computer; please sign in again (Settings > "
                       "Account).")
                        .arg(state.email()));
    Result<QString> token = CredentialStore::load(account());
    if (!token) {
        m_keychainProblem = token.error();
        return fail(token.error());
    }
    if (token->isEmpty())
        return fail(
            tr("The sign-in for %1 is not in the system keychain any more; please sign in again.").arg(state.email()));
    m_api.setRefreshToken(*token);
    // A refresh this profile started but never saw answered is retried as the same rotation.
    m_api.setPendingRotationId(state.value(u"refresh_rotation_id"_s));
    return {};
}

Status SyncAccount::signOut()
{
    SyncState state(m_db);
    if (!m_api.refreshToken().isEmpty() || !m_api.accessToken().isEmpty())
        (void)m_api.logout(); // best effort: the server may be offline; the local sign-out still happens
    Status removed;
    if (m_keychainElsewhere)
        Q_EMIT refreshTokenToForget(account());
    else
        removed = CredentialStore::remove(account());
    state.setValue(u"signed_in"_s, u"0"_s);
    m_api.setAccessToken({});
    m_api.setRefreshToken({});
    return removed;
}

} // namespace k12
