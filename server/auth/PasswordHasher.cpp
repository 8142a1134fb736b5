#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kKeyBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              kKeyBytes);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

int PasswordHasher::defaultIterations()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("K12_PBKDF2_ITERATIONS", &ok);
    if (ok && fromEnv > 0)
        return std::max(fromEnv, kMinimumIterations);
    return kDefaultIterations;
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    iterations = std::max(iterations, kMinimumIterations);
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const QByteArray key = derive(password, salt, iterations);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    return constantTimeEqual(derive(password, salt, iterations), expected);
}

void PasswordHasher::burn(int iterations)
{
    (void)derive(u"-"_s, QByteArray(kSaltBytes, '\0'), std::max(iterations, kMinimumIterations));
}

} // namespace k12::server
