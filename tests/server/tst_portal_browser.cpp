// The family portal in a real browser (issue 18): k12-server with a real SMTP
// sink (python3-aiosmtpd) on loopback, the families story pushed through the
// push API (FamilyFixture), then portal_browser.py drives headless Chromium
// (chromium-driver, python3-selenium) from the invitation emails as received:
// passwords, grades, XSS as text, a second guardian, CSRF. It also takes the
// portal's screenshots (into $K12_SCREENSHOT_DIR when set, e.g. docs/screenshots).

#include "tests/common/TestSupport.h"
#include "tests/server/FamilyFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace k12::test;

namespace {

const QString kPython = u"/usr/bin/python3"_s;

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestPortalBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"/usr/bin/chromium"_s, u"/usr/bin/chromedriver"_s})
            K12_REQUIRE("chromium", QFile::exists(tool), tool + u" is missing: install chromium chromium-driver"_s);
        QProcess p;
        p.start(kPython, {u"-c"_s, u"import selenium, aiosmtpd"_s});
        K12_REQUIRE(
            "selenium", p.waitForFinished(30000) && p.exitCode() == 0,
            u"/usr/bin/python3 cannot import selenium and aiosmtpd: install python3-selenium python3-aiosmtpd"_s);
    }

    void guardiansReadGradesInABrowser()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString maildir = work.filePath(u"mail"_s);
        // The SMTP sink: every message it accepts lands in maildir/new.
        const quint16 smtpPort = freePort();
        QProcess sink;
        sink.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sink.start(kPython, {u"-m"_s, u"aiosmtpd"_s, u"-n"_s, u"-l"_s, u"127.0.0.1:%1"_s.arg(smtpPort), u"-c"_s,
                             u"aiosmtpd.handlers.Mailbox"_s, maildir});
        QVERIFY(sink.waitForStarted(10000));
        bool listening = false;
        QElapsedTimer t;
        t.start();
        while (!listening && t.elapsed() < 20000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, smtpPort);
            listening = probe.waitForConnected(200);
            if (!listening)
                QThread::msleep(100);
        }
        const auto stopSink = qScopeGuard([&] {
            sink.terminate();
            sink.waitForFinished(10000);
        });
        QVERIFY2(listening, "the SMTP sink did not start");

        TestDatabase db(u"sqlite"_s);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        ServerProcess server;
        QVERIFY2(server.start(db.url(), {u"--smtp-url"_s, u"smtp://127.0.0.1:%1"_s.arg(smtpPort), u"--mail-from"_s,
                                         u"Algebra families <families@school.example>"_s}),
                 server.stderrText().constData());
        HttpClient http(server.baseUrl());
        const FamilyFixture story = FamilyFixture::seed(db.url(), http);
        QVERIFY2(story.ok(), qPrintable(story.error));

        if (qEnvironmentVariableIsSet("K12_PORTAL_HOLD")) { // a developer's session: the server stays up
            qInfo("base %s maildir %s", qPrintable(server.baseUrl()), qPrintable(maildir));
            QThread::sleep(qEnvironmentVariableIntValue("K12_PORTAL_HOLD"));
        }
        const QString shots = qEnvironmentVariable("K12_SCREENSHOT_DIR", work.filePath(u"shots"_s));
        QVERIFY(QDir().mkpath(shots));
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(kPython, {u"-u"_s, QStringLiteral(K12_TESTS_DIR) + u"/server/portal_browser.py"_s, u"--base"_s,
                                server.baseUrl(), u"--maildir"_s, maildir, u"--screenshots"_s, shots});
        QVERIFY(browser.waitForStarted(10000));
        const bool finished = browser.waitForFinished(240000);
        const QByteArray output = browser.readAll();
        qInfo("%s", output.constData());
        QVERIFY2(finished, "the browser test did not finish in 4 minutes");
        QCOMPARE(browser.exitCode(), 0);
        QVERIFY(output.contains("0 failure(s)"));
        for (const char *name :
             {"portal-phone.png", "portal-es-phone.png", "portal-fr-phone.png", "portal-desktop.png"})
            QVERIFY2(QFile(shots + u'/' + QLatin1String(name)).size() > 10000, name);

        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestPortalBrowser)
#include "tst_portal_browser.moc"
