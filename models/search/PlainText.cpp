#include "PlainText.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                        : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    static const QHash<QString, QString> named{{u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},   {u"gt"_s, u">"_s},
                                               {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, u" "_s}};
    return named.value(name.toString());
}

// Tags whose content is not text the teacher wrote.
bool skipsContent(QStringView tag)
{
    return tag.compare(u"style", Qt::CaseInsensitive) == 0 || tag.compare(u"head", Qt::CaseInsensitive) == 0 ||
           tag.compare(u"script", Qt::CaseInsensitive) == 0;
}

void plainTextFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const char *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    if (!utf8 || (!memchr(utf8, '<', size_t(bytes)) && !memchr(utf8, '&', size_t(bytes)))) {
        sqlite3_result_value(context, argv[0]); // plain already: most fields
        return;
    }
    const QByteArray text = PlainText::fromHtml(QString::fromUtf8(utf8, bytes)).toUtf8();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

QString PlainText::fromHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    QString skipUntil; // a closing tag whose content is skipped
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (QStringView(html).mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->"_s, i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0)
                break;
            QStringView tag = QStringView(html).mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QStringView name = tag.left(nameEnd);
            if (!skipUntil.isEmpty()) {
                if (closing && name.compare(skipUntil, Qt::CaseInsensitive) == 0)
                    skipUntil.clear();
            } else if (!closing && skipsContent(name) && !tag.endsWith(u'/')) {
                skipUntil = name.toString();
            }
            if (!out.isEmpty() && !out.back().isSpace())
                out += u' '; // a tag separates words ("<p>one</p><p>two</p>")
            i = end + 1;
            continue;
        }
        if (!skipUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i && semi - i <= 10) {
                out += decodeEntity(QStringView(html).mid(i + 1, semi - i - 1));
                i = semi + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out.simplified();
}

bool PlainText::registerSqlFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "k12_plain_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, plainTextFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace k12
