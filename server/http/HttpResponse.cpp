#include "HttpResponse.h"

#include <algorithm>

namespace k12::server {

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = protocol::kJsonContentType;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::html(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::problem(protocol::Problem::Kind kind, const QString &detail, const QString &requestId)
{
    HttpResponse r;
    r.status = protocol::Problem::status(kind);
    r.contentType = protocol::kProblemContentType;
    r.body = protocol::Problem{kind, detail, requestId}.toJson();
    if (r.status == 401) // RFC 9110: every 401 names the scheme to use
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"k12-server\"")});
    return r;
}

HttpResponse &HttpResponse::withRetryAfter(int seconds)
{
    headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(std::max(seconds, 1))});
    return *this;
}

const char *HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::serialize(const QString &requestId) const
{
    QByteArray out = serializeHead(requestId);
    if (status != 204)
        out.append(body);
    return out;
}

QByteArray HttpResponse::serializeHead(const QString &requestId) const
{
    QByteArray out;
    out.reserve(512);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\n");
    if (status != 204) {
        if (!contentType.isEmpty()) {
            out.append("Content-Type: ");
            out.append(contentType);
            out.append("\r\n");
        }
        out.append("Content-Length: ");
        out.append(QByteArray::number(body.size()));
        out.append("\r\n");
    }
    out.append("X-Request-Id: ");
    out.append(requestId.toLatin1());
    out.append("\r\n");
    // Answers carry tokens and grades: never cached by anything in between,
    // never sniffed into something else, never framed, never sent as a referrer.
    static const QList<QPair<QByteArray, QByteArray>> kDefaults = {
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
        {"Referrer-Policy", "no-referrer"}};
    for (const auto &[name, value] : kDefaults) {
        const bool own = std::any_of(headers.cbegin(), headers.cend(),
                                     [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (own)
            continue;
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    for (const auto &[name, value] : headers) {
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    if (closeConnection)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    return out;
}

} // namespace k12::server
