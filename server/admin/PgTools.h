#pragma once

#include "kernel/domain/Result.h"
#include "server/store/DatabaseConfig.h"

#include <QByteArray>
#include <QStringList>

namespace k12::server {

// Runs PostgreSQL's own client programs (pg_dump, pg_restore) for backup and
// restore: they are what a school's IT knows and trusts, and pg_dump takes a
// consistent snapshot. Found on PATH, else in the newest
// /usr/lib/postgresql/N/bin (Debian installs them there); K12_PG_BINDIR wins.
class PgTools
{
public:
    struct Output
    {
        int exitCode = -1;
        QByteArray err;
    };

    static Result<QString> find(const QString &program);
    // The program with `args` plus the connection, the password only in the
    // environment (never on a command line other users can read).
    static Result<Output> run(const QString &program, const DatabaseConfig &config, const QStringList &args);
    // libpq's connection string without the password.
    static QString connectionString(const DatabaseConfig &config);
};

} // namespace k12::server
