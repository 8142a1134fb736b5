#pragma once

#include <QLocale>
#include <QString>

namespace k12 {

// A number as a teacher or a family reads it: up to `decimals` decimals in the
// locale's form, without trailing zeros ("9.5", "10", "9,5" in French). Group
// separators follow the locale's number options (the grid omits them).
QString shortNumber(const QLocale &locale, double value, int decimals);

} // namespace k12
