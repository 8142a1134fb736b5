#include "RateLimiter.h"

#include <QDateTime>

#include <cmath>

namespace k12::server {

int RateLimiter::acquire(const QString &key)
{
    if (m_perMinute <= 0)
        return 0;
    const double capacity = std::max(10.0, m_perMinute / 4.0);
    const double perMs = m_perMinute / 60000.0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (now - m_lastSweepMs > 60000) {
        // Forget buckets that have refilled: they hold no information.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + (now - it->updatedMs) * perMs >= capacity)
                it = m_buckets.erase(it);
            else
                ++it;
        }
        m_lastSweepMs = now;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, now});
    it->tokens = std::min(capacity, it->tokens + (now - it->updatedMs) * perMs);
    it->updatedMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - it->tokens) / perMs / 1000.0)));
}

} // namespace k12::server
