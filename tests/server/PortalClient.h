#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// A browser's view of the family portal for tests, over a raw TCP
// connection per request: what is sent is exactly what the test wrote (so
// hostile headers can be sent), and Set-Cookie answers are kept in a jar the
// way a browser keeps them (Max-Age=0 removes one).
namespace k12::test {

struct PortalReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headers(const QByteArray &name) const;
    // The Set-Cookie line of one cookie, or empty.
    QByteArray setCookie(const QByteArray &name) const;
    // The value of the hidden input `name` in the body (first one).
    QString hiddenInput(const QByteArray &name) const;
};

class PortalClient
{
public:
    explicit PortalClient(quint16 port)
        : m_port(port)
    {}

    PortalReply get(const QString &target, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A form POST with the jar's cookies.
    PortalReply postForm(const QString &target, const QList<QPair<QString, QString>> &fields,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Bytes exactly as given (the jar is not used), one answer back.
    PortalReply raw(const QByteArray &request);

    QHash<QByteArray, QByteArray> &cookies() { return m_cookies; }
    QByteArray cookieHeader() const;

    static QByteArray formBody(const QList<QPair<QString, QString>> &fields);

private:
    PortalReply exchange(const QByteArray &method, const QString &target, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers);
    void keep(const PortalReply &reply);

    quint16 m_port;
    QHash<QByteArray, QByteArray> m_cookies;
};

} // namespace k12::test
