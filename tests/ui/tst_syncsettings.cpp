// Settings > Sync, "Trust this certificate authority" (issue 21): a PEM file of
// a CA, checked when OK is pressed (a file that is no certificate keeps the
// dialog open and says why, naming the file, and saves nothing), kept in the
// profile's k12-teacher.ini as [sync] ca_file, and added at start to the CAs TLS
// trusts (TrustedAuthority::applyFrom), never replacing them. The sync through
// nginx with such a CA is tst_tls_nginx. Screenshot settings-sync.png when
// K12_SCREENSHOT_DIR is set.
#include "tests/common/TestSupport.h"

#include "sync/client/TrustedAuthority.h"
#include "ui/common/Ask.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SyncSettingsPage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestSyncSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badFileIsRefusedAndNamed();
    void caIsSavedAndTrustedAtStart();

private:
    QTemporaryDir m_dir;
    QString m_ca;
};

// A throwaway CA certificate, made by openssl (a missing openssl fails the test).
void TestSyncSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = m_dir.filePath(u"school-ca.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=K12 settings test CA"_s, u"-keyout"_s, m_dir.filePath(u"ca.key"_s), u"-out"_s, m_ca});
    QVERIFY2(
        openssl.waitForFinished(60000) && openssl.exitCode() == 0,
        qPrintable(u"openssl: "_s + openssl.errorString() + QString::fromLocal8Bit(openssl.readAllStandardError())));
}

void TestSyncSettings::badFileIsRefusedAndNamed()
{
    test::TempProfile p;
    const QString notPem = m_dir.filePath(u"notes.txt"_s);
    QFile f(notPem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate\n");
    f.close();
    SettingsDialog dialog(p.store());
    dialog.showPage(2);
    SyncSettingsPage *page = dialog.syncPage();
    QVERIFY(page->caFileEdit()->text().isEmpty());
    page->caFileEdit()->setText(notPem);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.isVisible()); // stays open
    QVERIFY(page->problemLabel()->isVisible());
    QVERIFY2(page->problemLabel()->text().contains(notPem), qPrintable(page->problemLabel()->text()));
    QVERIFY(TrustedAuthority::fileIn(p.path()).isEmpty());

    // The same file from Choose... (the file dialog's answer given ahead).
    page->caFileEdit()->clear();
    Ask::setNextAnswer(m_dir.filePath(u"missing.pem"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"chooseCaFile"_s), Qt::LeftButton);
    QCOMPARE(page->caFileEdit()->text(), m_dir.filePath(u"missing.pem"_s));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(page->problemLabel()->text().contains(u"missing.pem"_s), qPrintable(page->problemLabel()->text()));
    if (const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"settings-sync-refused.png"_s)));
}

void TestSyncSettings::caIsSavedAndTrustedAtStart()
{
    test::TempProfile p;
    {
        SettingsDialog dialog(p.store());
        dialog.showPage(2);
        dialog.syncPage()->caFileEdit()->setText(m_ca);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"settings-sync.png"_s)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QSettings(QDir(p.path()).filePath(u"k12-teacher.ini"_s), QSettings::IniFormat)
                 .value(u"sync/ca_file"_s)
                 .toString(),
             m_ca);
    // What main() does at start: the CA is trusted besides the system's, which stay.
    const QSslCertificate ca = QSslCertificate::fromPath(m_ca).value(0);
    QVERIFY(!ca.isNull());
    const qsizetype before = QSslConfiguration::defaultConfiguration().caCertificates().size();
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
    QVERIFY(TrustedAuthority::applyFrom(p.path()).ok());
    const QList<QSslCertificate> after = QSslConfiguration::defaultConfiguration().caCertificates();
    QVERIFY(after.contains(ca));
    QCOMPARE(after.size(), before + 1);

    // Reopened, the page shows it; emptied, the setting goes.
    SettingsDialog again(p.store());
    QCOMPARE(again.syncPage()->caFileEdit()->text(), m_ca);
    again.syncPage()->caFileEdit()->clear();
    again.accept();
    QVERIFY(TrustedAuthority::fileIn(p.path()).isEmpty());
}

QTEST_MAIN(TestSyncSettings)
#include "tst_syncsettings.moc"
