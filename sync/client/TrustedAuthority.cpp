#include "TrustedAuthority.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const auto kKey = u"sync/ca_file"_s;

QSettings settingsOf(const QString &profileDir)
{
    return QSettings(QDir(profileDir).filePath(u"k12-teacher.ini"_s), QSettings::IniFormat);
}

} // namespace

QString TrustedAuthority::fileIn(const QString &profileDir)
{
    return settingsOf(profileDir).value(kKey).toString().trimmed();
}

void TrustedAuthority::setFileIn(const QString &profileDir, const QString &caFile)
{
    QSettings settings = settingsOf(profileDir);
    if (caFile.trimmed().isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, QDir::cleanPath(QFileInfo(caFile.trimmed()).absoluteFilePath()));
}

Result<QList<QSslCertificate>> TrustedAuthority::read(const QString &caFile)
{
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The certificate authority file %1 cannot be read: %2").arg(caFile, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty())
        return fail(tr("The certificate authority file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                        .arg(caFile));
    return certificates;
}

Status TrustedAuthority::applyFrom(const QString &profileDir)
{
    const QString caFile = fileIn(profileDir);
    if (caFile.isEmpty())
        return {};
    Result<QList<QSslCertificate>> certificates = read(caFile);
    if (!certificates)
        return fail(certificates.error());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(*certificates);
    QSslConfiguration::setDefaultConfiguration(tls);
    return {};
}

} // namespace k12
