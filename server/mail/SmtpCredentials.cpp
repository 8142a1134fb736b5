#include "SmtpCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString credentialsDirectory()
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    return dir.isEmpty() || !QDir::isAbsolutePath(dir) ? QString() : QDir::cleanPath(dir);
}

// A file systemd placed for this service (LoadCredential=): directly in $CREDENTIALS_DIRECTORY.
bool fromSystemd(const QString &path)
{
    const QString dir = credentialsDirectory();
    return !dir.isEmpty() && QFileInfo(QDir::cleanPath(QFileInfo(path).absoluteFilePath())).absolutePath() == dir;
}

} // namespace

QString SmtpCredentials::systemdCredential()
{
    const QString dir = credentialsDirectory();
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(u"smtp"_s);
    return QFileInfo::exists(path) ? path : QString();
}

Result<SmtpCredentials> SmtpCredentials::load(const QString &path)
{
    struct stat info
    {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return fail(u"--smtp-credentials %1: the file does not exist or cannot be read."_s.arg(path));
    if (!S_ISREG(info.st_mode))
        return fail(u"--smtp-credentials %1: not a regular file."_s.arg(path));
    const bool systemd = fromSystemd(path);
    if (systemd) {
        // systemd's read-only copy, shared with the service's user only: its owner and mode are systemd's.
    } else if (info.st_uid != ::geteuid())
        return fail(u"--smtp-credentials %1: the file belongs to another user (uid %2); it must belong to the user "
                    "the server runs as (uid %3)."_s.arg(path)
                        .arg(info.st_uid)
                        .arg(::geteuid()));
    else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(
            u"--smtp-credentials %1: group or others may read it (mode %2); run chmod 600 on it."_s.arg(path).arg(
                info.st_mode & 07777, 4, 8, QChar(u'0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"--smtp-credentials %1: %2"_s.arg(path, file.errorString()));
    const QByteArray content = file.read(64 * 1024);
    QString line = QString::fromUtf8(content.split('\n').value(0));
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (systemd && line.isEmpty())
        return SmtpCredentials{}; // the unit's empty default: no sign-in
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return fail(u"--smtp-credentials %1: the first line must be user:password."_s.arg(path));
    return SmtpCredentials{line.left(colon), line.mid(colon + 1)};
}

} // namespace k12::server
