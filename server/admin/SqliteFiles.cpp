#include "SqliteFiles.h"

#include "kernel/domain/Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server::SqliteFiles {

namespace {

class Connection
{
public:
    Connection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 30000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *get() const { return m_db; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }
    Status exec(const QString &sql) const
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = message ? QString::fromUtf8(message) : error();
        sqlite3_free(message);
        return fail(text);
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// The first column of the first row as text (empty when no row).
Result<QString> scalar(const Connection &c, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(c.get(), sql, -1, &st, nullptr) != SQLITE_OK)
        return fail(c.error());
    QString value;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(c.error());
    return value;
}

Status syncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return fail(u"Cannot open %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(u"Cannot flush %1 to disk: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

} // namespace

QString tempNameFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".partial-%1-"_s.arg(::getpid()) +
                                       newId().right(12));
}

int removeStalePartials(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QString prefix = u"."_s + info.fileName() + u".partial-"_s;
    const QDir dir = info.absoluteDir();
    int removed = 0;
    for (const QString &name : dir.entryList({prefix + u"*"_s}, QDir::Files | QDir::Hidden)) {
        // No pid (an older name) or a pid that is gone: a killed backup's file.
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong();
        const bool alive = pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        if (!alive && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

Status copy(const QString &from, const QString &to, int pauseMs)
{
    if (!QFileInfo(from).isFile())
        return fail(u"The database file %1 does not exist."_s.arg(from));
    // 0600 from the start: a backup holds grades and password hashes.
    const int fd = ::open(QFile::encodeName(to).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(u"Cannot create %1: %2"_s.arg(to, QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);
    Connection source(from, SQLITE_OPEN_READWRITE); // WAL readers need the -shm file writable
    if (!source.ok())
        return fail(u"Cannot open %1: %2"_s.arg(from, source.error()));
    Connection target(to, SQLITE_OPEN_READWRITE);
    if (!target.ok())
        return fail(u"Cannot open %1: %2"_s.arg(to, target.error()));
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return fail(u"Cannot back up %1: %2"_s.arg(from, target.error()));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, pauseMs > 0 ? 16 : -1);
        if (pauseMs > 0 && rc == SQLITE_OK)
            QThread::msleep(pauseMs);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(u"Backing up %1 failed: %2"_s.arg(from, QString::fromUtf8(sqlite3_errstr(rc))));
    // The copy is a plain file (no -wal beside it) so it can be moved and read alone.
    if (Status s = target.exec(u"PRAGMA journal_mode=DELETE"_s); !s)
        return fail(u"Cannot finish %1: %2"_s.arg(to, s.error()));
    return {};
}

Result<DatabaseFacts> facts(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(u"%1 does not exist."_s.arg(path));
    // Read-write when allowed: a WAL database opened read-only needs its -shm file.
    std::unique_ptr<Connection> opened = std::make_unique<Connection>(path, SQLITE_OPEN_READWRITE);
    if (!opened->ok())
        opened = std::make_unique<Connection>(path, SQLITE_OPEN_READONLY);
    const Connection &c = *opened;
    if (!c.ok())
        return fail(u"Cannot open %1: %2"_s.arg(path, c.error()));
    Result<QString> check = scalar(c, "PRAGMA quick_check");
    if (!check || *check != u"ok"_s)
        return fail(u"%1 is not a readable SQLite database (%2)."_s.arg(path, check ? *check : check.error()));
    DatabaseFacts f;
    Result<QString> version = scalar(c, "SELECT \"version\" FROM \"schema_version\"");
    Result<QString> epoch = scalar(c, "SELECT \"value\" FROM \"server_meta\" WHERE \"key\" = 'epoch'");
    Result<QString> rev = scalar(c, "SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1");
    if (!version || !epoch || !rev || epoch->isEmpty())
        return fail(
            u"%1 is not a k12-server database (it has no schema version, epoch or revision counter)."_s.arg(path));
    f.schemaVersion = version->toInt();
    f.epoch = *epoch;
    f.revision = rev->toLongLong();
    return f;
}

Status execute(const QString &path, const QStringList &statements)
{
    Connection c(path, SQLITE_OPEN_READWRITE);
    if (!c.ok())
        return fail(u"Cannot open %1: %2"_s.arg(path, c.error()));
    if (Status s = c.exec(u"BEGIN IMMEDIATE"_s); !s)
        return fail(u"%1: %2"_s.arg(path, s.error()));
    for (const QString &sql : statements) {
        if (Status s = c.exec(sql); !s) {
            (void)c.exec(u"ROLLBACK"_s);
            return fail(u"%1: %2"_s.arg(path, s.error()));
        }
    }
    if (Status s = c.exec(u"COMMIT"_s); !s)
        return fail(u"%1: %2"_s.arg(path, s.error()));
    return {};
}

Status checkpoint(const QString &path)
{
    Connection c(path, SQLITE_OPEN_READWRITE);
    if (!c.ok())
        return fail(u"Cannot open %1: %2"_s.arg(path, c.error()));
    if (Status s = c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !s)
        return fail(u"%1: %2"_s.arg(path, s.error()));
    return {};
}

Status commitFile(const QString &temp, const QString &to)
{
    if (Status s = syncPath(temp, false); !s)
        return s;
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(u"Cannot move the new file to %1: %2"_s.arg(to, QString::fromLocal8Bit(strerror(errno))));
    return syncPath(QFileInfo(to).absolutePath(), true);
}

} // namespace k12::server::SqliteFiles
