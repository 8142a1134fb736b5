#include "Database.h"

#include "Migrations.h"
#include "kernel/sqlite/DbLog.h"
#include "kernel/sqlite/SqliteStatement.h"
#include "kernel/sqlite/WalCheckpointer.h"
#include "models/backup/BackupService.h"
#include "models/search/PlainText.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"k12-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Creates the folder (0700) and the file (0600) before SQLite does, so the
// database is never readable by other users, whatever the umask.
Status prepareFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(u"."_s))
        return fail(QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path())));
    ::chmod(QFile::encodeName(dir.absolutePath()).constData(), S_IRWXU);
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (::access(native.constData(), F_OK) == 0) {
        // Never open() an existing database file outside SQLite: closing any
        // descriptor of a file drops every POSIX lock this process holds on it,
        // including those of a connection already open (the sync thread's).
        ::chmod(native.constData(), S_IRUSR | S_IWUSR);
        return {};
    }
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0 && errno != EEXIST)
        return fail(QObject::tr("Cannot create the database file %1.").arg(QDir::toNativeSeparators(path)));
    if (fd >= 0)
        ::close(fd); // a new, empty file: no connection can hold locks on it yet
    return {};
}

} // namespace

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(q.lastError().text());
    return {};
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

Database::~Database()
{
    if (m_checkpointer) {
        WalCheckpointer::unwatch(SqliteStatement::handleOf(m_db));
        m_checkpointer.reset(); // the last user's: its connection closes before this one
    }
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (Status prepared = prepareFile(path); !prepared)
        return fail(prepared.error());

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    std::unique_ptr<Database> database(new Database(db, path));
    if (!database->m_db.open())
        return fail(QObject::tr("Cannot open the database %1: %2").arg(path, database->m_db.lastError().text()));

    // Check the version before any pragma that writes: a database from a newer
    // app must stay exactly as it is.
    const int version = database->schemaVersion();
    if (version < 0)
        return fail(QObject::tr("The file %1 is not a K12 Teacher database (it cannot be read).").arg(path));
    if (version > Migrations::latestVersion()) {
        return fail(QObject::tr("The database %1 was created by a newer version of K12 Teacher (schema %2; this "
                                "version knows up to %3). It was left untouched; please update K12 Teacher.")
                        .arg(path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    }
    if (version > 0 && version < Migrations::latestVersion()) {
        // An upgrade cannot be undone: keep the file as it was first (issue 19).
        Result<BackupInfo> backup = BackupService::forDatabase(path).snapshot(BackupReason::beforeMigration);
        if (!backup)
            return fail(QObject::tr("The database %1 was not upgraded: %2").arg(path, backup.error()));
    }
    // The search index's triggers call it on every write of a lesson (and migration 5 fills with it).
    if (!PlainText::registerSqlFunction(SqliteStatement::handleOf(database->m_db)))
        return fail(
            QObject::tr("Cannot open the database %1: the text function of the search index is missing.").arg(path));
    if (Status configured = database->configure(); !configured)
        return fail(configured.error());
    if (Status migrated = database->migrate(); !migrated)
        return fail(migrated.error());
    database->startCheckpointer();
    return database;
}

// Commits no longer run SQLite's automatic checkpoint; a thread does it beside
// them (WalCheckpointer). The last connection to close still checkpoints and
// removes the WAL, as SQLite always does.
void Database::startCheckpointer()
{
    m_checkpointer = WalCheckpointer::shared(m_path, WalCheckpointer::kDefaultThresholdPages);
    m_checkpointer->watch(SqliteStatement::handleOf(m_db));
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::configure()
{
    // WAL + synchronous=FULL: a committed grade survives power loss (DESIGN.md).
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s,
                                  // Bulk edits and imports touch 100,000s of rows in one transaction: keep
                                  // them in memory rather than spilling pages to the WAL mid-transaction.
                                  u"PRAGMA cache_size=-65536"_s}) {
        if (Status s = exec(m_db, pragma); !s)
            return fail(QObject::tr("Cannot configure the database %1: %2").arg(m_path, s.error()));
    }
    return {};
}

Status Database::migrate()
{
    const int current = schemaVersion();
    for (const Migration &migration : Migrations::all()) {
        if (migration.version <= current)
            continue;
        Transaction tx(m_db);
        if (!tx.begun())
            return fail(QObject::tr("Cannot upgrade the database %1: %2").arg(m_path, tx.error()));
        for (const QString &statement : migration.statements) {
            if (Status s = exec(m_db, statement); !s) {
                return fail(QObject::tr("Cannot upgrade the database %1 to schema %2: %3")
                                .arg(m_path)
                                .arg(migration.version)
                                .arg(s.error()));
            }
        }
        if (Status s = exec(m_db, u"PRAGMA user_version = %1"_s.arg(migration.version)); !s)
            return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        qCInfo(lcDb) << "migrated local store to schema" << migration.version;
    }
    return {};
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s))
            qCWarning(lcDb) << "rollback failed:" << q.lastError().text();
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(QObject::tr("No transaction is open."));
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        return fail(q.lastError().text());
    m_active = false;
    return {};
}

} // namespace k12
