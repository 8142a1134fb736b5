#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHostAddress>

#include <functional>
#include <memory>

namespace k12::server {

// The listening socket and every connection of the API, on its own network
// thread, parsed by Boost.Beast (README: "Why Boost.Beast"). Strict and
// bounded before any request reaches the API:
//  - at most maxConnections open, and maxConnectionsPerAddress from one
//    address (the rest get 503 and are closed);
//  - the header block (431 past headerBytes or maxHeaders fields) and body
//    (413 past maxBodyBytes; 503 while the bodies being read by all
//    connections together would pass bodyBudgetBytes) are bounded;
//  - a request must arrive whole within requestTimeoutMs of its first byte
//    (408); a connection with no request in progress closes after idleTimeoutMs;
//  - framing per RFC 9112: Content-Length with Transfer-Encoding, two
//    different Content-Lengths, a Transfer-Encoding other than "chunked",
//    malformed field lines: 400, and the connection is closed;
//  - a body must be application/json (415), except under /portal/ where it
//    must be an application/x-www-form-urlencoded form of at most
//    maxFormBodyBytes (413);
//  - behind a trusted reverse proxy, the client's address is the proxy's
//    X-Forwarded-For (limits and logs count clients, not the proxy).
// One request per connection at a time: pipelined requests wait in the
// buffer and are answered in order.
class HttpFront
{
public:
    struct Limits
    {
        int maxConnections = 512;
        int maxConnectionsPerAddress = 64;
        int headerBytes = 16 * 1024;
        int maxHeaders = 100;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        // The family portal's forms (sign-in, settings): small by nature.
        qint64 maxFormBodyBytes = 16 * 1024;
        // Bodies being read by all connections together, by their declared
        // size: what hostile unfinished uploads can make the server hold.
        qint64 bodyBudgetBytes = 32 * 1024 * 1024;
        int requestTimeoutMs = 30000;
        int idleTimeoutMs = 120000;
        // Reverse proxies (their addresses as text, e.g. "127.0.0.1"): a
        // request from one counts as coming from the last address in its
        // X-Forwarded-For (the one the proxy saw), and the proxy's own
        // connections are not held to maxConnectionsPerAddress. The header is
        // ignored from anyone else: a client cannot pick its own address.
        QStringList trustedProxies;
    };

    // Answers one request; callable once, from any thread.
    using Reply = std::function<void(HttpResponse response)>;
    // A complete, well-framed request, on the network thread.
    using Handler = std::function<void(HttpRequest request, Reply reply)>;
    // A request the front answered itself (a limit or framing error), or a
    // refused connection: for the request log.
    using Refused = std::function<void(const HttpRequest &request, const HttpResponse &response)>;

    HttpFront(Limits limits, Handler handler, Refused refused);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // Starts the network thread on the first call. Returns the port, or 0
    // when the address cannot be bound (the reason is in *error).
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    // No new connections; connections without a request in progress close,
    // the others after their answer.
    void stopAccepting();
    int openConnections() const;

private:
    class Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace k12::server
