#pragma once

#include <QString>
#include <QtGlobal>

namespace k12::server {

// The circuit breaker in front of the SMTP relay. Closed: messages go out;
// `threshold` consecutive relay failures (no connection, a 4xx, a 5xx that is
// not about one recipient) open it. Open: nothing is sent until the cool-down
// ends (first `cooldownMs`, doubled after every failed probe up to
// `cooldownCapMs`). Half-open: one message goes out as a probe; its success
// closes the breaker (and resets the cool-down), its failure opens it again.
// A message refused for its own sake (550 no such mailbox) proves the relay
// works and counts as a success. Used by the mail worker's thread only.
class MailBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    MailBreaker(int threshold, qint64 cooldownMs, qint64 cooldownCapMs);

    // May one message be sent now? Open -> HalfOpen once the cool-down is over
    // (then true exactly once, for the probe, until its outcome is recorded).
    bool allow(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    // What allow() let through never reached the relay: the probe is free again.
    void cancel();

    State state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    qint64 openUntilMs() const { return m_openUntil; }
    qint64 cooldownMs() const { return m_cooldown; }
    int timesOpened() const { return m_opened; }
    static QString name(State state);

private:
    void open(qint64 nowMs);

    int m_threshold;
    qint64 m_baseCooldown;
    qint64 m_cooldownCap;
    qint64 m_cooldown;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openUntil = 0;
    bool m_probeOut = false;
    int m_opened = 0;
};

} // namespace k12::server
