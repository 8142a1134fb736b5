// Headless commands for standards, tags, per-standard levels and mastery.
#include "StandardCommands.h"

#include "models/actions/Actions.h"
#include "models/mastery/MasteryExport.h"
#include "models/mastery/MasteryReport.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::StandardCommands)
};

QString codesOf(Store &store, const QStringList &standardIds)
{
    QStringList codes;
    QList<Standard> standards;
    for (const QString &id : standardIds) {
        if (std::optional<Standard> s = StandardRepository(store).find(id))
            standards.append(*s);
    }
    StandardQueries::sortByCode(standards);
    for (const Standard &s : standards)
        codes.append(s.code.trimmed());
    return codes.join(u", "_s);
}

int standardAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"standard add"_s, Text::tr("Add a standard to a class and print its id."));
    addClassOption(cli);
    cli.addPositional(u"CODE"_s, Text::tr("The standard's code, e.g. RL.7.1 (unique in the class)."));
    cli.addOption({u"description"_s}, Text::tr("What the standard asks for."), u"D"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<QString> id = Actions(*store).standards().add(c->id, cli.positional().at(0), cli.value(u"description"_s));
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int standardList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"standard list"_s, Text::tr("List a class's standards by code."));
    addClassOption(cli);
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const QList<Standard> standards = StandardQueries(*store).standards(c->id);
    if (cli.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Standard &s : standards)
            array.append(
                QJsonObject{{u"id"_s, s.id}, {u"code"_s, s.code.trimmed()}, {u"description"_s, s.description}});
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    for (const Standard &s : standards)
        cliOut() << s.code.trimmed() << u'\t' << s.description << u'\t' << s.id << u'\n';
    cliOut().flush();
    return ExitOk;
}

int standardImport(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"standard import"_s,
                    Text::tr("Import a class's standards from a CSV file with a header row and the columns code, "
                             "description and, optionally, parent or strand (any order; other columns are ignored). "
                             "A code the class has keeps its id and takes the file's description. A strand is "
                             "written before the description as \"Strand: ... - \" (standards have no parent "
                             "field). Nothing is imported if any row is bad."));
    addClassOption(cli);
    cli.addPositional(u"FILE.csv"_s, Text::tr("The standards file."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<CsvTable> table = CsvReader::readFile(cli.positional().at(0));
    if (!table)
        return printUserError(Text::tr("nothing was imported: %1").arg(table.error()));
    Result<StandardActions::ImportSummary> r = Actions(*store).standards().importTable(c->id, *table);
    if (!r) {
        const QStringList problems = r.error().split(u'\n');
        QTextStream err(stderr);
        for (const QString &problem : problems)
            err << problem << u'\n';
        err.flush();
        return printUserError(
            Text::tr("nothing was imported: %n problem(s) in the file.", nullptr, int(problems.size())));
    }
    if (!r->ignoredColumns.isEmpty())
        QTextStream(stderr) << Text::tr("note: columns ignored: %1").arg(r->ignoredColumns.join(u", "_s)) << u'\n';
    cliOut() << Text::tr("%1: %2 new, %3 with a new description, %4 unchanged.")
                    .arg(QFileInfo(cli.positional().at(0)).fileName())
                    .arg(r->added)
                    .arg(r->updated)
                    .arg(r->unchanged)
             << Qt::endl;
    return ExitOk;
}

// assignment tag / untag: the same options, the opposite action.
int assignmentTags(CliContext &ctx, const QStringList &args, bool add)
{
    CommandLine cli(add ? u"assignment tag"_s : u"assignment untag"_s,
                    add ? Text::tr("Tag an assignment with standards and print all its standards.")
                        : Text::tr("Take standards off an assignment and print the standards it keeps. The levels "
                                   "entered stay evidence of mastery."));
    addClassOption(cli);
    cli.addOption({u"assignment"_s}, Text::tr("Assignment title or id."), u"ASSIGNMENT"_s);
    cli.addOption({u"standard"_s}, Text::tr("A standard's code or id; give --standard once per standard."), u"CODE"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"assignment"_s))
        return cli.usageError(Text::tr("--assignment is required"));
    if (!cli.isSet(u"standard"_s))
        return cli.usageError(Text::tr("--standard is required"));
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<Assignment> assignment = AssignmentRepository(*store).resolve(c->id, cli.value(u"assignment"_s));
    if (!assignment)
        return printUserError(assignment.error());
    QStringList ids;
    for (const QString &wanted : cli.values(u"standard"_s)) {
        Result<Standard> s = StandardQueries(*store).resolve(c->id, wanted);
        if (!s)
            return printUserError(s.error());
        ids.append(s->id);
    }
    StandardActions standards = Actions(*store).standards();
    Result<int> r = add ? standards.tag(*assignment, ids) : standards.untag(*assignment, ids);
    if (!r)
        return printUserError(r.error());
    const QString codes = codesOf(*store, StandardQueries(*store).tagsOf(assignment->id));
    cliOut() << assignment->title << u": "_s << (codes.isEmpty() ? Text::tr("no standards") : codes) << Qt::endl;
    return ExitOk;
}

int assignmentTag(CliContext &ctx, const QStringList &args)
{
    return assignmentTags(ctx, args, true);
}

int assignmentUntag(CliContext &ctx, const QStringList &args)
{
    return assignmentTags(ctx, args, false);
}

// --method and --param as `mastery` takes them; nullopt after printing a usage error.
bool readMethod(CommandLine &cli, std::optional<Mastery::Method> *method, std::optional<double> *param, int *code)
{
    if (cli.isSet(u"method"_s)) {
        *method = Mastery::methodFromKey(cli.value(u"method"_s));
        if (!*method) {
            *code = cli.usageError(Text::tr("--method takes most_recent, highest, mean, mode, weighted_average, "
                                            "decaying_average, n_mastery or power_law (not \"%1\")")
                                       .arg(cli.value(u"method"_s)));
            return false;
        }
    }
    if (cli.isSet(u"param"_s)) {
        *param = cli.number(u"param"_s);
        if (!*param) {
            *code = ExitUsage;
            return false;
        }
        if (*method && !MasteryReport::takesParam(**method)) {
            *code = cli.usageError(Text::tr("--param is for weighted_average, decaying_average and n_mastery"));
            return false;
        }
    }
    return true;
}

int mastery(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"mastery"_s,
                    Text::tr("Show each student's mastery of each standard of a class: the standard's own method, "
                             "else the class's, over the student's levels on the standard, oldest first (by "
                             "assessed date, then by entry), rounded to 2 decimals, with the label of the class's "
                             "proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding)."));
    addClassOption(cli);
    cli.addOption({u"method"_s}, Text::tr("One method for every standard instead of theirs and the class's."),
                  u"most_recent|highest|mean|mode|weighted_average|decaying_average|n_mastery|power_law"_s);
    cli.addOption({u"param"_s},
                  Text::tr("The method's parameter instead of the class's: the newest score's weight in percent "
                           "(weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many "
                           "scores at or above the class's threshold are needed (n_mastery)."),
                  u"P"_s);
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array, one object per student and standard."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    std::optional<Mastery::Method> method;
    std::optional<double> param;
    int code = ExitOk;
    if (!readMethod(cli, &method, &param, &code))
        return code;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    if (param && !method && !MasteryReport::takesParam(MasteryReport::methodOf(*c)))
        return cli.usageError(Text::tr("--param is for weighted_average, decaying_average and n_mastery; the "
                                       "class uses %1")
                                  .arg(c->masteryMethod));
    Result<MasteryReport> report = MasteryReport::build(*store, c->id, method, param);
    if (!report)
        return printUserError(report.error());
    if (cli.isSet(u"json"_s)) {
        QJsonArray array;
        for (int i = 0; i < report->students().size(); ++i) {
            for (int t = 0; t < report->standards().size(); ++t) {
                const MasteryReport::Cell &cell = report->cell(i, t);
                array.append(
                    QJsonObject{{u"student_number"_s, report->students().at(i).studentNumber},
                                {u"student_id"_s, report->students().at(i).id},
                                {u"standard"_s, report->standards().at(t).code.trimmed()},
                                {u"method"_s, Mastery::methodKey(report->methodFor(t))}, // its own, else the class's
                                {u"score"_s, cell.score ? QJsonValue(*cell.score) : QJsonValue(QJsonValue::Null)},
                                {u"level"_s, cell.score ? QJsonValue(cell.level) : QJsonValue(QJsonValue::Null)}});
            }
        }
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    cliOut() << Text::tr("Method: %1").arg(MasteryReport::describe(report->method(), report->params())) << u'\n';
    for (int t = 0; t < report->standards().size(); ++t) {
        if (report->isOverridden(t))
            cliOut() << Text::tr("Method for %1: %2")
                            .arg(report->standards().at(t).code.trimmed(),
                                 MasteryReport::describe(report->methodFor(t), report->paramsFor(t)))
                     << u'\n';
    }
    QStringList header{Text::tr("Student"), Text::tr("Number")};
    for (const Standard &s : report->standards())
        header.append(s.code.trimmed());
    cliOut() << header.join(u'\t') << u'\n';
    for (int i = 0; i < report->students().size(); ++i) {
        QStringList row{report->students().at(i).displayName(), report->students().at(i).studentNumber};
        for (int t = 0; t < report->standards().size(); ++t) {
            const MasteryReport::Cell &cell = report->cell(i, t);
            row.append(cell.score ? u"%1 %2"_s.arg(QString::number(*cell.score, 'f', 2), cell.level) : u"-"_s);
        }
        cliOut() << row.join(u'\t') << u'\n';
    }
    cliOut().flush();
    return ExitOk;
}

int exportMastery(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"export mastery"_s,
                    Text::tr("Write a class's mastery as CSV: a header row (Student, Student Number, then one "
                             "column per standard code), one row per active student, each standard's mastery by "
                             "the class's method with 2 decimals, empty without a result. UTF-8 with a byte order "
                             "mark; the file is readable by its owner only."));
    addClassOption(cli);
    cli.addOption({u"out"_s}, Text::tr("The file to write; - writes to standard output."), u"FILE"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).isEmpty())
        return cli.usageError(Text::tr("--out is required (use - for standard output)"));
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const QString path = cli.value(u"out"_s);
    if (Status written = MasteryExport::writeFile(*store, c->id, path); !written)
        return printUserError(written.error());
    if (path != u"-"_s)
        cliOut() << Text::tr("Wrote the mastery of \"%1\" to %2.").arg(c->name, path) << Qt::endl;
    return ExitOk;
}

// Whether `grade set` defines the option (others may add or drop theirs):
// asking QCommandLineParser about an unknown option prints a warning.
bool isSetIfKnown(const CommandLine &cli, const QString &name)
{
    return cli.helpText().contains(u"--"_s + name) && cli.isSet(name);
}

} // namespace

void addStandardLevelOptions(CommandLine &cli)
{
    cli.addOption({u"standard"_s},
                  Text::tr("Set the student's level on this standard (code or id) for the assignment, instead of "
                           "points; with --level or --clear."),
                  u"CODE"_s);
    cli.addOption({u"level"_s},
                  Text::tr("With --standard: the level on the class's proficiency scale (by default 1 Beginning, "
                           "2 Developing, 3 Proficient, 4 Exceeding; decimals allowed). Entering it again replaces "
                           "it."),
                  u"X"_s);
    cli.addOption({u"assessed"_s},
                  Text::tr("With --standard: the day it was assessed (default: the assignment's due date, else "
                           "today)."),
                  u"YYYY-MM-DD"_s);
}

bool isStandardLevel(const CommandLine &cli)
{
    return cli.isSet(u"standard"_s) || cli.isSet(u"level"_s) || cli.isSet(u"assessed"_s);
}

int gradeSetStandardLevel(CliContext &ctx, CommandLine &cli)
{
    if (!cli.isSet(u"standard"_s))
        return cli.usageError(Text::tr("--level and --assessed need --standard"));
    for (const QString &required : {u"assignment"_s, u"student"_s}) {
        if (!cli.isSet(required))
            return cli.usageError(Text::tr("--%1 is required").arg(required));
    }
    for (const QString &other :
         {u"points"_s, u"letter"_s, u"missing"_s, u"excused"_s, u"late"_s, u"days-late"_s, u"turned-in"_s}) {
        if (isSetIfKnown(cli, other))
            return cli.usageError(Text::tr("--standard sets a level, not points: leave out --%1").arg(other));
    }
    const bool clear = cli.isSet(u"clear"_s);
    if (clear == cli.isSet(u"level"_s))
        return cli.usageError(Text::tr("with --standard, give --level X or --clear"));
    if (clear && cli.isSet(u"assessed"_s))
        return cli.usageError(Text::tr("--clear cannot be combined with --assessed"));
    std::optional<double> level;
    if (!clear && !(level = cli.number(u"level"_s)))
        return ExitUsage;
    std::optional<QDate> assessed = QDate();
    if (cli.isSet(u"assessed"_s) && !(assessed = cli.date(u"assessed"_s)))
        return ExitUsage;

    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<Assignment> assignment = AssignmentRepository(*store).resolve(c->id, cli.value(u"assignment"_s));
    if (!assignment)
        return printUserError(assignment.error());
    Result<Student> student = StudentRepository(*store).resolveInClass(c->id, cli.value(u"student"_s));
    if (!student)
        return printUserError(student.error());
    Result<Standard> standard = StandardQueries(*store).resolve(c->id, cli.value(u"standard"_s));
    if (!standard)
        return printUserError(standard.error());
    StandardActions standards = Actions(*store).standards();
    if (clear) {
        if (Status s = standards.clearLevel(*assignment, student->id, standard->id); !s)
            return printUserError(s.error());
        return ExitOk;
    }
    if (Result<QString> r = standards.setLevel(*assignment, student->id, standard->id, *level, *assessed); !r)
        return printUserError(r.error());
    return ExitOk;
}

void addStandardCommands(QList<CliCommand> &commands)
{
    commands.append({{u"standard"_s, u"add"_s},
                     u"--class CLASS CODE [--description D]"_s,
                     Text::tr("Add a standard to a class; prints its id."),
                     standardAdd});
    commands.append(
        {{u"standard"_s, u"list"_s}, u"--class CLASS [--json]"_s, Text::tr("List a class's standards."), standardList});
    commands.append({{u"standard"_s, u"import"_s},
                     u"FILE.csv --class CLASS"_s,
                     Text::tr("Import standards from a CSV (code, description, parent/strand; all rows or none)."),
                     standardImport});
    commands.append({{u"assignment"_s, u"tag"_s},
                     u"--class CLASS --assignment A --standard CODE [--standard CODE ...]"_s,
                     Text::tr("Tag an assignment with standards."),
                     assignmentTag});
    commands.append({{u"assignment"_s, u"untag"_s},
                     u"--class CLASS --assignment A --standard CODE [--standard CODE ...]"_s,
                     Text::tr("Take standards off an assignment."),
                     assignmentUntag});
    commands.append({{u"mastery"_s},
                     u"--class CLASS [--method M] [--param P] [--json]"_s,
                     Text::tr("Show students' mastery of the class's standards."),
                     mastery});
    commands.append({{u"export"_s, u"mastery"_s},
                     u"--class CLASS --out FILE"_s,
                     Text::tr("Export a class's mastery as CSV (- = standard output)."),
                     exportMastery});
    addStandardSettingCommands(commands);
}

} // namespace k12
