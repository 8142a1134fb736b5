// Headless commands for unit and lesson plans: create and list them (through the
// same PlanActions as the Plans tab), export one to PDF.
#include "CliContext.h"

#include "models/actions/Actions.h"
#include "models/plans/PlanChanges.h"
#include "models/plans/PlanDates.h"
#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include "kernel/domain/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanCommands)
};

int planList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"plan list"_s, Text::tr("List a class's unit plans and their lessons, with ids."));
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"class"_s))
        return cli.usageError(Text::tr("--class is required"));
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    Result<SchoolClass> c = ClassRepository(*store).resolve(cli.value(u"class"_s));
    if (!c)
        return printUserError(c.error());
    PlanQueries queries(*store);
    QTextStream out(stdout);
    QJsonArray units;
    for (const UnitPlan &u : queries.units(c->id)) {
        QJsonArray lessons;
        if (!cli.isSet(u"json"_s)) {
            out << u"unit\t"_s << u.id << u'\t' << cliDate(u.startDate) << u'\t' << cliDate(u.endDate) << u'\t'
                << u.status << u'\t' << u.title << u'\n';
        }
        for (const Lesson &l : queries.lessons(u.id)) {
            if (cli.isSet(u"json"_s))
                lessons.append(QJsonObject{{u"id"_s, l.id}, {u"date"_s, cliDate(l.date)}, {u"title"_s, l.title}});
            else
                out << u"lesson\t"_s << l.id << u'\t' << cliDate(l.date) << u"\t\t\t"_s << l.title << u'\n';
        }
        units.append(QJsonObject{{u"id"_s, u.id},
                                 {u"title"_s, u.title},
                                 {u"start_date"_s, cliDate(u.startDate)},
                                 {u"end_date"_s, cliDate(u.endDate)},
                                 {u"status"_s, u.status},
                                 {u"lessons"_s, lessons}});
    }
    if (cli.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(units).toJson(QJsonDocument::Indented));
    return ExitOk;
}

// The unit named by --unit, or the exit code after saying why not.
std::optional<UnitPlan> unitOf(CliContext &ctx, CommandLine &cli, Store **store, int *exitCode)
{
    if (!cli.isSet(u"unit"_s)) {
        *exitCode = cli.usageError(Text::tr("--unit is required"));
        return std::nullopt;
    }
    *store = ctx.store();
    if (!*store) {
        *exitCode = ExitUserError;
        return std::nullopt;
    }
    const QString id = cli.value(u"unit"_s).trimmed();
    std::optional<UnitPlan> unit = UnitPlanRepository(**store).find(id);
    if (!unit) {
        *exitCode = printUserError(Text::tr("No unit has the id \"%1\" (see \"plan unit list\").").arg(id));
        return std::nullopt;
    }
    return unit;
}

int unitAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"plan unit add"_s,
                    Text::tr("Create a unit plan in a class, as New Unit in the Plans tab does, and print its id. "
                             "Without dates it follows the class's last unit and lasts three school weeks."));
    cli.addPositional(u"TITLE"_s, Text::tr("Title of the unit, e.g. \"Plate Tectonics\"."));
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"start"_s}, Text::tr("First day of the unit."), u"YYYY-MM-DD"_s);
    cli.addOption({u"end"_s}, Text::tr("Last day of the unit (default: three school weeks after the start)."),
                  u"YYYY-MM-DD"_s);
    cli.addOption({u"summary"_s}, Text::tr("A summary of the unit."), u"TEXT"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    std::optional<QDate> start;
    if (cli.isSet(u"start"_s) && !(start = cli.date(u"start"_s)))
        return ExitUsage;
    std::optional<QDate> end;
    if (cli.isSet(u"end"_s) && !(end = cli.date(u"end"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    // The window's defaults (position, dates after the last unit), then what was given.
    UnitPlan unit = PlanChanges::nextUnit(*store, c->id, Clock::today());
    unit.title = cli.positional().at(0).trimmed();
    if (start) {
        unit.startDate = *start;
        unit.endDate = PlanDates::unitEnd(*start, 3);
    }
    if (end)
        unit.endDate = *end;
    unit.summary = cli.value(u"summary"_s);
    Result<QString> id = Actions(*store).plans().createUnit(unit);
    if (!id)
        return printUserError(id.error());
    QTextStream(stdout) << *id << u'\n';
    return ExitOk;
}

int unitList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"plan unit list"_s,
                    Text::tr("List a class's unit plans with their ids, in the Plans tab's order."));
    cli.addOption({u"class"_s}, Text::tr("The class: its id or its exact name."), u"CLASS"_s);
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    PlanQueries queries(*store);
    QTextStream out(stdout);
    QJsonArray array;
    for (const UnitPlan &u : queries.units(c->id)) {
        const qsizetype lessons = queries.lessons(u.id).size();
        if (cli.isSet(u"json"_s)) {
            array.append(QJsonObject{{u"id"_s, u.id},
                                     {u"title"_s, u.title},
                                     {u"start_date"_s, cliDate(u.startDate)},
                                     {u"end_date"_s, cliDate(u.endDate)},
                                     {u"summary"_s, u.summary},
                                     {u"status"_s, u.status},
                                     {u"position"_s, u.position},
                                     {u"lessons"_s, lessons}});
        } else {
            out << u.id << u'\t' << cliDate(u.startDate) << u'\t' << cliDate(u.endDate) << u'\t' << u.status << u'\t'
                << u.title << u'\n';
        }
    }
    if (cli.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int lessonAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"plan lesson add"_s,
                    Text::tr("Add a lesson at the end of a unit, as New Lesson in the Plans tab does, and print its "
                             "id. Without --date it goes on the school day after the unit's last dated lesson."));
    cli.addPositional(u"TITLE"_s, Text::tr("Title of the lesson."));
    cli.addOption({u"unit"_s}, Text::tr("The unit's id (see \"plan unit list\")."), u"ID"_s);
    cli.addOption({u"date"_s}, Text::tr("The day of the lesson."), u"YYYY-MM-DD"_s);
    cli.addOption({u"objectives"_s}, Text::tr("Learning objectives."), u"TEXT"_s);
    cli.addOption({u"activities"_s}, Text::tr("Activities (plain text or HTML)."), u"TEXT"_s);
    cli.addOption({u"materials"_s}, Text::tr("Materials."), u"TEXT"_s);
    cli.addOption({u"homework"_s}, Text::tr("Homework."), u"TEXT"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    std::optional<QDate> date;
    if (cli.isSet(u"date"_s) && !(date = cli.date(u"date"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<UnitPlan> unit = unitOf(ctx, cli, &store, &code);
    if (!unit)
        return code;
    Lesson lesson = PlanChanges::nextLesson(*store, *unit, Clock::today());
    lesson.title = cli.positional().at(0).trimmed();
    if (date)
        lesson.date = *date;
    lesson.objectives = cli.value(u"objectives"_s);
    lesson.activities = cli.value(u"activities"_s);
    lesson.materials = cli.value(u"materials"_s);
    lesson.homework = cli.value(u"homework"_s);
    Result<QString> id = Actions(*store).plans().createLesson(lesson);
    if (!id)
        return printUserError(id.error());
    QTextStream(stdout) << *id << u'\n';
    return ExitOk;
}

int lessonList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"plan lesson list"_s, Text::tr("List a unit's lessons in teaching order, with their ids."));
    cli.addOption({u"unit"_s}, Text::tr("The unit's id (see \"plan unit list\")."), u"ID"_s);
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<UnitPlan> unit = unitOf(ctx, cli, &store, &code);
    if (!unit)
        return code;
    QTextStream out(stdout);
    QJsonArray array;
    for (const Lesson &l : PlanQueries(*store).lessons(unit->id)) {
        if (cli.isSet(u"json"_s)) {
            array.append(QJsonObject{{u"id"_s, l.id},
                                     {u"unit_id"_s, l.unitId},
                                     {u"position"_s, l.position},
                                     {u"date"_s, cliDate(l.date)},
                                     {u"title"_s, l.title},
                                     {u"objectives"_s, l.objectives},
                                     {u"activities"_s, l.activities},
                                     {u"materials"_s, l.materials},
                                     {u"homework"_s, l.homework}});
        } else {
            out << l.id << u'\t' << cliDate(l.date) << u'\t' << l.title << u'\n';
        }
    }
    if (cli.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int exportPlan(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"export plan"_s,
                    Text::tr("Write a unit plan (with all its lessons) or one lesson as a printable PDF. The file "
                             "can be read by you alone."));
    cli.addOption({u"unit"_s}, Text::tr("The unit plan's id (see \"plan list\")."), u"ID"_s);
    cli.addOption({u"lesson"_s}, Text::tr("A lesson's id, instead of a whole unit."), u"ID"_s);
    cli.addOption({u"out"_s}, Text::tr("The PDF file to write."), u"FILE.pdf"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    const bool unit = cli.isSet(u"unit"_s);
    const bool lesson = cli.isSet(u"lesson"_s);
    if (unit == lesson)
        return cli.usageError(Text::tr("give either --unit or --lesson"));
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).isEmpty())
        return cli.usageError(Text::tr("--out is required"));
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const QString id = cli.value(unit ? u"unit"_s : u"lesson"_s).trimmed();
    const QString out = cli.value(u"out"_s);
    const Status written =
        unit ? PlanDocument::exportUnit(*store, id, out) : PlanDocument::exportLesson(*store, id, out);
    if (!written)
        return printUserError(written.error());
    QTextStream(stdout)
        << (unit ? Text::tr("Wrote the unit plan to %1.") : Text::tr("Wrote the lesson plan to %1.")).arg(out) << u'\n';
    return ExitOk;
}

} // namespace

bool commandNeedsFonts(const QStringList &args)
{
    // Laying out a PDF page needs fonts, which only a GUI application loads (plans; the year's export).
    return args.size() >= 2 && args.at(0) == u"export"_s && (args.at(1) == u"plan"_s || args.at(1) == u"year"_s);
}

void addPlanCommands(QList<CliCommand> &commands)
{
    commands.append({{u"plan"_s, u"list"_s},
                     u"--class CLASS [--json]"_s,
                     Text::tr("List a class's unit plans and lessons with their ids."),
                     planList});
    commands.append({{u"plan"_s, u"unit"_s, u"add"_s},
                     u"--class CLASS TITLE [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--summary TEXT]"_s,
                     Text::tr("Create a unit plan; prints its id."),
                     unitAdd});
    commands.append({{u"plan"_s, u"unit"_s, u"list"_s},
                     u"--class CLASS [--json]"_s,
                     Text::tr("List a class's unit plans with their ids."),
                     unitList});
    commands.append({{u"plan"_s, u"lesson"_s, u"add"_s},
                     u"--unit ID TITLE [--date YYYY-MM-DD] [--objectives TEXT] [--activities TEXT] [--materials TEXT] "
                     "[--homework TEXT]"_s,
                     Text::tr("Add a lesson at the end of a unit; prints its id."),
                     lessonAdd});
    commands.append({{u"plan"_s, u"lesson"_s, u"list"_s},
                     u"--unit ID [--json]"_s,
                     Text::tr("List a unit's lessons in teaching order with their ids."),
                     lessonList});
    commands.append({{u"export"_s, u"plan"_s},
                     u"(--unit ID | --lesson ID) --out FILE.pdf"_s,
                     Text::tr("Export a unit plan or a lesson as a printable PDF."),
                     exportPlan});
}

} // namespace k12
