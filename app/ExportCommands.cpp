// Headless export commands: the gradebook as CSV or XLSX.
#include "CliContext.h"

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

// --format takes the layout (k12, canvas) and the file type (csv, xlsx), alone
// or together ("canvas,xlsx"); without a file type, an --out ending in .xlsx
// makes an XLSX file.
std::optional<QString> applyFormat(const QString &value, GradebookExport::Options *options, bool *typeGiven)
{
    for (const QString &key : value.split(u',', Qt::SkipEmptyParts)) {
        if (const auto layout = GradebookExport::formatFromKey(key)) {
            options->format = *layout;
        } else if (const auto type = GradebookExport::fileTypeFromKey(key)) {
            options->fileType = *type;
            *typeGiven = true;
        } else {
            return Text::tr("--format takes k12, canvas, csv or xlsx (not \"%1\")").arg(key);
        }
    }
    return std::nullopt;
}

int exportGradebook(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"export gradebook"_s,
                    Text::tr("Write a class's gradebook as CSV or XLSX: every active student's scores, category "
                             "percentages, final percentage and letter. The file imports back with \"import "
                             "scores\" without a change."));
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"format"_s},
                  Text::tr("The layout, the file type or both, comma-separated: k12 (default), our own layout; "
                           "canvas, the layout of a Canvas gradebook export, which Canvas's gradebook import "
                           "accepts; csv (default) or xlsx (numbers stay numbers and student numbers text in "
                           "every spreadsheet and locale)."),
                  u"k12|canvas|csv|xlsx"_s);
    cli.addOption({u"delimiter"_s}, Text::tr("CSV: the cell separator, \",\" (default), \";\" or \"tab\"."), u"CHAR"_s);
    cli.addOption({u"decimal-comma"_s},
                  Text::tr("CSV: write 9,5 instead of 9.5, as spreadsheets in German, French or Spanish expect "
                           "(use it with --delimiter \";\")."));
    cli.addOption({u"bom"_s}, Text::tr("CSV: start the file with a UTF-8 byte order mark (the default; Excel needs "
                                       "it to read UTF-8)."));
    cli.addOption({u"no-bom"_s}, Text::tr("CSV: leave the byte order mark out."));
    cli.addOption({u"out"_s}, Text::tr("The file to write; - writes to standard output."), u"FILE"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"class"_s))
        return cli.usageError(Text::tr("--class is required"));
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).isEmpty())
        return cli.usageError(Text::tr("--out is required (use - for standard output)"));
    const QString out = cli.value(u"out"_s);
    GradebookExport::Options options;
    bool typeGiven = false;
    if (cli.isSet(u"format"_s)) {
        if (const std::optional<QString> wrong = applyFormat(cli.value(u"format"_s), &options, &typeGiven))
            return cli.usageError(*wrong);
    }
    if (!typeGiven && out.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        options.fileType = GradebookExport::FileType::Xlsx;
    if (cli.isSet(u"delimiter"_s)) {
        const QString d = cli.value(u"delimiter"_s);
        if (d == u"tab"_s || d == u"\t"_s)
            options.delimiter = u'\t';
        else if (d == u","_s || d == u";"_s)
            options.delimiter = d.at(0);
        else
            return cli.usageError(Text::tr("--delimiter must be \",\", \";\" or \"tab\""));
    }
    options.decimalComma = cli.isSet(u"decimal-comma"_s);
    if (options.decimalComma && options.delimiter == u',')
        return cli.usageError(Text::tr("--decimal-comma needs --delimiter \";\" or \"tab\": 9,5 in a comma-separated "
                                       "file would be two cells in most spreadsheets"));
    if (cli.isSet(u"bom"_s) && cli.isSet(u"no-bom"_s))
        return cli.usageError(Text::tr("--bom and --no-bom cannot both be given"));
    options.byteOrderMark = !cli.isSet(u"no-bom"_s);
    const bool csvOnly = cli.isSet(u"delimiter"_s) || options.decimalComma || cli.isSet(u"no-bom"_s);
    if (options.fileType == GradebookExport::FileType::Xlsx && csvOnly)
        return cli.usageError(Text::tr("--delimiter, --decimal-comma and --no-bom are for CSV files"));

    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    Result<SchoolClass> schoolClass = ClassRepository(*store).resolve(cli.value(u"class"_s));
    if (!schoolClass)
        return printUserError(schoolClass.error());
    if (Status written = GradebookExport::writeFile(*store, schoolClass->id, options, out); !written)
        return printUserError(written.error());
    if (out != u"-"_s)
        QTextStream(stdout) << Text::tr("Wrote the gradebook of \"%1\" to %2.").arg(schoolClass->name, out) << u'\n';
    return ExitOk;
}

} // namespace

void addExportCommands(QList<CliCommand> &commands)
{
    commands.append(
        {{u"export"_s, u"gradebook"_s},
         u"--class CLASS [--format k12|canvas,csv|xlsx] [--delimiter ';' --decimal-comma] [--no-bom] --out FILE"_s,
         Text::tr("Export a class's gradebook as CSV or XLSX (- = standard output)."),
         exportGradebook});
}

} // namespace k12
