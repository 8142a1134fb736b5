#pragma once

#include "BackupInfo.h"

#include <QDateTime>
#include <QStringList>

namespace k12 {

// Which backups to delete (generational, like restic's keep-daily/weekly/monthly):
// the newest of each of the last `daily` days that have one, of the last `weekly`
// ISO weeks, of the last `monthly` months (daily and manual ones count); every
// "before-*" and manual one younger than `keepBeforeDays`; then, over `maxTotalBytes`, the oldest go first, never the
// newest. Pure: a list and a "now" in, ids out, so it is tested with any clock.
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    int keepBeforeDays = 30;
    qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024;

    QStringList toDelete(QList<BackupInfo> backups, const QDateTime &nowUtc) const;
};

} // namespace k12
