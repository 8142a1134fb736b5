#include "MaintenanceCommands.h"

#include "Cli.h"
#include "CliSupport.h"
#include "kernel/domain/Clock.h"
#include "server/admin/MutationLogPruner.h"
#include "server/admin/ServerBackup.h"
#include "server/admin/ServerRestore.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

int usageError(const QString &message)
{
    printErr(message + u"\nRun `k12-server admin --help` for the commands."_s);
    return ServerExitUsage;
}

} // namespace

bool MaintenanceCommands::handles(const QString &command)
{
    return command == u"backup"_s || command == u"restore"_s || command == u"prune"_s;
}

int MaintenanceCommands::run(const QString &command, const QStringList &args)
{
    if (command == u"backup"_s)
        return backup(args);
    if (command == u"restore"_s)
        return restore(args);
    return prune(args);
}

int MaintenanceCommands::backup(const QStringList &args)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.setApplicationDescription(
        u"Writes a consistent copy of the database to one file (0600), while the server runs. SQLite: SQLite's "
        "online backup; PostgreSQL: pg_dump --format=custom. The file appears under its name only when complete."_s);
    parser.addOption({u"out"_s, u"The backup file to write (replaced if it exists)."_s, u"file"_s});
    QCommandLineOption pause(u"pause-ms"_s, u"Pause between small steps (tests)."_s, u"ms"_s);
    pause.setFlags(QCommandLineOption::HiddenFromHelp); // test suites only: a backup slow enough to kill
    parser.addOption(pause);
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin backup"_s} + args, true);
    if (common.exit)
        return *common.exit;
    if (!parser.isSet(u"out"_s))
        return usageError(u"admin backup needs --out FILE."_s);
    const std::optional<qint64> pauseMs = integerOption(parser, u"pause-ms"_s, 0, 0, 10000);
    if (!pauseMs)
        return ServerExitUsage;
    Result<ServerBackup::Summary> done = ServerBackup::run(*common.database, parser.value(u"out"_s), int(*pauseMs));
    if (!done) {
        printErr(done.error());
        return ServerExitFailure;
    }
    QString text = u"Backed up %1 to %2 (%3 bytes"_s.arg(common.database->displayName(), done->file).arg(done->bytes);
    if (!done->epoch.isEmpty())
        text += u", epoch %1, revision %2"_s.arg(done->epoch).arg(done->revision);
    printOut(text + u").\n"_s);
    return ServerExitOk;
}

int MaintenanceCommands::restore(const QStringList &args)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.setApplicationDescription(
        u"Replaces the database with a backup made by `admin backup`. Stop the server first (restore refuses "
        "while it runs). The restored database gets a new epoch: every client notices on its next sync, sends "
        "back what the backup lacks and deletes nothing without its teacher's say."_s);
    parser.addOption({u"from"_s, u"The backup file."_s, u"file"_s});
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin restore"_s} + args, true);
    if (common.exit)
        return *common.exit;
    if (!parser.isSet(u"from"_s))
        return usageError(u"admin restore needs --from FILE."_s);
    Result<ServerRestore::Summary> done = ServerRestore::run(*common.database, parser.value(u"from"_s));
    if (!done) {
        printErr(done.error());
        return ServerExitFailure;
    }
    printOut(u"Restored %1 from %2 (its history ends at revision %3; new changes go on from revision %4).\n"
             "New epoch %5: each client re-sends what it has that the backup lacks on its next sync.\n"_s
                 .arg(common.database->displayName(), done->file)
                 .arg(done->backupRevision)
                 .arg(done->revisionCounter + 1)
                 .arg(done->epoch));
    return ServerExitOk;
}

int MaintenanceCommands::prune(const QStringList &args)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.setApplicationDescription(
        u"Prunes the mutation log: replay answers older than --replay-retention-days are cleared (the mutation "
        "is still never applied twice), whole entries older than --audit-retention-days are removed. `serve` "
        "does this once a day."_s);
    parser.addOption({u"dry-run"_s, u"Only count what would be pruned."_s});
    parser.addOption({u"audit-retention-days"_s,
                      u"Keep audit entries this many days (default %1)."_s.arg(MutationLogPruner::kDefaultAuditDays),
                      u"days"_s});
    parser.addOption({u"replay-retention-days"_s,
                      u"Keep replay answers this many days (default %1)."_s.arg(MutationLogPruner::kDefaultReplayDays),
                      u"days"_s});
    QCommandLineOption now(u"now"_s, u"Prune as of this UTC time (tests)."_s, u"time"_s);
    now.setFlags(QCommandLineOption::HiddenFromHelp); // test suites only: the clock seam
    parser.addOption(now);
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin prune"_s} + args, true);
    if (common.exit)
        return *common.exit;
    const std::optional<qint64> audit =
        integerOption(parser, u"audit-retention-days"_s, MutationLogPruner::kDefaultAuditDays, 1, 36500);
    const std::optional<qint64> replay =
        integerOption(parser, u"replay-retention-days"_s, MutationLogPruner::kDefaultReplayDays, 1, 36500);
    if (!audit || !replay)
        return ServerExitUsage;
    if (parser.isSet(u"now"_s)) {
        const QDateTime at = QDateTime::fromString(parser.value(u"now"_s), Qt::ISODateWithMs);
        if (!at.isValid())
            return usageError(u"--now must be an ISO 8601 date-time."_s);
        Clock::setFixed(at.toUTC());
    }
    Result<std::unique_ptr<Database>> db = Database::open(*common.database);
    if (!db) {
        printErr(db.error());
        return ServerExitFailure;
    }
    if (Status s = Schema::migrate(**db); !s) {
        printErr(s.error());
        return ServerExitFailure;
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    Result<MutationLogPruner::Counts> counts =
        MutationLogPruner::run(**db, {int(*replay), int(*audit)}, Clock::currentDateTimeUtc(), dryRun);
    if (!counts) {
        printErr(counts.error());
        return ServerExitFailure;
    }
    printOut(u"%1 %2 replay answer(s) older than %3 days, %4 %5 audit entries older than %6 days.\n"_s
                 .arg(dryRun ? u"Would clear"_s : u"Cleared"_s)
                 .arg(counts->answersCleared)
                 .arg(*replay)
                 .arg(dryRun ? u"would remove"_s : u"removed"_s)
                 .arg(counts->rowsRemoved)
                 .arg(*audit));
    return ServerExitOk;
}

} // namespace k12::server
