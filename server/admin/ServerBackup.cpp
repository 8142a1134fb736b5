#include "ServerBackup.h"

#include "PgTools.h"
#include "SqliteFiles.h"
#include "server/ServerLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

Result<ServerBackup::Summary> ServerBackup::run(const DatabaseConfig &config, const QString &outFile, int pauseMs)
{
    const QFileInfo out(outFile);
    if (outFile.isEmpty())
        return fail(u"admin backup needs --out FILE."_s);
    if (out.isDir())
        return fail(u"%1 is a folder; name the backup file to write."_s.arg(outFile));
    if (!out.absoluteDir().exists())
        return fail(u"Cannot write the backup %1: the folder %2 does not exist."_s.arg(outFile, out.absolutePath()));
    const QString finalPath = out.absoluteFilePath();
    // What a killed earlier backup to the same file left behind (it holds the whole database).
    if (const int stale = SqliteFiles::removeStalePartials(finalPath); stale > 0)
        serverLog()->info("removed {} unfinished backup file(s) of a killed earlier backup", stale);
    const QString temp = SqliteFiles::tempNameFor(finalPath);
    Summary summary;
    summary.file = finalPath;
    if (config.dialect() == SqlDialect::SQLite) {
        if (Status s = SqliteFiles::copy(config.path(), temp, pauseMs); !s) {
            QFile::remove(temp);
            return fail(u"Backup to %1 failed: %2"_s.arg(finalPath, s.error()));
        }
        Result<DatabaseFacts> facts = SqliteFiles::facts(temp);
        if (!facts) {
            QFile::remove(temp);
            return fail(u"Backup to %1 failed: %2"_s.arg(finalPath, facts.error()));
        }
        summary.epoch = facts->epoch;
        summary.revision = facts->revision;
    } else {
        // pg_dump writes the file itself; it gets the temp name and 0600 first.
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(u"Cannot create %1: %2"_s.arg(temp, file.errorString()));
        file.close();
        Result<PgTools::Output> dump = PgTools::run(
            u"pg_dump"_s, config, {u"--format=custom"_s, u"--no-owner"_s, u"--no-privileges"_s, u"--file="_s + temp});
        if (!dump || dump->exitCode != 0) {
            QFile::remove(temp);
            return fail(u"Backup to %1 failed: %2"_s.arg(finalPath, dump ? QString::fromLocal8Bit(dump->err).trimmed()
                                                                         : dump.error()));
        }
    }
    if (Status s = SqliteFiles::commitFile(temp, finalPath); !s) {
        QFile::remove(temp);
        return fail(u"Backup to %1 failed: %2"_s.arg(finalPath, s.error()));
    }
    summary.bytes = QFileInfo(finalPath).size();
    serverLog()->info("backup of {} written to {} ({} bytes)", config.displayName().toStdString(),
                      finalPath.toStdString(), summary.bytes);
    return summary;
}

} // namespace k12::server
