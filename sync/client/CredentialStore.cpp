#include "CredentialStore.h"

#include "SyncLog.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QString kService = u"org.k12teacher.K12Teacher"_s;

// Runs a keychain job to its end (or the timeout) in a local event loop.
bool runJob(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    timeout.start(CredentialStore::kTimeoutMs);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        *error = CredentialStore::tr("the keychain did not answer within %1 seconds (is it locked?)")
                     .arg(CredentialStore::kTimeoutMs / 1000);
        return false;
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        *error = job->errorString();
        return false;
    }
    return true;
}

} // namespace

QString CredentialStore::accountKey(const QString &profileDir, const QString &server, const QString &email)
{
    const QByteArray profile = QCryptographicHash::hash(profileDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"%1 %2 (%3)"_s.arg(email.toLower(), server, QString::fromLatin1(profile.left(12)));
}

Status CredentialStore::save(const QString &account, const QString &refreshToken)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(refreshToken);
    QString error;
    if (!runJob(&job, &error)) {
        syncLog()->warn("keychain: saving the sign-in failed: {}", error.toStdString());
        return fail(tr("Your sign-in could not be kept in the system keychain (%1). You will be asked to sign in "
                       "again next time; nothing is written to a file instead.")
                        .arg(error));
    }
    return {};
}

Result<QString> CredentialStore::load(const QString &account)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    QString error;
    if (!runJob(&job, &error))
        return fail(tr("The system keychain cannot be read (%1).").arg(error));
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    return job.textData();
}

Status CredentialStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    QString error;
    if (!runJob(&job, &error))
        return fail(tr("The sign-in could not be removed from the system keychain (%1).").arg(error));
    return {};
}

} // namespace k12
