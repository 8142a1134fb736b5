#pragma once

#include <QString>

namespace k12::server {

// Bearer tokens: 32 random bytes from the system generator, base64url without
// padding. The server stores only their SHA-256, so a leaked database does not
// hand out sessions.
class Tokens
{
public:
    static QString generate();
    static QString hash(QStringView token);
    // The successor a rotation hands out when the client sent a rotation id:
    // HMAC-SHA256(secret, predecessor's hash | rotation id), base64url. The
    // same request retried after a lost answer gets the same token again,
    // and nobody without both the id and the server's secret can compute it.
    static QString derive(const QString &secret, const QString &predecessorHash, const QString &rotationId);
    // The token of an "Authorization: Bearer <token>" header, or empty.
    static QString fromAuthorization(const QByteArray &header);
};

} // namespace k12::server
