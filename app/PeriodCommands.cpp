// Headless commands for a class's grading periods: add, list, remove, presets
// (quarters, semesters) and copy, through the same PeriodActions as the
// Grading Periods tab of the class settings.
#include "CliContext.h"

#include "models/actions/Actions.h"
#include "models/grading/PeriodMembership.h"
#include "models/grading/TermFinals.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::PeriodCommands)
};

int periodAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period add"_s, Text::tr("Add a grading period to a class and print its id."));
    addClassOption(cli);
    cli.addPositional(u"NAME"_s, Text::tr("Name, e.g. Q1."));
    cli.addOption({u"start"_s}, Text::tr("First day of the period."), u"YYYY-MM-DD"_s);
    cli.addOption({u"end"_s}, Text::tr("Last day of the period."), u"YYYY-MM-DD"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    for (const QString &required : {u"start"_s, u"end"_s}) {
        if (!cli.isSet(required))
            return cli.usageError(Text::tr("--%1 is required").arg(required));
    }
    const std::optional<QDate> start = cli.date(u"start"_s);
    if (!start)
        return ExitUsage;
    const std::optional<QDate> end = cli.date(u"end"_s);
    if (!end)
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    GradingPeriod p;
    p.classId = c->id;
    p.name = cli.positional().at(0);
    p.startDate = *start;
    p.endDate = *end;
    Result<QString> id = Actions(*store).periods().add(p);
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int periodList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period list"_s,
                    Text::tr("List a class's grading periods in date order: id, name, start, end, how many "
                             "assignments are in each (put there, or due within its dates) and, for a term "
                             "computed by a formula, the formula."));
    addClassOption(cli);
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const PeriodMembership membership(GradingPeriodRepository(*store).forClass(c->id));
    const QList<Assignment> assignments = AssignmentRepository(*store).inClass(c->id);
    const QList<Category> categories = CategoryRepository(*store).inClass(c->id);
    const QHash<QString, int> counts = membership.counts(assignments);
    QJsonArray list;
    for (const GradingPeriod &p : membership.periods()) {
        // "S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"; empty for a period of its own assignments.
        const QString formula =
            p.formula.isEmpty() ? QString() : TermFinals::formulaText(p, membership.periods(), assignments, categories);
        if (cli.isSet(u"json"_s)) {
            list.append(QJsonObject{{u"id"_s, p.id},
                                    {u"name"_s, p.name},
                                    {u"start"_s, cliDate(p.startDate)},
                                    {u"end"_s, cliDate(p.endDate)},
                                    {u"assignments"_s, counts.value(p.id)},
                                    {u"formula"_s, formula}});
        } else {
            cliOut() << p.id << u'\t' << p.name << u'\t' << cliDate(p.startDate) << u'\t' << cliDate(p.endDate) << u'\t'
                     << counts.value(p.id);
            if (!formula.isEmpty())
                cliOut() << u'\t' << formula;
            cliOut() << u'\n';
        }
    }
    if (cli.isSet(u"json"_s))
        cliOut() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    cliOut().flush();
    return ExitOk;
}

int periodRemove(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period remove"_s,
                    Text::tr("Remove a grading period; the assignments put in it go back to their due dates."));
    addClassOption(cli);
    cli.addPositional(u"PERIOD"_s, Text::tr("The period's name or id."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const PeriodMembership membership(GradingPeriodRepository(*store).forClass(c->id));
    const GradingPeriod *p = membership.byNameOrId(cli.positional().at(0));
    if (!p)
        return printUserError(Text::tr("The class has no grading period \"%1\".").arg(cli.positional().at(0)));
    if (Status s = Actions(*store).periods().remove(p->id); !s)
        return printUserError(s.error());
    return ExitOk;
}

int periodPresets(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period presets"_s,
                    Text::tr("Add Q1-Q4 or S1-S2 covering a school year, split evenly on school days (Monday to "
                             "Friday); prints the new ids in date order."));
    addClassOption(cli);
    cli.addOption({u"quarters"_s}, Text::tr("Four quarters, Q1-Q4."));
    cli.addOption({u"semesters"_s}, Text::tr("Two semesters, S1-S2."));
    cli.addOption({u"start"_s}, Text::tr("First day of the school year."), u"YYYY-MM-DD"_s);
    cli.addOption({u"end"_s}, Text::tr("Last day of the school year."), u"YYYY-MM-DD"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (cli.isSet(u"quarters"_s) == cli.isSet(u"semesters"_s))
        return cli.usageError(Text::tr("give one of --quarters, --semesters"));
    for (const QString &required : {u"start"_s, u"end"_s}) {
        if (!cli.isSet(required))
            return cli.usageError(Text::tr("--%1 is required").arg(required));
    }
    const std::optional<QDate> start = cli.date(u"start"_s);
    if (!start)
        return ExitUsage;
    const std::optional<QDate> end = cli.date(u"end"_s);
    if (!end)
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const auto preset = cli.isSet(u"quarters"_s) ? PeriodActions::Preset::Quarters : PeriodActions::Preset::Semesters;
    Result<QStringList> ids = Actions(*store).periods().addPreset(c->id, preset, *start, *end);
    if (!ids)
        return printUserError(ids.error());
    for (const QString &id : *ids)
        cliOut() << id << u'\n';
    cliOut().flush();
    return ExitOk;
}

int periodCopy(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period copy"_s,
                    Text::tr("Copy every grading period (names and dates) of one class to another: a school "
                             "calendar set up once."));
    addClassOption(cli);
    cli.addOption({u"from"_s}, Text::tr("The class to copy from: its id or its exact name."), u"CLASS"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> from = ctx.requireClass(cli, &store, &code, u"from"_s);
    if (!from)
        return code;
    const std::optional<SchoolClass> to = ctx.requireClass(cli, &store, &code);
    if (!to)
        return code;
    Result<QStringList> ids = Actions(*store).periods().copyFrom(from->id, to->id);
    if (!ids)
        return printUserError(ids.error());
    cliOut() << Text::tr("Copied %n grading period(s).", nullptr, int(ids->size())) << Qt::endl;
    return ExitOk;
}

} // namespace

void addPeriodCommands(QList<CliCommand> &commands)
{
    commands.append({{u"period"_s, u"add"_s},
                     u"--class CLASS NAME --start YYYY-MM-DD --end YYYY-MM-DD"_s,
                     Text::tr("Add a grading period; prints its id."),
                     periodAdd});
    commands.append({{u"period"_s, u"list"_s},
                     u"--class CLASS [--json]"_s,
                     Text::tr("List a class's grading periods with their assignment counts."),
                     periodList});
    commands.append(
        {{u"period"_s, u"remove"_s}, u"--class CLASS PERIOD"_s, Text::tr("Remove a grading period."), periodRemove});
    commands.append({{u"period"_s, u"presets"_s},
                     u"--class CLASS (--quarters | --semesters) --start YYYY-MM-DD --end YYYY-MM-DD"_s,
                     Text::tr("Add quarters or semesters covering a school year."),
                     periodPresets});
    commands.append({{u"period"_s, u"copy"_s},
                     u"--from CLASS --class CLASS"_s,
                     Text::tr("Copy a class's grading periods to another class."),
                     periodCopy});
}

} // namespace k12
