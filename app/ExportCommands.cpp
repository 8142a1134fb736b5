// Headless export commands: the gradebook as CSV.
#include "CliContext.h"

#include "models/csv/CsvWriter.h"
#include "models/csv/GradebookExport.h"
#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ExportCommands)
};

int exportGradebook(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"export gradebook"_s,
                    Text::tr("Write a class's gradebook as CSV: every active student's scores, category "
                             "percentages, final percentage and letter."));
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"format"_s},
                  Text::tr("k12 (default): our own layout; canvas: the layout of a Canvas gradebook export, "
                           "which Canvas's gradebook import accepts."),
                  u"k12|canvas"_s);
    cli.addOption({u"bom"_s}, Text::tr("Start the file with a UTF-8 byte order mark (for Excel)."));
    cli.addOption({u"out"_s}, Text::tr("The file to write; - writes to standard output."), u"FILE"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"class"_s))
        return cli.usageError(Text::tr("--class is required"));
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).isEmpty())
        return cli.usageError(Text::tr("--out is required (use - for standard output)"));
    GradebookExport::Options options;
    if (cli.isSet(u"format"_s)) {
        const std::optional<GradebookExport::Format> format = GradebookExport::formatFromKey(cli.value(u"format"_s));
        if (!format)
            return cli.usageError(Text::tr("--format must be k12 or canvas"));
        options.format = *format;
    }
    options.byteOrderMark = cli.isSet(u"bom"_s);

    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    Result<SchoolClass> schoolClass = ClassRepository(*store).resolve(cli.value(u"class"_s));
    if (!schoolClass)
        return printUserError(schoolClass.error());
    Result<QByteArray> csv = GradebookExport::build(*store, schoolClass->id, options);
    if (!csv)
        return printUserError(csv.error());
    const QString out = cli.value(u"out"_s);
    if (Status written = CsvWriter::writeFile(out, *csv); !written)
        return printUserError(written.error());
    if (out != u"-"_s)
        QTextStream(stdout) << Text::tr("Wrote the gradebook of \"%1\" to %2.").arg(schoolClass->name, out) << u'\n';
    return ExitOk;
}

} // namespace

void addExportCommands(QList<CliCommand> &commands)
{
    commands.append({{u"export"_s, u"gradebook"_s},
                     u"--class CLASS [--format k12|canvas] [--bom] --out FILE"_s,
                     Text::tr("Export a class's gradebook as CSV (- = standard output)."),
                     exportGradebook});
}

} // namespace k12
