#include "MimeMessage.h"

#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString oneLine(QString value)
{
    value.replace(u'\r', u' ');
    value.replace(u'\n', u' ');
    return value.trimmed();
}

bool plainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(u"=?"_s);
}

// RFC 5322 date in English whatever the locale: "Sun, 06 Dec 2026 13:40:53 +0000".
QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000";
}

} // namespace

QByteArray MimeMessage::encodeHeaderText(const QString &text)
{
    const QString value = oneLine(text);
    if (plainAscii(value))
        return value.toLatin1();
    // Encoded-words of at most 64 characters: 39 bytes of UTF-8 become 52 of
    // base64 plus "=?UTF-8?B?" and "?=", so even the first line, after
    // "Subject: ", stays under 78. Cut between characters, never inside one.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        qsizetype len = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > 39)
            flush();
        chunk += bytes;
        i += len - 1;
    }
    flush();
    return out;
}

QString MimeMessage::envelopeAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray MimeMessage::build() const
{
    // "=_" cannot occur in base64, so the boundary never appears in a part.
    const QByteArray boundary = "=_k12_" + QByteArray::number(QRandomGenerator::system()->generate64(), 16) + "_alt";
    QByteArray m;
    m += "Date: " + rfc5322Date(date) + "\r\n";
    const QString fromAddress = envelopeAddress(from);
    const QString fromName = from.left(from.lastIndexOf(u'<')).trimmed().remove(u'"');
    m += "From: " +
         (from.contains(u'<') && !fromName.isEmpty()
              ? (plainAscii(fromName) ? '"' + fromName.toLatin1().replace('\\', "").replace('"', "") + '"'
                                      : encodeHeaderText(fromName)) +
                    " <" + oneLine(fromAddress).toUtf8() + ">"
              : oneLine(fromAddress).toUtf8()) +
         "\r\n";
    m += "To: " + oneLine(to).toUtf8() + "\r\n";
    m += "Subject: " + encodeHeaderText(subject) + "\r\n";
    m += "Message-ID: <" + oneLine(messageId).toLatin1() + ">\r\n";
    for (const auto &[name, value] : extraHeaders)
        m += oneLine(name).toLatin1() + ": " + oneLine(value).toLatin1() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "This is a multi-part message in MIME format.\r\n";
    const auto part = [&](const char *type, const QString &body) {
        m += "--" + boundary + "\r\n";
        m += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        m += "Content-Transfer-Encoding: base64\r\n\r\n";
        m += base64Lines(body.toUtf8());
    };
    part("text/plain", text);
    part("text/html", html);
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace k12::server
