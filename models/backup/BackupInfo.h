#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace k12 {

// One backup of the local database, as the catalog derives it from the file:
// the id (its file name) says when and why, the file its size and schema.
struct BackupInfo
{
    QString id;          // 20261206T101500Z-daily (time-ordered), -2, -3 ... when one second holds several
    QDateTime createdAt; // UTC, to the second
    QString reason; // daily, manual, before-migration, before-rollover, before-import, before-restore, before-delete
    qint64 bytes = 0;
    int schemaVersion = -1;
    QString integrity; // "ok", the problem found, or empty when never checked
    QString path;

    // The "before-*" ones are kept for a while whatever the generations say.
    bool isBeforeSomething() const { return reason.startsWith(QStringLiteral("before-")); }
};

namespace BackupReason {
inline const QString daily = QStringLiteral("daily");
inline const QString manual = QStringLiteral("manual");
inline const QString beforeMigration = QStringLiteral("before-migration");
inline const QString beforeRollover = QStringLiteral("before-rollover");
inline const QString beforeImport = QStringLiteral("before-import");
inline const QString beforeRestore = QStringLiteral("before-restore");
inline const QString beforeDelete = QStringLiteral("before-delete"); // a class deleted (issue 19)
inline bool isKnown(const QString &reason)
{
    return reason == daily || reason == manual || reason == beforeMigration || reason == beforeRollover ||
           reason == beforeImport || reason == beforeRestore || reason == beforeDelete;
}
} // namespace BackupReason

} // namespace k12
