#pragma once

#include "kernel/protocol/Problem.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace k12::server {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false;
    QString teacherId; // for the request log line only

    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse noContent();
    // An HTML page of the family portal: its own, stricter headers
    // (server/portal/PortalView sets them) replace the API's defaults.
    static HttpResponse html(QByteArray body, int status = 200);
    static HttpResponse problem(protocol::Problem::Kind kind, const QString &detail, const QString &requestId);
    HttpResponse &withRetryAfter(int seconds);

    // The full HTTP/1.1 response, X-Request-Id included. The API's security
    // headers (Cache-Control, CSP, ...) are added unless `headers` has its own.
    QByteArray serialize(const QString &requestId) const;
    // The status line and headers alone (serialize() is these and the body):
    // a large body is then written from where it lies, not copied behind them.
    QByteArray serializeHead(const QString &requestId) const;
    static const char *reasonPhrase(int status);
};

} // namespace k12::server
