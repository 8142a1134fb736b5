#pragma once

#include "kernel/domain/Result.h"
#include "server/store/DatabaseConfig.h"

#include <QString>

namespace k12::server {

// `k12-server admin backup`: a consistent copy of a live database in one
// file, written under a temporary name and renamed only when complete, so a
// backup killed half-way never leaves a half file under the name asked for.
// SQLite: the online backup API (the server may keep running). PostgreSQL:
// pg_dump --format=custom (one snapshot; restore with `admin restore`).
class ServerBackup
{
public:
    struct Summary
    {
        QString file;
        qint64 bytes = 0;
        QString epoch;       // SQLite: the backed-up database's epoch
        qint64 revision = 0; // SQLite: its revision counter
    };

    static Result<Summary> run(const DatabaseConfig &config, const QString &outFile, int pauseMs = 0);
};

} // namespace k12::server
