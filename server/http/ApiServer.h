#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RateLimiter.h"
#include "RequestHandler.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QPointer>

#include <memory>

class QTcpSocket;

namespace k12::server {

class GuardedTcpServer;
class WorkerPool;

// The HTTP front of k12-server. Routes /api/v1 itself (Qt HttpServer 6.4
// would answer unknown paths and wrong methods with an empty 404), answers
// every request with X-Request-Id, enforces body-size and per-address rate
// limits on the network thread, and hands the rest to the worker pool.
// Answers on one connection go out in request order.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Settings
    {
        RequestHandler::Settings handler;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        int ratePerAddressPerMinute = 1200;
        int ratePerAccountPerMinute = 600;
        int idleTimeoutMs = 120000;
        QString epoch;
        QString version;
    };

    ApiServer(Settings settings, WorkerPool *pool, QObject *parent = nullptr);
    ~ApiServer() override;

    // Returns the port, or 0 when the address cannot be bound.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    // Stops accepting; `drained` is emitted when no request is in flight.
    void beginShutdown();
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        Endpoint endpoint;
    };
    struct Connection
    {
        quint64 nextSeq = 0;
        quint64 nextToWrite = 0;
        QMap<quint64, QByteArray> ready; // answers waiting for an earlier one
        bool closeAfter = false;
    };

    void answer(QTcpSocket *socket, quint64 seq, const HttpRequest &request, const HttpResponse &response,
                const QElapsedTimer &timer);
    Connection &connectionOf(QTcpSocket *socket);
    static QString requestIdFrom(const QByteArray &header);

    Settings m_settings;
    WorkerPool *m_pool;
    RequestHandler m_handler;
    RateLimiter m_addressLimiter;
    std::unique_ptr<RateLimiter> m_accountLimiter;
    QHash<QString, QList<Route>> m_routes;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QPointer<GuardedTcpServer>> m_listeners;
    int m_inFlight = 0;
    bool m_stopping = false;
};

} // namespace k12::server
