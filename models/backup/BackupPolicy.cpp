#include "BackupPolicy.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace k12 {

namespace {

// Keeps the newest backup of each of the `count` most recent buckets (days, weeks, months).
void keepNewestPerBucket(const QList<BackupInfo> &newestFirst, int count,
                         const std::function<qint64(const QDate &)> &bucketOf, QSet<QString> &keep)
{
    QSet<qint64> seen;
    for (const BackupInfo &b : newestFirst) {
        if (seen.size() >= count)
            break;
        const qint64 bucket = bucketOf(b.createdAt.toLocalTime().date());
        if (seen.contains(bucket))
            continue;
        seen.insert(bucket);
        keep.insert(b.id);
    }
}

} // namespace

QStringList BackupPolicy::toDelete(QList<BackupInfo> backups, const QDateTime &nowUtc) const
{
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.id > b.id; });
    if (backups.isEmpty())
        return {};

    // The generations count the regular backups (daily and manual); "before-*" ones
    // are kept for their own reason and then go.
    QList<BackupInfo> regular;
    for (const BackupInfo &b : backups) {
        if (!b.isBeforeSomething())
            regular.append(b);
    }
    QSet<QString> keep;
    keepNewestPerBucket(
        regular, daily, [](const QDate &d) { return d.toJulianDay(); }, keep);
    keepNewestPerBucket(
        regular, weekly,
        [](const QDate &d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        keep);
    keepNewestPerBucket(
        regular, monthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); }, keep);
    // A teacher's own "Back Up Now" is not thinned out within the day either.
    const QDateTime beforeCutoff = nowUtc.addDays(-keepBeforeDays);
    for (const BackupInfo &b : backups) {
        if ((b.isBeforeSomething() || b.reason == BackupReason::manual) && b.createdAt >= beforeCutoff)
            keep.insert(b.id);
    }
    keep.insert(backups.constFirst().id); // the newest is never deleted

    // Size: oldest kept ones go first until the total fits, never the newest.
    qint64 total = 0;
    for (const BackupInfo &b : backups) {
        if (keep.contains(b.id))
            total += b.bytes;
    }
    for (qsizetype i = backups.size() - 1; i > 0 && total > maxTotalBytes; --i) {
        if (keep.remove(backups.at(i).id))
            total -= backups.at(i).bytes;
    }

    QStringList gone;
    for (const BackupInfo &b : backups) {
        if (!keep.contains(b.id))
            gone.append(b.id);
    }
    return gone;
}

} // namespace k12
