#include "ApiServer.h"

#include "GuardedTcpServer.h"
#include "WorkerPool.h"
#include "kernel/protocol/HealthResponse.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "server/ServerLog.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Problem;

ApiServer::ApiServer(Settings settings, WorkerPool *pool, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_settings(std::move(settings))
    , m_pool(pool)
    , m_handler(m_settings.handler, nullptr)
    , m_addressLimiter(m_settings.ratePerAddressPerMinute)
    , m_accountLimiter(std::make_unique<RateLimiter>(m_settings.ratePerAccountPerMinute))
{
    m_handler = RequestHandler(m_settings.handler, m_accountLimiter.get());
    const QString api = protocol::apiPrefix();
    m_routes.insert(api + u"/health"_s, {{"GET", Endpoint::Health}});
    m_routes.insert(api + u"/auth/login"_s, {{"POST", Endpoint::Login}});
    m_routes.insert(api + u"/auth/refresh"_s, {{"POST", Endpoint::Refresh}});
    m_routes.insert(api + u"/auth/logout"_s, {{"POST", Endpoint::Logout}});
    m_routes.insert(api + u"/sync/push"_s, {{"POST", Endpoint::Push}});
    m_routes.insert(api + u"/sync/pull"_s, {{"GET", Endpoint::Pull}});
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listenOn(const QHostAddress &address, quint16 port)
{
    // Past twice the body limit a request is cut off while it arrives instead
    // of being buffered whole; between the two it gets a proper 413 answer.
    auto *tcp = new GuardedTcpServer(std::max<qint64>(2 * m_settings.maxBodyBytes, m_settings.maxBodyBytes + 65536),
                                     m_settings.idleTimeoutMs, this);
    if (!tcp->listen(address, port)) {
        serverLog()->error("cannot listen on {}:{}: {}", address.toString().toStdString(), port,
                           tcp->errorString().toStdString());
        delete tcp;
        return 0;
    }
    connect(tcp, &GuardedTcpServer::oversized, this, [this](QTcpSocket *socket) {
        const QString id = requestIdFrom({});
        HttpResponse r = HttpResponse::problem(
            Problem::Kind::PayloadTooLarge,
            u"The request body is larger than this server's limit of %1 bytes."_s.arg(m_settings.maxBodyBytes), id);
        r.closeConnection = true;
        serverLog()->warn("connection from {} cut off: request over the size limit, rid={}",
                          socket->peerAddress().toString().toStdString(), id.toStdString());
        socket->write(r.serialize(id));
        socket->disconnectFromHost();
    });
    bind(tcp);
    m_listeners.append(tcp);
    return tcp->serverPort();
}

void ApiServer::beginShutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (const QPointer<GuardedTcpServer> &tcp : std::as_const(m_listeners)) {
        if (!tcp)
            continue;
        tcp->close();
        // Idle keep-alive connections end now; busy ones after their answer.
        for (QTcpSocket *socket : tcp->connections()) {
            if (!tcp->isBusy(socket))
                socket->disconnectFromHost();
        }
    }
    if (m_inFlight == 0)
        Q_EMIT drained();
}

QString ApiServer::requestIdFrom(const QByteArray &header)
{
    // Echo the client's id when it is a sane token, so one id follows a
    // request through the client's and the server's logs.
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 128) {
        bool sane = true;
        for (char c : trimmed) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) {
                sane = false;
                break;
            }
        }
        if (sane)
            return QString::fromLatin1(trimmed);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiServer::Connection &ApiServer::connectionOf(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, Connection{});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    return *it;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything. Kept as a safe default.
    const QString id = requestIdFrom(request.value("x-request-id"));
    socket->write(HttpResponse::problem(Problem::Kind::NotFound, u"No such path."_s, id).serialize(id));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    auto *tcp = qobject_cast<GuardedTcpServer *>(socket->parent());
    if (tcp)
        tcp->requestStarted(socket);

    HttpRequest req;
    req.requestId = requestIdFrom(request.value("x-request-id"));
    req.path = request.url().path();
    req.query = request.query();
    req.peerAddress = request.remoteAddress().toString();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        req.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        req.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        req.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        req.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        req.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Head:
        req.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        req.method = "OPTIONS";
        break;
    default:
        req.method = "OTHER";
        break;
    }

    Connection &connection = connectionOf(socket);
    const quint64 seq = connection.nextSeq++;
    if (request.value("connection").trimmed().compare("close", Qt::CaseInsensitive) == 0)
        connection.closeAfter = true;
    auto reply = [&](HttpResponse response) {
        answer(socket, seq, req, response, timer);
        return true;
    };

    if (m_stopping) {
        HttpResponse r =
            HttpResponse::problem(Problem::Kind::Unavailable, u"The server is shutting down."_s, req.requestId);
        r.closeConnection = true;
        return reply(r.withRetryAfter(5));
    }
    const auto routes = m_routes.constFind(req.path);
    if (routes == m_routes.constEnd())
        return reply(HttpResponse::problem(Problem::Kind::NotFound, u"There is no %1."_s.arg(req.path), req.requestId));
    const Route *route = nullptr;
    QByteArrayList allowed;
    for (const Route &r : *routes) {
        allowed.append(r.method);
        if (r.method == req.method)
            route = &r;
    }
    if (!route) {
        HttpResponse r =
            HttpResponse::problem(Problem::Kind::MethodNotAllowed,
                                  u"%1 does not take %2; use %3."_s.arg(req.path, QString::fromLatin1(req.method),
                                                                        QString::fromLatin1(allowed.join(", "))),
                                  req.requestId);
        r.headers.append({"Allow", allowed.join(", ")});
        return reply(r);
    }
    req.endpoint = route->endpoint;
    req.body = request.body();
    if (req.body.size() > m_settings.maxBodyBytes) {
        return reply(HttpResponse::problem(
            Problem::Kind::PayloadTooLarge,
            u"The request body has %1 bytes; this server takes at most %2 bytes (send fewer mutations per push)."_s
                .arg(req.body.size())
                .arg(m_settings.maxBodyBytes),
            req.requestId));
    }
    if (const int wait = m_addressLimiter.acquire(req.peerAddress); wait > 0) {
        return reply(HttpResponse::problem(Problem::Kind::RateLimited,
                                           u"More than %1 requests a minute from this address; try again in %2 "
                                           "seconds."_s.arg(m_addressLimiter.perMinute())
                                               .arg(wait),
                                           req.requestId)
                         .withRetryAfter(wait));
    }
    if (req.endpoint == Endpoint::Health) {
        return reply(
            HttpResponse::json(protocol::HealthResponse{u"ok"_s, m_settings.epoch, m_settings.version}.toJson()));
    }

    req.authorization = request.value("authorization");
    ++m_inFlight;
    if (tcp)
        tcp->setBusy(socket, +1);
    QPointer<QTcpSocket> target(socket);
    QPointer<GuardedTcpServer> guard(tcp);
    m_pool->submit([this, req, seq, target, guard, timer](WorkerContext *context) {
        HttpResponse response = m_handler.handle(req, context);
        // Back to the network thread, which owns the socket.
        QMetaObject::invokeMethod(
            this,
            [this, req, seq, target, guard, timer, response = std::move(response)] {
                --m_inFlight;
                if (guard && target)
                    guard->setBusy(target, -1);
                answer(target, seq, req, response, timer);
                if (m_stopping && m_inFlight == 0)
                    Q_EMIT drained();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::answer(QTcpSocket *socket, quint64 seq, const HttpRequest &request, const HttpResponse &response,
                       const QElapsedTimer &timer)
{
    const double ms = timer.nsecsElapsed() / 1e6;
    // One line per request: ids and numbers only.
    serverLog()->info("{} {} {} {:.1f}ms rid={}{}{}", request.method.constData(), request.path.toStdString(),
                      response.status, ms, request.requestId.toStdString(),
                      response.teacherId.isEmpty() ? "" : " teacher=", response.teacherId.toStdString());
    if (!socket)
        return; // the client went away; the work is done (and committed) all the same
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    HttpResponse out = response;
    if (connection.closeAfter || m_stopping)
        out.closeConnection = true;
    connection.ready.insert(seq, out.serialize(request.requestId));
    bool close = false;
    while (!connection.ready.isEmpty() && connection.ready.firstKey() == connection.nextToWrite) {
        socket->write(connection.ready.take(connection.nextToWrite));
        ++connection.nextToWrite;
        close = out.closeConnection && connection.nextToWrite == connection.nextSeq;
    }
    if (close)
        socket->disconnectFromHost();
}

} // namespace k12::server
