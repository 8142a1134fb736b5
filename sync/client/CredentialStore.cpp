#include "CredentialStore.h"

#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QString kService = u"org.k12teacher.K12Teacher"_s;

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs a keychain job to its end (or the timeout) in a local event loop. The
// job lives on the heap and deletes itself: QtKeychain still posts events to
// it after `finished`, so it must outlive this function. Its result is copied
// into shared state the job can write even after a timeout.
JobOutcome runJob(QKeychain::Job *job)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, &loop](QKeychain::Job *done) {
        if (outcome->finished)
            return;
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    timeout.start(CredentialStore::kTimeoutMs);
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome->finished) {
        // The job may still finish later; it must not reach this stack frame's loop then.
        QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr);
        JobOutcome timedOut;
        timedOut.error = QKeychain::OtherError;
        timedOut.errorString = CredentialStore::tr("the keychain did not answer within %n second(s) (is it locked?)",
                                                   nullptr, CredentialStore::kTimeoutMs / 1000);
        return timedOut;
    }
    return *outcome;
}

bool failed(const JobOutcome &o)
{
    return o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound;
}

} // namespace

QString CredentialStore::accountKey(const QString &profileDir, const QString &server, const QString &email)
{
    const QByteArray profile = QCryptographicHash::hash(profileDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"%1 %2 (%3)"_s.arg(email.toLower(), server, QString::fromLatin1(profile.left(12)));
}

Status CredentialStore::save(const QString &account, const QString &refreshToken)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(account);
    job->setTextData(refreshToken);
    const JobOutcome outcome = runJob(job);
    if (failed(outcome)) {
        syncLog()->warn("keychain: saving the sign-in failed: {}", outcome.errorString.toStdString());
        return fail(tr("Your sign-in could not be kept in the system keychain (%1). You will be asked to sign in "
                       "again next time; nothing is written to a file instead.")
                        .arg(outcome.errorString));
    }
    return {};
}

Result<QString> CredentialStore::load(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(account);
    const JobOutcome outcome = runJob(job);
    if (failed(outcome))
        return fail(tr("The system keychain cannot be read (%1).").arg(outcome.errorString));
    if (outcome.error == QKeychain::EntryNotFound)
        return QString();
    return outcome.text;
}

Status CredentialStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(account);
    const JobOutcome outcome = runJob(job);
    if (failed(outcome))
        return fail(tr("The sign-in could not be removed from the system keychain (%1).").arg(outcome.errorString));
    return {};
}

} // namespace k12
