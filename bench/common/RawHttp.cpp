#include "RawHttp.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace k12::bench {

RawHttp::RawHttp(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
        qFatal("cannot connect to port %u", unsigned(port));
}

RawHttp::~RawHttp()
{
    ::close(m_fd);
}

RawHttp::Reply RawHttp::request(const char *method, const QByteArray &path, const QByteArray &body,
                                const QByteArray &token)
{
    QByteArray req;
    req.reserve(body.size() + 256);
    req.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if (!token.isEmpty())
        req.append("Authorization: Bearer ").append(token).append("\r\n");
    if (!body.isEmpty() || qstrcmp(method, "POST") == 0)
        req.append("Content-Type: application/json\r\nContent-Length: ")
            .append(QByteArray::number(body.size()))
            .append("\r\n");
    req.append("\r\n").append(body);
    for (qsizetype sent = 0; sent < req.size();) {
        const ssize_t n = ::send(m_fd, req.constData() + sent, size_t(req.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            qFatal("send failed");
        sent += n;
    }
    // Headers, then Content-Length bytes of body.
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0)
        fill();
    Reply reply;
    reply.status = m_buffer.mid(9, 3).toInt();
    const QByteArray headers = m_buffer.left(headerEnd).toLower();
    qsizetype length = 0;
    if (const qsizetype at = headers.indexOf("content-length:"); at >= 0)
        length = headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    while (m_buffer.size() < headerEnd + 4 + length)
        fill();
    reply.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    return reply;
}

void RawHttp::fill()
{
    char chunk[65536];
    const ssize_t n = ::recv(m_fd, chunk, sizeof(chunk), 0);
    if (n <= 0)
        qFatal("connection closed by the server");
    m_buffer.append(chunk, n);
}

} // namespace k12::bench
