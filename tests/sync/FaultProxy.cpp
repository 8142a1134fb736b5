#include "FaultProxy.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

namespace {

enum class Fate
{
    Pass,
    DropBeforeRequest,
    DropInRequest,
    DropBeforeResponse,
    DropInResponse,
    Truncate,
    Delay
};

// One HTTP message as it streams through, far enough parsed to know where its
// head ends and how long it is.
struct Message
{
    QByteArray pending; // read, not yet forwarded
    bool headDone = false;
    qint64 headLength = 0;
    qint64 total = -1; // head + body; -1 when the length is not known (chunked, until close)
    qint64 forwarded = 0;
    qint64 cut = -1; // forward up to here, then close (-1: no cut)

    // Looks for the end of the head in what was read; true once it is known.
    bool parseHead(bool isRequest)
    {
        if (headDone)
            return true;
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        headDone = true;
        headLength = end + 4;
        const QByteArray head = pending.left(headLength).toLower();
        qint64 contentLength = -1;
        const qsizetype at = head.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            const qsizetype valueStart = at + qsizetype(qstrlen("\r\ncontent-length:"));
            const qsizetype lineEnd = head.indexOf("\r\n", valueStart);
            contentLength = head.mid(valueStart, lineEnd - valueStart).trimmed().toLongLong();
        }
        if (contentLength >= 0)
            total = headLength + contentLength;
        else if (isRequest && !head.contains("transfer-encoding"))
            total = headLength;
        return true;
    }
};

} // namespace

QString FaultProxy::Stats::toString() const
{
    return u"%1 connections, %2 exchanges; dropped %3 (before request %4, in request %5, before response %6, in "
           "response %7), truncated %8, delayed %9, upstream failures %10; %11 bytes up, %12 bytes down"_s
               .arg(connections)
               .arg(exchanges)
               .arg(drops())
               .arg(dropsBeforeRequest)
               .arg(dropsInRequest)
               .arg(dropsBeforeResponse)
               .arg(dropsInResponse)
               .arg(truncations)
               .arg(delays)
               .arg(upstreamFailures)
               .arg(bytesUp)
               .arg(bytesDown);
}

// One client connection and its connection to the server, in the proxy thread.
class ProxySession : public QObject
{
public:
    ProxySession(FaultProxy::Shared &shared, QTcpSocket *client, int index, QObject *parent)
        : QObject(parent)
        , m_shared(shared)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        client->setParent(this);
        quint16 target = 0;
        {
            QMutexLocker lock(&m_shared.mutex);
            const quint32 seeds[2] = {m_shared.seed, quint32(index)};
            m_rng = QRandomGenerator(seeds);
            target = m_shared.target;
            ++m_shared.stats.connections;
        }
        connect(m_client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { onClientClosed(); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { onUpstreamConnected(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { onUpstreamData(); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { onUpstreamClosed(); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!m_upstreamConnected) {
                count(&FaultProxy::Stats::upstreamFailures);
                close();
            }
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, target);
    }

    void abortNow()
    {
        m_dead = true;
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    void count(int FaultProxy::Stats::*field, const QString &kind = {})
    {
        FaultProxy::FaultHook hook;
        {
            QMutexLocker lock(&m_shared.mutex);
            ++(m_shared.stats.*field);
            hook = m_shared.hook;
        }
        if (hook && !kind.isEmpty())
            hook(kind);
    }

    void beginExchange()
    {
        FaultProxy::Faults faults;
        bool forcedDrop = false;
        {
            QMutexLocker lock(&m_shared.mutex);
            faults = m_shared.faults;
            ++m_shared.stats.exchanges;
            if (m_shared.faults.dropResponses > 0 && m_shared.faults.dropPath.isEmpty()) {
                --m_shared.faults.dropResponses;
                forcedDrop = true;
            }
        }
        // Always the same draws per exchange, so one decision never shifts the next.
        const double roll = m_rng.generateDouble();
        const quint32 kind = m_rng.bounded(4);
        m_fraction = m_rng.generateDouble();
        const double delayRoll = m_rng.generateDouble();
        m_delayMs = faults.minDelayMs + int(delayRoll * std::max(0, faults.maxDelayMs - faults.minDelayMs));
        if (forcedDrop) {
            m_fate = Fate::DropBeforeResponse;
        } else if (roll < faults.drop) {
            static constexpr Fate drops[4] = {Fate::DropBeforeRequest, Fate::DropInRequest, Fate::DropBeforeResponse,
                                              Fate::DropInResponse};
            m_fate = drops[kind];
        } else if (roll < faults.drop + faults.truncate) {
            m_fate = Fate::Truncate;
        } else if (roll < faults.drop + faults.truncate + faults.delay) {
            m_fate = Fate::Delay;
        } else {
            m_fate = Fate::Pass;
        }
        m_request = Message{};
        m_response = Message{};
        m_released = false;
        m_delayStarted = false;
    }

    // A drop aimed at one path (Faults::dropPath): decided once the request line is known.
    void dropIfTargeted()
    {
        QMutexLocker lock(&m_shared.mutex);
        FaultProxy::Faults &f = m_shared.faults;
        if (f.dropResponses <= 0 || f.dropPath.isEmpty())
            return;
        const qsizetype space = m_request.pending.indexOf(' ');
        if (space < 0 || m_request.pending.mid(space + 1, f.dropPath.size()) != f.dropPath)
            return;
        --f.dropResponses;
        m_fate = Fate::DropBeforeResponse;
    }

    // A cut point strictly inside [from, to): at least one byte forwarded, at least one held back.
    qint64 cutInside(qint64 from, qint64 to) const
    {
        if (to - from <= 1)
            return from;
        return std::clamp<qint64>(from + 1 + qint64(m_fraction * double(to - from - 1)), from + 1, to - 1);
    }

    void onClientData()
    {
        const QByteArray data = m_client->readAll();
        {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.stats.bytesUp += data.size();
        }
        if (m_dead)
            return;
        if (!m_inRequest) {
            beginExchange();
            m_inRequest = true;
        }
        m_request.pending += data;
        if (!m_request.headDone) {
            if (!m_request.parseHead(true))
                return; // forward once the head is complete: the cut needs the length
            m_requestLine = m_request.pending.left(m_request.pending.indexOf("\r\n"));
            dropIfTargeted();
        }
        switch (m_fate) {
        case Fate::DropBeforeRequest:
            count(&FaultProxy::Stats::dropsBeforeRequest, u"drop-before-request"_s);
            close();
            return;
        case Fate::DropInRequest: {
            if (m_request.cut < 0) {
                const qint64 length = m_request.total > 0 ? m_request.total : m_request.pending.size();
                m_request.cut = cutInside(0, length);
            }
            const qint64 allowed = m_request.cut - m_request.forwarded;
            sendUp(m_request.pending.left(allowed));
            m_request.forwarded += std::min<qint64>(allowed, m_request.pending.size());
            m_request.pending.clear();
            if (m_request.forwarded >= m_request.cut) {
                count(&FaultProxy::Stats::dropsInRequest, u"drop-in-request"_s);
                close();
            }
            return;
        }
        default:
            m_request.forwarded += m_request.pending.size();
            sendUp(m_request.pending);
            m_request.pending.clear();
            return;
        }
    }

    void onUpstreamData()
    {
        const QByteArray data = m_upstream->readAll();
        {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.stats.bytesDown += data.size();
        }
        if (m_dead)
            return;
        m_inRequest = false; // the next bytes from the client start a new exchange
        m_response.pending += data;
        processResponse();
    }

    void processResponse()
    {
        switch (m_fate) {
        case Fate::DropBeforeResponse:
            count(&FaultProxy::Stats::dropsBeforeResponse, u"drop-before-response"_s);
            close();
            return;
        case Fate::DropInResponse:
        case Fate::Truncate: {
            if (!m_response.parseHead(false))
                return;
            if (m_response.cut < 0) {
                const bool inHead = m_fate == Fate::DropInResponse || m_response.total == m_response.headLength;
                if (inHead) {
                    m_response.cut = cutInside(0, m_response.headLength);
                } else {
                    const qint64 end = m_response.total > 0 ? m_response.total : m_response.pending.size();
                    m_response.cut = cutInside(m_response.headLength, end);
                }
            }
            const qint64 allowed = m_response.cut - m_response.forwarded;
            sendDown(m_response.pending.left(allowed));
            m_response.forwarded += std::min<qint64>(allowed, m_response.pending.size());
            m_response.pending.clear();
            if (m_response.forwarded >= m_response.cut) {
                if (m_fate == Fate::Truncate)
                    count(&FaultProxy::Stats::truncations, u"truncate"_s);
                else
                    count(&FaultProxy::Stats::dropsInResponse, u"drop-in-response"_s);
                close();
            }
            return;
        }
        case Fate::Delay:
            if (!m_delayStarted) {
                m_delayStarted = true;
                count(&FaultProxy::Stats::delays, u"delay"_s);
                QTimer::singleShot(m_delayMs, this, [this] {
                    m_released = true;
                    if (m_dead)
                        return;
                    sendDown(m_response.pending);
                    m_response.pending.clear();
                    if (m_upstreamClosed)
                        close();
                });
            }
            if (!m_released)
                return;
            [[fallthrough]];
        default:
            if (rewriteResponse())
                return;
            sendDown(m_response.pending);
            m_response.pending.clear();
            return;
        }
    }

    // With a rewriter: holds the response until it is complete, then sends
    // the rewritten body. Returns true while the response is still held.
    bool rewriteResponse()
    {
        FaultProxy::BodyRewriter rewriter;
        {
            QMutexLocker lock(&m_shared.mutex);
            rewriter = m_shared.rewriter;
        }
        if (!rewriter)
            return false;
        if (!m_response.parseHead(false) || m_response.total < 0 || m_response.pending.size() < m_response.total)
            return true;
        QByteArray head = m_response.pending.left(m_response.headLength);
        const QByteArray body = m_response.pending.mid(m_response.headLength, m_response.total - m_response.headLength);
        const QByteArray rest = m_response.pending.mid(m_response.total);
        const QByteArray rewritten = rewriter(m_requestLine, body);
        if (rewritten != body) {
            const qsizetype at = head.toLower().indexOf("\r\ncontent-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
            const QByteArray length = "\r\nContent-Length: " + QByteArray::number(rewritten.size());
            head.replace(at, lineEnd - at, length);
        }
        sendDown(head + rewritten + rest);
        m_response = Message{};
        return true;
    }

    void sendUp(const QByteArray &data)
    {
        if (data.isEmpty())
            return;
        if (m_upstreamConnected)
            m_upstream->write(data);
        else
            m_upstreamQueue += data;
    }

    void sendDown(const QByteArray &data)
    {
        if (!data.isEmpty())
            m_client->write(data);
    }

    void onUpstreamConnected()
    {
        m_upstreamConnected = true;
        if (!m_upstreamQueue.isEmpty() && !m_dead)
            m_upstream->write(m_upstreamQueue);
        m_upstreamQueue.clear();
        if (m_dead)
            m_upstream->disconnectFromHost();
    }

    void onClientClosed()
    {
        m_dead = true;
        m_upstream->disconnectFromHost();
        maybeDelete();
    }

    void onUpstreamClosed()
    {
        m_upstreamClosed = true;
        if (!m_dead && m_fate == Fate::Delay && m_delayStarted && !m_released)
            return; // the held-back answer goes out when the delay ends
        if (!m_dead && !m_response.pending.isEmpty())
            processResponse();
        close();
    }

    // Closes both sides. Bytes already written go out first (a truncated
    // answer reaches the client, then the end of the connection).
    void close()
    {
        m_dead = true;
        m_upstreamQueue.clear();
        m_client->disconnectFromHost();
        m_upstream->disconnectFromHost();
        maybeDelete();
    }

    void maybeDelete()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_upstream->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        else
            QTimer::singleShot(2000, this, [this] { abortNow(); }); // never linger
    }

    FaultProxy::Shared &m_shared;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QRandomGenerator m_rng;
    QByteArray m_upstreamQueue;
    Message m_request;
    Message m_response;
    Fate m_fate = Fate::Pass;
    double m_fraction = 0;
    int m_delayMs = 0;
    QByteArray m_requestLine; // of the current exchange
    bool m_inRequest = false;
    bool m_upstreamConnected = false;
    bool m_upstreamClosed = false;
    bool m_delayStarted = false;
    bool m_released = false;
    bool m_dead = false;
};

// Owns the listening socket and the sessions, in the proxy thread.
class ProxyWorker : public QObject
{
public:
    explicit ProxyWorker(FaultProxy::Shared &shared)
        : m_shared(shared)
    {}

    bool listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                new ProxySession(m_shared, socket, m_connections++, this);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return false;
        QMutexLocker lock(&m_shared.mutex);
        m_shared.port = m_server->serverPort();
        return true;
    }

    void closeAll()
    {
        // Not findChildren(): ProxySession has no meta-object of its own.
        const QObjectList children = this->children();
        for (QObject *child : children) {
            if (auto *session = dynamic_cast<ProxySession *>(child))
                session->abortNow();
        }
    }

private:
    FaultProxy::Shared &m_shared;
    QTcpServer *m_server = nullptr;
    int m_connections = 0;
};

FaultProxy::FaultProxy(quint32 seed)
{
    m_shared.seed = seed;
    m_thread.setObjectName(u"FaultProxy"_s);
}

FaultProxy::~FaultProxy()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->closeAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start(quint16 targetPort)
{
    setTarget(targetPort);
    m_worker = new ProxyWorker(m_shared);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&ok, w = m_worker] { ok = w->listen(); }, Qt::BlockingQueuedConnection);
    return ok;
}

quint16 FaultProxy::port() const
{
    QMutexLocker lock(&m_shared.mutex);
    return m_shared.port;
}

QString FaultProxy::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FaultProxy::setTarget(quint16 targetPort)
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.target = targetPort;
}

void FaultProxy::setFaults(const Faults &faults)
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.faults = faults;
}

void FaultProxy::setResponseRewriter(BodyRewriter rewriter)
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.rewriter = std::move(rewriter);
}

void FaultProxy::setFaultHook(FaultHook hook)
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.hook = std::move(hook);
}

FaultProxy::Faults FaultProxy::faults() const
{
    QMutexLocker lock(&m_shared.mutex);
    return m_shared.faults;
}

void FaultProxy::closeConnections()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->closeAll(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::Stats FaultProxy::stats() const
{
    QMutexLocker lock(&m_shared.mutex);
    return m_shared.stats;
}

void FaultProxy::resetStats()
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.stats = Stats{};
}

} // namespace k12::test
