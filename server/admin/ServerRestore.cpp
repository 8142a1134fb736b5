#include "ServerRestore.h"

#include "PgTools.h"
#include "SqliteFiles.h"
#include "kernel/domain/Ids.h"
#include "server/ServerLog.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"
#include "server/store/ServeLock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString sqlText(const QString &value)
{
    return u'\'' + QString(value).replace(u'\'', u"''"_s) + u'\'';
}

// The new epoch and the revision counter, as statements for either dialect.
QStringList restampStatements(const QString &epoch, qint64 counter, const QString &fromFile)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList out{u"UPDATE \"rev_counter\" SET \"value\" = %1 WHERE \"id\" = 1 AND \"value\" < %1"_s.arg(counter),
                    u"DELETE FROM \"server_meta\" WHERE \"key\" IN ('epoch', 'restored_at', 'restored_from')"_s};
    for (const auto &[key, value] : {std::pair{u"epoch"_s, epoch}, std::pair{u"restored_at"_s, now},
                                     std::pair{u"restored_from"_s, QFileInfo(fromFile).fileName()}})
        out.append(
            u"INSERT INTO \"server_meta\" (\"key\", \"value\") VALUES (%1, %2)"_s.arg(sqlText(key), sqlText(value)));
    return out;
}

Result<qint64> scalarInt(Database &db, const QString &sql)
{
    QSqlQuery *q = db.prepared(sql);
    if (Status s = db.run(q, sql.left(40)); !s)
        return Error{s.error()};
    const qint64 v = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return v;
}

} // namespace

Result<ServerRestore::Summary> ServerRestore::run(const DatabaseConfig &config, const QString &fromFile)
{
    if (fromFile.isEmpty())
        return fail(u"admin restore needs --from FILE."_s);
    if (!QFileInfo(fromFile).isFile())
        return fail(u"The backup %1 does not exist."_s.arg(fromFile));
    if (!QFileInfo(fromFile).isReadable())
        return fail(u"The backup %1 cannot be read (permissions)."_s.arg(fromFile));
    Result<Summary> summary =
        config.dialect() == SqlDialect::SQLite ? restoreSqlite(config, fromFile) : restorePostgres(config, fromFile);
    if (summary) {
        summary->file = QFileInfo(fromFile).absoluteFilePath();
        serverLog()->info("{} restored from {}: new epoch {}, revisions go on from {}",
                          config.displayName().toStdString(), summary->file.toStdString(), summary->epoch.toStdString(),
                          summary->revisionCounter);
    }
    return summary;
}

Result<ServerRestore::Summary> ServerRestore::restoreSqlite(const DatabaseConfig &config, const QString &fromFile)
{
    Result<DatabaseFacts> backup = SqliteFiles::facts(fromFile);
    if (!backup)
        return fail(u"Cannot restore from %1: %2"_s.arg(fromFile, backup.error()));
    if (backup->schemaVersion > Schema::latestVersion())
        return fail(u"The backup %1 has schema version %2, newer than this k12-server knows (%3)."_s.arg(fromFile)
                        .arg(backup->schemaVersion)
                        .arg(Schema::latestVersion()));
    ServeLock lock;
    if (Status s = lock.acquire(config, ServeLock::Mode::Exclusive); !s)
        return fail(u"Nothing was restored: %1"_s.arg(s.error()));
    const QString target = config.path();
    qint64 replacedCounter = 0;
    if (QFileInfo::exists(target)) {
        Result<DatabaseFacts> current = SqliteFiles::facts(target);
        if (!current)
            return fail(u"Nothing was restored: the database being replaced cannot be read (%1). Move it away "
                        "first if it is damaged."_s.arg(current.error()));
        replacedCounter = current->revision;
    }
    Summary summary;
    summary.backupRevision = backup->revision;
    summary.revisionCounter = std::max(backup->revision, replacedCounter);
    summary.epoch = newId();
    // The whole new database is made under a temp name beside the old one:
    // until the rename the old database is untouched, after it the new one
    // is complete (with its new epoch).
    const QString temp = SqliteFiles::tempNameFor(target);
    Status made = SqliteFiles::copy(fromFile, temp);
    if (made)
        made = SqliteFiles::execute(temp, restampStatements(summary.epoch, summary.revisionCounter, fromFile));
    if (!made) {
        QFile::remove(temp);
        return fail(u"Nothing was restored from %1: %2"_s.arg(fromFile, made.error()));
    }
    // The old database's write-ahead log must not be read as the new one's:
    // it is folded into the old file and emptied before the swap.
    if (QFileInfo::exists(target)) {
        if (Status s = SqliteFiles::checkpoint(target); !s) {
            QFile::remove(temp);
            return fail(u"Nothing was restored: %1"_s.arg(s.error()));
        }
    }
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    if (Status s = SqliteFiles::commitFile(temp, target); !s) {
        QFile::remove(temp);
        return fail(u"Nothing was restored from %1: %2"_s.arg(fromFile, s.error()));
    }
    // An older backup's schema is brought up to date now, not at the next start.
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db)
        return fail(u"Restored from %1, but the database does not open: %2"_s.arg(fromFile, db.error()));
    if (Status s = Schema::migrate(**db); !s)
        return fail(u"Restored from %1, but its schema upgrade failed: %2"_s.arg(fromFile, s.error()));
    return summary;
}

Result<ServerRestore::Summary> ServerRestore::restorePostgres(const DatabaseConfig &config, const QString &fromFile)
{
    Result<PgTools::Output> listed = PgTools::run(u"pg_restore"_s, config, {u"--list"_s, fromFile});
    if (!listed)
        return fail(u"Nothing was restored: %1"_s.arg(listed.error()));
    if (listed->exitCode != 0)
        return fail(u"%1 is not a backup made by `k12-server admin backup` for PostgreSQL (pg_restore: %2)."_s.arg(
            fromFile, QString::fromLocal8Bit(listed->err).trimmed()));
    Summary summary;
    {
        Result<std::unique_ptr<Database>> db = Database::open(config);
        if (!db)
            return fail(u"Nothing was restored: %1"_s.arg(db.error()));
        // A running server keeps connections open: refuse rather than pull
        // the tables from under it.
        Result<qint64> others = scalarInt(**db, u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND pid <> pg_backend_pid()"_s);
        if (!others)
            return fail(u"Nothing was restored: %1"_s.arg(others.error()));
        if (*others > 0)
            return fail(u"Nothing was restored: %1 other connection(s) use %2 (a running k12-server?): stop them "
                        "first."_s.arg(*others)
                            .arg(config.displayName()));
        if ((*db)->connection().tables().contains(u"rev_counter"_s)) {
            Result<qint64> counter = scalarInt(**db, u"SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1"_s);
            if (!counter)
                return fail(u"Nothing was restored: %1"_s.arg(counter.error()));
            summary.revisionCounter = *counter;
        }
    }
    // One transaction: the database holds the old data or the backup's, never half.
    Result<PgTools::Output> restored =
        PgTools::run(u"pg_restore"_s, config,
                     {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s, u"--exit-on-error"_s, u"--no-owner"_s,
                      u"--no-privileges"_s, fromFile});
    if (!restored)
        return fail(u"Nothing was restored: %1"_s.arg(restored.error()));
    if (restored->exitCode != 0)
        return fail(u"Nothing was restored from %1: pg_restore: %2"_s.arg(
            fromFile, QString::fromLocal8Bit(restored->err).trimmed()));
    // The backup's own epoch is still in place until this commits; if this
    // step fails, `admin restore` must be run again before the server starts
    // (README, "The server").
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db)
        return fail(u"Restored from %1, but the database does not open: %2. Run the restore again."_s.arg(fromFile,
                                                                                                          db.error()));
    if (Status s = Schema::migrate(**db); !s)
        return fail(u"Restored from %1, but its schema upgrade failed: %2"_s.arg(fromFile, s.error()));
    Result<qint64> backupCounter = scalarInt(**db, u"SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1"_s);
    if (!backupCounter)
        return fail(u"Restored from %1, but: %2. Run the restore again."_s.arg(fromFile, backupCounter.error()));
    summary.backupRevision = *backupCounter;
    summary.revisionCounter = std::max(summary.revisionCounter, *backupCounter);
    summary.epoch = newId();
    Transaction tx(**db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(u"Restored from %1, but: %2. Run the restore again."_s.arg(fromFile, tx.error()));
    for (const QString &sql : restampStatements(summary.epoch, summary.revisionCounter, fromFile)) {
        if (Status s = (*db)->execute(sql); !s)
            return fail(u"Restored from %1, but setting its new epoch failed: %2. Run the restore again."_s.arg(
                fromFile, s.error()));
    }
    if (Status s = tx.commit(); !s)
        return fail(u"Restored from %1, but setting its new epoch failed: %2. Run the restore again."_s.arg(fromFile,
                                                                                                            s.error()));
    return summary;
}

} // namespace k12::server
