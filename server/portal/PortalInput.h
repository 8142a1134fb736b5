#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace k12::server {

// The portal's untrusted input, decoded once: an urlencoded form body and
// the Cookie header. Malformed parts are dropped, never guessed at.
class PortalInput
{
public:
    // "a=1&b=x+y" -> {a: "1", b: "x y"}; the first of repeated names wins.
    static QHash<QString, QString> parseForm(const QByteArray &body);
    // The value of cookie `name` in a Cookie header, or empty. Only the
    // characters a token of ours can hold are accepted.
    static QString cookie(const QByteArray &header, const QByteArray &name);
    // Compares secrets in time that depends only on their length.
    static bool sameSecret(const QString &a, const QString &b);
    // A UUID as ids are written ("8-4-4-4-12" hex), so nothing else reaches a query.
    static bool looksLikeId(const QString &id);
};

} // namespace k12::server
