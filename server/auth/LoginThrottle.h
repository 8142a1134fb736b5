#pragma once

#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

class Database;

// No more than N failed sign-ins a minute per account and per address (for
// an account, progressively longer: past 2N in ten minutes it waits 2
// minutes, past 4N 10 minutes), kept
// in the database so every server process on it counts the same failures.
// An attempt is recorded BEFORE the password is checked and counted with
// everything already there; an attempt that finds the window full withdraws
// itself. So even parallel attempts on several processes cannot get more than
// N guesses through a minute.
class LoginThrottle
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    LoginThrottle(Database &db, int maxFailuresPerMinute)
        : m_db(db)
        , m_max(maxFailuresPerMinute)
    {}

    struct Attempt
    {
        qint64 id = 0;      // the recorded attempt; 0 when refused
        int retryAfter = 0; // seconds, when refused
    };

    Result<Attempt> begin(const QString &account, const QString &address);
    // A correct password: the attempt is not a failure.
    Status succeeded(const Attempt &attempt);
    // Forgets the account's failures (admin unlock); how many there were.
    Result<int> unlock(const QString &account);

private:
    Database &m_db;
    int m_max;
};

} // namespace k12::server
