#include "Clock.h"

#include <QMutex>

#include <optional>

namespace k12 {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

std::optional<QDateTime> &fixed()
{
    static std::optional<QDateTime> at;
    return at;
}

} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    {
        QMutexLocker lock(&mutex());
        if (fixed())
            return *fixed();
    }
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return currentDateTimeUtc().toLocalTime().date();
}

QString Clock::nowIso()
{
    return currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void Clock::setFixed(const QDateTime &utc)
{
    QMutexLocker lock(&mutex());
    fixed() = utc.toUTC();
}

void Clock::advance(qint64 ms)
{
    QMutexLocker lock(&mutex());
    fixed() = (fixed() ? *fixed() : QDateTime::currentDateTimeUtc()).addMSecs(ms);
}

void Clock::reset()
{
    QMutexLocker lock(&mutex());
    fixed().reset();
}

} // namespace k12
