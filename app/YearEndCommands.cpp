// Headless commands for the end of the year: the year's export and deleting a class for good.
#include "YearEndCommands.h"

#include "RolloverCommands.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/ClassDeleteActions.h"
#include "models/reports/ReportSettings.h"
#include "models/store/Store.h"
#include "models/yearend/YearExport.h"
#include "sync/engine/SyncState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::YearEndCommands)
};

int exportYear(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"export year"_s,
                    Text::tr("Write one zip file with everything of a term: for every class (archived ones too) "
                             "the gradebook as CSV and XLSX, the progress reports as one PDF and the unit plans as "
                             "PDF, and a README.txt listing what is inside. The file is private (0600) and appears "
                             "only when it is complete."));
    cli.addOption({u"term"_s}, Text::tr("The term, as the classes name it (e.g. \"2025-26 Spring\")."), u"T"_s);
    cli.addOption({u"out"_s}, Text::tr("The zip file to write."), u"FILE.zip"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).trimmed().isEmpty())
        return cli.usageError(Text::tr("--out is required"));
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    if (!cli.isSet(u"term"_s) || cli.value(u"term"_s).trimmed().isEmpty()) {
        const QStringList terms = YearExport::terms(*store);
        return cli.usageError(terms.isEmpty() ? Text::tr("--term is required")
                                              : Text::tr("--term is required (terms: %1)").arg(terms.join(u", "_s)));
    }
    const ReportSettings settings = ReportSettings::load(ctx.profileDir());
    YearExport::Options options;
    options.term = cli.value(u"term"_s).trimmed();
    options.path = cli.value(u"out"_s).trimmed();
    options.reports.schoolName = settings.schoolName;
    options.reports.schoolLogoPath = settings.schoolLogoPath;
    options.reports.teacherName =
        settings.teacherName.isEmpty() ? SyncState(store->database()).teacherName() : settings.teacherName;
    QElapsedTimer timer;
    timer.start();
    Result<YearExport::Outcome> written = YearExport::write(*store, options);
    if (!written)
        return printUserError(written.error());
    cliOut() << QDir::toNativeSeparators(QFileInfo(options.path).absoluteFilePath()) << u'\n'
             << Text::tr("Wrote %n class(es), ", nullptr, written->classes)
             << Text::tr("%n file(s), ", nullptr, int(written->files.size()))
             << Text::tr("%1 in %2 ms.").arg(QLocale().formattedDataSize(written->bytes)).arg(timer.elapsed())
             << Qt::endl;
    return ExitOk;
}

int classDelete(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"class delete"_s,
                    Text::tr("Delete a class and everything in it (roster, assignments, grades, plans) for good, "
                             "archived or not. A backup of the whole profile is taken first (\"before-delete\", kept "
                             "30 days); in the window, Edit > Undo brings it back. Students stay in the profile."));
    cli.addPositional(u"CLASS"_s, Text::tr("The class: its id, its exact name, or \"Name (Term)\"."));
    cli.addOption({u"yes"_s}, Text::tr("Really delete it (without it, nothing is deleted)."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const Result<SchoolClass> c = resolveClassOrLabel(*store, cli.positional().at(0));
    if (!c)
        return printUserError(c.error());
    ClassDeleteActions actions{ActionRunner(*store)};
    if (!cli.isSet(u"yes"_s)) {
        Result<ClassDeleteActions::Summary> s = actions.summarize(c->id);
        if (!s)
            return printUserError(s.error());
        return cli.usageError(
            Text::tr("Deleting %1 removes %2, %3 and %4 for good. Nothing was deleted: add --yes to delete it (a "
                     "backup is taken first).")
                .arg(s->label, Text::tr("%n student(s)", nullptr, s->students),
                     Text::tr("%n assignment(s)", nullptr, s->assignments),
                     Text::tr("%n grade(s)", nullptr, s->grades)));
    }
    QString backupId;
    Result<ClassDeleteActions::Summary> s = actions.remove(c->id, &backupId);
    if (!s)
        return printUserError(s.error());
    cliOut() << Text::tr("Deleted %1 (%n row(s)).", nullptr, s->rows).arg(s->label) << u'\n'
             << Text::tr("Backup: %1 (k12-teacher backup restore %1 brings it back).").arg(backupId) << Qt::endl;
    return ExitOk;
}

} // namespace

void addYearEndCommands(QList<CliCommand> &commands)
{
    commands.append({{u"export"_s, u"year"_s},
                     u"--term T --out FILE.zip"_s,
                     Text::tr("Write a term's gradebooks, progress reports and plans as one zip file."),
                     exportYear});
    commands.append({{u"class"_s, u"delete"_s},
                     u"CLASS --yes"_s,
                     Text::tr("Delete a class and everything in it (a backup is taken first)."),
                     classDelete});
}

} // namespace k12
