#include "StrictJson.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

namespace {

// An object's keys are compared by their decoded text, as UTF-8 bytes: a key
// without escapes is its own bytes in the body (no copy, no allocation: a
// 5,000-row pull page has 50,000 of them); only a key with escapes is decoded
// into storage of its own.
struct OpenContainer
{
    bool isObject = false;
    bool expectingKey = false;
    size_t keysFrom = 0; // its keys: keys[keysFrom..]
    // Past this many keys a linear search would be quadratic in a hostile
    // body: the keys also go into a hash set.
    std::unique_ptr<std::unordered_set<std::string_view>> many;
};

constexpr size_t kLinearKeys = 24;

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

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

QString halfPair(char16_t unit, qsizetype at)
{
    return u"The body has half of a surrogate pair (\\u%1) at offset %2; text must be whole Unicode characters."_s
        .arg(uint(unit), 4, 16, QChar(u'0'))
        .arg(at);
}

// Reads the string whose opening quote is at `start` and returns the index of
// the closing quote. When it has escapes and `decoded` is given (keys only),
// its decoded text goes there as UTF-8 and *escaped is set. An error message
// lands in *problem (and -1 is returned).
qsizetype readString(QByteArrayView body, qsizetype start, std::string *decoded, bool *escaped, QString *problem)
{
    const char *data = body.data();
    const qsizetype size = body.size();
    qsizetype plainFrom = start + 1; // bytes not yet copied to *decoded
    qsizetype i = start + 1;
    const auto copyPlain = [&](qsizetype upTo) {
        if (decoded && *escaped)
            decoded->append(data + plainFrom, size_t(upTo - plainFrom));
    };
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            copyPlain(i);
            return i;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        if (i + 1 >= size)
            break;
        if (decoded && !*escaped) {
            *escaped = true;
            decoded->clear();
        }
        copyPlain(i);
        const char kind = data[i + 1];
        if (kind != 'u') {
            if (decoded) {
                static constexpr char kFrom[] = "\"\\/bfnrt";
                static constexpr char kTo[] = "\"\\/\b\f\n\r\t";
                for (int k = 0; kFrom[k]; ++k) {
                    if (kFrom[k] == kind)
                        *decoded += kTo[k];
                }
            }
            i += 2;
            plainFrom = i;
            continue;
        }
        const std::optional<char16_t> unit = hex4(body, i + 2);
        if (!unit) {
            i += 2;
            plainFrom = i;
            continue;
        }
        if (QChar::isLowSurrogate(*unit)) {
            *problem = halfPair(*unit, i);
            return -1;
        }
        if (QChar::isHighSurrogate(*unit)) {
            const bool pairFollows = i + 7 < size && data[i + 6] == '\\' && data[i + 7] == 'u';
            const std::optional<char16_t> low = pairFollows ? hex4(body, i + 8) : std::nullopt;
            if (!low || !QChar::isLowSurrogate(*low)) {
                *problem = halfPair(*unit, i);
                return -1;
            }
            if (decoded)
                appendUtf8(*decoded, QChar::surrogateToUcs4(*unit, *low));
            i += 12;
            plainFrom = i;
            continue;
        }
        if (decoded)
            appendUtf8(*decoded, *unit);
        i += 6;
        plainFrom = i;
    }
    return size; // unterminated: QJsonDocument says so
}

} // namespace

QString StrictJson::problem(QByteArrayView body, int maxDepth)
{
    std::vector<OpenContainer> open;
    std::vector<std::string_view> keys;  // the open objects' keys, innermost last
    std::deque<std::string> decodedKeys; // storage of the keys that had escapes
    QString problem;
    for (qsizetype i = 0; i < body.size(); ++i) {
        switch (body[i]) {
        case '{':
        case '[':
            open.push_back({body[i] == '{', body[i] == '{', keys.size(), {}});
            if (int(open.size()) > maxDepth)
                return u"The body nests deeper than %1 levels."_s.arg(maxDepth);
            break;
        case '}':
        case ']':
            if (!open.empty()) {
                keys.resize(open.back().keysFrom);
                open.pop_back();
            }
            break;
        case ',':
            if (!open.empty() && open.back().isObject)
                open.back().expectingKey = true;
            break;
        case '"': {
            const bool isKey = !open.empty() && open.back().expectingKey;
            std::string decoded;
            bool escaped = false;
            const qsizetype end = readString(body, i, isKey ? &decoded : nullptr, &escaped, &problem);
            if (end < 0)
                return problem;
            if (isKey) {
                OpenContainer &object = open.back();
                object.expectingKey = false;
                std::string_view key(body.data() + i + 1, size_t(end - i - 1));
                if (escaped) {
                    decodedKeys.push_back(std::move(decoded));
                    key = decodedKeys.back();
                }
                const bool repeated =
                    object.many ? object.many->contains(key)
                                : std::find(keys.begin() + qsizetype(object.keysFrom), keys.end(), key) != keys.end();
                if (repeated) {
                    return u"The body repeats the key \"%1\" in one object (offset %2); each key may appear once."_s
                        .arg(QString::fromUtf8(key.data(), qsizetype(key.size())).left(40))
                        .arg(i);
                }
                keys.push_back(key);
                if (object.many) {
                    object.many->insert(key);
                } else if (keys.size() - object.keysFrom > kLinearKeys) {
                    object.many = std::make_unique<std::unordered_set<std::string_view>>(
                        keys.begin() + qsizetype(object.keysFrom), keys.end());
                }
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
