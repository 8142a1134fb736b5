#pragma once

#include "HttpFront.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RateLimiter.h"
#include "RequestHandler.h"
#include "server/portal/PortalHandler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <memory>

namespace k12::server {

class WorkerPool;

// The API behind the HTTP front: routes /api/v1 and the family portal
// (/portal/, server/portal: HTML pages), answers wrong paths and
// methods with problem+json (404, 405; HEAD works where GET does), applies
// the per-address rate limit to every request, answers /health itself and
// hands the rest to the worker pool. Writes one request-log line per answer,
// with the target escaped and cut, never a body, token or email.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        RequestHandler::Settings handler;
        PortalSettings portal; // its sign-in limits follow handler.auth
        HttpFront::Limits limits;
        int ratePerAddressPerMinute = 1200;
        int ratePerAccountPerMinute = 600;
        int signInsPerAddressPerMinute = 120; // sign-ins and refreshes, right or wrong (a school's NAT is one address)
        int signInsPerAccountPerMinute = 60;
        std::size_t signInQueue = 16; // sign-ins waiting for the hashing threads; more get 503
        bool jsonLog = false;         // request lines as JSON objects
        QString epoch;
        QString version;
    };

    // pool: the database workers (pulls and the rest); pushPool: the workers
    // that write pushes, so a pull never waits in a queue behind writes that
    // wait for each other (null: pushes run on pool); signInPool: the threads
    // that check passwords (PBKDF2 is slow on purpose), so a flood of sign-ins
    // cannot stall sync.
    ApiServer(Settings settings, WorkerPool *pool, WorkerPool *signInPool, WorkerPool *pushPool = nullptr,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Returns the port, or 0 when the address cannot be bound.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    // Stops accepting; `drained` is emitted when no request is in flight.
    void beginShutdown();
    int inFlight() const { return m_inFlight.load(); }
    int openConnections() const { return m_front->openConnections(); }

    // The request target as a log may show it: control characters, spaces,
    // quotes and non-ASCII percent-escaped, at most 200 characters.
    static QByteArray loggable(const QByteArray &target);

Q_SIGNALS:
    void drained();

private:
    struct Route
    {
        QByteArray method;
        Endpoint endpoint;
    };

    // On the network thread.
    void handle(HttpRequest request, HttpFront::Reply reply);
    std::optional<HttpResponse> routeOf(HttpRequest &request);
    void logLine(const HttpRequest &request, const HttpResponse &response, double ms) const;
    void finished();

    Settings m_settings;
    WorkerPool *m_pool;
    WorkerPool *m_signInPool;
    WorkerPool *m_pushPool;
    RequestHandler m_handler;
    PortalHandler m_portal;
    RateLimiter m_addressLimiter; // the network thread's only
    std::unique_ptr<RateLimiter> m_accountLimiter;
    std::unique_ptr<RateLimiter> m_signInAccountLimiter;
    RateLimiter m_signInAddressLimiter; // the network thread's only
    QHash<QString, QList<Route>> m_routes;
    std::unique_ptr<HttpFront> m_front;
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace k12::server
