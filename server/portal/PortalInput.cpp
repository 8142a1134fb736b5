#include "PortalInput.h"

#include <QUrl>
#include <QUuid>

namespace k12::server {

QHash<QString, QString> PortalInput::parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty() || out.size() >= 64)
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QUrl::fromPercentEncoding(name);
        if (!out.contains(key))
            out.insert(key, QUrl::fromPercentEncoding(value));
    }
    return out;
}

QString PortalInput::cookie(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        if (!trimmed.startsWith(QByteArray(name + '=')))
            continue;
        const QByteArray value = trimmed.mid(name.size() + 1);
        if (value.isEmpty() || value.size() > 128)
            return {};
        for (char c : value) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
                return {};
        }
        return QString::fromLatin1(value);
    }
    return {};
}

bool PortalInput::sameSecret(const QString &a, const QString &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

bool PortalInput::looksLikeId(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

} // namespace k12::server
