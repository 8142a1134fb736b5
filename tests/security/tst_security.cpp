// k12-server under attack (issue 14): probes an attacker would send, against
// the real server process on loopback, each asserting the answer and that the
// data are as they were. Part of ./scripts/test; every case is bounded in time.
#include "tests/common/TestSupport.h"
#include "tests/server/ServerHarness.h"
#include "tests/server/ServerSamples.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

#include <sys/types.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

HttpReply refresh(HttpClient &http, const QString &token, const QString &rotationId = {})
{
    QJsonObject body{{u"refresh_token"_s, token}};
    if (!rotationId.isEmpty())
        body.insert(u"rotation_id"_s, rotationId);
    return http.postJson(u"/api/v1/auth/refresh"_s, body);
}

QString refreshTokenOf(const HttpReply &reply)
{
    return reply.json().value(u"refresh_token").toString();
}

// A raw TCP connection: bytes exactly as an attacker sends them.
class Raw
{
public:
    // From `source` (another loopback address: 127.0.0.2 is "someone else").
    explicit Raw(quint16 port, const QHostAddress &source = {})
    {
        if (!source.isNull())
            m_socket.bind(source);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(3000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(3000)) {
        }
    }
    // Everything the server sends until it closes or `ms` pass.
    QByteArray readAll(int ms = 3000)
    {
        QElapsedTimer t;
        t.start();
        QByteArray in;
        while (t.elapsed() < ms) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(50)) {
                if (m_socket.state() != QAbstractSocket::ConnectedState)
                    break;
                continue;
            }
            in += m_socket.readAll();
        }
        return in + m_socket.readAll();
    }
    // One whole answer (head and its Content-Length body), or what came
    // within `ms`; the connection stays open for the next.
    QByteArray readReply(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            m_pending += m_socket.readAll();
            const qsizetype end = m_pending.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype total = end + 4 + headerOf(m_pending.left(end + 4), "Content-Length").toLongLong();
                if (m_pending.size() >= total) {
                    const QByteArray reply = m_pending.left(total);
                    m_pending.remove(0, total);
                    return reply;
                }
            }
            if (!m_socket.waitForReadyRead(50) && m_socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        return std::exchange(m_pending, {}) + m_socket.readAll();
    }
    static QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
    {
        const QByteArray head = answer.left(answer.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    static QByteArray bodyOf(const QByteArray &answer)
    {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : answer.mid(end + 4);
    }
    // The first answer's status line code, or 0.
    static int statusOf(const QByteArray &answer)
    {
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }
    bool closedWithin(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return true;
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_pending;
};

// A request as bytes, with a JSON body when one is given.
QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &json = {},
                      const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!json.isNull())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n";
    return r + "\r\n" + json;
}

QByteArray loginJson(const Teacher &t, const QString &password)
{
    return QJsonDocument(QJsonObject{{u"email"_s, t.email}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

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

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void replayedOlderRefreshTokenEndsTheSession();
    void retriedRotationGetsTheSameSuccessor();
    void lostAnswerWithoutRotationIdGetsOneGrace();
    void unfinishedRequestsAreBoundedAndTimedOut();
    void oversizedHeadersAreRefused();
    void ambiguousFramingIsRefusedAndClosed();
    void bodiesMustBeJson();
    void logLinesCannotBeForged();
    void wrongPathsCountAgainstTheRateLimit();
    void connectionCapsRefuseTheRest();
    void smallerDefects();
    void envelopeIsStrict();
    void valuesTheDesktopRefusesAreRejected();
    void auditShowsDeniedAttempts();
    void signInFloodDoesNotStallSync();
    void successfulSignInsAndRefreshesAreLimited();
    void lockoutIsProgressiveAndAnAdminUnlocks();
    void unknownAccountTakesAsLongAsWrongPassword();
    void tokensThatAreNotRight();
    void teachersCannotReachEachOther();
    void pathsAndMethods();
    void pipelinedRequestsAreAnsweredInOrder();
    void slowlorisIsCutOff();
    void manyIdleConnections();
    void runningOutOfDescriptorsIsNotTheEnd();
    void forwardedAddressesOnlyFromTrustedProxies();
    void sigkillMidPushReplaysExactly();
    void behindNginxWithTls();

private:
    void restart(const QStringList &args, bool realPasswordCost = false);
    // A push as raw bytes (the JSON a hostile client writes by hand).
    HttpReply pushBody(const QByteArray &mutationsJson);
    const QString m_client = uuid();
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    Teacher m_teacher;
};

void TestSecurity::init()
{
    m_db = std::make_unique<TestDatabase>(u"sqlite"_s);
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_teacher = createTeacher(m_db->url(), u"probe@school.test"_s);
    QVERIFY(!m_teacher.id.isEmpty());
    m_server = std::make_unique<ServerProcess>();
    // Short deadlines so the probes stay quick; caps small enough to reach.
    QVERIFY(m_server->start(m_db->url(),
                            {u"--rate-per-address"_s, u"0"_s, u"--rate-per-account"_s, u"0"_s, u"--request-timeout"_s,
                             u"2"_s, u"--idle-timeout"_s, u"3"_s, u"--max-connections-per-address"_s, u"24"_s}));
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QVERIFY(login(*m_http, m_teacher));
}

void TestSecurity::cleanup()
{
    m_http.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_db.reset();
}

// Defect 4: R1 -> R2 -> R3 within one second, then R1 again. It used to get
// a new pair (the "rotated last" token was chosen by expiry in whole seconds)
// and revoke R3. Now every refresh token has its place in the session: R1 is
// not R3's predecessor, so presenting it is a stolen copy and ends the session.
void TestSecurity::replayedOlderRefreshTokenEndsTheSession()
{
    const QString r1 = m_teacher.refreshToken;
    const HttpReply second = refresh(*m_http, r1);
    QCOMPARE(second.status, 200);
    const HttpReply third = refresh(*m_http, refreshTokenOf(second));
    QCOMPARE(third.status, 200);
    const QString r3 = refreshTokenOf(third);

    const HttpReply replay = refresh(*m_http, r1);
    QCOMPARE(replay.status, 401);
    QVERIFY(!replay.json().contains(u"refresh_token"));
    // The whole session ended: R3 and its access token too.
    QCOMPARE(refresh(*m_http, r3).status, 401);
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, third.json().value(u"access_token").toString()).status, 401);
    // A new sign-in works.
    QVERIFY(login(*m_http, m_teacher));
}

// A client that lost a refresh answer (killed, offline) retries with the same
// rotation id and gets the same successor again; no new refresh token exists,
// so retrying any number of times is harmless. Another rotation id is a copy.
void TestSecurity::retriedRotationGetsTheSameSuccessor()
{
    const QString r1 = m_teacher.refreshToken;
    const QString rotation = uuid();
    const HttpReply lost = refresh(*m_http, r1, rotation);
    QCOMPARE(lost.status, 200);
    const QString r2 = refreshTokenOf(lost);
    for (int i = 0; i < 3; ++i) {
        const HttpReply again = refresh(*m_http, r1, rotation);
        QCOMPARE(again.status, 200);
        QCOMPARE(refreshTokenOf(again), r2);
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, again.json().value(u"access_token").toString()).status, 200);
    }
    const HttpReply next = refresh(*m_http, r2, uuid());
    QCOMPARE(next.status, 200);
    // R2 was used: R1 with its rotation id is history now, and ends the session.
    QCOMPARE(refresh(*m_http, r1, rotation).status, 401);
    QCOMPARE(refresh(*m_http, refreshTokenOf(next)).status, 401);
}

void TestSecurity::lostAnswerWithoutRotationIdGetsOneGrace()
{
    const QString r1 = m_teacher.refreshToken;
    QCOMPARE(refresh(*m_http, r1).status, 200); // the answer is "lost"
    const HttpReply grace = refresh(*m_http, r1);
    QCOMPARE(grace.status, 200); // the immediate predecessor, once
    const QString r3 = refreshTokenOf(grace);
    QCOMPARE(refresh(*m_http, r1).status, 401); // not twice: the session ends
    QCOMPARE(refresh(*m_http, r3).status, 401);
}

// Defect 1: unfinished requests used to be buffered up to twice --max-body
// with no deadline (8 such took the server from 257 to 477 MB). Now a request
// must arrive whole within --request-timeout of its first byte (408), and the
// bodies being read together are budgeted.
void TestSecurity::unfinishedRequestsAreBoundedAndTimedOut()
{
    const qint64 before = rssKib(m_server->pid());
    std::vector<std::unique_ptr<Raw>> stalled;
    for (int i = 0; i < 8; ++i) {
        auto raw = std::make_unique<Raw>(m_server->port());
        QVERIFY(raw->connected());
        raw->send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 8000000\r\n\r\n" +
                  QByteArray(2 * 1024 * 1024, 'a'));
        stalled.push_back(std::move(raw));
    }
    auto header = std::make_unique<Raw>(m_server->port()); // a header that never ends
    header->send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(4000, 'b'));
    const qint64 during = rssKib(m_server->pid());
    QVERIFY2(during - before < 64 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(during - before)));
    QElapsedTimer t;
    t.start();
    // The first four declared bodies fill the 32 MiB budget and wait for
    // their deadline; the other four are refused at once (503).
    for (std::size_t i = 0; i < stalled.size(); ++i) {
        const QByteArray answer = stalled[i]->readAll(4000);
        QCOMPARE(Raw::statusOf(answer), i < 4 ? 408 : 503);
    }
    QCOMPARE(Raw::statusOf(header->readAll(4000)), 408);
    QVERIFY2(t.elapsed() < 4500, "the deadline runs from the first byte");
    // And the server still serves.
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
}

void TestSecurity::oversizedHeadersAreRefused()
{
    // A 1 MB header, 10,000 headers, a 1 MB path: 431, and nothing else read.
    QByteArray tenThousand("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 10000; ++i)
        tenThousand += "X-" + QByteArray::number(i) + ": 1\r\n";
    tenThousand += "\r\n";
    const QByteArray bigHeader =
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(1024 * 1024, 'c') + "\r\n\r\n";
    const QByteArray bigPath = "GET /" + QByteArray(1024 * 1024, 'p') + " HTTP/1.1\r\nHost: x\r\n\r\n";
    for (const QByteArray &request : {bigHeader, tenThousand, bigPath}) {
        Raw raw(m_server->port());
        raw.send(request);
        QCOMPARE(Raw::statusOf(raw.readAll(3000)), 431);
    }
    // 150 small headers: over the field count.
    QByteArray many("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 150; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    Raw raw(m_server->port());
    raw.send(many + "\r\n");
    QCOMPARE(Raw::statusOf(raw.readAll(3000)), 431);
}

// Defect 5: ambiguous framing was accepted (a smuggled request ran).
void TestSecurity::ambiguousFramingIsRefusedAndClosed()
{
    const QByteArray smuggled = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray cases[] = {
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n"
        "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
            smuggled,
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
        "Content-Length: 40\r\n\r\n{}" +
            smuggled,
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Foo : bar\r\n\r\n" + smuggled,
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: xchunked\r\n\r\n" +
            smuggled,
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" +
            smuggled,
    };
    for (const QByteArray &request : cases) {
        Raw raw(m_server->port());
        raw.send(request);
        QElapsedTimer t;
        t.start();
        const QByteArray answer = raw.readAll(3000);
        QVERIFY2(Raw::statusOf(answer) == 400, answer.left(200).constData());
        // The smuggled request (a /health, answered 200) was not run.
        QVERIFY2(!answer.contains("HTTP/1.1 200"), QByteArray(request.left(120) + "\n----\n" + answer).constData());
        QVERIFY2(answer.contains("Connection: close"), answer.left(400).constData());
        QVERIFY(t.elapsed() < 2500); // closed at once, not at the idle timeout
    }
}

void TestSecurity::bodiesMustBeJson()
{
    for (const QByteArray &type : {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded")}) {
        const HttpReply r = m_http->request("POST", u"/api/v1/auth/login"_s,
                                            "{\"email\":\"probe@school.test\",\"password\":\"correct horse battery\"}",
                                            {{"Content-Type", type}});
        QCOMPARE(r.status, 415);
    }
}

// Defect 2: the decoded path went into the log, so %0A forged a line.
void TestSecurity::logLinesCannotBeForged()
{
    const HttpReply forged =
        m_http->get(u"/api/v1/x%0Ainfo%20[server]%20POST%20/api/v1/auth/login%20200%200.1ms%20rid=forged"_s);
    QCOMPARE(forged.status, 404);
    const HttpReply long404 = m_http->get(u"/api/v1/"_s + QString(10000, u'q'));
    QCOMPARE(long404.status, 404);
    QVERIFY(long404.body.size() < 2000); // the answer does not echo it whole either
    QTest::qWait(200);
    const QByteArray log = m_server->stderrText();
    for (const QByteArray &line : log.split('\n')) {
        QVERIFY2(!line.startsWith("info [server] POST /api/v1/auth/login 200 0.1ms rid=forged"), line.constData());
        QVERIFY2(line.size() < 600, "a request log line is bounded");
    }
    // Logged as sent, escaped: % itself becomes %25, so nothing decodes into a new line.
    QVERIFY2(log.contains("GET /api/v1/x%250Ainfo%2520[server]"), log.right(1500).constData());
}

void TestSecurity::wrongPathsCountAgainstTheRateLimit()
{
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(m_db->url(), {u"--rate-per-address"_s, u"40"_s}));
    HttpClient http(m_server->baseUrl());
    int limited = 0;
    for (int i = 0; i < 40 && limited == 0; ++i) {
        const HttpReply r = http.get(u"/api/v1/nothing-here"_s);
        if (r.status == 429) {
            ++limited;
            QVERIFY(!r.header("Retry-After").isEmpty());
        } else {
            QCOMPARE(r.status, 404);
        }
    }
    QCOMPARE(limited, 1);
}

void TestSecurity::connectionCapsRefuseTheRest()
{
    std::vector<std::unique_ptr<Raw>> open;
    for (int i = 0; i < 24; ++i) {
        open.push_back(std::make_unique<Raw>(m_server->port()));
        QVERIFY(open.back()->connected());
    }
    QTest::qWait(100);
    Raw over(m_server->port());
    const QByteArray answer = over.readAll(2000);
    QCOMPARE(Raw::statusOf(answer), 503);
    QVERIFY(answer.contains("Retry-After"));
    open.clear(); // the cap frees up as connections close
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"/api/v1/health"_s).status, 200, 3000);
}

// Defect 7: 401 without WWW-Authenticate, HEAD /health 405, no nosniff.
void TestSecurity::smallerDefects()
{
    const HttpReply unauthorized = m_http->get(u"/api/v1/sync/pull"_s);
    QCOMPARE(unauthorized.status, 401);
    QVERIFY2(unauthorized.header("WWW-Authenticate").startsWith("Bearer"),
             unauthorized.header("WWW-Authenticate").constData());
    const HttpReply head = m_http->request("HEAD", u"/api/v1/health"_s);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    for (const char *name : {"X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Cache-Control"})
        QVERIFY2(!head.header(name).isEmpty(), name);
    QCOMPARE(head.header("X-Content-Type-Options"), QByteArray("nosniff"));
    const ProcessOutput help = runServerCommand({u"admin"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(!help.out.contains("Unknown admin command") && help.out.contains("create-teacher"), help.out.constData());
}

void TestSecurity::restart(const QStringList &args, bool realPasswordCost)
{
    m_http.reset();
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_db->url(), args, realPasswordCost), m_server->stderrText().constData());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QVERIFY(login(*m_http, m_teacher));
}

HttpReply TestSecurity::pushBody(const QByteArray &mutationsJson)
{
    return m_http->post(u"/api/v1/sync/push"_s,
                        "{\"client_id\":\"" + m_client.toLatin1() + "\",\"mutations\":[" + mutationsJson + "]}",
                        m_teacher.accessToken);
}

// Defect 6, the envelope: Qt's parser keeps the last of two equal keys, turns
// a lone surrogate into "?" and allows 1,024 levels. Each is a 400 now, and
// nothing of the push is stored.
void TestSecurity::envelopeIsStrict()
{
    const Sample sample = sampleRows(u"Envelope"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QList<QJsonObject> before = pullAll(*m_http, m_teacher);
    const QByteArray score = sample.idOf.value(u"score"_s).toLatin1();
    const QByteArray lesson = sample.idOf.value(u"lesson"_s).toLatin1();
    const auto upsert = [](const QByteArray &entity, const QByteArray &id, const QByteArray &fields) -> QByteArray {
        return "{\"mutation_id\":\"" + uuid().toLatin1() + "\",\"entity\":\"" + entity + "\",\"id\":\"" + id +
               "\",\"op\":\"upsert\",\"base_rev\":1,\"fields\":" + fields + "}";
    };
    const QByteArray deep = QByteArray(1000, '[') + QByteArray(1000, ']');
    const QByteArray deeper = QByteArray(3000, '[') + QByteArray(3000, ']');
    struct Case
    {
        QByteArray mutations;
        QString mention;
    };
    const QList<Case> cases{
        {upsert("score", score, "{\"points\":5,\"points\":20}"), u"repeats the key \"points\""_s},
        {upsert("score", score, "{\"points\":5}").replace("\"base_rev\":1", "\"base_rev\":1,\"base_rev\":0"),
         u"repeats the key \"base_rev\""_s},
        {upsert("score", score, "{\"comment\":\"ok \\ud800 then\"}"), u"half of a surrogate pair"_s},
        {upsert("score", score, "{\"comment\":\"\\udfff\"}"), u"half of a surrogate pair"_s},
        {upsert("lesson", lesson, "{\"standard_ids\":" + deep + "}"), u"deeper than 16"_s},
        {upsert("lesson", lesson, "{\"standard_ids\":" + deeper + "}"), u"not valid JSON"_s},
    };
    for (const Case &c : cases) {
        const HttpReply r = pushBody(c.mutations);
        QVERIFY2(r.status == 400, r.body.left(300).constData());
        QVERIFY2(r.json().value(u"detail").toString().contains(c.mention), r.body.left(300).constData());
    }
    // A top-level key twice, and a sign-in with two passwords.
    const HttpReply twoClients = m_http->post(u"/api/v1/sync/push"_s,
                                              "{\"client_id\":\"" + uuid().toLatin1() +
                                                  "\",\"mutations\":[],\"client_id\":\"" + m_client.toLatin1() + "\"}",
                                              m_teacher.accessToken);
    QCOMPARE(twoClients.status, 400);
    const HttpReply twoPasswords = m_http->post(
        u"/api/v1/auth/login"_s, "{\"email\":\"probe@school.test\",\"password\":\"x\",\"password\":\"correct horse "
                                 "battery\"}");
    QCOMPARE(twoPasswords.status, 400);
    QCOMPARE(pullAll(*m_http, m_teacher), before);
}

// Defect 6, the values: the rules the desktop applies (RowRules) answer each
// of these "rejected" with the field's rule, never SQLite's words.
void TestSecurity::valuesTheDesktopRefusesAreRejected()
{
    const Sample sample = sampleRows(u"Values"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QList<QJsonObject> before = pullAll(*m_http, m_teacher);
    const QString score = sample.idOf.value(u"score"_s);
    const QString cls = sample.idOf.value(u"class"_s);
    const QString lesson = sample.idOf.value(u"lesson"_s);
    const QString category = sample.idOf.value(u"category"_s);
    const QString scale = sample.idOf.value(u"grading_scale"_s);
    QJsonValue nested = QJsonArray{u"x"_s};
    for (int i = 0; i < 8; ++i)
        nested = QJsonObject{{u"a"_s, nested}};
    struct Case
    {
        QJsonObject mutation;
        QString mention;
    };
    const QList<Case> cases{
        {mutation(u"score"_s, score, {{u"points"_s, -3}}, 1), u"cannot be negative"_s},
        {mutation(u"score"_s, score, {{u"points"_s, 1e308}}, 1), u"cannot be above"_s},
        {mutation(u"class"_s, cls, {{u"mastery_method"_s, u"vibes"_s}}, 1), u"must be one of"_s},
        {mutation(u"class"_s, cls, {{u"name"_s, QString(7 * 1000 * 1000, u'n')}}, 1), u"too long"_s},
        {mutation(u"category"_s, category, {{u"weight"_s, -1}}, 1), u"weight cannot be negative"_s},
        {mutation(u"lesson"_s, lesson, {{u"standard_ids"_s, nested}}, 1), u"list of standard ids"_s},
        {mutation(u"lesson"_s, lesson, {{u"standard_ids"_s, 5}}, 1), u"standard_ids"_s},
        {mutation(u"grading_scale"_s, scale, {{u"cutoffs"_s, QJsonObject{{u"A"_s, 90}}}}, 1), u"letter"_s},
        {mutation(u"score"_s, score, {{u"days_late"_s, 99999}}, 1), u"days late"_s},
    };
    for (const Case &c : cases) {
        const HttpReply r = push(*m_http, m_teacher, m_client, QJsonArray{c.mutation});
        QVERIFY2(r.status == 200, r.body.left(300).constData());
        const QJsonObject answer = r.json().value(u"results").toArray().at(0).toObject();
        const QString reason = answer.value(u"reason").toString();
        QVERIFY2(answer.value(u"status").toString() == u"rejected"_s, qPrintable(c.mention + u": "_s + reason));
        QVERIFY2(reason.contains(c.mention), qPrintable(c.mention + u": "_s + reason));
        QVERIFY2(!reason.contains(u"constraint"_s, Qt::CaseInsensitive) && !reason.contains(u"SQL"_s),
                 qPrintable(reason));
        QVERIFY2(reason.size() < 400, "a reason quotes at most a short piece of the value");
    }
    QCOMPARE(pullAll(*m_http, m_teacher), before);
}

// Defect 7: refused mutations were only rows in mutation_log.
void TestSecurity::auditShowsDeniedAttempts()
{
    const Sample sample = sampleRows(u"Audit"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QString score = sample.idOf.value(u"score"_s);
    const QString cls = sample.idOf.value(u"class"_s);
    const QJsonArray results =
        push(*m_http, m_teacher, m_client,
             {mutation(u"score"_s, score, {{u"points"_s, -1}}, 1),
              mutation(u"class"_s, cls, {{u"mastery_method"_s, u"\u001b[2J\u001b[31mhacked\u202e"_s}}, 1),
              mutation(u"score"_s, score, {{u"points"_s, 3}}, 1)})
            .json()
            .value(u"results")
            .toArray();
    QCOMPARE(statusOf(results.at(2)), u"applied"_s);
    const ProcessOutput json =
        runServerCommand({u"admin"_s, u"audit"_s, u"--denied"_s, u"--json"_s, u"--database"_s, m_db->url()});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray denied = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(denied.size(), 2);
    for (const QJsonValue &entry : denied) {
        QCOMPARE(entry.toObject().value(u"op").toString(), u"rejected"_s);
        QVERIFY(!entry.toObject().value(u"reason").toString().isEmpty());
    }
    QVERIFY(denied.at(0).toObject().value(u"reason").toString().contains(u"cannot be negative"_s));
    // As lines for a terminal: the reason shown, the escape sequence not sent.
    const ProcessOutput text = runServerCommand({u"admin"_s, u"audit"_s, u"--denied"_s, u"--database"_s, m_db->url()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("reason: A score cannot be negative"), text.out.constData());
    QVERIFY2(!text.out.contains('\x1b') && !text.out.contains("\u202e"), text.out.constData());
    QVERIFY2(text.out.contains("\\u001b[2J"), text.out.constData());
    // Without --denied the changes only (the applied one), with --all everything.
    const ProcessOutput changes =
        runServerCommand({u"admin"_s, u"audit"_s, u"--json"_s, u"--since"_s, QDate::currentDate().toString(Qt::ISODate),
                          u"--database"_s, m_db->url()});
    for (const QJsonValue &entry : QJsonDocument::fromJson(changes.out).array())
        QVERIFY(entry.toObject().value(u"op").toString() != u"rejected"_s);
}

// Defect 3: 32 concurrent correct sign-ins from one address made another
// teacher's pull take 7.1 s (password hashing on the database workers, in
// one unbounded queue). Now hashing has its own pool and a bounded queue.
void TestSecurity::signInFloodDoesNotStallSync()
{
    restart({u"--max-connections-per-address"_s, u"80"_s, u"--rate-per-address"_s, u"0"_s});
    QList<Teacher> flooders;
    for (int i = 0; i < 4; ++i) { // the real PBKDF2 cost, ~0.4 s a check here
        flooders.append(
            createTeacher(m_db->url(), u"flood%1@school.test"_s.arg(i), u"F"_s, u"correct horse battery"_s, 0));
        QVERIFY(!flooders.last().id.isEmpty());
    }
    std::vector<std::unique_ptr<Raw>> flood;
    for (int i = 0; i < 32; ++i) {
        auto raw = std::make_unique<Raw>(m_server->port());
        QVERIFY(raw->connected());
        const Teacher &t = flooders.at(i % flooders.size());
        raw->send(rawRequest("POST", "/api/v1/auth/login", loginJson(t, t.password)));
        flood.push_back(std::move(raw));
    }
    QElapsedTimer flooding;
    flooding.start();
    QList<qint64> pulls;
    while (flooding.elapsed() < 1500) {
        QElapsedTimer one;
        one.start();
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_teacher.accessToken).status, 200);
        pulls.append(one.elapsed());
        QTest::qWait(20);
    }
    int signedIn = 0;
    int deferred = 0;
    for (auto &raw : flood) {
        const QByteArray answer = raw->readReply(20000);
        const int status = Raw::statusOf(answer);
        QVERIFY2(status == 200 || status == 429 || status == 503, answer.left(300).constData());
        if (status == 200) {
            ++signedIn;
        } else {
            ++deferred;
            QVERIFY2(Raw::headerOf(answer, "Retry-After").toInt() >= 1, answer.left(300).constData());
        }
    }
    const qint64 worst = *std::max_element(pulls.begin(), pulls.end());
    qInfo("flood: %d signed in, %d told to come back; %lld pulls meanwhile, median %lld ms, worst %lld ms", signedIn,
          deferred, qint64(pulls.size()), median(pulls), worst);
    QVERIFY(signedIn >= 2);
    QVERIFY2(deferred >= 1, "a queue of 32 password checks is not taken on at once");
    QVERIFY2(flooding.elapsed() > 2000, "the flood was still being hashed while the pulls ran");
    QVERIFY2(worst < 1000, qPrintable(u"a pull took %1 ms during the flood"_s.arg(worst)));
    QVERIFY2(median(pulls) < 200, qPrintable(u"pulls took %1 ms (median) during the flood"_s.arg(median(pulls))));
}

void TestSecurity::successfulSignInsAndRefreshesAreLimited()
{
    // Per account: the right password, again and again, is refused once over.
    restart({u"--sign-ins-per-account"_s, u"8"_s, u"--sign-ins-per-address"_s, u"0"_s});
    int limited = 0;
    for (int i = 0; i < 14 && limited == 0; ++i) {
        const HttpReply r = m_http->post(u"/api/v1/auth/login"_s, loginJson(m_teacher, m_teacher.password));
        if (r.status == 429) {
            ++limited;
            QVERIFY(r.header("Retry-After").toInt() >= 1);
            QVERIFY(r.json().value(u"detail").toString().contains(u"for this account"_s));
        }
    }
    QCOMPARE(limited, 1);
    // Refreshes per account, counted apart from sign-ins.
    QString refreshToken = m_teacher.refreshToken;
    int refreshLimited = 0;
    for (int i = 0; i < 14 && refreshLimited == 0; ++i) {
        const HttpReply r = refresh(*m_http, refreshToken, uuid());
        if (r.status == 429) {
            ++refreshLimited;
            QVERIFY(r.header("Retry-After").toInt() >= 1);
        } else {
            QCOMPARE(r.status, 200);
            refreshToken = refreshTokenOf(r);
        }
    }
    QCOMPARE(refreshLimited, 1);
    // A refused refresh changed nothing: the same token works once the wait is over
    // (not waited for here; it is still the session's live token).
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_teacher.accessToken).status, 200);

    // Per address: sign-ins and refreshes together.
    restart({u"--sign-ins-per-address"_s, u"8"_s, u"--sign-ins-per-account"_s, u"0"_s});
    int addressLimited = 0;
    for (int i = 0; i < 14 && addressLimited == 0; ++i) {
        const HttpReply r = m_http->post(u"/api/v1/auth/login"_s, loginJson(m_teacher, m_teacher.password));
        if (r.status == 429) {
            ++addressLimited;
            QVERIFY(r.json().value(u"detail").toString().contains(u"from this address"_s));
        }
    }
    QCOMPARE(addressLimited, 1);
    // Sync itself is not held up.
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_teacher.accessToken).status, 200);
}

// Someone else's failed guesses lock a teacher's account (the known risk of
// per-account throttling): briefly at first, longer only for a long campaign,
// and an administrator can end it at once.
void TestSecurity::lockoutIsProgressiveAndAnAdminUnlocks()
{
    restart({u"--login-failures"_s, u"3"_s});
    const QHostAddress attacker(u"127.0.0.2"_s);
    const QByteArray wrong = rawRequest("POST", "/api/v1/auth/login", loginJson(m_teacher, u"guess"_s));
    for (int i = 0; i < 3; ++i) {
        Raw raw(m_server->port(), attacker);
        raw.send(wrong);
        QCOMPARE(Raw::statusOf(raw.readReply()), 401);
    }
    Raw fourth(m_server->port(), attacker);
    fourth.send(wrong);
    const QByteArray limited = fourth.readReply();
    QCOMPARE(Raw::statusOf(limited), 429);
    const int shortWait = Raw::headerOf(limited, "Retry-After").toInt();
    QVERIFY2(shortWait >= 1 && shortWait <= 60, limited.constData());
    // The teacher, from their own address, waits too: it is their account.
    QCOMPARE(m_http->post(u"/api/v1/auth/login"_s, loginJson(m_teacher, m_teacher.password)).status, 429);

    // A campaign: failures spread over the last ten minutes, as the server
    // records them (seeded in the database rather than waited for).
    const QString path = m_db->url().mid(QStringLiteral("sqlite:").size());
    const auto seed = [&](int count) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO login_failure (account, address, at_ms) VALUES (?, ?, ?)"_s);
        for (int i = 0; i < count; ++i) {
            q.addBindValue(m_teacher.email);
            q.addBindValue(u"127.0.0.9"_s);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch() - (3 + i % 5) * 60 * 1000);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"seed"_s);
    };
    const auto waitNow = [&] {
        Raw raw(m_server->port(), attacker);
        raw.send(wrong);
        const QByteArray answer = raw.readReply();
        return Raw::statusOf(answer) == 429 ? Raw::headerOf(answer, "Retry-After").toInt() : 0;
    };
    seed(4); // 3 + 4 = 7 in ten minutes: past twice the limit
    const int twoMinutes = waitNow();
    QVERIFY2(twoMinutes > 60 && twoMinutes <= 120, QByteArray::number(twoMinutes).constData());
    seed(6); // 13: past four times the limit
    const int tenMinutes = waitNow();
    QVERIFY2(tenMinutes > 500 && tenMinutes <= 600, QByteArray::number(tenMinutes).constData());

    const ProcessOutput unlock = runServerCommand(
        {u"admin"_s, u"unlock"_s, u"--email"_s, u" PROBE@school.test"_s, u"--database"_s, m_db->url()});
    QCOMPARE(unlock.exitCode, 0);
    QVERIFY2(unlock.out.contains("13 failed sign-in(s) forgotten"), unlock.out.constData());
    QCOMPARE(m_http->post(u"/api/v1/auth/login"_s, loginJson(m_teacher, m_teacher.password)).status, 200);
    QCOMPARE(runServerCommand({u"admin"_s, u"unlock"_s, u"--database"_s, m_db->url()}).exitCode, 2);
}

// Already held: an unknown email costs the same hashing as a wrong password,
// so the time of the answer does not tell which accounts exist.
void TestSecurity::unknownAccountTakesAsLongAsWrongPassword()
{
    restart({}, true);
    const Teacher real = createTeacher(m_db->url(), u"timing@school.test"_s, u"T"_s, u"correct horse battery"_s, 0);
    QVERIFY(!real.id.isEmpty());
    const Teacher nobody{{}, u"nobody@school.test"_s, real.password, {}, {}};
    QList<qint64> wrong;
    QList<qint64> unknown;
    for (int i = 0; i < 3; ++i) {
        for (auto [who, times] : {std::pair{&real, &wrong}, std::pair{&nobody, &unknown}}) {
            QElapsedTimer t;
            t.start();
            const HttpReply r = m_http->post(u"/api/v1/auth/login"_s, loginJson(*who, u"not it"_s));
            times->append(t.elapsed());
            QCOMPARE(r.status, 401);
        }
    }
    qInfo("wrong password %lld ms, unknown account %lld ms (medians)", median(wrong), median(unknown));
    QVERIFY(median(wrong) >= 50); // the real cost was paid
    const double ratio = double(median(unknown)) / double(median(wrong));
    QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
}

// Already held: tokens that are not a live token of this teacher get 401 and
// touch nothing.
void TestSecurity::tokensThatAreNotRight()
{
    const Sample sample = sampleRows(u"Tokens"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QList<QJsonObject> before = pullAll(*m_http, m_teacher);
    const QString forged = QString(43, u'A');
    const QStringList wrongTokens{
        forged,           m_teacher.refreshToken, m_teacher.accessToken.left(42), m_teacher.accessToken + u"A"_s,
        u"' OR '1'='1"_s, QString(8000, u'x')};
    const QJsonArray write{mutation(u"score"_s, sample.idOf.value(u"score"_s), {{u"points"_s, 1}}, 1)};
    for (const QString &token : wrongTokens) {
        const HttpReply pull = m_http->get(u"/api/v1/sync/pull"_s, token);
        QCOMPARE(pull.status, 401);
        QVERIFY(pull.header("WWW-Authenticate").startsWith("Bearer"));
        Teacher impostor = m_teacher;
        impostor.accessToken = token;
        QCOMPARE(push(*m_http, impostor, m_client, write).status, 401);
    }
    QCOMPARE(refresh(*m_http, m_teacher.accessToken).status, 401); // an access token is not a refresh token
    QCOMPARE(refresh(*m_http, forged).status, 401);

    // Revoked: after sign-out neither token works.
    Teacher out = m_teacher;
    QVERIFY(login(*m_http, out));
    QCOMPARE(
        m_http->postJson(u"/api/v1/auth/logout"_s, {{u"refresh_token"_s, out.refreshToken}}, out.accessToken).status,
        204);
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, out.accessToken).status, 401);
    QCOMPARE(refresh(*m_http, out.refreshToken).status, 401);

    // Expired: a one-second access token, two seconds later.
    restart({u"--access-ttl"_s, u"1"_s});
    QTest::qWait(2100);
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_teacher.accessToken).status, 401);
    QVERIFY(login(*m_http, m_teacher));
    QCOMPARE(pullAll(*m_http, m_teacher), before);
}

// Already held (tst_server checks it in depth on both databases): another
// teacher's rows cannot be read, written, or told apart from rows that do not exist.
void TestSecurity::teachersCannotReachEachOther()
{
    const Sample sample = sampleRows(u"Mine"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QList<QJsonObject> before = pullAll(*m_http, m_teacher);
    Teacher other = createTeacher(m_db->url(), u"other@school.test"_s);
    QVERIFY(login(*m_http, other));
    QVERIFY(pullAll(*m_http, other).isEmpty());
    const QJsonArray answers =
        push(*m_http, other, uuid(),
             {mutation(u"class"_s, sample.idOf.value(u"class"_s), {{u"name"_s, u"Taken"_s}}, 1),
              mutation(u"score"_s, sample.idOf.value(u"score"_s), {}, 1, u"delete"_s),
              mutation(u"standard"_s, uuid(), {{u"class_id"_s, sample.idOf.value(u"class"_s)}, {u"code"_s, u"X"_s}})})
            .json()
            .value(u"results")
            .toArray();
    QCOMPARE(answers.size(), 3);
    for (const QJsonValue &a : answers) {
        QCOMPARE(statusOf(a), u"rejected"_s);
        QCOMPARE(a.toObject().value(u"code").toString(), u"not_found"_s);
    }
    QCOMPARE(pullAll(*m_http, m_teacher), before);
}

// Already held: the router matches whole paths; nothing is read from disk.
void TestSecurity::pathsAndMethods()
{
    const QList<QByteArray> targets{"/api/v1/../../../../etc/passwd",
                                    "/api/v1/%2e%2e/%2e%2e/etc/passwd",
                                    "/api/v1/health/../sync/pull",
                                    "//api/v1/health",
                                    "/api/v1/health%00.json",
                                    "/api/v1/health/",
                                    "/API/V1/HEALTH",
                                    "*"};
    for (const QByteArray &target : targets) {
        Raw raw(m_server->port());
        raw.send(rawRequest("GET", target));
        const QByteArray answer = raw.readReply();
        const int status = Raw::statusOf(answer);
        QVERIFY2(status == 404 || status == 400, QByteArray(target + " -> " + answer.left(200)).constData());
        QVERIFY(!answer.contains("root:"));
    }
    for (const QByteArray &method : {QByteArray("TRACE"), QByteArray("OPTIONS"), QByteArray("PUT"), QByteArray("PATCH"),
                                     QByteArray("DELETE"), QByteArray("PROPFIND")}) {
        Raw raw(m_server->port());
        raw.send(rawRequest(method, "/api/v1/health", {}, "X-Secret: do-not-echo\r\n"));
        const QByteArray answer = raw.readReply();
        QVERIFY2(Raw::statusOf(answer) == 405, QByteArray(method + " -> " + answer.left(200)).constData());
        QCOMPARE(Raw::headerOf(answer, "Allow"), QByteArray("GET, HEAD"));
        QVERIFY(!answer.contains("do-not-echo"));
    }
    Raw connect(m_server->port());
    connect.send("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n");
    const int connectStatus = Raw::statusOf(connect.readReply());
    QVERIFY2(connectStatus == 400 || connectStatus == 404 || connectStatus == 405,
             QByteArray::number(connectStatus).constData());
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
}

// Already held: requests sent back to back on one connection are answered
// one by one, in order; "Connection: close" ends it after its answer.
void TestSecurity::pipelinedRequestsAreAnsweredInOrder()
{
    Raw raw(m_server->port());
    raw.send(rawRequest("GET", "/api/v1/health") + rawRequest("GET", "/api/v1/nothing") +
             rawRequest("POST", "/api/v1/auth/login", loginJson(m_teacher, m_teacher.password)) +
             rawRequest("GET", "/api/v1/health", {}, "Connection: close\r\n") + rawRequest("GET", "/api/v1/health"));
    const QByteArray first = raw.readReply();
    QCOMPARE(Raw::statusOf(first), 200);
    const QByteArray second = raw.readReply();
    QVERIFY2(Raw::statusOf(second) == 404, QByteArray(first + "\n----\n" + second).constData());
    const QByteArray signedIn = raw.readReply();
    QCOMPARE(Raw::statusOf(signedIn), 200);
    QVERIFY(Raw::bodyOf(signedIn).contains("access_token"));
    const QByteArray last = raw.readReply();
    QCOMPARE(Raw::statusOf(last), 200);
    QVERIFY(Raw::headerOf(last, "Connection").compare("close", Qt::CaseInsensitive) == 0);
    QVERIFY(raw.closedWithin(2000));
}

// Already held in part (the idle timer); now the deadline runs from the first
// byte, so a header sent a byte at a time is cut off at --request-timeout.
void TestSecurity::slowlorisIsCutOff()
{
    Raw slow(m_server->port());
    slow.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QElapsedTimer t;
    t.start();
    QByteArray answer;
    while (t.elapsed() < 5000 && answer.isEmpty()) {
        slow.send("a");
        QElapsedTimer healthy;
        healthy.start();
        QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200); // everyone else is served
        QVERIFY(healthy.elapsed() < 500);
        answer = slow.readAll(100);
    }
    QCOMPARE(Raw::statusOf(answer), 408);
    QVERIFY2(t.elapsed() >= 1500 && t.elapsed() < 3500, QByteArray::number(t.elapsed()).constData());
    QVERIFY(slow.closedWithin(1000));
}

// Already held: 500 idle connections; bounded memory, the server still answers
// at once, and closes them at --idle-timeout.
void TestSecurity::manyIdleConnections()
{
    restart(
        {u"--max-connections-per-address"_s, u"600"_s, u"--idle-timeout"_s, u"3"_s, u"--rate-per-address"_s, u"0"_s});
    const qint64 before = rssKib(m_server->pid());
    std::vector<std::unique_ptr<Raw>> idle;
    for (int i = 0; i < 500; ++i) {
        idle.push_back(std::make_unique<Raw>(m_server->port()));
        QVERIFY(idle.back()->connected());
    }
    QTest::qWait(200);
    const qint64 during = rssKib(m_server->pid());
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_http->get(u"/api/v1/health"_s).status, 200);
    QVERIFY(t.elapsed() < 500);
    qInfo("500 idle connections: RSS %lld -> %lld KiB", before, during);
    QVERIFY2(during - before < 64 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(during - before)));
    QVERIFY(idle.front()->closedWithin(5000));
    QVERIFY(idle.back()->closedWithin(2000));
}

// Found while benchmarking: when accept() failed (no file descriptor left,
// EMFILE) the listener stopped for good, and the server with it. It pauses
// and listens again now.
void TestSecurity::runningOutOfDescriptorsIsNotTheEnd()
{
    m_http.reset();
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    m_server->setLauncher({u"prlimit"_s, u"--nofile=64"_s, u"--"_s});
    QVERIFY2(
        m_server->start(m_db->url(), {u"--max-connections-per-address"_s, u"500"_s, u"--rate-per-address"_s, u"0"_s}),
        m_server->stderrText().constData());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    {
        std::vector<std::unique_ptr<Raw>> hog;
        for (int i = 0; i < 120; ++i)
            hog.push_back(std::make_unique<Raw>(m_server->port()));
        QTest::qWait(500);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stderrText().contains("accepting a connection failed"), 3000);
    }
    // The descriptors are back: the server answers again.
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"/api/v1/health"_s).status, 200, 5000);
    QVERIFY(login(*m_http, m_teacher));
    QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_teacher.accessToken).status, 200);
}

// Behind a reverse proxy every request comes from the proxy's address: with
// --trust-proxy the limits count the clients the proxy names, and from anyone
// else X-Forwarded-For is ignored (a client cannot pick a fresh address per try).
void TestSecurity::forwardedAddressesOnlyFromTrustedProxies()
{
    const auto signInsUntilLimited = [&](const QList<QByteArray> &forwardedFor) {
        for (int i = 0; i < 14; ++i) {
            Raw raw(m_server->port());
            raw.send(rawRequest("POST", "/api/v1/auth/login", loginJson(m_teacher, m_teacher.password),
                                "X-Forwarded-For: " + forwardedFor.at(i % forwardedFor.size()) + "\r\n"));
            if (Raw::statusOf(raw.readReply()) == 429)
                return i;
        }
        return -1;
    };
    // Not trusted: a new forwarded address on every try changes nothing.
    restart({u"--sign-ins-per-address"_s, u"8"_s, u"--sign-ins-per-account"_s, u"0"_s});
    QList<QByteArray> spoofed;
    for (int i = 0; i < 14; ++i)
        spoofed.append("203.0.113." + QByteArray::number(i + 1));
    QVERIFY(signInsUntilLimited(spoofed) >= 0);

    restart({u"--sign-ins-per-address"_s, u"8"_s, u"--sign-ins-per-account"_s, u"0"_s, u"--trust-proxy"_s,
             u"127.0.0.1"_s, u"--max-connections-per-address"_s, u"4"_s, u"--log-json"_s});
    // Trusted: one client behind the proxy is limited (the last entry counts,
    // whatever the client wrote before it)...
    QVERIFY(signInsUntilLimited({"198.51.100.1, 203.0.113.5", "10.9.9.9, 203.0.113.5"}) >= 0);
    // ...and another client behind the same proxy is not.
    Raw other(m_server->port());
    other.send(rawRequest("POST", "/api/v1/auth/login", loginJson(m_teacher, m_teacher.password),
                          "X-Forwarded-For: 203.0.113.6\r\n"));
    QCOMPARE(Raw::statusOf(other.readReply()), 200);
    QTest::qWait(100);
    QVERIFY(m_server->stderrText().contains("\"address\":\"203.0.113.6\""));
    // The proxy's connections are not capped per address.
    std::vector<std::unique_ptr<Raw>> proxied;
    for (int i = 0; i < 10; ++i)
        proxied.push_back(std::make_unique<Raw>(m_server->port()));
    proxied.back()->send(rawRequest("GET", "/api/v1/health"));
    QCOMPARE(Raw::statusOf(proxied.back()->readReply()), 200);
    // From another address the cap holds.
    std::vector<std::unique_ptr<Raw>> direct;
    for (int i = 0; i < 4; ++i)
        direct.push_back(std::make_unique<Raw>(m_server->port(), QHostAddress(u"127.0.0.2"_s)));
    Raw fifth(m_server->port(), QHostAddress(u"127.0.0.2"_s));
    QCOMPARE(Raw::statusOf(fifth.readAll(2000)), 503);
}

// Already held (tst_sync_chaos checks it through the desktop): the server
// killed at any moment of a push loses nothing committed, and the replayed
// push is applied once and answered exactly as the first answer would have been.
void TestSecurity::sigkillMidPushReplaysExactly()
{
    const Sample sample = sampleRows(u"Kill"_s);
    QCOMPARE(push(*m_http, m_teacher, m_client, sample.mutations).status, 200);
    const QString cls = sample.idOf.value(u"class"_s);
    for (const int delayMs : {0, 3, 15, 60}) {
        QJsonArray mutations;
        QStringList ids;
        for (int i = 0; i < 400; ++i) {
            ids.append(uuid());
            mutations.append(mutation(u"standard"_s, ids.last(),
                                      {{u"class_id"_s, cls}, {u"code"_s, u"K%1.%2"_s.arg(delayMs).arg(i)}}));
        }
        const QByteArray body = QJsonDocument(QJsonObject{{u"client_id"_s, m_client}, {u"mutations"_s, mutations}})
                                    .toJson(QJsonDocument::Compact);
        {
            Raw raw(m_server->port());
            raw.send(rawRequest("POST", "/api/v1/sync/push", body,
                                "Authorization: Bearer " + m_teacher.accessToken.toLatin1() + "\r\n"));
            QTest::qWait(delayMs);
            m_server->kill();
        }
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start(m_db->url(), {u"--rate-per-address"_s, u"0"_s}));
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
        const HttpReply replay = m_http->post(u"/api/v1/sync/push"_s, body, m_teacher.accessToken);
        QCOMPARE(replay.status, 200);
        for (const QJsonValue &r : replay.json().value(u"results").toArray())
            QCOMPARE(statusOf(r), u"applied"_s);
        const HttpReply again = m_http->post(u"/api/v1/sync/push"_s, body, m_teacher.accessToken);
        QCOMPARE(again.json().value(u"results"), replay.json().value(u"results"));
        // Each row once, at its first revision of the row.
        const QHash<QString, QJsonObject> rows = byId(pullAll(*m_http, m_teacher));
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(rows.contains(id));
            QCOMPARE(rows.value(id).value(u"deleted").toBool(), false);
        }
    }
    const ProcessOutput audit =
        runServerCommand({u"admin"_s, u"audit"_s, u"--all"_s, u"--json"_s, u"--database"_s, m_db->url()});
    QHash<QString, int> seen;
    for (const QJsonValue &entry : QJsonDocument::fromJson(audit.out).array())
        ++seen[entry.toObject().value(u"mutation_id").toString()];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"mutation %1 logged %2 times"_s.arg(it.key()).arg(it.value())));
}

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Curl
{
    int exitCode = -1;
    QByteArray headers;
    QByteArray body;
    int status() const
    {
        const QList<QByteArray> lines = headers.split('\n');
        return lines.isEmpty() ? 0 : lines.constFirst().split(' ').value(1).toInt();
    }
};

// A real TLS client (curl), from a chosen loopback address, trusting the test's certificate.
Curl curl(const QString &from, const QString &url, const QString &caFile, const QByteArray &jsonBody = {},
          const QByteArray &forwardedFor = {})
{
    QStringList args{u"-sS"_s,      u"--max-time"_s, u"10"_s, u"--interface"_s, from,
                     u"--cacert"_s, caFile,          u"-D"_s, u"-"_s,           url};
    if (!jsonBody.isNull())
        args << u"-H"_s << u"Content-Type: application/json"_s << u"--data-binary"_s << QString::fromUtf8(jsonBody);
    if (!forwardedFor.isEmpty())
        args << u"-H"_s << u"X-Forwarded-For: "_s + QString::fromLatin1(forwardedFor);
    QProcess p;
    p.start(u"curl"_s, args);
    Curl r;
    if (!p.waitForFinished(15000))
        return r;
    r.exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype split = out.indexOf("\r\n\r\n");
    r.headers = out.left(split);
    r.body = out.mid(split + 4);
    return r;
}

} // namespace

// The deployment the README recommends: TLS at nginx with the shipped site config
// (docs/deploy/nginx-k12.conf), k12-server on loopback with --trust-proxy. Limits and
// the log see the client nginx saw, not the proxy and not what the client claims.
void TestSecurity::behindNginxWithTls()
{
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (nginx.isEmpty())
        QFAIL("nginx is missing: install nginx-light (scripts/setup does)");
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty() || QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("openssl and curl are needed (scripts/setup installs them)");
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"k12.pem"_s);
    const QString key = dir.filePath(u"k12.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-keyout"_s, key, u"-out"_s, cert, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                                 u"subjectAltName=DNS:localhost"_s});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);

    restart({u"--trust-proxy"_s, u"127.0.0.1"_s, u"--log-json"_s, u"--sign-ins-per-address"_s, u"4"_s,
             u"--sign-ins-per-account"_s, u"0"_s});
    // The shipped site, with this test's certificate, ports and upstream.
    QFile site(QStringLiteral(K12_SOURCE_DIR "/docs/deploy/nginx-k12.conf"));
    QVERIFY(site.open(QIODevice::ReadOnly));
    QString conf = QString::fromUtf8(site.readAll());
    const quint16 httpsPort = freePort();
    const quint16 httpPort = freePort();
    QVERIFY(httpsPort && httpPort);
    for (const auto &[from, to] :
         {std::pair{u"/etc/ssl/certs/k12.school.example.pem"_s, cert},
          std::pair{u"/etc/ssl/private/k12.school.example.key"_s, key},
          std::pair{u"listen [::]:443 ssl http2;"_s, QString()}, std::pair{u"listen [::]:80;"_s, QString()},
          std::pair{u"listen 443 ssl http2;"_s, u"listen 127.0.0.1:%1 ssl http2;"_s.arg(httpsPort)},
          std::pair{u"listen 80;"_s, u"listen 127.0.0.1:%1;"_s.arg(httpPort)},
          std::pair{u"http://127.0.0.1:8080"_s, m_server->baseUrl()},
          std::pair{u"k12.school.example"_s, u"localhost"_s}}) {
        QVERIFY2(conf.contains(from), qPrintable(from));
        conf.replace(from, to);
    }
    // The process around the site: in the foreground, every path in the test's folder.
    const QString temp = dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(temp));
    QString main = u"daemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"_s.arg(dir.path());
    if (::geteuid() == 0)
        main += u"user root;\n"_s; // workers must reach the test's private folder
    main += u"events {}\nhttp {\n access_log %1/access.log;\n client_body_temp_path %2;\n proxy_temp_path %2;\n"
            " fastcgi_temp_path %2;\n uwsgi_temp_path %2;\n scgi_temp_path %2;\n%3\n}\n"_s.arg(dir.path(), temp, conf);
    QFile mainConf(dir.filePath(u"nginx.conf"_s));
    QVERIFY(mainConf.open(QIODevice::WriteOnly));
    mainConf.write(main.toUtf8());
    mainConf.close();
    QProcess proxy;
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    proxy.start(nginx, {u"-c"_s, mainConf.fileName(), u"-p"_s, dir.path(), u"-e"_s, dir.filePath(u"error.log"_s)});
    QVERIFY(proxy.waitForStarted(10000));
    auto stopProxy = qScopeGuard([&] {
        if (proxy.state() != QProcess::Running)
            return;
        ::kill(pid_t(proxy.processId()), SIGQUIT); // nginx's graceful stop
        if (!proxy.waitForFinished(5000))
            proxy.kill();
    });
    const QString base = u"https://localhost:%1"_s.arg(httpsPort);
    Curl health;
    for (int i = 0; i < 50 && health.status() != 200; ++i) {
        QTest::qWait(100);
        health = curl(u"127.0.0.3"_s, base + u"/api/v1/health"_s, cert);
    }
    QVERIFY2(health.status() == 200, QByteArray(health.headers + proxy.readAll()).constData());
    // HTTP/2 between curl and nginx: header names in lower case.
    const QByteArray headers = health.headers.toLower();
    QVERIFY2(headers.contains("strict-transport-security: max-age="), health.headers.constData());
    QVERIFY(headers.contains("x-content-type-options: nosniff")); // the server's own headers come through
    // Plain HTTP is sent to HTTPS.
    QCOMPARE(curl(u"127.0.0.3"_s, u"http://localhost:%1/api/v1/health"_s.arg(httpPort), cert).status(), 301);

    // Sign-ins are limited per client address: 127.0.0.3 runs out, whatever it claims in
    // X-Forwarded-For (nginx appends the address it saw, and the server reads the last one);
    // 127.0.0.4 behind the same proxy is not affected.
    const QByteArray body = loginJson(m_teacher, m_teacher.password);
    int limitedAt = -1;
    QByteArray statuses;
    for (int i = 0; i < 14 && limitedAt < 0; ++i) { // the bucket holds 10 at least, whatever the rate
        const Curl r =
            curl(u"127.0.0.3"_s, base + u"/api/v1/auth/login"_s, cert, body, "198.51.100." + QByteArray::number(i));
        QVERIFY2(r.status() == 200 || r.status() == 429, r.headers.constData());
        statuses += QByteArray::number(r.status()) + ' ';
        if (r.status() == 429)
            limitedAt = i;
    }
    QTest::qWait(300); // the server's log lines of those requests
    QVERIFY2(limitedAt >= 9 && limitedAt <= 11,
             QByteArray(statuses + '\n' + m_server->stderrText().right(3000)).constData());
    QCOMPARE(curl(u"127.0.0.4"_s, base + u"/api/v1/auth/login"_s, cert, body).status(), 200);

    // The server's log names the client nginx saw, never the proxy or the claimed address.
    QTest::qWait(200);
    const QByteArray log = m_server->stderrText();
    QVERIFY2(log.contains("\"address\":\"127.0.0.3\""), log.right(2000).constData());
    QVERIFY2(log.contains("\"address\":\"127.0.0.4\""), log.right(2000).constData());
    QVERIFY2(!log.contains("198.51.100."), log.right(2000).constData());
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
