#pragma once

#include "ApiError.h"
#include "kernel/protocol/AuthMessages.h"
#include "kernel/protocol/HealthResponse.h"
#include "kernel/protocol/PullResponse.h"
#include "kernel/protocol/PushRequest.h"
#include "kernel/protocol/PushResponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <memory>
#include <variant>

namespace k12 {

template<typename T> using ApiResult = std::variant<T, ApiError>;

// The desktop's client of /api/v1 on QNetworkAccessManager. Calls block in a
// local event loop, so it belongs to the sync thread (or the headless CLI),
// never to the UI thread. Every request carries a fresh X-Request-Id that is
// logged with the outcome; problem+json answers become ApiErrors with a clear
// message; a 401 triggers one token refresh and one retry.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    const QUrl &server() const { return m_server; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void setAccessToken(const QString &token) { m_accessToken = token; }
    const QString &accessToken() const { return m_accessToken; }
    void setRefreshToken(const QString &token) { m_refreshToken = token; }
    // A refresh names itself with a rotation id that must be on disk before the
    // request leaves (a retry after a lost answer sends the same one): `store`
    // keeps it (empty: cleared), `pending` is the one a previous process left.
    void setRotationIdStore(std::function<void(const QString &)> store) { m_storeRotationId = std::move(store); }
    void setPendingRotationId(const QString &pending) { m_rotationId = pending; }
    const QString &refreshToken() const { return m_refreshToken; }

    ApiResult<protocol::HealthResponse> health();
    ApiResult<protocol::TokenResponse> login(const QString &email, const QString &password);
    // Uses and replaces the refresh token; on success both tokens are new.
    ApiResult<protocol::TokenResponse> refresh();
    ApiResult<bool> logout();
    ApiResult<protocol::PushResponse> push(const protocol::PushRequest &request);
    ApiResult<protocol::PullResponse> pull(qint64 since, int limit);

    // A request under way: sent now, its answer taken later, so that the
    // caller works while the server does (the next pull page is fetched while
    // this one is written). Dropping it unanswered aborts it. A GET travels
    // in Qt's HTTP thread by itself; a request with a body would wait for
    // this thread's event loop to hand the body over.
    class Call
    {
    public:
        Call() = default;
        ~Call();
        Call(const Call &) = delete;
        Call &operator=(const Call &) = delete;

    private:
        friend class ApiClient;
        QByteArray method;
        QString path;
        QByteArray body;
        QUrl url;
        QString requestId;
        QElapsedTimer timer;
        QNetworkReply *reply = nullptr;
    };
    std::unique_ptr<Call> startPush(const QByteArray &body);
    ApiResult<protocol::PushResponse> finishPush(Call &call);
    std::unique_ptr<Call> startPull(qint64 since, int limit);
    ApiResult<protocol::PullResponse> finishPull(Call &call);

    static QString describe(const ApiError &error);
    // How long this client has sat waiting for answers, in total (the server's
    // work and the network, not this process's): where a sync's time goes.
    qint64 waitedNs() const { return m_waitedNs; }

Q_SIGNALS:
    // The tokens changed (after a login or a refresh): the refresh token must be stored again.
    void tokensRenewed(const protocol::TokenResponse &tokens);
    // A request reached the server or failed to: connectivity feeds on this.
    void requestFinished(bool reachedServer);

private:
    void forgetRotation();
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        int retryAfter = 0;
        QString requestId;
        std::optional<ApiError> transportError;
    };

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, bool authorized);
    std::unique_ptr<Call> begin(const QByteArray &method, const QString &path, const QByteArray &body, bool authorized);
    Reply wait(Call &call);
    std::optional<ApiError> errorOf(const Reply &reply, bool authorized) const;
    // Sends, refreshing the access token once on 401.
    ApiResult<QByteArray> call(const QByteArray &method, const QString &path, const QByteArray &body);
    // The answer of a started call, refreshing the access token and sending it again once on 401.
    ApiResult<QByteArray> finish(Call &call);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_rotationId;
    std::function<void(const QString &)> m_storeRotationId;
    int m_timeoutMs = 30000;
    qint64 m_waitedNs = 0;
};

} // namespace k12
