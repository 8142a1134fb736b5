#include "PortalClient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>

namespace k12::test {

QList<QByteArray> PortalReply::headers(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            out.append(line.mid(colon + 1).trimmed());
    }
    return out;
}

QByteArray PortalReply::header(const QByteArray &name) const
{
    const QList<QByteArray> all = headers(name);
    return all.isEmpty() ? QByteArray() : all.first();
}

QByteArray PortalReply::setCookie(const QByteArray &name) const
{
    for (const QByteArray &c : headers("Set-Cookie")) {
        if (c.startsWith(QByteArray(name + '=')))
            return c;
    }
    return {};
}

QString PortalReply::hiddenInput(const QByteArray &name) const
{
    const QRegularExpression re(
        QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"([^\"]*)\">").arg(QString::fromLatin1(name)));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray PortalClient::cookieHeader() const
{
    QByteArrayList parts;
    for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
        parts.append(it.key() + '=' + it.value());
    return parts.join("; ");
}

QByteArray PortalClient::formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &[name, value] : fields)
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

PortalReply PortalClient::get(const QString &target, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return exchange("GET", target, {}, headers);
}

PortalReply PortalClient::postForm(const QString &target, const QList<QPair<QString, QString>> &fields,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return exchange("POST", target, formBody(fields),
                    QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/x-www-form-urlencoded"}} +
                        headers);
}

PortalReply PortalClient::exchange(const QByteArray &method, const QString &target, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray request = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!m_cookies.isEmpty())
        request += "Cookie: " + cookieHeader() + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    PortalReply reply = raw(request);
    keep(reply);
    return reply;
}

PortalReply PortalClient::raw(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    PortalReply reply;
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(request);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!socket.waitForReadyRead(100)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply.head = in.left(end);
            const qsizetype length = reply.header("Content-Length").toLongLong();
            if (in.size() >= end + 4 + length) {
                reply.body = in.mid(end + 4, length);
                break;
            }
        }
    }
    if (reply.head.startsWith("HTTP/1.1 "))
        reply.status = reply.head.mid(9, 3).toInt();
    return reply;
}

void PortalClient::keep(const PortalReply &reply)
{
    for (const QByteArray &line : reply.headers("Set-Cookie")) {
        const QByteArray pair = line.split(';').first();
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = pair.left(eq);
        const QByteArray value = pair.mid(eq + 1);
        if (line.contains("Max-Age=0") || value.isEmpty())
            m_cookies.remove(name);
        else
            m_cookies.insert(name, value);
    }
}

} // namespace k12::test
