#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace k12::server {

// A token bucket per key (an account, an address): `perMinute` requests a
// minute on average, bursts up to a quarter of that. Thread-safe. Kept in the
// memory of one server process: with several processes each counts its own.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute)
        : m_perMinute(perMinute)
    {}

    // 0 when the request may go ahead, otherwise the seconds to wait.
    int acquire(const QString &key);
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    int m_perMinute;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace k12::server
