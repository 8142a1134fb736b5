#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTimer>

namespace k12::server {

// The listening socket of the API. Qt HttpServer 6.4 buffers a whole request
// before the server sees it and never closes idle connections; this server
// watches every connection first: a request that grows past `hardLimit`
// bytes is cut off (oversized), and connections idle for `idleTimeoutMs`
// while nothing is in flight are closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(qint64 hardLimit, int idleTimeoutMs, QObject *parent = nullptr);

    void requestStarted(QTcpSocket *socket); // the bytes so far made one request
    void setBusy(QTcpSocket *socket, int delta);
    bool isBusy(QTcpSocket *socket) const;
    QList<QTcpSocket *> connections() const { return m_states.keys(); }

Q_SIGNALS:
    void oversized(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct State
    {
        qint64 bytes = 0;
        qint64 lastActivityMs = 0;
        int busy = 0;
    };
    void sweep();

    qint64 m_hardLimit;
    int m_idleTimeoutMs;
    QHash<QTcpSocket *, State> m_states;
    QTimer m_sweepTimer;
};

} // namespace k12::server
