#include "Tokens.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace k12::server {

QString Tokens::generate()
{
    quint32 words[8];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Tokens::hash(QStringView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Tokens::derive(const QString &secret, const QString &predecessorHash, const QString &rotationId)
{
    const QByteArray mac = QMessageAuthenticationCode::hash((predecessorHash + u'|' + rotationId).toUtf8(),
                                                            secret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Tokens::fromAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 8 || qstrnicmp(trimmed.constData(), "bearer ", 7) != 0)
        return {};
    const QByteArray token = trimmed.mid(7).trimmed();
    // Our tokens are 43 base64url characters; anything else is not one of ours.
    if (token.isEmpty() || token.size() > 256)
        return {};
    for (char c : token) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
            return {};
    }
    return QString::fromLatin1(token);
}

} // namespace k12::server
