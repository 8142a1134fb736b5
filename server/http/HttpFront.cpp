#include "HttpFront.h"

#include "server/ServerLog.h"

#include <QUrl>
#include <QUuid>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <list>
#include <map>
#include <mutex>
#include <thread>

#include <netinet/in.h>
#include <netinet/tcp.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using protocol::Problem;

namespace {

// Acknowledge what arrives at once instead of up to 40 ms later: a client
// whose socket keeps Nagle's algorithm on (Qt's QNetworkAccessManager) holds
// the tail of a request body until what came before is acknowledged, so a
// delayed ACK would stall every push. Linux leaves quick-ACK mode on its own,
// so it is set again whenever data arrives.
void acknowledgeQuickly(tcp::socket &socket)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(socket.native_handle(), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof(on));
#else
    Q_UNUSED(socket);
#endif
}

QByteArray bytesOf(beast::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// The client's request id when it is a sane token, so one id follows a
// request through the client's and the server's logs; otherwise a new one.
QString requestIdFrom(beast::string_view header)
{
    const QByteArray trimmed = bytesOf(header).trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 128) {
        bool sane = true;
        for (char c : trimmed) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) {
                sane = false;
                break;
            }
        }
        if (sane)
            return QString::fromLatin1(trimmed);
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class HttpFront::Impl : public std::enable_shared_from_this<HttpFront::Impl>
{
public:
    class Connection;

    Impl(Limits limits, Handler handler, Refused refused)
        : m_limits(limits)
        , m_handler(std::move(handler))
        , m_refused(std::move(refused))
    {}

    ~Impl() { shutdown(); }

    void shutdown()
    {
        m_ioc.stop();
        if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
            m_thread.join();
    }

    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    void stopAccepting();
    void accept(const std::shared_ptr<tcp::acceptor> &acceptor);
    bool reserveBody(qint64 bytes);
    void releaseBody(qint64 bytes) { m_bodyBytes -= bytes; }
    void closed(const QString &address, Connection *connection);

    Limits m_limits;
    Handler m_handler;
    Refused m_refused;
    net::io_context m_ioc{1};
    std::optional<net::executor_work_guard<net::io_context::executor_type>> m_work;
    std::thread m_thread;
    std::once_flag m_started;
    std::list<std::shared_ptr<tcp::acceptor>> m_acceptors;
    // On the network thread only:
    std::map<QString, int> m_perAddress;
    std::list<std::weak_ptr<Connection>> m_connections;
    bool m_stopping = false;
    // Read from any thread:
    std::atomic<int> m_open{0};
    std::atomic<qint64> m_bodyBytes{0};
};

// One client connection: reads one request at a time, hands it to the
// handler, writes the answer, and starts over (or closes).
class HttpFront::Impl::Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(std::shared_ptr<Impl> front, tcp::socket socket, QString address)
        : m_front(std::move(front))
        , m_stream(std::move(socket))
        , m_timer(m_stream.get_executor())
        , m_address(std::move(address))
        , m_fromProxy(m_front->m_limits.trustedProxies.contains(m_address))
    {}

    ~Connection() { m_front->closed(m_address, this); }

    void start() { waitForRequest(); }
    bool idle() const { return m_idle; }
    void close()
    {
        beast::error_code ec;
        m_timer.cancel();
        m_stream.shutdown(tcp::socket::shutdown_both, ec);
        m_stream.close(ec);
    }

private:
    const Limits &limits() const { return m_front->m_limits; }

    // A deadline for what the connection is doing now: when it passes, the
    // pending read stops (its handler sees m_expired) and the socket stays
    // open, so a 408 can still be written.
    void expireAfter(int ms)
    {
        m_expired = false;
        m_timer.expires_after(std::chrono::milliseconds(ms));
        m_timer.async_wait([weak = weak_from_this()](beast::error_code ec) {
            if (ec)
                return; // cancelled or moved
            if (std::shared_ptr<Connection> self = weak.lock()) {
                self->m_expired = true;
                beast::error_code ignored;
                self->m_stream.cancel(ignored);
            }
        });
    }
    void noDeadline() { m_timer.cancel(); }

    // Waits for the first byte of the next request (idle timeout), unless
    // pipelined bytes are already here.
    void waitForRequest()
    {
        m_idle = true;
        if (m_front->m_stopping) {
            close();
            return;
        }
        if (m_buffer.size() > 0) {
            readHeader();
            return;
        }
        expireAfter(limits().idleTimeoutMs);
        m_stream.async_read_some(m_buffer.prepare(4096),
                                 [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                     if (ec)
                                         return self->close(); // idle too long, or the client left
                                     self->m_buffer.commit(n);
                                     self->readHeader();
                                 });
    }

    void readHeader()
    {
        m_idle = false;
        acknowledgeQuickly(m_stream);
        // The whole request must arrive within the deadline, from its first byte.
        expireAfter(limits().requestTimeoutMs);
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(limits().headerBytes));
        m_parser->body_limit(std::uint64_t(limits().maxBodyBytes));
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    if (ec)
                                        return self->failed(ec);
                                    self->checkHeader();
                                });
    }

    // Everything that can be judged from the header block alone.
    void checkHeader()
    {
        const auto &req = m_parser->get();
        m_requestId = requestIdFrom(req["X-Request-Id"]);
        int fields = 0;
        for (auto it = req.begin(); it != req.end(); ++it)
            ++fields;
        if (fields > limits().maxHeaders) {
            return refuse(Problem::Kind::HeadersTooLarge,
                          u"The request has %1 header fields; this server takes at most %2."_s.arg(fields).arg(
                              limits().maxHeaders),
                          true);
        }
        const beast::string_view te = req[http::field::transfer_encoding];
        if (!te.empty() && !beast::iequals(te, "chunked")) {
            return refuse(Problem::Kind::BadRequest,
                          u"Transfer-Encoding \"%1\" is not supported: send a Content-Length, or chunked alone."_s.arg(
                              QString::fromLatin1(bytesOf(te).left(60))),
                          true);
        }
        const bool body = m_parser->chunked() || (m_parser->content_length() && *m_parser->content_length() > 0);
        // The portal's pages take HTML forms (by the target as sent: a
        // percent-escaped "/portal/" is not the portal), the API JSON only.
        const bool portal = bytesOf(req.target()).startsWith("/portal/");
        if (body && portal) {
            const QByteArray type = bytesOf(req[http::field::content_type]).trimmed().toLower();
            if (type != "application/x-www-form-urlencoded" && !type.startsWith("application/x-www-form-urlencoded;")) {
                return refuse(Problem::Kind::UnsupportedMediaType,
                              u"A form must be application/x-www-form-urlencoded, not \"%1\"."_s.arg(
                                  QString::fromLatin1(type.left(60))),
                              true);
            }
            if (m_parser->content_length() && qint64(*m_parser->content_length()) > limits().maxFormBodyBytes) {
                return refuse(
                    Problem::Kind::PayloadTooLarge,
                    u"A form is larger than this server's limit of %1 bytes."_s.arg(limits().maxFormBodyBytes), true);
            }
            m_parser->body_limit(std::uint64_t(limits().maxFormBodyBytes));
        }
        if (body) {
            const QByteArray type = bytesOf(req[http::field::content_type]).trimmed().toLower();
            if (!portal && type != "application/json" && !type.startsWith("application/json;")) {
                return refuse(
                    Problem::Kind::UnsupportedMediaType,
                    u"A request body must be application/json, not \"%1\"."_s.arg(QString::fromLatin1(type.left(60))),
                    true);
            }
            m_reserved = m_parser->content_length() ? qint64(*m_parser->content_length())
                         : portal                   ? limits().maxFormBodyBytes
                                                    : limits().maxBodyBytes;
            if (!m_front->reserveBody(m_reserved)) {
                m_reserved = 0;
                return refuse(Problem::Kind::Unavailable,
                              u"The server is reading too many request bodies at once; try again shortly."_s, true, 5);
            }
        }
        if (beast::iequals(req[http::field::expect], "100-continue")) {
            // Say go ahead (curl waits a second for it before sending a body).
            static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            net::async_write(m_stream, net::buffer(kContinue),
                             [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                 if (ec)
                                     return self->close();
                                 self->readBody();
                             });
            return;
        }
        readBody();
    }

    void readBody()
    {
        http::async_read(m_stream, m_buffer, *m_parser, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return self->failed(ec);
            self->dispatch();
        });
    }

    void failed(beast::error_code ec)
    {
        if (m_expired) {
            return refuse(
                Problem::Kind::RequestTimeout,
                u"The request did not arrive whole within %1 seconds."_s.arg(limits().requestTimeoutMs / 1000), true);
        }
        if (ec == http::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset ||
            ec == net::error::operation_aborted)
            return close();
        if (ec == http::error::header_limit) {
            return refuse(Problem::Kind::HeadersTooLarge,
                          u"The request's header block is larger than %1 bytes."_s.arg(limits().headerBytes), true);
        }
        if (ec == http::error::body_limit && m_parser && m_parser->is_header_done() &&
            bytesOf(m_parser->get().target()).startsWith("/portal/")) {
            return refuse(Problem::Kind::PayloadTooLarge,
                          u"A form is larger than this server's limit of %1 bytes."_s.arg(limits().maxFormBodyBytes),
                          true);
        }
        if (ec == http::error::body_limit) {
            return refuse(
                Problem::Kind::PayloadTooLarge,
                u"The request body is larger than this server's limit of %1 bytes."_s.arg(limits().maxBodyBytes), true);
        }
        // Every other parse error is malformed or ambiguous framing: answer and
        // close, so nothing after it on the connection is read as a request.
        refuse(Problem::Kind::BadRequest,
               u"The request is not valid HTTP/1.1 (%1)."_s.arg(QString::fromStdString(ec.message())), true);
    }

    // Answers from the front itself, and closes when asked.
    void refuse(Problem::Kind kind, const QString &detail, bool close, int retryAfter = 0)
    {
        HttpRequest request = requestSoFar();
        HttpResponse response = HttpResponse::problem(kind, detail, request.requestId);
        if (retryAfter > 0)
            response.withRetryAfter(retryAfter);
        response.closeConnection = close;
        if (m_front->m_refused)
            m_front->m_refused(request, response);
        write(response.serialize(request.requestId), close);
    }

    HttpRequest requestSoFar() const
    {
        HttpRequest request;
        request.peerAddress = m_address;
        request.requestId = m_requestId.isEmpty() ? requestIdFrom({}) : m_requestId;
        if (m_parser && m_parser->is_header_done()) {
            const auto &req = m_parser->get();
            request.method = bytesOf(req.method_string());
            request.target = bytesOf(req.target());
            request.peerAddress = clientAddress(req);
        }
        return request;
    }

    // The connection's address, or behind a trusted proxy the address the
    // proxy saw: the last entry of X-Forwarded-For (earlier entries are
    // whatever the client wrote). Not an address: the proxy's own.
    template<class Message> QString clientAddress(const Message &message) const
    {
        if (!m_fromProxy)
            return m_address;
        const QByteArray forwarded = bytesOf(message["X-Forwarded-For"]);
        const QHostAddress client(QString::fromLatin1(forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed()));
        return client.isNull() ? m_address : client.toString();
    }

    void dispatch()
    {
        auto message = m_parser->release();
        m_parser.reset();
        noDeadline(); // the work may take a while; writing the answer has its own deadline
        HttpRequest request;
        request.peerAddress = clientAddress(message);
        request.requestId = m_requestId;
        request.method = bytesOf(message.method_string());
        request.target = bytesOf(message.target());
        const QUrl url = QUrl::fromEncoded("http://localhost" + request.target);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.authorization = bytesOf(message[http::field::authorization]);
        request.cookie = bytesOf(message[http::field::cookie]);
        request.contentType = bytesOf(message[http::field::content_type]).trimmed().toLower();
        request.acceptLanguage = bytesOf(message[http::field::accept_language]).left(256);
        // Only a trusted proxy may say the client's connection was TLS.
        request.forwardedHttps = m_fromProxy && beast::iequals(message["X-Forwarded-Proto"], "https");
        request.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
        request.closeAfter = !message.keep_alive();
        const bool head = message.method() == http::verb::head;
        // The reply keeps the connection alive until the answer is written
        // (nothing else holds it while the request is being worked on).
        std::shared_ptr<Connection> self = shared_from_this();
        m_front->m_handler(std::move(request), [self, head](HttpResponse response) {
            // Back to the network thread, which owns the socket.
            net::post(self->m_front->m_ioc,
                      [self, head, response = std::move(response)]() { self->answer(response, head); });
        });
    }

    void answer(const HttpResponse &response, bool head)
    {
        // HEAD: the headers of the GET, no body. The body is written from the
        // response's own buffer (a pull's is tens of kilobytes): not copied.
        write(response.serializeHead(m_requestId), response.closeConnection || m_front->m_stopping,
              head || response.status == 204 ? QByteArray() : response.body);
    }

    // A client still sending (a body refused as too large) would get a reset
    // instead of the answer if the socket closed now: stop sending, read and
    // drop what still comes for a moment, then close.
    void lingerThenClose()
    {
        beast::error_code ignored;
        m_stream.shutdown(tcp::socket::shutdown_send, ignored);
        expireAfter(2000);
        drain();
    }
    void drain()
    {
        m_buffer.clear();
        m_stream.async_read_some(m_buffer.prepare(65536),
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                     if (ec || self->m_expired)
                                         return self->close();
                                     self->drain();
                                 });
    }

    // Writes `bytes` then `body` (one gathered write).
    void write(QByteArray bytes, bool closeAfter, QByteArray body = {})
    {
        if (m_reserved > 0) {
            m_front->releaseBody(m_reserved);
            m_reserved = 0;
        }
        m_out = std::move(bytes);
        m_outBody = std::move(body);
        expireAfter(limits().requestTimeoutMs);
        const std::array<net::const_buffer, 2> buffers{net::buffer(m_out.constData(), size_t(m_out.size())),
                                                       net::buffer(m_outBody.constData(), size_t(m_outBody.size()))};
        net::async_write(m_stream, buffers, [self = shared_from_this(), closeAfter](beast::error_code ec, std::size_t) {
            self->m_out.clear();
            self->m_outBody.clear();
            self->noDeadline();
            if (ec || self->m_expired)
                return self->close();
            if (closeAfter)
                return self->lingerThenClose();
            self->m_requestId.clear();
            self->waitForRequest();
        });
    }

    std::shared_ptr<Impl> m_front;
    tcp::socket m_stream;
    net::steady_timer m_timer;
    QString m_address;
    bool m_fromProxy = false;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    QString m_requestId;
    QByteArray m_out;
    QByteArray m_outBody;
    qint64 m_reserved = 0;
    bool m_idle = true;
    bool m_expired = false;
};

quint16 HttpFront::Impl::listen(const QHostAddress &address, quint16 port, QString *error)
{
    beast::error_code ec;
    const net::ip::address ip = net::ip::make_address(address.toString().toStdString(), ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return 0;
    }
    auto acceptor = std::make_shared<tcp::acceptor>(m_ioc);
    const tcp::endpoint endpoint(ip, port);
    acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        acceptor->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor->bind(endpoint, ec);
    if (!ec)
        acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return 0;
    }
    const quint16 bound = acceptor->local_endpoint().port();
    m_acceptors.push_back(acceptor);
    std::call_once(m_started, [this] {
        m_work.emplace(m_ioc.get_executor());
        m_thread = std::thread([this] { m_ioc.run(); });
    });
    net::post(m_ioc, [self = shared_from_this(), acceptor] { self->accept(acceptor); });
    return bound;
}

void HttpFront::Impl::accept(const std::shared_ptr<tcp::acceptor> &acceptor)
{
    acceptor->async_accept([self = shared_from_this(), acceptor](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || self->m_stopping)
            return; // closed (shutting down)
        if (ec) {
            // Out of file descriptors (EMFILE), or a connection gone before it
            // was taken: keep listening, after a pause so a full descriptor
            // table is not spun on. Stopping here would end the service.
            serverLog()->warn("accepting a connection failed: {}; trying again", ec.message());
            auto pause = std::make_shared<net::steady_timer>(self->m_ioc, std::chrono::milliseconds(100));
            pause->async_wait([self, acceptor, pause](beast::error_code) {
                if (!self->m_stopping)
                    self->accept(acceptor);
            });
            return;
        }
        beast::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored); // answers go out as soon as they are written
        const QString address = QString::fromStdString(socket.remote_endpoint(ignored).address().to_string());
        int &fromAddress = self->m_perAddress[address];
        const bool proxy = self->m_limits.trustedProxies.contains(address);
        if (self->m_open.load() >= self->m_limits.maxConnections ||
            (!proxy && fromAddress >= self->m_limits.maxConnectionsPerAddress)) {
            // Over the cap: told so in a few bytes, and closed.
            static const std::string kBusy =
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            net::write(socket, net::buffer(kBusy), ignored);
            socket.shutdown(tcp::socket::shutdown_both, ignored);
            if (fromAddress == 0)
                self->m_perAddress.erase(address);
            HttpRequest refused;
            refused.peerAddress = address;
            refused.requestId = requestIdFrom({});
            if (self->m_refused) {
                HttpResponse r =
                    HttpResponse::problem(Problem::Kind::Unavailable, u"connection cap"_s, refused.requestId);
                self->m_refused(refused, r);
            }
        } else {
            ++fromAddress;
            ++self->m_open;
            auto connection = std::make_shared<Connection>(self, std::move(socket), address);
            self->m_connections.push_back(connection);
            connection->start();
        }
        if (!self->m_stopping)
            self->accept(acceptor);
    });
}

void HttpFront::Impl::closed(const QString &address, Connection *)
{
    --m_open;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it->second <= 0)
        m_perAddress.erase(it);
    m_connections.remove_if([](const std::weak_ptr<Connection> &c) { return c.expired(); });
}

bool HttpFront::Impl::reserveBody(qint64 bytes)
{
    if (m_bodyBytes.fetch_add(bytes) + bytes > m_limits.bodyBudgetBytes) {
        m_bodyBytes -= bytes;
        return false;
    }
    return true;
}

void HttpFront::Impl::stopAccepting()
{
    net::post(m_ioc, [self = shared_from_this()] {
        self->m_stopping = true;
        for (const std::shared_ptr<tcp::acceptor> &a : self->m_acceptors) {
            beast::error_code ignored;
            a->close(ignored);
        }
        for (const std::weak_ptr<Connection> &weak : self->m_connections) {
            if (std::shared_ptr<Connection> c = weak.lock(); c && c->idle())
                c->close();
        }
    });
}

HttpFront::HttpFront(Limits limits, Handler handler, Refused refused)
    : m_impl(std::make_shared<Impl>(limits, std::move(handler), std::move(refused)))
{}

HttpFront::~HttpFront()
{
    m_impl->shutdown();
}

quint16 HttpFront::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_impl->listen(address, port, error);
}

void HttpFront::stopAccepting()
{
    m_impl->stopAccepting();
}

int HttpFront::openConnections() const
{
    return m_impl->m_open.load();
}

} // namespace k12::server
