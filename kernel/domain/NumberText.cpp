#include "NumberText.h"

namespace k12 {

QString shortNumber(const QLocale &locale, double value, int decimals)
{
    QString text = locale.toString(value, 'f', decimals);
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace k12
