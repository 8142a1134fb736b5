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
    // The token of an "Authorization: Bearer <token>" header, or empty.
    static QString fromAuthorization(const QByteArray &header);
};

} // namespace k12::server
