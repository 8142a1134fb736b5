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
    Pull
};

// What a worker thread needs of one HTTP request: copied out of Qt's request
// object on the network thread, because Qt reuses that object for the next
// request on the connection.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QString requestId;
    QString peerAddress;
    Endpoint endpoint = Endpoint::Health;
};

} // namespace k12::server
