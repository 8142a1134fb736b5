#include "StrictJson.h"

#include <QSet>

#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

namespace {

struct OpenContainer
{
    bool isObject = false;
    bool expectingKey = false;
    QSet<QString> keys;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at `at`, or nullopt when they are not there
// (a grammar error QJsonDocument reports in its own words).
std::optional<char16_t> hex4(QByteArrayView body, qsizetype at)
{
    if (at + 4 > body.size())
        return std::nullopt;
    int unit = 0;
    for (qsizetype k = 0; k < 4; ++k) {
        const int digit = hexValue(body[at + k]);
        if (digit < 0)
            return std::nullopt;
        unit = unit * 16 + digit;
    }
    return char16_t(unit);
}

// Reads the string whose opening quote is at `start`: its decoded text goes
// to *text (when asked for, keys only), and the index of the closing quote is
// returned. An error message lands in *problem.
qsizetype readString(QByteArrayView body, qsizetype start, QString *text, QString *problem)
{
    QByteArray raw; // UTF-8 bytes not yet decoded, for keys only
    const auto flush = [&] {
        if (text && !raw.isEmpty()) {
            text->append(QString::fromUtf8(raw));
            raw.clear();
        }
    };
    qsizetype i = start + 1;
    while (i < body.size()) {
        const char c = body[i];
        if (c == '"') {
            flush();
            return i;
        }
        if (c != '\\') {
            if (text)
                raw.append(c);
            ++i;
            continue;
        }
        if (i + 1 >= body.size())
            break;
        const char escaped = body[i + 1];
        if (escaped != 'u') {
            if (text) {
                static constexpr char kFrom[] = "\"\\/bfnrt";
                static constexpr char kTo[] = "\"\\/\b\f\n\r\t";
                for (int k = 0; kFrom[k]; ++k) {
                    if (kFrom[k] == escaped)
                        raw.append(kTo[k]);
                }
            }
            i += 2;
            continue;
        }
        const std::optional<char16_t> unit = hex4(body, i + 2);
        if (!unit) {
            i += 2;
            continue;
        }
        const QString at = QString::number(i);
        if (QChar::isLowSurrogate(*unit)) {
            *problem = u"The body has half of a surrogate pair (\\u%1) at offset %2; text must be whole Unicode "
                       u"characters."_s.arg(uint(*unit), 4, 16, QChar(u'0'))
                           .arg(at);
            return -1;
        }
        if (QChar::isHighSurrogate(*unit)) {
            const bool pairFollows = i + 7 < body.size() && body[i + 6] == '\\' && body[i + 7] == 'u';
            const std::optional<char16_t> low = pairFollows ? hex4(body, i + 8) : std::nullopt;
            if (!low || !QChar::isLowSurrogate(*low)) {
                *problem = u"The body has half of a surrogate pair (\\u%1) at offset %2; text must be whole Unicode "
                           u"characters."_s.arg(uint(*unit), 4, 16, QChar(u'0'))
                               .arg(at);
                return -1;
            }
            if (text) {
                flush();
                text->append(QChar(*unit));
                text->append(QChar(*low));
            }
            i += 12;
            continue;
        }
        if (text) {
            flush();
            text->append(QChar(*unit));
        }
        i += 6;
    }
    return body.size(); // unterminated: QJsonDocument says so
}

} // namespace

QString StrictJson::problem(QByteArrayView body, int maxDepth)
{
    std::vector<OpenContainer> open;
    QString problem;
    for (qsizetype i = 0; i < body.size(); ++i) {
        switch (body[i]) {
        case '{':
        case '[':
            open.push_back({body[i] == '{', body[i] == '{', {}});
            if (int(open.size()) > maxDepth)
                return u"The body nests deeper than %1 levels."_s.arg(maxDepth);
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            break;
        case ',':
            if (!open.empty() && open.back().isObject)
                open.back().expectingKey = true;
            break;
        case '"': {
            const bool isKey = !open.empty() && open.back().expectingKey;
            QString key;
            const qsizetype end = readString(body, i, isKey ? &key : nullptr, &problem);
            if (end < 0)
                return problem;
            if (isKey) {
                OpenContainer &object = open.back();
                object.expectingKey = false;
                if (object.keys.contains(key)) {
                    return u"The body repeats the key \"%1\" in one object (offset %2); each key may appear once."_s
                        .arg(key.left(40))
                        .arg(i);
                }
                object.keys.insert(key);
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace k12::protocol
