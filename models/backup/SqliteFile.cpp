#include "SqliteFile.h"

#include <QObject>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SqliteFile::SqliteFile(sqlite3 *db)
    : m_db(db)
{}

SqliteFile::SqliteFile(SqliteFile &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteFile &SqliteFile::operator=(SqliteFile &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteFile::~SqliteFile()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<SqliteFile> SqliteFile::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    SqliteFile file(db); // closes db on every path out
    if (rc != SQLITE_OK)
        return fail(QObject::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    // The app's UI connection may hold the write lock for a moment (a commit, a checkpoint).
    sqlite3_busy_timeout(db, 10000);
    return file;
}

QString SqliteFile::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Status SqliteFile::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return fail(text);
    }
    return {};
}

int SqliteFile::userVersion()
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    int version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

QString SqliteFile::check(const QString &pragma)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, pragma.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {};
    QStringList lines;
    int rc = SQLITE_ROW;
    while (lines.size() < 10 && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        lines.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return lastError();
    return lines.join(u"; "_s);
}

Status SqliteFile::copyFrom(SqliteFile &from)
{
    sqlite3_backup *backup = sqlite3_backup_init(m_db, "main", from.m_db, "main");
    if (!backup)
        return fail(lastError());
    int rc = SQLITE_OK;
    // -1: every page in one step. Stepping in pieces would let a writer restart the copy,
    // and on the destination it would mean several transactions (a half copy after a kill).
    // A lock held elsewhere (a commit, a checkpoint) is waited for, up to about 10 s.
    for (int tries = 0; tries < 500; ++tries) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(20);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    if (finished != SQLITE_OK)
        return fail(lastError());
    return {};
}

} // namespace k12
