#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace k12 {

// The one source of "now" in both programs (after KeePassXC's Clock): time
// stamps of rows, the outbox and the audit, "synced 2 minutes ago", today's
// date for new lessons and the week view. Tests fix it (and move it) instead
// of each widget taking a clock or a "today" of its own. Thread-safe.
class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    // The local calendar date.
    static QDate today();
    // UTC, ISO 8601 with milliseconds: what rows, the outbox and logs store.
    static QString nowIso();

    // Tests: the clock stands at `utc` until moved or reset.
    static void setFixed(const QDateTime &utc);
    static void advance(qint64 ms);
    // Back to the system clock.
    static void reset();
};

} // namespace k12
