#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace k12::test {

// A TCP proxy on 127.0.0.1 (a free port) between a sync client and k12-server
// that misbehaves on purpose, for the fault-injection tests. It runs its own
// thread, so a client that blocks the test thread in a local event loop is
// still served.
//
// Faults are decided per exchange (one HTTP request and its response; a new
// exchange starts when the client sends after the server has answered on that
// connection), from a QRandomGenerator seeded with (seed, connection number):
// the same seed gives the same sequence of decisions for the same sequence of
// connections. For each exchange one of:
//  - drop: the connection is closed before anything of the request is
//    forwarded, after part of the request, after the whole request (the
//    server has done the work, the answer is thrown away), or inside the
//    response's status line and headers;
//  - truncate: the response is forwarded up to a random byte inside its body
//    (the client has already seen "200"), then the connection is closed;
//  - delay: the response is held back for a random time (longer than the
//    client's timeout, it becomes a timeout);
//  - pass.
class FaultProxy
{
public:
    struct Faults
    {
        double drop = 0;     // share of exchanges, 0..1
        double truncate = 0; // share of exchanges, 0..1
        double delay = 0;    // share of exchanges, 0..1
        int minDelayMs = 20;
        int maxDelayMs = 500;
        // Whatever the rates: the answers of the next N exchanges are thrown
        // away when they arrive (the server has done the work), closing the
        // connection; with dropPath set, only of requests whose path starts so.
        int dropResponses = 0;
        QByteArray dropPath;
    };

    struct Stats
    {
        int connections = 0;
        int exchanges = 0;
        int dropsBeforeRequest = 0;
        int dropsInRequest = 0;
        int dropsBeforeResponse = 0;
        int dropsInResponse = 0;
        int truncations = 0;
        int delays = 0;
        int upstreamFailures = 0; // the server could not be reached
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;

        int drops() const { return dropsBeforeRequest + dropsInRequest + dropsBeforeResponse + dropsInResponse; }
        QString toString() const;
    };

    explicit FaultProxy(quint32 seed);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1 and a free port and forwards to 127.0.0.1:targetPort.
    bool start(quint16 targetPort);
    quint16 port() const;
    QString baseUrl() const;

    // Take effect for the next connection (target) or exchange (faults).
    void setTarget(quint16 targetPort);
    void setFaults(const Faults &faults);
    Faults faults() const;
    // Closes every open connection now (both sides).
    void closeConnections();
    // Called in the proxy thread as each fault is applied, with its kind
    // ("drop-before-request", "drop-in-request", "drop-before-response",
    // "drop-in-response", "truncate", "delay"), before the connection closes.
    using FaultHook = std::function<void(const QString &kind)>;
    void setFaultHook(FaultHook hook);
    // Called in the proxy thread with the request line ("GET /api/v1/sync/pull?since=0 HTTP/1.1") and
    // the whole body of each response that passes; what it returns is sent instead (Content-Length
    // follows). For answers a real server cannot be made to give, such as a row this client cannot store.
    using BodyRewriter = std::function<QByteArray(const QByteArray &requestLine, const QByteArray &body)>;
    void setResponseRewriter(BodyRewriter rewriter);

    Stats stats() const;
    void resetStats();

private:
    friend class ProxyWorker;
    friend class ProxySession;

    struct Shared
    {
        mutable QMutex mutex;
        quint32 seed = 0;
        quint16 target = 0;
        quint16 port = 0;
        Faults faults;
        Stats stats;
        FaultHook hook;
        BodyRewriter rewriter;
    };

    Shared m_shared;
    QThread m_thread;
    class ProxyWorker *m_worker = nullptr;
};

} // namespace k12::test
