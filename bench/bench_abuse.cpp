// k12-server under load and abuse (issue 14; not part of CTest: figures depend
// on the machine). Starts the real k12-server on loopback (SQLite, the real
// PBKDF2 cost) and measures:
//   slow    peak RSS above idle while 1,000 hostile slow connections are open
//           (half an unfinished 8 MB upload, half a header that never ends),
//           from 16 loopback addresses; with the default caps and with caps
//           raised so that all 1,000 are taken     (target: < 64 MB above idle,
//                                                    or the caps refusing them)
//   flood   a normal teacher's pull (about 450 rows) while 32 connections sign
//           in with correct passwords as fast as they are answered; default
//           limits, and sign-in limits off (the hashing pool alone)
//                                                  (target: pull p99 < 50 ms)
//   health  GET /health req/s with 1 and 2 load connections, next to a bare
//           route on the same HTTP stack (HttpFront, no API behind it) and a
//           bare Qt HttpServer 6.4 route; each server in a process of its own
//                                   (goal: /health >= 0.9 of the bare route)
// Usage: bench_abuse [--only slow|flood|health] [--seconds S]
// (K12_BENCH_SERVER_LOG=FILE keeps the servers' logs; K12_BENCH_SERVER=PATH measures another k12-server build, e.g. an
// older one; flags it does not know make it refuse to start.) Internal: bench_abuse --bare-beast | --bare-qhttpserver
// (serve, print the port).
#include "bench/common/RawHttp.h"
#include "server/http/HttpFront.h"
#include "tests/server/ServerHarness.h"
#include "tests/server/ServerSamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using k12::bench::RawHttp;

namespace {

qint64 rssKib(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// A server process; its log goes to /dev/null so a full pipe never blocks it.
struct Server
{
    QProcess process;
    quint16 port = 0;

    bool start(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"K12_PBKDF2_ITERATIONS"_s); // the real cost
        process.setProcessEnvironment(env);
        process.setStandardErrorFile(qEnvironmentVariable("K12_BENCH_SERVER_LOG", QProcess::nullDevice()));
        process.start(program, args);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!process.canReadLine() && t.elapsed() < 30000 && process.state() == QProcess::Running)
            process.waitForReadyRead(100);
        const QByteArray line = process.readLine().trimmed();
        port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
        return port != 0;
    }
    ~Server()
    {
        process.terminate();
        if (!process.waitForFinished(20000))
            process.kill();
    }
};

// K12_BENCH_SERVER runs another build (an older one, for before and after).
QString serverProgram()
{
    return qEnvironmentVariable("K12_BENCH_SERVER", QStringLiteral(K12_SERVER_BIN));
}

bool startK12(Server &server, const QString &database, const QStringList &extra)
{
    return server.start(serverProgram(),
                        QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, database} + extra);
}

// A connection from a given loopback address; -1 when refused.
int connectFrom(const QByteArray &source, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.constData(), &from.sin_addr);
    ::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof(from));
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof(to)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void raiseDescriptorLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
}

// --- slow -------------------------------------------------------------------

void slowConnections(const QString &database, const QString &label, const QStringList &extra)
{
    Server server;
    if (!startK12(server, database, extra))
        qFatal("k12-server did not start");
    QThread::msleep(300);
    const qint64 idle = rssKib(server.process.processId());
    const QByteArray upload = "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Content-Length: 8000000\r\n\r\n" +
                              QByteArray(64 * 1024, ' ');
    const QByteArray header = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(15000, 'p');
    std::vector<int> fds;
    int notConnected = 0;
    for (int i = 0; i < 1000; ++i) {
        const int fd = connectFrom("127.0.0." + QByteArray::number(2 + i % 16), server.port);
        if (fd < 0) {
            ++notConnected;
            continue;
        }
        const QByteArray &bytes = i % 2 == 0 ? upload : header;
        ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        fds.push_back(fd);
    }
    qint64 peak = 0;
    for (int i = 0; i < 30; ++i) {
        peak = std::max(peak, rssKib(server.process.processId()));
        QThread::msleep(100);
    }
    std::map<int, int> answers; // status -> count; 0 = still open, no answer
    for (const int fd : fds) {
        char buffer[64] = {};
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer) - 1, MSG_DONTWAIT);
        const int status = n >= 12 && qstrncmp(buffer, "HTTP/1.1 ", 9) == 0 ? QByteArray(buffer + 9, 3).toInt() : 0;
        ++answers[status];
        ::close(fd);
    }
    // The server still serves.
    RawHttp probe(server.port);
    const int health = probe.request("GET", "/api/v1/health").status;
    std::printf("slow, %s: idle %.1f MB, peak %.1f MB (+%.1f MB) with 1000 slow connections;", qPrintable(label),
                idle / 1024.0, peak / 1024.0, (peak - idle) / 1024.0);
    for (const auto &[status, count] : answers)
        std::printf(" %s %d;", status == 0 ? "held open" : qPrintable(u"answered %1"_s.arg(status)), count);
    std::printf(" not connected %d; /health afterwards %d\n", notConnected, health);
}

// --- flood ------------------------------------------------------------------

// A keep-alive connection that reconnects when the server closes it.
class Client
{
public:
    explicit Client(quint16 port)
        : m_port(port)
    {}
    ~Client() { drop(); }
    int request(const QByteArray &bytes)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_fd < 0)
                m_fd = connectFrom("127.0.0.1", m_port);
            if (m_fd < 0)
                return 0;
            if (::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size()) {
                if (const int status = readAnswer(); status > 0)
                    return status;
            }
            drop();
        }
        return 0;
    }

private:
    int readAnswer()
    {
        for (;;) {
            if (const qsizetype end = m_buffer.indexOf("\r\n\r\n"); end >= 0) {
                const QByteArray head = m_buffer.left(end).toLower();
                qsizetype length = 0;
                if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                    length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    const int status = m_buffer.mid(9, 3).toInt();
                    const bool close = head.contains("connection: close");
                    m_buffer.remove(0, end + 4 + length);
                    if (close)
                        drop();
                    return status;
                }
            }
            char chunk[16384];
            const ssize_t n = ::recv(m_fd, chunk, sizeof(chunk), 0);
            if (n <= 0)
                return 0;
            m_buffer.append(chunk, n);
        }
    }
    void drop()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_buffer.clear();
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
};

QByteArray loginBody(const QString &email)
{
    return QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, u"correct horse battery"_s}})
        .toJson(QJsonDocument::Compact);
}

QByteArray loginRequest(const QString &email)
{
    const QByteArray body = loginBody(email);
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void signInFlood(const QString &database, const QString &label, const QStringList &extra, int seconds)
{
    Server server;
    if (!startK12(server, database,
                  QStringList{u"--rate-per-address"_s, u"0"_s, u"--rate-per-account"_s, u"0"_s} + extra))
        qFatal("k12-server did not start");
    RawHttp http(server.port);
    const QByteArray token =
        QJsonDocument::fromJson(http.request("POST", "/api/v1/auth/login", loginBody(u"teacher@bench.test"_s)).body)
            .object()
            .value(u"access_token"_s)
            .toString()
            .toLatin1();
    const qsizetype rows =
        QJsonDocument::fromJson(http.request("GET", "/api/v1/sync/pull?since=0&limit=1000", {}, token).body)
            .object()
            .value(u"changes"_s)
            .toArray()
            .size();
    const auto pullOnce = [&] {
        QElapsedTimer t;
        t.start();
        const RawHttp::Reply r = http.request("GET", "/api/v1/sync/pull?since=0&limit=1000", {}, token);
        if (r.status != 200)
            qFatal("pull: %d", r.status);
        return t.nsecsElapsed() / 1e6;
    };
    std::vector<double> quiet;
    for (int i = 0; i < 200; ++i)
        quiet.push_back(pullOnce());

    std::atomic<bool> stop{false};
    std::vector<std::map<int, int>> statuses(32);
    std::vector<std::thread> flood;
    for (int i = 0; i < 32; ++i) {
        flood.emplace_back([&, i] {
            Client c(server.port);
            const QByteArray request = loginRequest(u"flood%1@bench.test"_s.arg(i % 4));
            while (!stop)
                ++statuses[size_t(i)][c.request(request)];
        });
    }
    std::vector<double> during;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        during.push_back(pullOnce());
        QThread::msleep(20);
    }
    stop = true;
    for (std::thread &f : flood)
        f.join();
    std::map<int, int> total;
    for (const auto &m : statuses)
        for (const auto &[status, count] : m)
            total[status] += count;
    std::printf("flood, %s: pull of %d rows, quiet p50 %.2f p99 %.2f ms; during %d s of 32 sign-in loops p50 %.2f "
                "p99 %.2f max %.2f ms (%zu pulls); sign-in answers:",
                qPrintable(label), int(rows), percentile(quiet, 0.5), percentile(quiet, 0.99), seconds,
                percentile(during, 0.5), percentile(during, 0.99), percentile(during, 1.0), during.size());
    for (const auto &[status, count] : total)
        std::printf(" %d x%d", status, count);
    std::printf("\n");
}

// --- health -----------------------------------------------------------------

double requestsPerSecond(quint16 port, const QByteArray &path, int connections, int ms)
{
    std::atomic<qint64> done{0};
    std::vector<std::thread> load;
    for (int i = 0; i < connections; ++i) {
        load.emplace_back([&] {
            RawHttp conn(port);
            QElapsedTimer t;
            t.start();
            qint64 n = 0;
            while (t.elapsed() < ms) {
                if (conn.request("GET", path).status != 200)
                    qFatal("GET %s failed", path.constData());
                ++n;
            }
            done += n;
        });
    }
    for (std::thread &t : load)
        t.join();
    return double(done.load()) / (ms / 1000.0);
}

void healthThroughput(const QString &database)
{
    const QString self = QCoreApplication::applicationFilePath();
    struct Target
    {
        QString name;
        QString program;
        QStringList args;
        QByteArray path;
    };
    const QList<Target> targets{
        {u"k12-server GET /api/v1/health"_s, serverProgram(),
         QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, database, u"--rate-per-address"_s,
                     u"0"_s},
         "/api/v1/health"},
        {u"bare HttpFront (Boost.Beast) route"_s, self, {u"--bare-beast"_s}, "/"},
        {u"bare QHttpServer 6.4 route"_s, self, {u"--bare-qhttpserver"_s}, "/"},
    };
    for (const Target &target : targets) {
        Server server;
        if (!server.start(target.program, target.args))
            qFatal("%s did not start", qPrintable(target.name));
        requestsPerSecond(server.port, target.path, 1, 300); // warm up
        std::vector<double> one, two;
        for (int run = 0; run < 3; ++run) {
            one.push_back(requestsPerSecond(server.port, target.path, 1, 2000));
            two.push_back(requestsPerSecond(server.port, target.path, 2, 2000));
        }
        std::printf("health, %s: 1 connection %.0f req/s, 2 connections %.0f req/s (medians of 3)\n",
                    qPrintable(target.name), percentile(one, 0.5), percentile(two, 0.5));
    }
}

// --- the bare servers ---------------------------------------------------------

int serveBareBeast()
{
    using namespace k12::server;
    HttpFront front(
        HttpFront::Limits{},
        [](HttpRequest request, HttpFront::Reply reply) {
            Q_UNUSED(request);
            reply(HttpResponse::json(R"({"status":"ok"})"));
        },
        [](const HttpRequest &, const HttpResponse &) {});
    QString error;
    const quint16 port = front.listen(QHostAddress::LocalHost, 0, &error);
    std::printf("127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int serveBareQHttpServer()
{
    QHttpServer bare;
    bare.route(u"/"_s, [] { return QJsonObject{{u"status"_s, u"ok"_s}}; });
    const quint16 port = bare.listen(QHostAddress::LocalHost, 0);
    std::printf("127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--bare-beast"_s))
        return serveBareBeast();
    if (args.contains(u"--bare-qhttpserver"_s))
        return serveBareQHttpServer();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString only = option(u"--only"_s, QString());
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // every figure out at once, even if a later step aborts
    const int seconds = option(u"--seconds"_s, u"10"_s).toInt();
    raiseDescriptorLimit();

    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"abuse.sqlite"_s);
    using namespace k12::test;
    // Teachers at the real PBKDF2 cost, and a normal teacher's data.
    for (const QString &email : {u"teacher@bench.test"_s, u"flood0@bench.test"_s, u"flood1@bench.test"_s,
                                 u"flood2@bench.test"_s, u"flood3@bench.test"_s}) {
        QProcess admin; // the server under test makes its own schema
        admin.start(serverProgram(), {u"admin"_s, u"create-teacher"_s, u"--database"_s, database, u"--email"_s, email,
                                      u"--name"_s, u"B"_s, u"--password-stdin"_s});
        admin.write("correct horse battery\n");
        admin.closeWriteChannel();
        if (!admin.waitForFinished(60000) || admin.exitCode() != 0)
            qFatal("create-teacher failed: %s", admin.readAllStandardError().constData());
    }
    {
        Server server;
        if (!startK12(server, database, {u"--rate-per-address"_s, u"0"_s}))
            qFatal("k12-server did not start");
        HttpClient http(u"http://127.0.0.1:%1"_s.arg(server.port));
        Teacher teacher{{}, u"teacher@bench.test"_s, u"correct horse battery"_s, {}, {}};
        if (!login(http, teacher))
            qFatal("sign-in failed");
        QJsonArray rows;
        for (int variant = 0; variant < 30; ++variant)
            for (const QJsonValue &m : sampleRows(u"Bench"_s, variant).mutations)
                rows.append(m);
        if (push(http, teacher, uuid(), rows).status != 200)
            qFatal("push failed");
        std::printf("a normal teacher: %lld rows\n", qint64(rows.size()));
    }

    if (only.isEmpty() || only == u"health"_s)
        healthThroughput(database);
    if (only.isEmpty() || only == u"slow"_s) {
        slowConnections(database, u"default caps"_s, {});
        slowConnections(database, u"caps raised to 2000"_s,
                        {u"--max-connections"_s, u"2000"_s, u"--max-connections-per-address"_s, u"2000"_s});
    }
    if (only.isEmpty() || only == u"flood"_s) {
        signInFlood(database, u"default limits"_s, {}, seconds);
        signInFlood(database, u"sign-in limits off"_s,
                    {u"--sign-ins-per-address"_s, u"0"_s, u"--sign-ins-per-account"_s, u"0"_s}, seconds);
    }
    return 0;
}
