// Headless import of scores from a CSV or XLSX file (issues 4 and 15).
#include "CliContext.h"

#include "models/actions/Actions.h"
#include "models/csv/ScoreImport.h"
#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ImportCommands)
};

int importScores(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"import scores"_s,
                    Text::tr("Import scores from a CSV or XLSX file: a K12 Teacher or Canvas gradebook export, or a "
                             "sheet with a student number column and one column per assignment. Every problem is "
                             "listed by line and column, every column that is not read says why, and nothing is "
                             "written unless the whole file is valid."));
    cli.addPositional(u"FILE"_s, Text::tr("The file to import (.csv or .xlsx)."));
    cli.addOption({u"sheet"_s}, Text::tr("XLSX: the worksheet to read (default: the first)."), u"NAME"_s);
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"dry-run"_s}, Text::tr("Check the file and report what would change; write nothing."));
    cli.addOption({u"create-assignments"_s},
                  Text::tr("Create assignments the class does not have yet (points from the Points Possible row, "
                           "else 100)."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    if (!cli.isSet(u"class"_s))
        return cli.usageError(Text::tr("--class is required"));
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    Result<SchoolClass> schoolClass = ClassRepository(*store).resolve(cli.value(u"class"_s));
    if (!schoolClass)
        return printUserError(schoolClass.error());
    const QString path = cli.positional().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return printUserError(Text::tr("%1: cannot open the file (%2).").arg(path, file.errorString()));
    Result<GradebookData> data = GradebookData::load(*store, schoolClass->id);
    if (!data)
        return printUserError(data.error());

    ScoreImport::Options options;
    options.createAssignments = cli.isSet(u"create-assignments"_s);
    options.sheet = cli.value(u"sheet"_s);
    const QString name = QFileInfo(path).fileName();
    const ScoreImport::Plan plan = ScoreImport::analyze(file.readAll(), name, *data, options);
    QTextStream out(stdout);
    QTextStream err(stderr);
    out << Text::tr("%1: %2, %3; %n row(s)", nullptr, plan.rows)
               .arg(name, ScoreImport::formatName(plan.format), plan.encoding.isEmpty() ? u"-"_s : plan.encoding)
        << u'\n';
    for (const ScoreImport::SkippedColumn &skipped : plan.skipped)
        out << Text::tr("column \"%1\" not imported as scores (%2)").arg(skipped.column, skipped.reason) << u'\n';
    out.flush();
    if (!plan.ok()) {
        for (const ScoreImport::Problem &p : plan.problems)
            err << p.text(name) << u'\n';
        err.flush();
        return printUserError(
            Text::tr("nothing was imported: %n problem(s) in the file.", nullptr, int(plan.problems.size())));
    }
    out << Text::tr("%n change(s)", nullptr, plan.changeCount()) << u": "_s
        << Text::tr("%n score(s) to change", nullptr, int(plan.entries.size())) << u", "_s
        << Text::tr("%n unchanged", nullptr, plan.unchanged) << u", "_s
        << Text::tr("%n new assignment(s)", nullptr, int(plan.newAssignments.size())) << u'\n';
    if (cli.isSet(u"dry-run"_s)) {
        out << Text::tr("Dry run: nothing was written.") << u'\n';
        return ExitOk;
    }
    Result<int> written = Actions(*store).grades().importScores(ScoreImport::changes(plan));
    if (!written)
        return printUserError(Text::tr("nothing was imported: %1").arg(written.error()));
    out << Text::tr("Imported.") << u'\n';
    return ExitOk;
}

} // namespace

void addImportCommands(QList<CliCommand> &commands)
{
    commands.append({{u"import"_s, u"scores"_s},
                     u"FILE.csv|FILE.xlsx --class CLASS [--sheet NAME] [--dry-run] [--create-assignments]"_s,
                     Text::tr("Import scores from a CSV or XLSX file (all or nothing)."),
                     importScores});
}

} // namespace k12
