#pragma once

#include <QtGlobal>

namespace k12::server {

// When a message that failed is tried again: base * 2^(failures - 1) (30 s,
// 1 min, 2 min, 4 min ... with the default base), capped (1 h by default),
// then spread by a jitter factor in [0.8, 1.2) so messages that failed
// together do not all come back in the same second; the cap holds after the
// jitter too.
class MailBackoff
{
public:
    static qint64 nominalDelayMs(int failures, qint64 baseMs, qint64 capMs);
    // `unit` in [0, 1) picks the jitter (tests pass fixed values).
    static qint64 delayMs(int failures, qint64 baseMs, qint64 capMs, double unit);
    // With a random jitter from the system generator.
    static qint64 delayMs(int failures, qint64 baseMs, qint64 capMs);
};

} // namespace k12::server
