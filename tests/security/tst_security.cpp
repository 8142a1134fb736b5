// k12-server under attack (issue 14): probes an attacker would send, against
// the real server process on loopback, each asserting the answer and that the
// data are as they were. Part of ./scripts/test; every case is bounded in time.
#include "tests/common/TestSupport.h"
#include "tests/server/ServerHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

private:
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
    QVERIFY(m_server->start(m_db->url(), {u"--rate-per-address"_s, u"0"_s, u"--rate-per-account"_s, u"0"_s}));
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

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
