#include "GuardedTcpServer.h"

#include <QDateTime>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace k12::server {

namespace {

// Acknowledge what arrives at once instead of up to 40 ms later. A client
// whose socket keeps Nagle's algorithm on (Qt's QNetworkAccessManager: no
// switch for TCP_NODELAY) holds the tail of a request body until the data
// before it is acknowledged, so a delayed ACK here stalls every push by the
// delayed-ACK timeout. Linux leaves quick-ACK mode on its own, so this is
// re-armed whenever data arrives.
void acknowledgeQuickly(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof(on));
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 hardLimit, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_hardLimit(hardLimit)
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_sweepTimer.setInterval(std::clamp(idleTimeoutMs / 4, 250, 10000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    if (idleTimeoutMs > 0)
        m_sweepTimer.start();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Answers go out as soon as they are written (the server writes each in one piece).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeQuickly(socket);
    m_states.insert(socket, State{0, QDateTime::currentMSecsSinceEpoch(), 0});
    // Connected before the HTTP server's own handler, so it runs first and sees
    // the bytes that just arrived.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        acknowledgeQuickly(socket);
        auto it = m_states.find(socket);
        if (it == m_states.end())
            return;
        if (it->bytes == 0) {
            // "Expect: 100-continue" (curl sends it for bodies over 1 KB): say
            // go ahead, which Qt HttpServer 6.4 never does (curl would wait 1 s).
            const QByteArray head = socket->peek(8192).toLower();
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end > 0 && head.left(end).contains("\r\nexpect: 100-continue"))
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        it->bytes += socket->bytesAvailable();
        it->lastActivityMs = QDateTime::currentMSecsSinceEpoch();
        if (m_hardLimit > 0 && it->bytes > m_hardLimit) {
            it->bytes = 0;
            Q_EMIT oversized(socket);
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_states.remove(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::requestStarted(QTcpSocket *socket)
{
    auto it = m_states.find(socket);
    if (it != m_states.end()) {
        it->bytes = 0;
        it->lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    }
}

void GuardedTcpServer::setBusy(QTcpSocket *socket, int delta)
{
    auto it = m_states.find(socket);
    if (it != m_states.end()) {
        it->busy += delta;
        it->lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    }
}

bool GuardedTcpServer::isBusy(QTcpSocket *socket) const
{
    return m_states.value(socket).busy > 0;
}

void GuardedTcpServer::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<QTcpSocket *> sockets = m_states.keys();
    for (QTcpSocket *socket : sockets) {
        const State state = m_states.value(socket);
        if (state.busy == 0 && now - state.lastActivityMs > m_idleTimeoutMs)
            socket->disconnectFromHost();
    }
}

} // namespace k12::server
