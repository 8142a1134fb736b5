#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace k12::server {

enum class Endpoint
{
    Health,
    Login,
    Refresh,
    Logout,
    Push,
    Pull,
    Portal // anything under /portal/: the family portal's HTML pages (server/portal)
};

// What a worker thread needs of one HTTP request, copied out of the parser
// on the network thread.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: for the log, escaped there
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    // For the portal: cookies, the body's type, the reader's languages, and
    // whether a trusted proxy says the client came over TLS.
    QByteArray cookie;
    QByteArray contentType;
    QByteArray acceptLanguage;
    bool forwardedHttps = false;
    QString requestId;
    QString peerAddress;
    bool closeAfter = false; // "Connection: close", or HTTP/1.0 without keep-alive
    Endpoint endpoint = Endpoint::Health;
};

} // namespace k12::server
