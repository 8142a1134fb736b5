#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace k12 {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{})
{}

RetryPolicy::RetryPolicy(Options options, Random random)
    : m_options(options)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void RetryPolicy::recordSuccess()
{
    m_failures = 0;
    m_retryAfterMs = 0;
}

void RetryPolicy::recordFailure(int retryAfterSeconds)
{
    ++m_failures;
    m_retryAfterMs = std::max(0, retryAfterSeconds) * 1000;
}

int RetryPolicy::nextDelayMs() const
{
    if (m_failures == 0)
        return 0;
    if (circuitOpen())
        return std::max(m_options.openForMs, m_retryAfterMs);
    const double ceiling = std::min<double>(m_options.capMs, m_options.baseMs * std::pow(2.0, m_failures - 1));
    const int jittered = int(m_random() * ceiling);
    return std::max(jittered, m_retryAfterMs);
}

} // namespace k12
