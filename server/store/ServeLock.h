#pragma once

#include "DatabaseConfig.h"
#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

// Tells `admin restore` whether a server is using a SQLite database. Every
// `serve` holds a shared flock on "<database>.serve-lock" for its life;
// restore takes it exclusively and refuses when it cannot. A separate file,
// not the database: closing any descriptor of the database itself would drop
// SQLite's own POSIX locks (see Database.cpp). PostgreSQL is checked another
// way (other sessions on the database), so this is a no-op there.
class ServeLock
{
public:
    enum class Mode
    {
        Shared,   // serve
        Exclusive // restore
    };

    ServeLock() = default;
    ~ServeLock();
    ServeLock(const ServeLock &) = delete;
    ServeLock &operator=(const ServeLock &) = delete;

    // Fails at once (never waits) when the lock is held the other way.
    [[nodiscard]] Status acquire(const DatabaseConfig &config, Mode mode);
    void release();

    static QString lockPath(const DatabaseConfig &config) { return config.path() + QStringLiteral(".serve-lock"); }

private:
    int m_fd = -1;
};

} // namespace k12::server
