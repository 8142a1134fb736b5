#include "BackupService.h"

#include "SqliteFile.h"
#include "kernel/domain/Clock.h"
#include "kernel/sqlite/DbLog.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QString kSuffix = u".sqlite"_s;
const QString kCheckSuffix = u".check.json"_s;
const QString kPartialPrefix = u".partial-"_s;

// 20261206T101500Z-daily or 20261206T101500Z-before-import-2
const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"^(\\d{8}T\\d{6}Z)-([a-z-]+?)(?:-(\\d+))?$"_s);
    return re;
}

Status fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QObject::tr("Cannot open %1 to flush it.").arg(QDir::toNativeSeparators(path)));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(QObject::tr("Cannot flush %1 to disk.").arg(QDir::toNativeSeparators(path)));
    return {};
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

BackupService::BackupService(QString profileDir, BackupPolicy policy)
    : m_profileDir(QDir(profileDir).absolutePath())
    , m_databasePath(QDir(m_profileDir).filePath(QString::fromLatin1(Database::kFileName)))
    , m_policy(policy)
{}

BackupService BackupService::forDatabase(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    BackupService service(info.absolutePath());
    service.m_databasePath = info.absoluteFilePath();
    return service;
}

QString BackupService::backupDir() const
{
    return QDir(m_profileDir).filePath(u"backups"_s);
}

QString BackupService::databasePath() const
{
    return m_databasePath;
}

QString BackupService::checkFile(const QString &path, bool full, int *schemaVersion)
{
    Result<SqliteFile> file = SqliteFile::open(path, SqliteFile::Mode::ReadOnly);
    if (!file)
        return file.error();
    const int version = file.value().userVersion();
    if (schemaVersion)
        *schemaVersion = version;
    if (version < 0)
        return QObject::tr("The file cannot be read as a database.");
    if (version == 0)
        return QObject::tr("The file is not a K12 Teacher database (no schema version).");
    if (version > Migrations::latestVersion())
        return QObject::tr("The backup has schema %1, newer than this version of K12 Teacher knows (%2).")
            .arg(version)
            .arg(Migrations::latestVersion());
    const QStringList pragmas =
        full ? QStringList{u"PRAGMA integrity_check"_s, u"PRAGMA quick_check"_s} : QStringList{u"PRAGMA quick_check"_s};
    for (const QString &pragma : pragmas) {
        const QString result = file.value().check(pragma);
        if (result != u"ok"_s)
            return QObject::tr("%1 found: %2").arg(pragma.mid(7), result.isEmpty() ? QObject::tr("no answer") : result);
    }
    return {};
}

Result<BackupInfo> BackupService::snapshot(const QString &reason)
{
    if (!BackupReason::isKnown(reason))
        return fail(QObject::tr("Unknown backup reason \"%1\".").arg(reason));
    if (!QFileInfo::exists(databasePath()))
        return fail(QObject::tr("There is no database to back up in %1.").arg(QDir::toNativeSeparators(m_profileDir)));
    QDir dir(backupDir());
    if (!dir.exists() && !dir.mkpath(u"."_s))
        return fail(QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
    ::chmod(QFile::encodeName(dir.absolutePath()).constData(), S_IRWXU);
    list(); // clears what a killed copy left

    const QString stamp = Clock::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString id = stamp + u'-' + reason;
    for (int n = 2; QFileInfo::exists(dir.filePath(id + kSuffix)); ++n)
        id = u"%1-%2-%3"_s.arg(stamp, reason).arg(n);
    const QString finalPath = dir.filePath(id + kSuffix);
    const QString partial = dir.filePath(u"%1%2-%3%4"_s.arg(kPartialPrefix).arg(::getpid()).arg(id, kSuffix));

    // The file exists 0600 before SQLite writes a byte (its journal takes the same mode).
    const int fd =
        ::open(QFile::encodeName(partial).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(QObject::tr("Cannot create the backup file in %1.").arg(QDir::toNativeSeparators(dir.path())));
    ::close(fd);

    const auto failWith = [&](const QString &message) -> Result<BackupInfo> {
        QFile::remove(partial);
        QFile::remove(partial + u"-journal"_s);
        return fail(QObject::tr("The backup could not be made: %1").arg(message));
    };
    {
        Result<SqliteFile> source = SqliteFile::open(databasePath(), SqliteFile::Mode::ReadWrite);
        if (!source)
            return failWith(source.error());
        Result<SqliteFile> target = SqliteFile::open(partial, SqliteFile::Mode::ReadWrite);
        if (!target)
            return failWith(target.error());
        if (Status copied = target.value().copyFrom(source.value()); !copied)
            return failWith(copied.error());
        // The copy carries the source's WAL flag; a backup is one self-contained file.
        if (Status s = target.value().exec(u"PRAGMA journal_mode=DELETE"_s); !s)
            return failWith(s.error());
    }
    // No quick_check here: it reads the whole copy again (half the time of a large backup).
    // `backup verify` and the dialog's Verify run the full checks and record them.
    if (Result<SqliteFile> copy = SqliteFile::open(partial, SqliteFile::Mode::ReadOnly);
        !copy || copy.value().userVersion() <= 0)
        return failWith(QObject::tr("the copy cannot be read back"));
    if (Status s = fsyncPath(partial); !s)
        return failWith(s.error());
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(finalPath).constData()) != 0)
        return failWith(QObject::tr("cannot rename the copy into place"));
    (void)fsyncPath(dir.absolutePath()); // the rename itself survives a power cut
    qCInfo(lcDb) << "backup" << id << "written," << QFileInfo(finalPath).size() << "bytes";

    for (const QString &gone : prune())
        qCInfo(lcDb) << "backup" << gone << "pruned";
    std::optional<BackupInfo> made = find(id);
    if (!made)
        return fail(QObject::tr("The backup %1 was written but cannot be found.").arg(id));
    return *made;
}

Status BackupService::keepBefore(const QString &profileDir, const QString &reason)
{
    Result<BackupInfo> made = BackupService(profileDir).snapshot(reason);
    if (!made)
        return fail(QObject::tr("Nothing was changed, because the backup before it failed: %1").arg(made.error()));
    return {};
}

Result<std::optional<BackupInfo>> BackupService::ensureDaily()
{
    const QDate today = Clock::currentDateTimeUtc().toLocalTime().date();
    for (const BackupInfo &b : list()) {
        if (!b.isBeforeSomething() && b.createdAt.toLocalTime().date() == today)
            return std::optional<BackupInfo>();
    }
    Result<BackupInfo> made = snapshot(BackupReason::daily);
    if (!made)
        return fail(made.error());
    return std::optional<BackupInfo>(*made);
}

QList<BackupInfo> BackupService::list() const
{
    QList<BackupInfo> found;
    const QDir dir(backupDir());
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (name.startsWith(kPartialPrefix)) {
            // .partial-<pid>-<id>.sqlite[-journal]: a copy in progress, or left by a killed one.
            const qint64 pid = name.mid(kPartialPrefix.size()).section(u'-', 0, 0).toLongLong();
            if (!processAlive(pid))
                QFile::remove(entry.absoluteFilePath());
            continue;
        }
        if (!name.endsWith(kSuffix))
            continue;
        const QString id = name.chopped(kSuffix.size());
        const QRegularExpressionMatch m = idPattern().match(id);
        if (!m.hasMatch())
            continue;
        BackupInfo info;
        info.id = id;
        info.createdAt = QDateTime::fromString(m.captured(1), u"yyyyMMdd'T'HHmmss'Z'"_s);
        info.createdAt.setTimeSpec(Qt::UTC);
        info.reason = m.captured(2);
        info.bytes = entry.size();
        info.path = entry.absoluteFilePath();
        // The schema version is PRAGMA user_version: 4 bytes, big-endian, at offset 60 of the header.
        QFile file(info.path);
        if (file.open(QIODevice::ReadOnly) && file.seek(60)) {
            const QByteArray v = file.read(4);
            if (v.size() == 4)
                info.schemaVersion = (uchar(v[0]) << 24) | (uchar(v[1]) << 16) | (uchar(v[2]) << 8) | uchar(v[3]);
        }
        QFile check(dir.filePath(id + kCheckSuffix));
        if (check.open(QIODevice::ReadOnly))
            info.integrity = QJsonDocument::fromJson(check.readAll()).object().value(u"integrity"_s).toString();
        found.append(info);
    }
    // Newest first; within one second (a manual one, then its restore's before-restore) by the
    // time the file got its name (rename or link: the inode's change time).
    std::sort(found.begin(), found.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        const QDateTime am = QFileInfo(a.path).metadataChangeTime();
        const QDateTime bm = QFileInfo(b.path).metadataChangeTime();
        return am != bm ? am > bm : a.id > b.id;
    });
    return found;
}

std::optional<BackupInfo> BackupService::find(const QString &id) const
{
    for (const BackupInfo &b : list()) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

void BackupService::writeCheck(const QString &id, const QString &integrity) const
{
    QSaveFile file(QDir(backupDir()).filePath(id + kCheckSuffix));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o{{u"integrity"_s, integrity}, {u"checked_at"_s, Clock::nowIso()}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcDb) << "cannot record the check of backup" << id;
}

Result<BackupInfo> BackupService::verify(const QString &id)
{
    std::optional<BackupInfo> info = find(id);
    if (!info)
        return fail(QObject::tr("There is no backup \"%1\".").arg(id));
    const QString problem = checkFile(info->path, true, &info->schemaVersion);
    writeCheck(id, problem.isEmpty() ? u"ok"_s : problem);
    if (!problem.isEmpty())
        return fail(QObject::tr("The backup %1 is damaged: %2").arg(id, problem));
    info->integrity = u"ok"_s;
    return *info;
}

Status BackupService::restore(const QString &id)
{
    const std::optional<BackupInfo> info = find(id);
    if (!info)
        return fail(QObject::tr("There is no backup \"%1\".").arg(id));
    if (const QString problem = checkFile(info->path, false, nullptr); !problem.isEmpty())
        return fail(QObject::tr("The backup %1 cannot be restored: %2").arg(id, problem));
    const QString db = databasePath();
    const QByteArray dbNative = QFile::encodeName(db);
    const QDir dir(backupDir());

    // The live file becomes self-contained (its WAL folded in and removed), which SQLite
    // only allows when no other connection has it open: a running app stops the restore
    // here, and no stale -wal can ever be replayed over the file swapped in below.
    const bool hadDatabase = QFileInfo::exists(db);
    if (hadDatabase) {
        Result<SqliteFile> live = SqliteFile::open(db, SqliteFile::Mode::ReadWrite);
        if (!live)
            return fail(live.error());
        (void)live.value().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (live.value().check(u"PRAGMA journal_mode=DELETE"_s) != u"delete"_s)
            return fail(QObject::tr("The database is in use (is K12 Teacher open?). Close it and restore again."));
    }

    // The backup's copy: written beside the backups under a temporary name, flushed.
    QDir().mkpath(dir.path());
    const QString partial = dir.filePath(u"%1%2-restore%3"_s.arg(kPartialPrefix).arg(::getpid()).arg(kSuffix));
    QFile::remove(partial);
    if (!QFile::copy(info->path, partial))
        return fail(QObject::tr("Cannot copy the backup %1 into place.").arg(id));
    ::chmod(QFile::encodeName(partial).constData(), S_IRUSR | S_IWUSR);
    if (Status s = fsyncPath(partial); !s) {
        QFile::remove(partial);
        return fail(s.error());
    }

    // The way back: the current file itself, kept as the "before-restore" backup (a hard link
    // costs nothing; a copy where the file system has none).
    if (hadDatabase) {
        const QString stamp = Clock::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        QString beforeId = stamp + u'-' + BackupReason::beforeRestore;
        for (int n = 2; QFileInfo::exists(dir.filePath(beforeId + kSuffix)); ++n)
            beforeId = u"%1-%2-%3"_s.arg(stamp, BackupReason::beforeRestore).arg(n);
        const QString beforePath = dir.filePath(beforeId + kSuffix);
        if (::link(dbNative.constData(), QFile::encodeName(beforePath).constData()) != 0 &&
            !QFile::copy(db, beforePath)) {
            QFile::remove(partial);
            return fail(QObject::tr("Cannot keep the current database before the restore."));
        }
        qCInfo(lcDb) << "backup" << beforeId << "kept before the restore";
    }

    if (::rename(QFile::encodeName(partial).constData(), dbNative.constData()) != 0) {
        QFile::remove(partial);
        return fail(QObject::tr("Cannot put the backup %1 in place of the database.").arg(id));
    }
    QFile::remove(db + u"-shm"_s); // the old file's; the next open makes its own
    (void)fsyncPath(m_profileDir);
    (void)fsyncPath(dir.absolutePath());
    qCInfo(lcDb) << "backup" << id << "restored";
    for (const QString &gone : prune())
        qCInfo(lcDb) << "backup" << gone << "pruned";
    return {};
}

QStringList BackupService::prune()
{
    const QStringList gone = m_policy.toDelete(list(), Clock::currentDateTimeUtc());
    for (const QString &id : gone)
        removeBackup(id);
    return gone;
}

void BackupService::removeBackup(const QString &id) const
{
    const QDir dir(backupDir());
    QFile::remove(dir.filePath(id + kSuffix));
    QFile::remove(dir.filePath(id + kCheckSuffix));
}

} // namespace k12
