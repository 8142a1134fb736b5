#pragma once

#include "kernel/domain/Result.h"
#include "server/store/DatabaseConfig.h"

#include <QString>

namespace k12::server {

// `k12-server admin restore`: replaces a database with a backup made by
// `admin backup`, with the server stopped. Two things make clients safe
// afterwards (DESIGN.md, "Field failures"):
//  - a NEW epoch, so every client notices and re-bootstraps (re-sends what
//    the backup lacks, applies no deletes without the teacher) instead of
//    pulling from a cursor that no longer means anything;
//  - the revision counter set past the one of the database it replaces, so
//    every change made after the restore has a higher revision than anything
//    a client saw before it: a client's old revisions never pass for newer.
class ServerRestore
{
public:
    struct Summary
    {
        QString file;
        QString epoch;              // the new one
        qint64 backupRevision = 0;  // where the backup's history ends
        qint64 revisionCounter = 0; // where the restored database goes on from
    };

    static Result<Summary> run(const DatabaseConfig &config, const QString &fromFile);

private:
    static Result<Summary> restoreSqlite(const DatabaseConfig &config, const QString &fromFile);
    static Result<Summary> restorePostgres(const DatabaseConfig &config, const QString &fromFile);
};

} // namespace k12::server
