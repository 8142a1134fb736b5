#include "MailBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace k12::server {

qint64 MailBackoff::nominalDelayMs(int failures, qint64 baseMs, qint64 capMs)
{
    qint64 delay = std::max<qint64>(baseMs, 1);
    for (int i = 1; i < failures && delay < capMs; ++i)
        delay *= 2;
    return std::min(delay, capMs);
}

qint64 MailBackoff::delayMs(int failures, qint64 baseMs, qint64 capMs, double unit)
{
    const double factor = 0.8 + 0.4 * std::clamp(unit, 0.0, 0.999999);
    const auto jittered = qint64(double(nominalDelayMs(failures, baseMs, capMs)) * factor);
    return std::clamp<qint64>(jittered, 1, capMs);
}

qint64 MailBackoff::delayMs(int failures, qint64 baseMs, qint64 capMs)
{
    return delayMs(failures, baseMs, capMs, QRandomGenerator::system()->generateDouble());
}

} // namespace k12::server
