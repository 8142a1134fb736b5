// Email that arrives (issue 18): a real k12-server process mails a real SMTP
// server process (python3-aiosmtpd) on loopback, which writes what it receives
// to a maildir; python's email module reads it back (mail_read.py).
//  - invitations, a missing-work notice and a digest arrive, in the guardian's
//    language, text + HTML, with List-Unsubscribe; the invitation link's token
//    matches its portal_invite row; an unsubscribed address gets nothing;
//  - kill -9 while the queue holds 100 messages and one SMTP transaction is in
//    flight: after the restart each message arrives exactly once;
//  - SIGTERM while the relay sits 30 s on the end of DATA: the server aborts
//    the transaction and exits 0 within 2 s; the message, back in the queue,
//    arrives exactly once after the restart;
//  - a relay that answers 451 for a while: messages back off, the breaker
//    opens, and all arrive once it recovers;
//  - STARTTLS with a self-signed certificate and AUTH from a 0600 credentials file;
//  - a message still failing 48 h after it was queued is given up ('failed', with the last error).
#include "kernel/domain/Entities.h"
#include "server/auth/Tokens.h"
#include "tests/common/TestSupport.h"
#include "tests/server/FamilyFixture.h"
#include "tests/server/ServerHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12::test;

namespace {

const QString kPython = u"/usr/bin/python3"_s;
const QString kScripts = QStringLiteral(K12_MAIL_SCRIPTS);

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// A real SMTP server process writing a maildir.
class Sink
{
public:
    explicit Sink(QString dir)
        : m_dir(std::move(dir))
    {}
    ~Sink() { stop(); }

    // No extra arguments: the stock `python3 -m aiosmtpd ... Mailbox DIR`;
    // else mail_sink.py with those faults.
    bool start(const QStringList &faults = {})
    {
        m_port = freePort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (faults.isEmpty()) {
            m_process->start(kPython, {u"-m"_s, u"aiosmtpd"_s, u"-n"_s, u"-l"_s, u"127.0.0.1:%1"_s.arg(m_port), u"-c"_s,
                                       u"aiosmtpd.handlers.Mailbox"_s, m_dir});
        } else {
            m_process->start(kPython, QStringList{kScripts + u"/mail_sink.py"_s, u"--port"_s, QString::number(m_port),
                                                  u"--dir"_s, m_dir} +
                                          faults);
        }
        if (!m_process->waitForStarted(10000))
            return false;
        // Listening when a connection is accepted.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                probe.disconnectFromHost();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                return false;
            QThread::msleep(100);
        }
        return false;
    }
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    quint16 port() const { return m_port; }
    QString url() const { return u"smtp://127.0.0.1:%1"_s.arg(m_port); }

private:
    QString m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// What the sink received, parsed by python's email module.
QJsonArray received(const QString &dir, QString *error = nullptr)
{
    QProcess p;
    p.start(kPython, {kScripts + u"/mail_read.py"_s, dir});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

// Waits until `done` holds for what arrived; the last look either way.
QJsonArray waitForMail(const QString &dir, const std::function<bool(const QJsonArray &)> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QJsonArray mail;
    do {
        mail = received(dir);
        if (done(mail))
            return mail;
        QThread::msleep(250);
    } while (t.elapsed() < timeoutMs);
    return mail;
}

QList<QJsonObject> messagesTo(const QJsonArray &mail, const QString &address)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : mail) {
        if (v.toObject().value(u"to").toString() == address)
            out.append(v.toObject());
    }
    return out;
}

QHash<QString, int> countByKey(const QJsonArray &mail)
{
    QHash<QString, int> n;
    for (const QJsonValue &v : mail)
        ++n[v.toObject().value(u"key").toString()];
    return n;
}

QStringList mailArgs(const Sink &sink, const QStringList &more = {})
{
    return QStringList{u"--smtp-url"_s,     sink.url(),
                       u"--mail-from"_s,    u"Algebra families <families@school.example>"_s,
                       u"--mail-poll-ms"_s, u"200"_s} +
           more;
}

QJsonObject mailStatus(const QString &databaseUrl)
{
    const ProcessOutput r = runServerCommand({u"admin"_s, u"mail-status"_s, u"--json"_s, u"--database"_s, databaseUrl});
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray noticeMutations(const FamilyFixture &f, int count, QStringList *ids)
{
    QJsonArray m;
    for (int i = 0; i < count; ++i) {
        const QString id = uuid();
        ids->append(id);
        m.append(mutation(u"family_notice"_s, id,
                          {{u"class_id"_s, f.classId},
                           {u"student_id"_s, f.anaId},
                           {u"kind"_s, u"missing"_s},
                           {u"assignment_ids"_s, QJsonArray{f.hw2Id}},
                           {u"requested_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
    }
    return m;
}

} // namespace

class TestMailServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void invitationsNoticesDigestAndUnsubscribe_data();
    void invitationsNoticesDigestAndUnsubscribe();
    void killedWhileSendingEachArrivesOnce();
    void sigtermDuringSlowDataStopsPromptly();
    void relayThatRefusesForAWhile();
    void startTlsAndCredentials();
    void givesUpAfter48Hours();
    void frenchGuardianGetsFrenchMail();
};

void TestMailServer::initTestCase()
{
    QProcess p;
    p.start(kPython, {u"-c"_s, u"import aiosmtpd, email"_s});
    K12_REQUIRE("aiosmtpd", p.waitForFinished(30000) && p.exitCode() == 0,
                u"/usr/bin/python3 cannot import aiosmtpd: install python3-aiosmtpd (scripts/setup)"_s);
}

void TestMailServer::invitationsNoticesDigestAndUnsubscribe_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestMailServer::invitationsNoticesDigestAndUnsubscribe()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QTemporaryDir dir;
    Sink sink(dir.filePath(u"sink"_s));
    QVERIFY(sink.start());
    // This week's digest time still ahead (later today), so only `admin
    // send-digests --now` queues the digest below, not the worker's schedule.
    const QDateTime local = QDateTime::currentDateTime();
    const int weekday = local.time().hour() < 23 ? local.date().dayOfWeek() : local.date().dayOfWeek() % 7 + 1;
    K12_REQUIRE("weekday", local.time().hour() < 23 || local.date().dayOfWeek() < 7,
                u"Sunday 23:00-24:00 has no digest time left this week; run it another hour"_s);
    ServerProcess server;
    QVERIFY2(server.start(db.url(), mailArgs(sink, {u"--digest-weekday"_s, QString::number(weekday), u"--digest-hour"_s,
                                                    u"23"_s})),
             server.stderrText().constData());
    // Dana unsubscribed before anything was sent to her.
    QCOMPARE(
        db.execute({u"INSERT INTO mail_recipient (email, unsubscribe_token, unsubscribed_at, created_at) VALUES "
                    "('dana@example.org', 'dana-token', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')"_s}),
        QString());
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));

    // Maria: her invitation and Ana's notice; Grace: her invitation. Luis has no email; Dana unsubscribed.
    QJsonArray mail = waitForMail(
        dir.filePath(u"sink"_s), [](const QJsonArray &m) { return m.size() >= 3; }, 30000);
    QCOMPARE(mail.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(db.url()).value(u"skipped").toInt(), 1, 10000);
    QCOMPARE(db.queryValue(u"SELECT state FROM mail_queue WHERE dedupe_key = 'invite:%1'"_s.arg(f.danaInvitationId))
                 .toString(),
             u"skipped"_s);
    QVERIFY(messagesTo(mail, u"dana@example.org"_s).isEmpty());
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM portal_invite WHERE invitation_id = '%1'"_s.arg(f.luisInvitationId))
                 .toInt(),
             0);
    for (const QJsonValue &v : mail) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.value(u"defects").toArray(), QJsonArray{});
        QCOMPARE(m.value(u"parts").toArray(), (QJsonArray{u"text/plain"_s, u"text/html"_s}));
        QCOMPARE(m.value(u"from").toString(), u"Algebra families <families@school.example>"_s);
        QVERIFY(m.value(u"message_id").toString().endsWith(u"@127.0.0.1>"_s));
    }

    // Invitations: the link's token is the one whose hash portal_invite holds.
    const QList<QJsonObject> toMaria = messagesTo(mail, u"maria@example.org"_s);
    QCOMPARE(toMaria.size(), 2);
    QJsonObject mariaInvite, mariaNotice;
    for (const QJsonObject &m : toMaria)
        (m.value(u"key").toString().startsWith(u"invite:"_s) ? mariaInvite : mariaNotice) = m;
    QCOMPARE(mariaInvite.value(u"key").toString(), u"invite:"_s + f.mariaInvitationId);
    QCOMPARE(mariaInvite.value(u"subject").toString(), u"Ms. Rivera le invita al portal de familias"_s);
    const QRegularExpression linkRe(u"(http://127\\.0\\.0\\.1:\\d+/portal/accept\\?token=([A-Za-z0-9_-]{43}))"_s);
    const QRegularExpressionMatch link = linkRe.match(mariaInvite.value(u"text").toString());
    QVERIFY2(link.hasMatch(), qPrintable(mariaInvite.value(u"text").toString()));
    QCOMPARE(link.captured(1), server.baseUrl() + u"/portal/accept?token="_s + link.captured(2));
    QVERIFY(mariaInvite.value(u"html")
                .toString()
                .replace(u"&#x2F;"_s, u"/"_s)
                .contains(u"href=\"%1\""_s.arg(link.captured(1))));
    QCOMPARE(db.queryValue(u"SELECT invitation_id FROM portal_invite WHERE token_hash = '%1'"_s.arg(
                               k12::server::Tokens::hash(link.captured(2))))
                 .toString(),
             f.mariaInvitationId);
    QVERIFY(db.queryValue(u"SELECT used_at FROM portal_invite WHERE invitation_id = '%1'"_s.arg(f.mariaInvitationId))
                .isNull());
    const QDateTime expires = QDateTime::fromString(
        db.queryValue(u"SELECT expires_at FROM portal_invite WHERE invitation_id = '%1'"_s.arg(f.mariaInvitationId))
            .toString(),
        Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 7 * 86400) < 120);
    // The link works: the portal's accept page answers it.
    const HttpReply accept = http.get(u"/portal/accept?token="_s + link.captured(2));
    QCOMPARE(accept.status, 200);
    const QList<QJsonObject> toGrace = messagesTo(mail, u"grace@example.org"_s);
    QCOMPARE(toGrace.size(), 1);
    QCOMPARE(toGrace.at(0).value(u"subject").toString(), u"Ms. Rivera invites you to the family portal"_s);
    QVERIFY(toGrace.at(0).value(u"text").toString().contains(u"Ben Okafor"_s));
    QVERIFY(toGrace.at(0).value(u"list_unsubscribe").toString().isEmpty()); // only digests and notices

    // The notice: Spanish for Maria, the missing assignment escaped in HTML, List-Unsubscribe one-click.
    QCOMPARE(mariaNotice.value(u"key").toString(), u"notice:%1:%2"_s.arg(f.anaNoticeId, f.mariaId));
    QCOMPARE(mariaNotice.value(u"subject").toString(), u"Trabajo pendiente: Ana en Algebra I"_s);
    const QString noticeText = mariaNotice.value(u"text").toString();
    QVERIFY2(noticeText.contains(u"Ana Lopez tiene 1 tarea pendiente en Algebra I:"_s), qPrintable(noticeText));
    QVERIFY2(
        noticeText.contains(QString::fromUtf8(FamilyFixture::kImgTitle) + u" (fecha de entrega: 14 de septiembre)"_s),
        qPrintable(noticeText));
    const QString noticeHtml = mariaNotice.value(u"html").toString();
    QVERIFY(!noticeHtml.contains(u"<img"_s));
    QVERIFY(noticeHtml.contains(u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s));
    const QString token =
        db.queryValue(u"SELECT unsubscribe_token FROM mail_recipient WHERE email = 'maria@example.org'"_s).toString();
    QCOMPARE(token.size(), 43);
    QCOMPARE(mariaNotice.value(u"list_unsubscribe").toString(),
             u"<%1/portal/unsubscribe?token=%2>"_s.arg(server.baseUrl(), token));
    QCOMPARE(mariaNotice.value(u"list_unsubscribe_post").toString(), u"List-Unsubscribe=One-Click"_s);
    if (const QString out = qEnvironmentVariable("K12_MAIL_HTML_OUT"); !out.isEmpty()) {
        QFile html(out);
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(noticeHtml.toUtf8());
    }

    // The weekly digest of an opted-in account, queued by `admin send-digests --now`.
    QString error;
    const QString grace = addPortalAccount(db, u"grace@example.org"_s, {f.graceId}, u"en"_s, true, &error);
    QVERIFY2(!grace.isEmpty(), qPrintable(error));
    const ProcessOutput dry = runServerCommand({u"admin"_s, u"send-digests"_s, u"--database"_s, db.url()});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.startsWith("1 opted-in account(s) have no digest this week"), dry.out.constData());
    const ProcessOutput now = runServerCommand({u"admin"_s, u"send-digests"_s, u"--now"_s, u"--database"_s, db.url()});
    QVERIFY2(now.exitCode == 0, now.err.constData());
    QVERIFY2(now.out.contains(": 1 queued, 0 with nothing to say, 0 failed."), now.out.constData());
    mail = waitForMail(
        dir.filePath(u"sink"_s), [](const QJsonArray &m) { return m.size() >= 4; }, 30000);
    QCOMPARE(mail.size(), 4);
    QJsonObject digest;
    for (const QJsonObject &m : messagesTo(mail, u"grace@example.org"_s)) {
        if (m.value(u"key").toString().startsWith(u"digest:"_s))
            digest = m;
    }
    QVERIFY(!digest.isEmpty());
    QVERIFY(digest.value(u"key").toString().startsWith(u"digest:%1:"_s.arg(grace)));
    QCOMPARE(digest.value(u"subject").toString(), u"Weekly update: Ben"_s);
    const QString digestText = digest.value(u"text").toString();
    QVERIFY2(digestText.contains(u"Unit 1 Test: 40 / 50 (80%)"_s), qPrintable(digestText));
    QVERIFY2(!digestText.contains(u"Homework 3"_s), qPrintable(digestText)); // unpublished
    QVERIFY(digest.value(u"list_unsubscribe").toString().contains(u"/portal/unsubscribe?token="_s));
    // A second run the same week queues nothing more.
    const ProcessOutput again =
        runServerCommand({u"admin"_s, u"send-digests"_s, u"--now"_s, u"--database"_s, db.url()});
    QVERIFY2(again.out.contains(": 0 queued"), again.out.constData());

    // Now Maria unsubscribes; a new notice for Ana reaches nobody.
    QCOMPARE(db.execute({u"UPDATE mail_recipient SET unsubscribed_at = '2026-12-06T00:00:00.000Z' WHERE email = "
                         "'maria@example.org'"_s}),
             QString());
    QStringList ids;
    QCOMPARE(f.pushAs(http, noticeMutations(f, 1, &ids)), QString());
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(db.url()).value(u"skipped").toInt(), 2, 15000);
    QCOMPARE(received(dir.filePath(u"sink"_s)).size(), 4);
    const QJsonObject status = mailStatus(db.url());
    QCOMPARE(status.value(u"sent").toInt(), 4);
    QCOMPARE(status.value(u"queued").toInt(), 0);
    QCOMPARE(status.value(u"failed").toInt(), 0);
    QTest::qWait(500);                                           // let the event loop read the server's stderr
    QVERIFY(!server.stderrText().contains("maria@example.org")); // no addresses in the log
    QCOMPARE(server.stop(), 0);
}

void TestMailServer::killedWhileSendingEachArrivesOnce()
{
    TestDatabase db(u"sqlite"_s);
    QTemporaryDir dir;
    const QString box = dir.filePath(u"sink"_s);
    const QString marker = dir.filePath(u"rcpt.log"_s);
    // A slow relay: each RCPT waits 150 ms, so the kill lands inside an SMTP
    // transaction that has not reached DATA (the marker says one started).
    Sink slow(box);
    QVERIFY(slow.start({u"--rcpt-delay-ms"_s, u"150"_s, u"--marker"_s, marker}));
    ServerProcess server;
    QVERIFY(server.start(db.url(), mailArgs(slow)));
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QStringList ids;
    QCOMPARE(f.pushAs(http, noticeMutations(f, 100, &ids)), QString());
    // All 100 queued, then some sent: kill -9 right after an RCPT began.
    QTRY_VERIFY_WITH_TIMEOUT(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE kind = 'notice'"_s).toInt() == 101,
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(received(box).size() >= 10, 60000);
    const qint64 rcpts = QFile(marker).size();
    QTRY_VERIFY_WITH_TIMEOUT(QFile(marker).size() > rcpts, 5000);
    server.kill();
    const int before = int(received(box).size());
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'sending'"_s).toInt(), 1);
    QVERIFY(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'queued'"_s).toInt() > 50);
    slow.stop();

    // Restart against a plain sink on the same maildir; measure the rate.
    Sink sink(box);
    QVERIFY(sink.start());
    ServerProcess again;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(again.start(db.url(), mailArgs(sink)));
    const int total = 100 + 1 + 3; // the 100 notices, the fixture's notice, Maria's, Grace's and Dana's invitations
    const QJsonArray mail = waitForMail(
        box, [&](const QJsonArray &m) { return m.size() >= total; }, 120000);
    const qint64 ms = timer.elapsed();
    QCOMPARE(mail.size(), total);
    const QHash<QString, int> n = countByKey(mail);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(n.value(u"notice:%1:%2"_s.arg(id, f.mariaId)), 1);
    for (auto it = n.begin(); it != n.end(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    qInfo("kill -9 with %d of %d delivered; after the restart %d messages arrived in %lld ms (%.0f a second, "
          "start-up included)",
          before, total, total - before, ms, (total - before) * 1000.0 / double(ms));
    // (QTRY: the event loop reads the server's stderr.)
    QTRY_VERIFY_WITH_TIMEOUT(
        again.stderrText().contains("1 message(s) were being sent when the server stopped; queued again"), 5000);
    QCOMPARE(again.stop(), 0);
    const QJsonObject status = mailStatus(db.url());
    QCOMPARE(status.value(u"sent").toInt(), total);
    QCOMPARE(status.value(u"sending").toInt(), 0);
}

void TestMailServer::sigtermDuringSlowDataStopsPromptly()
{
    TestDatabase db(u"sqlite"_s);
    QTemporaryDir dir;
    const QString box = dir.filePath(u"sink"_s);
    const QString marker = dir.filePath(u"data.log"_s);
    // A relay that takes the whole message and then waits 30 s before its 250
    // (the SMTP timeout is 60 s: without the abort, SIGTERM would wait that long).
    Sink slow(box);
    QVERIFY(slow.start({u"--data-delay-ms"_s, u"30000"_s, u"--marker"_s, marker}));
    ServerProcess server;
    QVERIFY(server.start(db.url(), mailArgs(slow)));
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    const int total = 1 + 3; // the fixture's notice, Maria's, Grace's and Dana's invitations
    QTRY_VERIFY_WITH_TIMEOUT(db.queryValue(u"SELECT COUNT(*) FROM mail_queue"_s).toInt() == total, 30000);
    // A transaction sits at the end of DATA: the marker says the sink has the message.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(marker).size() > 0, 30000);
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'sending'"_s).toInt(), 1);
    const QString inFlight = db.queryValue(u"SELECT id FROM mail_queue WHERE state = 'sending'"_s).toString();

    QElapsedTimer stopping;
    stopping.start();
    const int stopped = server.stop();
    const qint64 stopMs = stopping.elapsed();
    QVERIFY2(stopped == 0, server.stderrText().constData());
    qInfo("SIGTERM with an SMTP transaction waiting at the end of DATA: the server exited in %lld ms", stopMs);
    QVERIFY2(stopMs < 2000, qPrintable(u"the server took %1 ms to stop"_s.arg(stopMs)));
    QVERIFY(server.stderrText().contains("goes back to the queue"));
    // Back as it was: queued, no attempt counted, nothing lost.
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'sending'"_s).toInt(), 0);
    QCOMPARE(db.queryValue(u"SELECT state FROM mail_queue WHERE id = '%1'"_s.arg(inFlight)).toString(), u"queued"_s);
    QCOMPARE(db.queryValue(u"SELECT attempts FROM mail_queue WHERE id = '%1'"_s.arg(inFlight)).toInt(), 0);
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'queued'"_s).toInt(), total);
    // The sink dropped the message when the connection went (its handler was cancelled).
    QThread::msleep(300);
    QCOMPARE(received(box).size(), 0);
    slow.stop();

    // The restart against a prompt relay on the same maildir: each message once.
    Sink sink(box);
    QVERIFY(sink.start());
    ServerProcess again;
    QVERIFY(again.start(db.url(), mailArgs(sink)));
    QJsonArray mail = waitForMail(
        box, [&](const QJsonArray &m) { return m.size() >= total; }, 60000);
    QCOMPARE(mail.size(), total);
    // No late copy either.
    QThread::msleep(1000);
    mail = received(box);
    QCOMPARE(mail.size(), total);
    for (auto [key, count] : countByKey(mail).asKeyValueRange())
        QVERIFY2(count == 1, qPrintable(key));
    QCOMPARE(again.stop(), 0);
    QCOMPARE(mailStatus(db.url()).value(u"sent").toInt(), total);
}

// A guardian whose language on the desktop is French ("fr-CA") gets the
// invitation and the missing-work notice in French ("vous").
void TestMailServer::frenchGuardianGetsFrenchMail()
{
    TestDatabase db(u"sqlite"_s);
    QTemporaryDir dir;
    const QString box = dir.filePath(u"sink"_s);
    Sink sink(box);
    QVERIFY(sink.start());
    ServerProcess server;
    QVERIFY(server.start(db.url(), mailArgs(sink)));
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    // The fixture's mail first (its notice for Ana is planned before Claire is her guardian).
    QCOMPARE(waitForMail(
                 box, [](const QJsonArray &m) { return m.size() >= 4; }, 60000)
                 .size(),
             4);
    const QString claire = uuid();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QCOMPARE(f.pushAs(http, {mutation(u"guardian"_s, claire,
                                      {{u"given_name"_s, u"Claire"_s},
                                       {u"family_name"_s, u"Lopez"_s},
                                       {u"email"_s, u"claire@example.fr"_s},
                                       {u"language"_s, u"fr-CA"_s},
                                       {u"receives_reports"_s, true}}),
                             mutation(u"student_guardian"_s, k12::StudentGuardian::idFor(f.anaId, claire),
                                      {{u"student_id"_s, f.anaId}, {u"guardian_id"_s, claire}}),
                             mutation(u"guardian_invitation"_s, uuid(),
                                      {{u"guardian_id"_s, claire}, {u"requested_at"_s, now}}),
                             mutation(u"family_notice"_s, uuid(),
                                      {{u"class_id"_s, f.classId},
                                       {u"student_id"_s, f.anaId},
                                       {u"kind"_s, u"missing"_s},
                                       {u"assignment_ids"_s, QJsonArray{f.hw2Id}},
                                       {u"requested_at"_s, now}})}),
             QString());
    const QJsonArray mail = waitForMail(
        box, [](const QJsonArray &m) { return messagesTo(m, u"claire@example.fr"_s).size() >= 2; }, 60000);
    const QList<QJsonObject> toClaire = messagesTo(mail, u"claire@example.fr"_s);
    QCOMPARE(toClaire.size(), 2);
    QJsonObject invitation, notice;
    for (const QJsonObject &m : toClaire)
        (m.value(u"key").toString().startsWith(u"invite:"_s) ? invitation : notice) = m;
    QCOMPARE(invitation.value(u"subject").toString(), u"Ms. Rivera vous invite sur le portail des familles"_s);
    const QString text = invitation.value(u"text").toString();
    QVERIFY2(text.contains(u"Bonjour Claire Lopez,"_s), qPrintable(text));
    QVERIFY(text.contains(u"Accepter l’invitation"_s));
    QVERIFY(text.contains(u"Le lien ne fonctionne qu’une fois"_s));
    QVERIFY(invitation.value(u"html").toString().contains(u"lang=\"fr\""_s));
    // The notice: hw2 missing, its due date in French.
    QCOMPARE(notice.value(u"subject").toString(), u"Travaux non rendus\u00a0: Ana en Algebra I"_s);
    const QString noticeText = notice.value(u"text").toString();
    QVERIFY2(noticeText.contains(u"Ana Lopez a 1 travail non rendu en Algebra I\u00a0:"_s), qPrintable(noticeText));
    QVERIFY2(noticeText.contains(u"à rendre le 14 septembre"_s), qPrintable(noticeText));
    QVERIFY(noticeText.contains(u"Se désabonner de ces messages"_s));
    // Spanish and English guardians are unchanged.
    QCOMPARE(messagesTo(mail, u"maria@example.org"_s).isEmpty(), false);
    QCOMPARE(server.stop(), 0);
}

void TestMailServer::relayThatRefusesForAWhile()
{
    TestDatabase db(u"sqlite"_s);
    QTemporaryDir dir;
    const QString box = dir.filePath(u"sink"_s);
    Sink sink(box);
    // 451 to every MAIL FROM for the first 8 seconds.
    QVERIFY(sink.start({u"--refuse-seconds"_s, u"8"_s}));
    QElapsedTimer sinceSink;
    sinceSink.start();
    ServerProcess server;
    // Shorter numbers than the defaults (30 s, 30 s) so the test sees several rounds.
    QVERIFY(server.start(
        db.url(), mailArgs(sink, {u"--mail-retry-base-ms"_s, u"500"_s, u"--mail-breaker-cooldown-ms"_s, u"1000"_s})));
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QStringList ids;
    QCOMPARE(f.pushAs(http, noticeMutations(f, 10, &ids)), QString());
    const int total = 10 + 1 + 3;
    // While it refuses: nothing arrives; 5 failures open the breaker (1 s),
    // then one probe per cool-down (1, 2, 4 s ...): attempts and next_attempt_at grow.
    const auto sumAttempts = [&] { return db.queryValue(u"SELECT SUM(attempts) FROM mail_queue"_s).toInt(); };
    const auto lastNext = [&] { return db.queryValue(u"SELECT MAX(next_attempt_at) FROM mail_queue"_s).toLongLong(); };
    QTRY_VERIFY_WITH_TIMEOUT(sumAttempts() >= 5, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains("breaker open"), 5000);
    const int attempts1 = sumAttempts();
    const qint64 next1 = lastNext();
    QTRY_VERIFY_WITH_TIMEOUT(sumAttempts() > attempts1, 5000);
    QVERIFY(lastNext() > next1);
    QVERIFY2(sinceSink.elapsed() < 8000, "the relay recovered before the test looked");
    QCOMPARE(received(box).size(), 0);
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state NOT IN ('queued', 'sending')"_s).toInt(), 0);
    QVERIFY(
        db.queryValue(u"SELECT last_error FROM mail_queue WHERE attempts > 0 LIMIT 1"_s).toString().contains(u"451"_s));
    // It recovers: everything arrives, once.
    const QJsonArray mail = waitForMail(
        box, [&](const QJsonArray &m) { return m.size() >= total; }, 60000);
    QCOMPARE(mail.size(), total);
    for (auto [key, count] : countByKey(mail).asKeyValueRange())
        QVERIFY2(count == 1, qPrintable(key));
    QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains("breaker closed"), 5000);
    QVERIFY(db.queryValue(u"SELECT MAX(attempts) FROM mail_queue"_s).toInt() >= 2);
    qInfo("relay refused for 8 s: most attempts of one message %d",
          db.queryValue(u"SELECT MAX(attempts) FROM mail_queue"_s).toInt());
    QCOMPARE(server.stop(), 0);
}

void TestMailServer::startTlsAndCredentials()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s), key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, key, u"-out"_s, cert});
    K12_REQUIRE("openssl", openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                u"openssl could not make a self-signed certificate"_s);
    const QString box = dir.filePath(u"sink"_s);
    Sink sink(box);
    QVERIFY(sink.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key, u"--auth"_s, u"relay:s3cret:pass"_s}));

    TestDatabase db(u"sqlite"_s);
    const QString credentials = dir.filePath(u"smtp-credentials"_s);
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("relay:s3cret:pass\n");
    file.close();
    // Readable by others: refused before serving, with the reason.
    ::chmod(QFile::encodeName(credentials).constData(), 0644);
    // Digest time Monday 00:00: passed this week, so the worker queues the digest on its own.
    const QStringList tls = mailArgs(sink, {u"--smtp-starttls"_s, u"--smtp-ca-file"_s, cert, u"--smtp-credentials"_s,
                                            credentials, u"--digest-weekday"_s, u"1"_s, u"--digest-hour"_s, u"0"_s});
    const ProcessOutput refused = runServerCommand(
        QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, db.url()} + tls, {}, 20000);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("group or others may read it (mode 0644); run chmod 600"), refused.err.constData());
    ::chmod(QFile::encodeName(credentials).constData(), 0600);

    ServerProcess server;
    QVERIFY2(server.start(db.url(), tls), server.stderrText().constData());
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    QString error;
    const QString grace = addPortalAccount(db, u"grace@example.org"_s, {f.graceId}, u"en"_s, true, &error);
    QVERIFY2(!grace.isEmpty(), qPrintable(error));
    const QJsonArray mail = waitForMail(
        box, [](const QJsonArray &m) { return m.size() >= 5; }, 30000);
    QCOMPARE(mail.size(), 5); // 3 invitations, Ana's notice, Grace's scheduled digest
    bool digest = false;
    for (const QJsonValue &m : mail)
        digest = digest || m.toObject().value(u"key").toString().startsWith(u"digest:%1:"_s.arg(grace));
    QVERIFY(digest);
    QCOMPARE(server.stop(), 0);

    // Without --smtp-starttls the relay refuses (530 STARTTLS first): nothing is sent in clear.
    TestDatabase db2(u"sqlite"_s);
    ServerProcess plain;
    QVERIFY(plain.start(db2.url(), mailArgs(sink)));
    HttpClient http2(plain.baseUrl());
    const FamilyFixture f2 = FamilyFixture::seed(db2.url(), http2, u"other@school.example"_s);
    QVERIFY2(f2.ok(), qPrintable(f2.error));
    QTRY_VERIFY_WITH_TIMEOUT(db2.queryValue(u"SELECT MAX(attempts) FROM mail_queue"_s).toInt() >= 1, 15000);
    QCOMPARE(db2.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE state = 'sent'"_s).toInt(), 0);
    QVERIFY(db2.queryValue(u"SELECT last_error FROM mail_queue WHERE attempts > 0 LIMIT 1"_s)
                .toString()
                .contains(u"530"_s));
    QCOMPARE(received(box).size(), 5);
    QCOMPARE(plain.stop(), 0);
}

void TestMailServer::givesUpAfter48Hours()
{
    TestDatabase db(u"sqlite"_s);
    QTemporaryDir dir;
    const QString box = dir.filePath(u"sink"_s);
    Sink sink(box);
    QVERIFY(sink.start({u"--refuse-seconds"_s, u"600"_s}));
    ServerProcess server;
    QVERIFY(server.start(
        db.url(), mailArgs(sink, {u"--mail-retry-base-ms"_s, u"300"_s, u"--mail-breaker-cooldown-ms"_s, u"200"_s})));
    HttpClient http(server.baseUrl());
    const FamilyFixture f = FamilyFixture::seed(db.url(), http);
    QVERIFY2(f.ok(), qPrintable(f.error));
    // 3 invitations and the notice, each refused once.
    QTRY_VERIFY_WITH_TIMEOUT(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE attempts >= 1"_s).toInt() == 4,
                             10000);
    QCOMPARE(mailStatus(db.url()).value(u"queued").toInt(), 4);
    // As if they had been failing since two days ago: the next failure gives up.
    const QString old = QDateTime::currentDateTimeUtc().addSecs(-49 * 3600).toString(Qt::ISODateWithMs);
    QCOMPARE(db.execute({u"UPDATE mail_queue SET created_at = '%1'"_s.arg(old)}), QString());
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(db.url()).value(u"failed").toInt(), 4, 10000);
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mail_queue WHERE last_error LIKE '%451%'"_s).toInt(), 4);
    QCOMPARE(received(box).size(), 0);
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestMailServer)
#include "tst_mail_server.moc"
