// The mailer's parts (issue 18), each against real things where it has them:
//  - MailBackoff: 30 s, 1 min, 2 min ... capped at 1 h, jitter within [0.8, 1.2);
//  - MailBreaker: opens after 5 consecutive relay failures, one probe when
//    half-open, a failed probe doubles the cool-down;
//  - MimeMessage: what it writes parsed by python's email module (headers,
//    RFC 2047 subject, both parts, no defects);
//  - SmtpCredentials: refused when group/other may read it or another user owns it;
//    systemd's copy in $CREDENTIALS_DIRECTORY (LoadCredential=smtp:) read as it is,
//    an empty one (the unit's SetCredential=smtp: fallback) meaning no sign-in;
//  - MailQueue on a real SQLite file and a real PostgreSQL database: dedupe,
//    due, claim, retry, recovery of 'sending', counts, body pruning, unsubscribe;
//  - MailComposer: names and titles escaped in HTML, Spanish from the .ts.
#include "server/families/FamilyReports.h"
#include "server/mail/MailBackoff.h"
#include "server/mail/MailBreaker.h"
#include "server/mail/MailComposer.h"
#include "server/mail/MailQueue.h"
#include "server/mail/MimeMessage.h"
#include "server/mail/SmtpCredentials.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"
#include "tests/common/TestSupport.h"
#include "tests/server/ServerHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::server;

namespace {

constexpr qint64 kSecond = 1000;

// Runs tests/server/mail_read.py over a maildir holding `message`.
QJsonObject parsedByPython(const QByteArray &message, QString *error)
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"new"_s));
    QFile file(dir.filePath(u"new/1.eml"_s));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the message"_s;
        return {};
    }
    file.write(message);
    file.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {QStringLiteral(K12_MAIL_SCRIPTS) + u"/mail_read.py"_s, dir.path()});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = u"mail_read.py failed: "_s + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array().at(0).toObject();
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffNumbers();
    void breakerRule();
    void mimeParsedByPython();
    void credentialsFile();
    void credentialsFromSystemd();
    void queue_data();
    void queue();
    void composerEscapesAndTranslates();
};

void TestMail::backoffNumbers()
{
    // Hand-worked: base 30 s doubling, capped at 1 h (3,600 s).
    const qint64 base = 30 * kSecond, cap = 3600 * kSecond;
    const QList<qint64> expected{30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600};
    for (int failures = 1; failures <= expected.size(); ++failures)
        QCOMPARE(MailBackoff::nominalDelayMs(failures, base, cap), expected.at(failures - 1) * kSecond);
    // Jitter: factor 0.8 at the bottom, just under 1.2 at the top, cap after jitter.
    QCOMPARE(MailBackoff::delayMs(1, base, cap, 0.0), 24 * kSecond);
    QCOMPARE(MailBackoff::delayMs(1, base, cap, 0.5), 30 * kSecond);
    QVERIFY(MailBackoff::delayMs(1, base, cap, 0.9999) < 36 * kSecond);
    QVERIFY(MailBackoff::delayMs(1, base, cap, 0.9999) > 35 * kSecond);
    QCOMPARE(MailBackoff::delayMs(3, base, cap, 0.25), 120 * kSecond * 9 / 10);
    QCOMPARE(MailBackoff::delayMs(9, base, cap, 0.9999), cap);
    for (int i = 0; i < 200; ++i) {
        const qint64 d = MailBackoff::delayMs(2, base, cap);
        QVERIFY2(d >= 48 * kSecond && d < 72 * kSecond, qPrintable(QString::number(d)));
    }
}

void TestMail::breakerRule()
{
    MailBreaker b(5, 30 * kSecond, 15 * 60 * kSecond);
    qint64 now = 1000000;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(b.allow(now));
        b.recordFailure(now);
    }
    QCOMPARE(b.state(), MailBreaker::State::Closed);
    b.recordSuccess(); // a success in between resets the count
    QCOMPARE(b.consecutiveFailures(), 0);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(b.allow(now));
        b.recordFailure(now);
    }
    QCOMPARE(b.state(), MailBreaker::State::Open);
    QCOMPARE(b.openUntilMs(), now + 30 * kSecond);
    QVERIFY(!b.allow(now + 29999));
    // Half-open: exactly one probe.
    QVERIFY(b.allow(now + 30 * kSecond));
    QCOMPARE(b.state(), MailBreaker::State::HalfOpen);
    QVERIFY(!b.allow(now + 30 * kSecond));
    // The probe fails: open again for twice as long (60 s).
    now += 30 * kSecond;
    b.recordFailure(now);
    QCOMPARE(b.state(), MailBreaker::State::Open);
    QCOMPARE(b.openUntilMs(), now + 60 * kSecond);
    // 120, 240, 480, 900 (cap) s.
    for (const qint64 expected : {120, 240, 480, 900, 900}) {
        now = b.openUntilMs();
        QVERIFY(b.allow(now));
        b.recordFailure(now);
        QCOMPARE(b.openUntilMs() - now, expected * kSecond);
    }
    // A probe that succeeds closes it and resets the cool-down.
    now = b.openUntilMs();
    QVERIFY(b.allow(now));
    b.recordSuccess();
    QCOMPARE(b.state(), MailBreaker::State::Closed);
    QCOMPARE(b.cooldownMs(), 30 * kSecond);
    // A probe that never reached the relay (another process took the message) frees the slot.
    for (int i = 0; i < 5; ++i)
        b.recordFailure(now);
    now = b.openUntilMs();
    QVERIFY(b.allow(now));
    QVERIFY(!b.allow(now));
    b.cancel();
    QVERIFY(b.allow(now));
}

void TestMail::mimeParsedByPython()
{
    MimeMessage m;
    m.messageId = u"0193-abc@grades.example.org"_s;
    m.from = u"Escuela Río <notices@school.example>"_s;
    m.to = u"maria@example.org"_s;
    // Non-ASCII and long: several encoded-words, folded.
    m.subject = u"Trabajo pendiente: Ana López en Álgebra I — tarea «2» con acentos ñáéíóú y más texto aquí"_s;
    m.date = QDateTime(QDate(2026, 12, 6), QTime(13, 40, 53), Qt::UTC);
    m.text = u"Hola María,\n\n. a line starting with a dot\nAna tiene 1 tarea pendiente.\n"_s;
    m.html = u"<p>Hola Mar&iacute;a, &lt;script&gt; — ñ</p>"_s;
    m.extraHeaders = {{u"List-Unsubscribe"_s, u"<https://grades.example.org/portal/unsubscribe?token=abc>"_s},
                      {u"List-Unsubscribe-Post"_s, u"List-Unsubscribe=One-Click"_s},
                      {u"X-Injected"_s, u"a\r\nBcc: evil@example.org"_s}};
    const QByteArray bytes = m.build();
    for (const QByteArray &line : bytes.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
    QVERIFY(!bytes.contains("\r\nBcc:"));
    QString error;
    const QJsonObject parsed = parsedByPython(bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(u"subject").toString(), m.subject);
    QCOMPARE(parsed.value(u"message_id").toString(), u"<0193-abc@grades.example.org>"_s);
    QCOMPARE(parsed.value(u"from").toString(), u"Escuela Río <notices@school.example>"_s);
    QCOMPARE(parsed.value(u"to").toString(), m.to);
    QCOMPARE(parsed.value(u"date").toString(), u"Sun, 06 Dec 2026 13:40:53 +0000"_s);
    QCOMPARE(parsed.value(u"content_type").toString(), u"multipart/alternative"_s);
    QCOMPARE(parsed.value(u"parts").toArray(), (QJsonArray{u"text/plain"_s, u"text/html"_s}));
    QCOMPARE(parsed.value(u"text").toString(), m.text);
    QCOMPARE(parsed.value(u"html").toString(), m.html);
    QCOMPARE(parsed.value(u"text_charset").toString(), u"utf-8"_s);
    QCOMPARE(parsed.value(u"list_unsubscribe").toString(), m.extraHeaders.at(0).second);
    QCOMPARE(parsed.value(u"list_unsubscribe_post").toString(), u"List-Unsubscribe=One-Click"_s);
    QCOMPARE(parsed.value(u"defects").toArray(), QJsonArray{});
    QCOMPARE(MimeMessage::envelopeAddress(m.from), u"notices@school.example"_s);
}

void TestMail::credentialsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"smtp.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("relay-user:pa:ss word\n");
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0644);
    Result<SmtpCredentials> loose = SmtpCredentials::load(path);
    QVERIFY(!loose);
    QVERIFY2(loose.error().contains(u"chmod 600"_s) && loose.error().contains(u"0644"_s), qPrintable(loose.error()));
    ::chmod(QFile::encodeName(path).constData(), 0600);
    Result<SmtpCredentials> ok = SmtpCredentials::load(path);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(ok->user, u"relay-user"_s);
    QCOMPARE(ok->password, u"pa:ss word"_s);
    QVERIFY(!SmtpCredentials::load(dir.filePath(u"missing.txt"_s)));
    if (::geteuid() == 0) {
        // Root can give the file away: owned by someone else, refused.
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        Result<SmtpCredentials> foreign = SmtpCredentials::load(path);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().contains(u"another user"_s), qPrintable(foreign.error()));
    }
}

// What systemd's LoadCredential= hands the service: a read-only copy in its
// $CREDENTIALS_DIRECTORY, owned by root and shared with the service's user (an
// ACL makes it 0440), which the owner and mode checks would refuse.
void TestMail::credentialsFromSystemd()
{
    QTemporaryDir creds;
    const QString path = creds.filePath(u"smtp"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("relay-user:secret\n");
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0440);
    QVERIFY(!SmtpCredentials::load(path)); // anywhere else: group may read it
    qunsetenv("CREDENTIALS_DIRECTORY");
    QVERIFY(SmtpCredentials::systemdCredential().isEmpty());

    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
    const auto unset = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });
    QCOMPARE(SmtpCredentials::systemdCredential(), path);
    Result<SmtpCredentials> ok = SmtpCredentials::load(path);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(ok->user, u"relay-user"_s);
    QCOMPARE(ok->password, u"secret"_s);
    if (::geteuid() == 0) {
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        QVERIFY(SmtpCredentials::load(path)); // whoever systemd made the owner
    }

    // The unit's fallback without /etc/k12-server/smtp-credentials (SetCredential=smtp:\n),
    // or an empty file: no sign-in, no error.
    for (const QByteArray &empty : {QByteArray("\n"), QByteArray()}) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(empty);
        f.close();
        Result<SmtpCredentials> none = SmtpCredentials::load(path);
        QVERIFY2(none, qPrintable(none.error()));
        QVERIFY(none->user.isEmpty());
    }

    // Only files right in that folder: one beside it is checked as before.
    QTemporaryDir other;
    const QString loose = other.filePath(u"smtp"_s);
    QVERIFY(QFile::copy(path, loose));
    ::chmod(QFile::encodeName(loose).constData(), 0644);
    QVERIFY(!SmtpCredentials::load(loose));

    // No credential passed: nothing to read.
    QVERIFY(QFile::remove(path));
    QVERIFY(SmtpCredentials::systemdCredential().isEmpty());
}

void TestMail::queue_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestMail::queue()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", k12::test::TestDatabase::available(backend, &why), why);
    k12::test::TestDatabase testDb(backend);
    QVERIFY2(testDb.ok(), qPrintable(testDb.error()));
    Result<server::DatabaseConfig> config = server::DatabaseConfig::fromUrl(testDb.url());
    QVERIFY(config);
    Result<std::unique_ptr<server::Database>> opened = server::Database::open(*config);
    QVERIFY2(opened, qPrintable(opened.error()));
    server::Database &db = **opened;
    QVERIFY(server::Schema::migrate(db));
    MailQueue queue(db);

    const auto enqueue = [&](const QString &key, const QString &to) {
        server::Transaction tx(db, server::Database::TxKind::Write);
        Result<bool> r = queue.enqueue(
            {key, u"notice"_s, to, u"S"_s, u"T"_s, u"<p>H</p>"_s, QJsonObject{{u"List-Unsubscribe"_s, u"<x>"_s}}});
        if (!r || !tx.commit())
            return -1;
        return *r ? 1 : 0;
    };
    QCOMPARE(enqueue(u"notice:n1:g1"_s, u"a@example.org"_s), 1);
    QCOMPARE(enqueue(u"notice:n1:g1"_s, u"a@example.org"_s), 0); // the same key: a no-op
    QCOMPARE(enqueue(u"notice:n1:g2"_s, u"b@example.org"_s), 1);
    QCOMPARE(enqueue(u"notice:n2:g1"_s, u"a@example.org"_s), 1);
    QCOMPARE(testDb.queryValue(u"SELECT COUNT(*) FROM mail_queue"_s).toInt(), 3);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<QList<QueuedMail>> due = queue.due(now + 1000, 10);
    QVERIFY(due);
    QCOMPARE(due->size(), 3);
    const QueuedMail first = due->at(0);
    QCOMPARE(first.headers.value(u"List-Unsubscribe").toString(), u"<x>"_s);
    QCOMPARE(first.state, u"queued"_s);

    // Claim: once only.
    Result<bool> claimed = queue.claim(first.id, now);
    QVERIFY(claimed && *claimed);
    claimed = queue.claim(first.id, now);
    QVERIFY(claimed && !*claimed);
    QCOMPARE(queue.due(now + 1000, 10)->size(), 2);

    // A crash now: start-up recovery puts it back.
    Result<int> recovered = queue.recoverSending();
    QVERIFY(recovered);
    QCOMPARE(*recovered, 1);
    QCOMPARE(queue.due(now + 1000, 10)->size(), 3);

    // A failed attempt waits for its next_attempt_at.
    QVERIFY(*queue.claim(first.id, now));
    QVERIFY(queue.markRetry(first.id, 1, now + 30000, u"SMTP 451: try later"_s));
    QCOMPARE(queue.due(now + 1000, 10)->size(), 2);
    QCOMPARE(queue.due(now + 30000, 10)->size(), 3);
    QCOMPARE(testDb.queryValue(u"SELECT attempts FROM mail_queue WHERE id = '%1'"_s.arg(first.id)).toInt(), 1);
    QCOMPARE(testDb.queryValue(u"SELECT last_error FROM mail_queue WHERE id = '%1'"_s.arg(first.id)).toString(),
             u"SMTP 451: try later"_s);

    const QString second = queue.due(now + 1000, 10)->at(0).id;
    const QString third = queue.due(now + 1000, 10)->at(1).id;
    QVERIFY(*queue.claim(second, now));
    QVERIFY(queue.markSent(second));
    QVERIFY(queue.markFailed(third, 3, u"SMTP 550: no such mailbox"_s));
    QVERIFY(queue.markSkipped(first.id, u"unsubscribed"_s));
    Result<QMap<QString, int>> counts = queue.counts();
    QVERIFY(counts);
    QCOMPARE(counts->value(u"sent"_s), 1);
    QCOMPARE(counts->value(u"failed"_s), 1);
    QCOMPARE(counts->value(u"skipped"_s), 1);
    QCOMPARE(counts->value(u"queued"_s), 0);
    QCOMPARE(counts->value(u"sending"_s), 0);

    // Bodies of sent messages go after 30 days (the cut-off is the caller's).
    Result<int> pruned = queue.pruneBodies(QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs));
    QVERIFY(pruned);
    QCOMPARE(*pruned, 0);
    pruned = queue.pruneBodies(QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs));
    QCOMPARE(*pruned, 1);
    QCOMPARE(testDb.queryValue(u"SELECT body_text FROM mail_queue WHERE id = '%1'"_s.arg(second)).toString(),
             QString());

    // Unsubscribe tokens: one per address, stable; unsubscribed_at decides.
    QString token1, token2;
    {
        server::Transaction tx(db, server::Database::TxKind::Write);
        token1 = *queue.unsubscribeToken(u"A@Example.org"_s);
        token2 = *queue.unsubscribeToken(u"a@example.org"_s);
        QVERIFY(tx.commit());
    }
    QCOMPARE(token1, token2);
    QCOMPARE(token1.size(), 43);
    QVERIFY(!*queue.isUnsubscribed(u"a@example.org"_s));
    QCOMPARE(testDb.execute({u"UPDATE mail_recipient SET unsubscribed_at = '2026-12-06T00:00:00.000Z'"_s}), QString());
    QVERIFY(*queue.isUnsubscribed(u"a@example.org"_s));
}

void TestMail::composerEscapesAndTranslates()
{
    MailComposer composer(u"https://grades.example.org/"_s);
    NoticeContent notice;
    notice.noticeId = u"n1"_s;
    notice.studentGivenName = u"<script>alert(1)</script>"_s;
    notice.studentFamilyName = u"Doe"_s;
    notice.className = u"Algebra I"_s;
    notice.teacherName = u"Ms. Rivera"_s;
    notice.assignments = {{u"a1"_s, u"\"><img src=x onerror=alert(1)>"_s, QDate(2026, 9, 14)},
                          {u"a2"_s, u"Homework 3"_s, QDate()}};
    FamilyRecipient r{u"g1"_s, u"dana@example.org"_s, u"Dana Doe"_s, u"en"_s};
    const ComposedMail en = composer.notice(notice, r, u"en"_s, composer.unsubscribeUrl(u"tok"_s));
    QVERIFY(!en.html.contains(u"<script>"_s));
    QVERIFY(!en.html.contains(u"<img"_s));
    QVERIFY2(en.html.contains(u"&lt;script&gt;alert(1)&lt;&#x2F;script&gt; Doe"_s), qPrintable(en.html));
    QVERIFY(en.html.contains(u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s));
    // mstch escapes "/" too (&#x2F;): the browser reads the same address.
    QVERIFY(QString(en.html)
                .replace(u"&#x2F;"_s, u"/"_s)
                .contains(u"href=\"https://grades.example.org/portal/unsubscribe?token=tok\""_s));
    // The text part is text: no entities.
    QVERIFY(en.text.contains(u"\"><img src=x onerror=alert(1)> (due September 14)"_s));
    QVERIFY(en.text.contains(u"<script>alert(1)</script> Doe has 2 missing assignments in Algebra I:"_s));
    QCOMPARE(en.subject, u"Missing work: <script>alert(1)</script> in Algebra I"_s);

    notice.studentGivenName = u"Ana"_s;
    notice.studentFamilyName = u"Lopez"_s;
    notice.assignments.removeLast();
    const ComposedMail es = composer.notice(notice, r, u"es"_s, composer.unsubscribeUrl(u"tok"_s));
    QCOMPARE(es.subject, u"Trabajo pendiente: Ana en Algebra I"_s);
    QVERIFY2(es.text.contains(u"Ana Lopez tiene 1 tarea pendiente en Algebra I:"_s), qPrintable(es.text));
    QVERIFY2(es.text.contains(u"(fecha de entrega: 14 de septiembre)"_s), qPrintable(es.text));
    QVERIFY(es.html.contains(u"<html lang=\"es\">"_s));
    QVERIFY(es.html.contains(u"Darse de baja de estos correos"_s));
}

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
