// Headless commands for the local database's backups: create (prints only the id on
// stdout, for scripts), list, verify, restore. The window's Backups dialog calls the
// same BackupService.
#include "BackupCommands.h"

#include "models/backup/BackupService.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::BackupCommands)
};

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// A profile without a database has nothing to back up or restore into: say so rather than create one.
bool requireProfile(CliContext &ctx, int *code)
{
    if (QFileInfo::exists(BackupService(ctx.profileDir()).databasePath()))
        return true;
    *code = printUserError(
        Text::tr("There is no K12 Teacher database in %1.").arg(QDir::toNativeSeparators(ctx.profileDir())));
    return false;
}

int backupCreate(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"backup create"_s,
                    Text::tr("Back up the profile's database now and print the new backup's id (nothing else)."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    if (!requireProfile(ctx, &code))
        return code;
    Result<BackupInfo> made = BackupService(ctx.profileDir()).snapshot(BackupReason::manual);
    if (!made)
        return printUserError(made.error());
    cliOut() << made->id << u'\n';
    return ExitOk;
}

int backupList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"backup list"_s, Text::tr("List the profile's backups, newest first."));
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    const QList<BackupInfo> backups = BackupService(ctx.profileDir()).list();
    if (cli.isSet(u"json"_s)) {
        QJsonArray list;
        for (const BackupInfo &b : backups) {
            list.append(QJsonObject{{u"id"_s, b.id},
                                    {u"created_at"_s, isoUtc(b.createdAt)},
                                    {u"reason"_s, b.reason},
                                    {u"bytes"_s, b.bytes},
                                    {u"schema_version"_s, b.schemaVersion},
                                    {u"integrity"_s, b.integrity}});
        }
        cliOut() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (backups.isEmpty()) {
        cliOut() << Text::tr("No backups yet.") << u'\n';
        return ExitOk;
    }
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        cliOut() << b.id << u"  "_s << isoUtc(b.createdAt) << u"  "_s << b.reason.leftJustified(16) << u"  "_s
                 << locale.formattedDataSize(b.bytes) << u'\n';
    }
    return ExitOk;
}

int backupVerify(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"backup verify"_s,
                    Text::tr("Check a backup: SQLite's integrity_check and quick_check on the copy and its schema "
                             "version. Exits 0 when it is good; otherwise the problem is printed on stderr."));
    cli.addPositional(u"ID"_s, Text::tr("The backup's id (see \"backup list\")."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    Result<BackupInfo> checked = BackupService(ctx.profileDir()).verify(cli.positional().constFirst());
    if (!checked)
        return printUserError(checked.error());
    cliOut() << Text::tr("%1: ok (schema %2)").arg(checked->id).arg(checked->schemaVersion) << u'\n';
    return ExitOk;
}

int backupRestore(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"backup restore"_s,
                    Text::tr("Replace the profile's database with a backup. The current database is backed up "
                             "first (reason before-restore): restoring that one undoes the restore. Close the app "
                             "first. The next sync pulls what the server has since the backup and re-sends what "
                             "only the backup holds."));
    cli.addPositional(u"ID"_s, Text::tr("The backup's id (see \"backup list\")."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    int code = ExitOk;
    if (!requireProfile(ctx, &code))
        return code;
    const QString id = cli.positional().constFirst();
    BackupService service(ctx.profileDir());
    if (Status restored = service.restore(id); !restored)
        return printUserError(restored.error());
    // Open once so an older backup is migrated now, not at the next start.
    if (!ctx.store())
        return ExitUserError;
    cliOut() << Text::tr("Restored %1.").arg(id) << u'\n';
    return ExitOk;
}

} // namespace

void addBackupCommands(QList<CliCommand> &commands)
{
    commands.append({{u"backup"_s, u"create"_s},
                     QString(),
                     Text::tr("Back up the profile's database now; prints the new backup's id."),
                     backupCreate});
    commands.append(
        {{u"backup"_s, u"list"_s}, u"[--json]"_s, Text::tr("List the backups (id, date, reason, size)."), backupList});
    commands.append(
        {{u"backup"_s, u"verify"_s}, u"ID"_s, Text::tr("Check a backup's integrity and schema."), backupVerify});
    commands.append({{u"backup"_s, u"restore"_s},
                     u"ID"_s,
                     Text::tr("Replace the database with a backup (undoable)."),
                     backupRestore});
}

} // namespace k12
