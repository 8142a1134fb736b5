#include "MailBreaker.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

MailBreaker::MailBreaker(int threshold, qint64 cooldownMs, qint64 cooldownCapMs)
    : m_threshold(std::max(threshold, 1))
    , m_baseCooldown(std::max<qint64>(cooldownMs, 1))
    , m_cooldownCap(std::max(cooldownCapMs, cooldownMs))
    , m_cooldown(m_baseCooldown)
{}

bool MailBreaker::allow(qint64 nowMs)
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (nowMs < m_openUntil)
            return false;
        m_state = State::HalfOpen;
        m_probeOut = true;
        return true;
    case State::HalfOpen:
        if (m_probeOut)
            return false;
        m_probeOut = true;
        return true;
    }
    return false;
}

void MailBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_probeOut = false;
    m_cooldown = m_baseCooldown;
}

void MailBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_state == State::HalfOpen) {
        // The probe failed: wait longer before the next one.
        m_cooldown = std::min(m_cooldown * 2, m_cooldownCap);
        open(nowMs);
        return;
    }
    if (m_state == State::Closed && m_failures >= m_threshold)
        open(nowMs);
}

void MailBreaker::cancel()
{
    m_probeOut = false;
}

void MailBreaker::open(qint64 nowMs)
{
    m_state = State::Open;
    m_probeOut = false;
    m_openUntil = nowMs + m_cooldown;
    ++m_opened;
}

QString MailBreaker::name(State state)
{
    switch (state) {
    case State::Closed:
        return u"closed"_s;
    case State::Open:
        return u"open"_s;
    case State::HalfOpen:
        return u"half-open"_s;
    }
    return {};
}

} // namespace k12::server
