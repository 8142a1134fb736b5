#pragma once

#include <QLocale>
#include <QString>

namespace k12::CountText {

// Counts written the locale's way, digit-grouped: "1,456,528", "1.456.528", "1 456 528".
//
// Qt 6.4 applies a locale's minimum grouping digits (2 in Spanish, so that 1234
// stays "1234") to the leading group of every number instead of to the number's
// length, and writes 1456528 as "1456.528". grouped() puts a separator between
// every three digits wherever Qt left more than three before the first one, and
// keeps Qt's text otherwise (1234 in Spanish, other groupings).
inline QString grouped(qint64 n, const QLocale &locale = QLocale())
{
    const QString qt = locale.toString(n);
    const QString separator = locale.groupSeparator();
    const qsizetype first = separator.isEmpty() ? -1 : qt.indexOf(separator);
    const QString sign = n < 0 ? locale.negativeSign() : QString();
    if (first < 0 || first - sign.size() <= 3)
        return qt; // not grouped on purpose, or grouped right
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString digits = plain.toString(n).mid(sign.size());
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, separator);
    return sign + digits;
}

// A text tr() made from a "%Ln" source ("%Ln change(s) waiting") with its count mended as grouped() writes it.
inline QString mended(QString text, qint64 n, const QLocale &locale = QLocale())
{
    const QString qt = locale.toString(n);
    const QString good = grouped(n, locale);
    if (qt != good) {
        if (const qsizetype at = text.indexOf(qt); at >= 0)
            text.replace(at, qt.size(), good);
    }
    return text;
}

} // namespace k12::CountText
