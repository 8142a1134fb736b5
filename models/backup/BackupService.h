#pragma once

#include "BackupInfo.h"
#include "BackupPolicy.h"
#include "kernel/domain/Result.h"

#include <QString>

#include <optional>

namespace k12 {

// Snapshots of a profile's database in <profile>/backups (folder 0700, files 0600):
// taken with SQLite's online backup API from a connection of its own, so the app's
// connections keep working meanwhile; written under a temporary name and renamed,
// so a kill leaves either no backup or a whole one. Metadata is derived from the
// file (id = time + reason, size, schema) plus the last check's result beside it.
//
// Other features call snapshot(reason) before a risky step: Database::open before a
// migration, the import actions, the rollover ("before-rollover").
class BackupService
{
public:
    explicit BackupService(QString profileDir, BackupPolicy policy = {});
    // The backups of a database file not named k12.sqlite (kept in its folder's backups/).
    static BackupService forDatabase(const QString &databasePath);

    QString backupDir() const;
    QString databasePath() const;

    // Copies the database now, then prunes by the policy. The id is returned.
    Result<BackupInfo> snapshot(const QString &reason);
    // The hook before a risky step (an import, a rollover): a snapshot of the profile's
    // database, or the reason the step should not start.
    static Status keepBefore(const QString &profileDir, const QString &reason);
    // A "daily" snapshot when there is no daily or manual one of today (local date).
    Result<std::optional<BackupInfo>> ensureDaily();

    // Newest first. Temporary files of copies whose process is gone are removed.
    QList<BackupInfo> list() const;
    std::optional<BackupInfo> find(const QString &id) const;

    // PRAGMA integrity_check and quick_check on the copy and its schema version;
    // the result is kept beside the backup. An error says what is wrong.
    Result<BackupInfo> verify(const QString &id);

    // Replaces the profile's database with the backup's content, after checking it and
    // taking a "before-restore" snapshot (the way back). The caller closes its store
    // first and reopens it afterwards (Store::open migrates an older backup).
    Status restore(const QString &id);

    // Deletes what the policy no longer keeps; returns the ids deleted.
    QStringList prune();

    // Status of a backup file's content: "" when good, else the problem.
    static QString checkFile(const QString &path, bool full, int *schemaVersion);

private:
    void removeBackup(const QString &id) const;
    void writeCheck(const QString &id, const QString &integrity) const;

    QString m_profileDir;
    QString m_databasePath;
    BackupPolicy m_policy;
};

} // namespace k12
