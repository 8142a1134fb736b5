#pragma once

#include <functional>

namespace k12 {

// When to try again after a failed sync: exponential backoff with full jitter
// (a random delay between 0 and base x 2^failures, capped), never sooner than
// the server's Retry-After, and a circuit breaker: after several failures in
// a row the circuit opens and the dead server is left alone for a while.
class RetryPolicy
{
public:
    struct Options
    {
        int baseMs = 2000;
        int capMs = 5 * 60 * 1000;
        int openAfterFailures = 5;
        int openForMs = 2 * 60 * 1000;
    };
    using Random = std::function<double()>; // uniform in [0, 1); a seam for tests

    RetryPolicy();
    explicit RetryPolicy(Options options, Random random = {});

    void recordSuccess();
    void recordFailure(int retryAfterSeconds = 0);

    int failures() const { return m_failures; }
    bool circuitOpen() const { return m_failures >= m_options.openAfterFailures; }
    // The delay before the next attempt.
    int nextDelayMs() const;

private:
    Options m_options;
    Random m_random;
    int m_failures = 0;
    int m_retryAfterMs = 0;
};

} // namespace k12
