#include "ApiClient.h"

#include "kernel/domain/Ids.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "sync/SyncLog.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ApiClient)
};

template<typename T> ApiResult<T> decoded(Result<T> result)
{
    if (!result)
        return ApiError{ApiError::Kind::Protocol,
                        200,
                        0,
                        Text::tr("The server's answer could not be read (%1).").arg(result.error()),
                        {},
                        {}};
    return std::move(result).value();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
}

ApiClient::Call::~Call()
{
    if (!reply)
        return;
    if (!reply->isFinished())
        reply->abort(); // dropped unanswered: nothing waits for it any more
    reply->deleteLater();
}

ApiClient::Reply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body, bool authorized)
{
    std::unique_ptr<Call> started = begin(method, path, body, authorized);
    return wait(*started);
}

std::unique_ptr<ApiClient::Call> ApiClient::begin(const QByteArray &method, const QString &path, const QByteArray &body,
                                                  bool authorized)
{
    auto call = std::make_unique<Call>();
    call->method = method;
    call->path = path;
    call->body = body;
    call->requestId = newId();
    QUrl url = m_server;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0) + protocol::apiPrefix() +
                path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("X-Request-Id", call->requestId.toLatin1());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    // Qt asks for gzip itself and inflates the answer (pull pages compress ~10x).
    request.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(protocol::kJsonContentType));
    if (authorized && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());

    call->url = url;
    call->timer.start();
    call->reply = m_network.sendCustomRequest(request, method, body);
    return call;
}

ApiClient::Reply ApiClient::wait(Call &call)
{
    Reply result;
    result.requestId = call.requestId;
    QNetworkReply *reply = std::exchange(call.reply, nullptr);
    if (!reply->isFinished()) {
        QElapsedTimer waited;
        waited.start();
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_waitedNs += waited.nsecsElapsed();
    }

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.retryAfter = reply->rawHeader("Retry-After").toInt();
    if (reply->hasRawHeader("X-Request-Id"))
        result.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QNetworkReply::NetworkError error = reply->error();
    // Network-level errors (connection refused, closed, timed out: Qt's codes
    // below 200) mean no whole answer came, even when a status line did: an
    // answer cut off in its body is the network failing, not the server saying no.
    const bool networkFailure = error != QNetworkReply::NoError && int(error) < 200;
    if (result.status == 0 || networkFailure) {
        result.status = 0;
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        result.transportError =
            ApiError{timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Transport,
                     0,
                     0,
                     timedOut ? Text::tr("The server did not answer within %n second(s).", nullptr, m_timeoutMs / 1000)
                              : Text::tr("The server cannot be reached (%1).").arg(reply->errorString()),
                     result.requestId,
                     {}};
    }
    reply->deleteLater();
    syncLog()->info("{} {} -> {} in {} ms, request {}", call.method.constData(), call.url.path().toStdString(),
                    result.status, call.timer.elapsed(), result.requestId.toStdString());
    Q_EMIT requestFinished(result.status != 0);
    return result;
}

std::optional<ApiError> ApiClient::errorOf(const Reply &reply, bool authorized) const
{
    if (reply.transportError)
        return reply.transportError;
    if (reply.status >= 200 && reply.status < 300)
        return std::nullopt;
    ApiError e;
    e.httpStatus = reply.status;
    e.requestId = reply.requestId;
    e.retryAfterSeconds = reply.retryAfter;
    if (reply.contentType.startsWith(protocol::kProblemContentType)) {
        if (Result<protocol::Problem> p = protocol::Problem::fromJson(reply.body)) {
            e.problem = *p;
            if (!p->requestId.isEmpty())
                e.requestId = p->requestId;
        }
    }
    const QString detail = e.problem ? e.problem->detail : QString();
    if (reply.status == 429) {
        e.kind = ApiError::Kind::RateLimited;
        e.message = Text::tr("The server asks to slow down; trying again in %n second(s).", nullptr,
                             std::max(1, reply.retryAfter));
    } else if (reply.status == 401) {
        const bool badRefresh = e.problem && e.problem->kind == protocol::Problem::Kind::InvalidRefreshToken;
        const bool badLogin = e.problem && e.problem->kind == protocol::Problem::Kind::InvalidCredentials;
        e.kind = badRefresh ? ApiError::Kind::SignedOut
                            : (badLogin || !authorized ? ApiError::Kind::Client : ApiError::Kind::Unauthorized);
        e.message = badLogin ? Text::tr("The email or password is not right.")
                             : Text::tr("Your session with the server has ended; please sign in again.");
    } else if (reply.status >= 500) {
        e.kind = ApiError::Kind::Server;
        e.message = Text::tr("The server had a problem (%1). Your changes are kept and will be sent later.")
                        .arg(detail.isEmpty() ? QString::number(reply.status) : detail);
    } else {
        e.kind = ApiError::Kind::Client;
        e.message = detail.isEmpty() ? Text::tr("The server refused the request (%1).").arg(reply.status) : detail;
    }
    return e;
}

ApiResult<QByteArray> ApiClient::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    std::unique_ptr<Call> started = begin(method, path, body, true);
    return finish(*started);
}

ApiResult<QByteArray> ApiClient::finish(Call &call)
{
    Reply reply = wait(call);
    std::optional<ApiError> error = errorOf(reply, true);
    if (error && error->kind == ApiError::Kind::Unauthorized && !m_refreshToken.isEmpty()) {
        // One refresh, one retry: an expired access token is not the teacher's problem.
        ApiResult<protocol::TokenResponse> renewed = refresh();
        if (const ApiError *e = std::get_if<ApiError>(&renewed))
            return *e;
        reply = send(call.method, call.path, call.body, true);
        error = errorOf(reply, true);
    }
    if (error) {
        if (error->kind == ApiError::Kind::Unauthorized && m_refreshToken.isEmpty())
            error->kind = ApiError::Kind::SignedOut;
        syncLog()->warn("request {} failed: {} (status {})", error->requestId.toStdString(),
                        error->message.toStdString(), error->httpStatus);
        return *error;
    }
    return reply.body;
}

ApiResult<protocol::HealthResponse> ApiClient::health()
{
    const Reply reply = send("GET", u"/health"_s, {}, false);
    if (std::optional<ApiError> error = errorOf(reply, false))
        return *error;
    return decoded(protocol::HealthResponse::fromJson(reply.body));
}

ApiResult<protocol::TokenResponse> ApiClient::login(const QString &email, const QString &password)
{
    const Reply reply = send("POST", u"/auth/login"_s, protocol::LoginRequest{email, password}.toJson(), false);
    if (std::optional<ApiError> error = errorOf(reply, false))
        return *error;
    ApiResult<protocol::TokenResponse> tokens = decoded(protocol::TokenResponse::fromJson(reply.body));
    if (const auto *t = std::get_if<protocol::TokenResponse>(&tokens)) {
        m_accessToken = t->accessToken;
        m_refreshToken = t->refreshToken;
        Q_EMIT tokensRenewed(*t);
    }
    return tokens;
}

void ApiClient::forgetRotation()
{
    m_rotationId.clear();
    if (m_storeRotationId)
        m_storeRotationId(QString());
}

ApiResult<protocol::TokenResponse> ApiClient::refresh()
{
    if (m_refreshToken.isEmpty())
        return ApiError{ApiError::Kind::SignedOut, 0, 0, Text::tr("Not signed in."), {}, {}};
    if (m_rotationId.isEmpty()) {
        m_rotationId = newId();
        if (m_storeRotationId)
            m_storeRotationId(m_rotationId); // on disk before the request leaves
    }
    const Reply reply =
        send("POST", u"/auth/refresh"_s, protocol::RefreshRequest{m_refreshToken, m_rotationId}.toJson(), false);
    if (std::optional<ApiError> error = errorOf(reply, false)) {
        if (error->httpStatus == 401) {
            error->kind = ApiError::Kind::SignedOut;
            forgetRotation();
        }
        return *error; // anything else: the same rotation is retried
    }
    ApiResult<protocol::TokenResponse> tokens = decoded(protocol::TokenResponse::fromJson(reply.body));
    if (const auto *t = std::get_if<protocol::TokenResponse>(&tokens)) {
        m_accessToken = t->accessToken;
        m_refreshToken = t->refreshToken;
        Q_EMIT tokensRenewed(*t); // the new refresh token is stored...
        forgetRotation();         // ...before the rotation is forgotten
    }
    return tokens;
}

ApiResult<bool> ApiClient::logout()
{
    protocol::LogoutRequest request;
    if (!m_refreshToken.isEmpty())
        request.refreshToken = m_refreshToken;
    ApiResult<QByteArray> r = call("POST", u"/auth/logout"_s, request.toJson());
    m_accessToken.clear();
    m_refreshToken.clear();
    if (const ApiError *e = std::get_if<ApiError>(&r))
        return *e;
    return true;
}

ApiResult<protocol::PushResponse> ApiClient::push(const protocol::PushRequest &request)
{
    ApiResult<QByteArray> r = call("POST", u"/sync/push"_s, request.toJson());
    if (const ApiError *e = std::get_if<ApiError>(&r))
        return *e;
    return decoded(protocol::PushResponse::fromJson(std::get<QByteArray>(r)));
}

std::unique_ptr<ApiClient::Call> ApiClient::startPush(const QByteArray &body)
{
    return begin("POST", u"/sync/push"_s, body, true);
}

ApiResult<protocol::PushResponse> ApiClient::finishPush(Call &call)
{
    ApiResult<QByteArray> r = finish(call);
    if (const ApiError *e = std::get_if<ApiError>(&r))
        return *e;
    return decoded(protocol::PushResponse::fromJson(std::get<QByteArray>(r)));
}

std::unique_ptr<ApiClient::Call> ApiClient::startPull(qint64 since, int limit)
{
    return begin("GET", u"/sync/pull?since=%1&limit=%2"_s.arg(since).arg(limit), {}, true);
}

ApiResult<protocol::PullResponse> ApiClient::finishPull(Call &call)
{
    ApiResult<QByteArray> r = finish(call);
    if (const ApiError *e = std::get_if<ApiError>(&r))
        return *e;
    return decoded(protocol::PullResponse::fromJson(std::get<QByteArray>(r)));
}

ApiResult<protocol::PullResponse> ApiClient::pull(qint64 since, int limit)
{
    ApiResult<QByteArray> r = call("GET", u"/sync/pull?since=%1&limit=%2"_s.arg(since).arg(limit), {});
    if (const ApiError *e = std::get_if<ApiError>(&r))
        return *e;
    return decoded(protocol::PullResponse::fromJson(std::get<QByteArray>(r)));
}

QString ApiClient::describe(const ApiError &error)
{
    if (error.requestId.isEmpty())
        return error.message;
    return Text::tr("%1 (request %2)").arg(error.message, error.requestId);
}

} // namespace k12
