#pragma once

#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

// What backup and restore know about a k12-server SQLite file.
struct DatabaseFacts
{
    int schemaVersion = 0;
    QString epoch;
    qint64 revision = 0; // the revision counter
};

// File-level SQLite work for backup and restore, through the SQLite API on
// connections of their own (never the server's Qt connections).
namespace SqliteFiles {

// Copies a live database with SQLite's online backup API into `to` (created
// 0600, must not exist): a consistent snapshot even while a server writes.
// pauseMs > 0 copies in small steps with a pause between them (tests only:
// something to kill mid-way).
Status copy(const QString &from, const QString &to, int pauseMs = 0);
// Reads the schema version, epoch and revision counter; fails naming the file
// when it is not a k12-server database.
Result<DatabaseFacts> facts(const QString &path);
// Runs statements on a file in one transaction.
Status execute(const QString &path, const QStringList &statements);
// Folds a WAL database's log into its file and empties the log.
Status checkpoint(const QString &path);
// fsyncs a file, renames it over `to`, fsyncs the folder: the final name
// holds either the old file or the whole new one.
Status commitFile(const QString &temp, const QString &to);
// A fresh temp name next to `finalPath` (same folder, so rename is atomic):
// ".NAME.partial-<pid>-<random>", so a later run can tell a killed writer's file.
QString tempNameFor(const QString &finalPath);
// Removes the temp files of `finalPath` left by writers that are gone (killed); how many.
int removeStalePartials(const QString &finalPath);

} // namespace SqliteFiles

} // namespace k12::server
