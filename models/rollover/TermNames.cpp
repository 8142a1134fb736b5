#include "TermNames.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// "2026-27" -> "2027-28" (keeps the digits of each half), "2026" -> "2027".
QString nextYear(const QString &year)
{
    static const QRegularExpression span(uR"(^(\d{4})([-/–])(\d{2}|\d{4})$)"_s);
    if (const QRegularExpressionMatch m = span.match(year); m.hasMatch()) {
        const int first = m.captured(1).toInt() + 1;
        const int width = int(m.captured(3).size());
        const int second = (m.captured(3).toInt() + 1) % (width == 2 ? 100 : 10000);
        return u"%1%2%3"_s.arg(first).arg(m.captured(2)).arg(second, width, 10, QLatin1Char('0'));
    }
    static const QRegularExpression single(uR"(^\d{4}$)"_s);
    if (single.match(year).hasMatch())
        return QString::number(year.toInt() + 1);
    return {};
}

struct Parts
{
    QString year; // "2026-27", "2026" or empty
    QString rest; // "Fall", "Q1"...
};

Parts split(const QString &term)
{
    static const QRegularExpression re(uR"(^\s*(\d{4}(?:[-/–](?:\d{2}|\d{4}))?)?\s*(.*?)\s*$)"_s);
    const QRegularExpressionMatch m = re.match(term);
    return {m.captured(1), m.captured(2)};
}

// The part after the year: its next one and whether that wraps into the next year.
bool nextPart(const QString &part, QString *next, bool *wraps)
{
    static const QStringList seasons{u"Fall"_s, u"Spring"_s};
    for (qsizetype i = 0; i < seasons.size(); ++i) {
        if (part.compare(seasons.at(i), Qt::CaseInsensitive) == 0) {
            *next = seasons.at((i + 1) % seasons.size());
            *wraps = i + 1 == seasons.size();
            return true;
        }
    }
    if (part.compare(u"Autumn"_s, Qt::CaseInsensitive) == 0) {
        *next = u"Spring"_s;
        *wraps = false;
        return true;
    }
    static const QRegularExpression numbered(uR"(^([QqSsTt])(\d)$)"_s);
    if (const QRegularExpressionMatch m = numbered.match(part); m.hasMatch()) {
        const QChar kind = m.captured(1).at(0).toUpper();
        const int count = kind == u'Q' ? 4 : kind == u'S' ? 2 : 3;
        const int n = m.captured(2).toInt();
        *wraps = n >= count;
        *next = m.captured(1) + QString::number(*wraps ? 1 : n + 1);
        return true;
    }
    return false;
}

// Sort key of a part inside its year.
int partOrder(const QString &part)
{
    if (part.compare(u"Fall"_s, Qt::CaseInsensitive) == 0 || part.compare(u"Autumn"_s, Qt::CaseInsensitive) == 0)
        return 1;
    if (part.compare(u"Spring"_s, Qt::CaseInsensitive) == 0)
        return 2;
    static const QRegularExpression numbered(uR"(^[QqSsTt](\d)$)"_s);
    if (const QRegularExpressionMatch m = numbered.match(part); m.hasMatch())
        return m.captured(1).toInt();
    return 0;
}

} // namespace

QString TermNames::next(const QString &term)
{
    const Parts p = split(term);
    if (p.rest.isEmpty()) {
        const QString y = nextYear(p.year);
        return y.isEmpty() ? term.trimmed() + u" (next)"_s : y;
    }
    QString part;
    bool wraps = false;
    if (!nextPart(p.rest, &part, &wraps))
        return term.trimmed() + u" (next)"_s;
    if (p.year.isEmpty())
        return part;
    const QString year = wraps ? nextYear(p.year) : p.year;
    return year + u' ' + part;
}

QString TermNames::latest(const QStringList &terms)
{
    if (terms.isEmpty())
        return {};
    return *std::max_element(terms.cbegin(), terms.cend(), [](const QString &a, const QString &b) {
        const Parts pa = split(a);
        const Parts pb = split(b);
        const int ya = pa.year.left(4).toInt();
        const int yb = pb.year.left(4).toInt();
        if (ya != yb)
            return ya < yb;
        if (partOrder(pa.rest) != partOrder(pb.rest))
            return partOrder(pa.rest) < partOrder(pb.rest);
        return a < b;
    });
}

} // namespace k12
