#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace k12::server {

// One email as it goes over SMTP: RFC 5322 headers and a MIME
// multipart/alternative body of a text/plain and a text/html part, both
// UTF-8 in base64. Written here (about a hundred lines) rather than taken from
// a library: Debian's MIME libraries (GMime, mimetic, vmime) bring a second
// string and stream model for two fixed parts; python's email module parses
// what this writes in the tests.
struct MimeMessage
{
    QString messageId; // without angle brackets: "id@host"
    QString from;      // "address" or "Name <address>"
    QString to;        // an address
    QString subject;
    QDateTime date;
    QString text;
    QString html;
    QList<QPair<QString, QString>> extraHeaders; // name, value (ASCII)

    // The message, CRLF line ends. Header values lose any CR or LF (no
    // header injection from data).
    QByteArray build() const;

    // A header value as RFC 2047 encoded-words (UTF-8, base64) when it is not
    // plain printable ASCII, folded so no line passes 78 characters.
    static QByteArray encodeHeaderText(const QString &text);
    // The address inside "Name <address>", or the whole text.
    static QString envelopeAddress(const QString &mailbox);
    // base64 in lines of 76 characters, each ending in CRLF.
    static QByteArray base64Lines(const QByteArray &data);
};

} // namespace k12::server
