#include "ApiServer.h"

#include "WorkerContext.h"
#include "WorkerPool.h"
#include "kernel/protocol/HealthResponse.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "server/ServerLog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Problem;

ApiServer::ApiServer(Settings settings, WorkerPool *pool, WorkerPool *signInPool, WorkerPool *pushPool, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pool(pool)
    , m_signInPool(signInPool)
    , m_pushPool(pushPool ? pushPool : pool)
    , m_handler(m_settings.handler, nullptr)
    , m_portal([this] {
        PortalSettings portal = m_settings.portal;
        portal.maxLoginFailuresPerMinute = m_settings.handler.auth.maxLoginFailuresPerMinute;
        portal.dummyIterations = m_settings.handler.auth.dummyIterations;
        return portal;
    }())
    , m_addressLimiter(m_settings.ratePerAddressPerMinute)
    , m_accountLimiter(std::make_unique<RateLimiter>(m_settings.ratePerAccountPerMinute))
    , m_signInAccountLimiter(std::make_unique<RateLimiter>(m_settings.signInsPerAccountPerMinute))
    , m_signInAddressLimiter(m_settings.signInsPerAddressPerMinute)
{
    m_handler = RequestHandler(m_settings.handler, m_accountLimiter.get(), m_signInAccountLimiter.get());
    const QString api = protocol::apiPrefix();
    m_routes.insert(api + u"/health"_s, {{"GET", Endpoint::Health}, {"HEAD", Endpoint::Health}});
    m_routes.insert(api + u"/auth/login"_s, {{"POST", Endpoint::Login}});
    m_routes.insert(api + u"/auth/refresh"_s, {{"POST", Endpoint::Refresh}});
    m_routes.insert(api + u"/auth/logout"_s, {{"POST", Endpoint::Logout}});
    m_routes.insert(api + u"/sync/push"_s, {{"POST", Endpoint::Push}});
    m_routes.insert(api + u"/sync/pull"_s, {{"GET", Endpoint::Pull}, {"HEAD", Endpoint::Pull}});
    m_front = std::make_unique<HttpFront>(
        m_settings.limits, [this](HttpRequest request, HttpFront::Reply reply) { handle(std::move(request), reply); },
        [this](const HttpRequest &request, const HttpResponse &response) { logLine(request, response, 0); });
}

ApiServer::~ApiServer()
{
    m_front.reset(); // the network thread ends before the handler it calls
}

quint16 ApiServer::listenOn(const QHostAddress &address, quint16 port)
{
    QString error;
    const quint16 bound = m_front->listen(address, port, &error);
    if (bound == 0)
        serverLog()->error("cannot listen on {}:{}: {}", address.toString().toStdString(), port, error.toStdString());
    return bound;
}

void ApiServer::beginShutdown()
{
    if (m_stopping.exchange(true))
        return;
    m_front->stopAccepting();
    if (m_inFlight.load() == 0)
        Q_EMIT drained();
}

void ApiServer::finished()
{
    if (--m_inFlight == 0 && m_stopping.load())
        QMetaObject::invokeMethod(this, &ApiServer::drained, Qt::QueuedConnection);
}

std::optional<HttpResponse> ApiServer::routeOf(HttpRequest &request)
{
    const auto routes = m_routes.constFind(request.path);
    if (routes == m_routes.constEnd()) {
        return HttpResponse::problem(Problem::Kind::NotFound,
                                     u"There is no %1."_s.arg(QString::fromLatin1(loggable(request.path.toUtf8()))),
                                     request.requestId);
    }
    QByteArrayList allowed;
    for (const Route &r : *routes) {
        allowed.append(r.method);
        if (r.method == request.method) {
            request.endpoint = r.endpoint;
            return std::nullopt;
        }
    }
    HttpResponse r = HttpResponse::problem(
        Problem::Kind::MethodNotAllowed,
        u"%1 does not take %2; use %3."_s.arg(request.path, QString::fromLatin1(loggable(request.method)),
                                              QString::fromLatin1(allowed.join(", "))),
        request.requestId);
    r.headers.append({"Allow", allowed.join(", ")});
    return r;
}

void ApiServer::handle(HttpRequest request, HttpFront::Reply reply)
{
    QElapsedTimer timer;
    timer.start();
    const auto answer = [this, reply, timer](const HttpRequest &req, HttpResponse response) {
        if (req.closeAfter)
            response.closeConnection = true;
        logLine(req, response, double(timer.nsecsElapsed()) / 1e6);
        reply(std::move(response));
    };
    if (m_stopping.load()) {
        HttpResponse r =
            HttpResponse::problem(Problem::Kind::Unavailable, u"The server is shutting down."_s, request.requestId);
        r.closeConnection = true;
        return answer(request, r.withRetryAfter(5));
    }
    // Every request counts against its address, wrong paths and methods too.
    if (const int wait = m_addressLimiter.acquire(request.peerAddress); wait > 0) {
        return answer(request, HttpResponse::problem(Problem::Kind::RateLimited,
                                                     u"More than %1 requests a minute from this address; try again "
                                                     "in %2 seconds."_s.arg(m_addressLimiter.perMinute())
                                                         .arg(wait),
                                                     request.requestId)
                                   .withRetryAfter(wait));
    }
    if (PortalHandler::isPortal(request.path)) {
        if (request.method == "HEAD")
            request.method = "GET";
        if (std::optional<HttpResponse> file = PortalHandler::staticFile(request))
            return answer(request, *file);
        const bool password = PortalHandler::checksPassword(request);
        if (password) {
            if (const int wait = m_signInAddressLimiter.acquire(request.peerAddress); wait > 0)
                return answer(request, PortalHandler::refused(request, 429, wait));
        }
        ++m_inFlight;
        auto job = [this, request, answer](WorkerContext *context) {
            answer(request, m_portal.handle(request, context));
            finished();
        };
        if (!password || !m_signInPool) {
            m_pool->submit(std::move(job));
        } else if (!m_signInPool->trySubmit(std::move(job), m_settings.signInQueue)) {
            --m_inFlight;
            answer(request, PortalHandler::refused(request, 503, 2));
        }
        return;
    }
    if (std::optional<HttpResponse> refused = routeOf(request))
        return answer(request, *refused);
    if (request.endpoint == Endpoint::Health) {
        return answer(request, HttpResponse::json(
                                   protocol::HealthResponse{u"ok"_s, m_settings.epoch, m_settings.version}.toJson()));
    }
    if (request.method == "HEAD")
        request.method = "GET"; // answered as GET; the front leaves the body out
    const bool signIn = request.endpoint == Endpoint::Login || request.endpoint == Endpoint::Refresh;
    if (signIn) {
        if (const int wait = m_signInAddressLimiter.acquire(request.peerAddress); wait > 0) {
            return answer(request,
                          HttpResponse::problem(Problem::Kind::RateLimited,
                                                u"More than %1 sign-ins a minute from this address; try "
                                                "again in %2 seconds."_s.arg(m_signInAddressLimiter.perMinute())
                                                    .arg(wait),
                                                request.requestId)
                              .withRetryAfter(wait));
        }
    }
    ++m_inFlight;
    auto job = [this, request, answer](WorkerContext *context) {
        answer(request, m_handler.handle(request, context));
        finished();
    };
    if (request.endpoint == Endpoint::Push) {
        // Answered after the COMMIT of the group it ran in (SQLite group commit):
        // an "applied" that did not commit becomes a 503, and the client pushes again.
        m_pushPool->submit([this, request, answer](WorkerContext *context) {
            HttpResponse response = m_handler.handle(request, context);
            auto send = [this, request, answer, response = std::move(response)](bool committed) {
                if (committed || response.status >= 300) {
                    answer(request, response);
                } else {
                    answer(request, HttpResponse::problem(Problem::Kind::Unavailable,
                                                          u"The database could not commit the push; push again."_s,
                                                          request.requestId)
                                        .withRetryAfter(1));
                }
                finished();
            };
            if (context)
                context->whenCommitted(std::move(send));
            else
                send(true);
        });
        return;
    }
    if (request.endpoint != Endpoint::Login || !m_signInPool) {
        m_pool->submit(std::move(job));
        return;
    }
    // Passwords are checked on threads of their own, with a bounded queue.
    if (!m_signInPool->trySubmit(std::move(job), m_settings.signInQueue)) {
        --m_inFlight;
        answer(request, HttpResponse::problem(Problem::Kind::Unavailable,
                                              u"Too many sign-ins are being checked right now; try again in a few "
                                              "seconds."_s,
                                              request.requestId)
                            .withRetryAfter(2));
    }
}

QByteArray ApiServer::loggable(const QByteArray &target)
{
    constexpr qsizetype kMax = 200;
    QByteArray out;
    out.reserve(std::min<qsizetype>(target.size(), kMax) + 8);
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '"' || c == '\\' || c == '%') {
            static const char hex[] = "0123456789ABCDEF";
            out.append('%').append(hex[u >> 4]).append(hex[u & 15]);
        } else {
            out.append(c);
        }
        if (out.size() >= kMax) {
            out.append("...");
            break;
        }
    }
    return out;
}

void ApiServer::logLine(const HttpRequest &request, const HttpResponse &response, double ms) const
{
    // One line per request: ids and numbers, the target escaped and cut (a
    // request cannot forge a line or make one large).
    QByteArray raw = request.target.isEmpty() ? request.path.toUtf8() : request.target;
    // The portal's queries carry invitation and unsubscribe tokens: never logged.
    if (raw.startsWith("/portal") && raw.contains('?'))
        raw = raw.left(raw.indexOf('?')) + "?...";
    const QByteArray target = raw.isEmpty() ? QByteArray("-") : loggable(raw);
    const QByteArray method = loggable(request.method.isEmpty() ? QByteArray("-") : request.method);
    if (m_settings.jsonLog) {
        QJsonObject line{{u"method"_s, QString::fromLatin1(method)},
                         {u"target"_s, QString::fromLatin1(target)},
                         {u"status"_s, response.status},
                         {u"ms"_s, qRound(ms * 10) / 10.0},
                         {u"rid"_s, request.requestId},
                         {u"address"_s, request.peerAddress}};
        if (!response.teacherId.isEmpty())
            line.insert(u"teacher"_s, response.teacherId);
        serverLog()->info("{}", QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
        return;
    }
    serverLog()->info("{} {} {} {:.1f}ms rid={}{}{}", method.constData(), target.constData(), response.status, ms,
                      request.requestId.toStdString(),
                      response.teacherId.isEmpty() ? "" : " teacher=", response.teacherId.toStdString());
}

} // namespace k12::server
