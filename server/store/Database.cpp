#include "Database.h"

#include "kernel/sqlite/WalCheckpointer.h"
#include "server/ServerLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <QMutex>

#include <cerrno>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"k12-server-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The database holds grades and password hashes: folder 0700, file 0600,
// created before SQLite does so the umask never decides. Only when the file
// does not exist yet: closing any descriptor of a SQLite file drops every POSIX
// lock this process holds on it (fcntl semantics), so opening and closing the
// file next to live connections would let another process write under them
// and corrupt the database.
Status prepareSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return {};
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(u"."_s))
        return fail(u"Cannot create the folder %1."_s.arg(dir.path()));
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0 && errno == EEXIST)
        return {}; // another process made it just now
    if (fd < 0)
        return fail(u"Cannot open the database file %1."_s.arg(path));
    ::close(fd);
    return {};
}

// One write gate per database file in this process (see Database::begin).
std::shared_ptr<std::timed_mutex> writeGateFor(const QString &path)
{
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<std::timed_mutex>> gates;
    const QString key = QFileInfo(path).absoluteFilePath();
    QMutexLocker locker(&mutex);
    std::shared_ptr<std::timed_mutex> gate = gates[key].lock();
    if (!gate) {
        gate = std::make_shared<std::timed_mutex>();
        gates[key] = gate;
    }
    return gate;
}

} // namespace

Database::Database(QSqlDatabase db, DatabaseConfig config)
    : m_db(std::move(db))
    , m_config(std::move(config))
{}

Database::~Database()
{
    if (m_checkpointer)
        WalCheckpointer::unwatch(m_sqlite);
    for (auto &[sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
    m_statements.clear();
    const QString name = m_db.connectionName();
    if (m_inTransaction)
        rollback();
    rollbackGroup();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    const bool sqlite = config.dialect() == SqlDialect::SQLite;
    if (sqlite) {
        if (Status s = prepareSqliteFile(config.path()); !s)
            return Error{s.error()};
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(u"The Qt SQL driver for %1 is not installed."_s.arg(config.displayName()));
        }
        if (sqlite) {
            db.setDatabaseName(config.path());
            // Writers wait for each other (BEGIN IMMEDIATE) instead of failing at once.
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kWriteWaitMs));
        } else {
            db.setHostName(config.host());
            db.setPort(config.port());
            db.setUserName(config.user());
            db.setPassword(config.password());
            db.setDatabaseName(config.databaseName());
            db.setConnectOptions(config.connectOptions());
        }
        // From here the Database holds the only handle, so its destructor
        // can remove the connection on every path.
        database.reset(new Database(db, config));
    }
    if (!database->m_db.open())
        return fail(u"Cannot open the database %1: %2"_s.arg(config.displayName(),
                                                             database->m_db.lastError().text().trimmed()));
    if (Status s = database->configure(); !s)
        return Error{s.error()};
    if (sqlite) {
        const QVariant handle = database->m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!database->m_sqlite)
            return fail(u"The Qt SQLite driver does not expose its connection."_s);
        // Checkpoints run on a thread of their own, not inside the commit of
        // whichever push crosses the threshold (4000 pages, 16 MB: a push
        // dirties hundreds of scattered index pages, and copying them back
        // after every commit would double the writes).
        database->m_checkpointer = WalCheckpointer::shared(config.path(), 4000);
        database->m_checkpointer->watch(database->m_sqlite);
        database->m_writeGate = writeGateFor(config.path());
    }
    return database;
}

sqlite3_stmt *Database::sqliteStatement(const QString &sql, QString *error)
{
    if (const auto it = m_sqliteStatements.find(sql); it != m_sqliteStatements.end())
        return it->second;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        *error = sqliteError();
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_sqliteStatements.emplace(sql, statement);
    return statement;
}

QString Database::sqliteError() const
{
    return m_sqlite ? QString::fromUtf8(sqlite3_errmsg(m_sqlite)) : QString();
}

Status Database::configure()
{
    QStringList statements;
    if (dialect() == SqlDialect::SQLite) {
        // WAL lets pulls read while a push writes; synchronous=FULL makes an
        // "applied" answer survive power loss (it is sent only after COMMIT).
        // Checkpoints: see open().
        statements = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                      u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-32000"_s};
    } else {
        statements = {u"SET client_min_messages TO WARNING"_s, u"SET TIME ZONE 'UTC'"_s};
    }
    for (const QString &sql : std::as_const(statements)) {
        if (Status s = execute(sql); !s)
            return fail(u"Cannot configure the database %1: %2"_s.arg(m_config.displayName(), s.error()));
    }
    return {};
}

QSqlQuery *Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        serverLog()->error("prepare failed: {} ({})", q->lastError().text().toStdString(), sql.left(120).toStdString());
        // Keep the failed statement: run() reports the error to the caller.
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

Status Database::run(QSqlQuery *query, const QString &what)
{
    if (query->exec())
        return {};
    const QString text = query->lastError().text().trimmed();
    query->finish();
    return fail(u"%1: %2"_s.arg(what, text));
}

Status Database::execute(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(q.lastError().text().trimmed());
    return {};
}

Status Database::begin(TxKind kind)
{
    QString sql;
    if (dialect() == SqlDialect::SQLite)
        sql = kind == TxKind::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s;
    else
        sql = kind == TxKind::Write ? u"BEGIN ISOLATION LEVEL READ COMMITTED"_s
                                    : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    if (m_group) {
        // One push inside the group: a savepoint, rolled back alone when it fails.
        if (m_inTransaction)
            return fail(u"A transaction is already open."_s);
        if (!groupIntact())
            return fail(u"The group's write transaction was rolled back."_s);
        if (Status s = execute(u"SAVEPOINT k12_push"_s); !s)
            return s;
        m_inTransaction = true;
        m_savepoint = true;
        return {};
    }
    if (kind == TxKind::Write && m_writeGate) {
        if (!m_writeGate->try_lock_for(std::chrono::milliseconds(kWriteWaitMs)))
            return fail(
                u"database is locked (another write of this server took more than %1 s)"_s.arg(kWriteWaitMs / 1000));
        m_holdsWriteGate = true;
    }
    if (Status s = execute(sql); !s) {
        releaseWriteGate();
        return s;
    }
    m_inTransaction = true;
    return {};
}

void Database::releaseWriteGate()
{
    if (m_holdsWriteGate) {
        m_holdsWriteGate = false;
        m_writeGate->unlock();
    }
}

Status Database::beginGroup()
{
    if (!m_writeGate || m_inTransaction || m_group)
        return fail(u"A group commit needs an idle SQLite connection."_s);
    if (Status s = begin(TxKind::Write); !s)
        return s;
    m_inTransaction = false; // the pushes' own transactions are savepoints from here
    m_group = true;
    return {};
}

bool Database::groupIntact() const
{
    return m_group && m_sqlite && sqlite3_get_autocommit(m_sqlite) == 0;
}

Status Database::commitGroup()
{
    if (!m_group)
        return fail(u"No group transaction is open."_s);
    if (m_inTransaction)
        rollback(); // a push left its savepoint open: not part of what commits
    Status s = groupIntact() ? execute(u"COMMIT"_s) : fail(u"The group's write transaction was rolled back."_s);
    if (!s && groupIntact())
        abandonGroupTransaction();
    m_group = false;
    releaseWriteGate();
    return s;
}

void Database::abandonGroupTransaction()
{
    if (Status s = execute(u"ROLLBACK"_s); !s)
        serverLog()->warn("rolling back a group of pushes failed: {}", s.error().toStdString());
}

void Database::rollbackGroup()
{
    if (!m_group)
        return;
    if (m_inTransaction)
        rollback();
    if (groupIntact())
        abandonGroupTransaction();
    m_group = false;
    releaseWriteGate();
}

Status Database::commit()
{
    if (!m_inTransaction)
        return fail(u"No transaction is open."_s);
    if (m_savepoint) {
        Status s = execute(u"RELEASE k12_push"_s);
        if (!s)
            rollback();
        m_inTransaction = false;
        m_savepoint = false;
        return s;
    }
    Status s = execute(u"COMMIT"_s);
    if (!s)
        rollback();
    m_inTransaction = false;
    releaseWriteGate();
    return s;
}

void Database::rollback()
{
    if (m_savepoint) {
        // Only this push's writes; the group goes on (unless SQLite ended it: groupIntact()).
        // If that fails, the whole group goes: a failed push's writes must not commit with it.
        if (groupIntact()) {
            Status s = execute(u"ROLLBACK TO k12_push"_s);
            if (s)
                s = execute(u"RELEASE k12_push"_s);
            if (!s)
                abandonGroupTransaction();
        }
        m_inTransaction = false;
        m_savepoint = false;
        return;
    }
    if (Status s = execute(u"ROLLBACK"_s); !s && m_inTransaction)
        serverLog()->warn("rollback failed: {}", s.error().toStdString());
    m_inTransaction = false;
    releaseWriteGate();
}

bool Database::isTransient(const QString &driverText)
{
    return driverText.contains(u"database is locked"_s, Qt::CaseInsensitive) ||
           driverText.contains(u"could not serialize"_s, Qt::CaseInsensitive) ||
           driverText.contains(u"deadlock"_s, Qt::CaseInsensitive) ||
           driverText.contains(u"server closed the connection"_s, Qt::CaseInsensitive) ||
           driverText.contains(u"no connection to the server"_s, Qt::CaseInsensitive);
}

QString Database::placeholders(int count)
{
    QString out;
    out.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        out += i == 0 ? u"?"_s : u", ?"_s;
    return out;
}

} // namespace k12::server
