// Headless commands for how a class reads mastery: its proficiency scale and
// a standard's own mastery method (`standard scale`, `standard method`).
#include "StandardCommands.h"

#include "models/actions/Actions.h"
#include "models/mastery/MasteryReport.h"
#include "models/mastery/ProficiencyScale.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::StandardCommands)
};

void printScale(const ProficiencyScale &scale)
{
    for (const ProficiencyScale::Level &l : scale.levels())
        cliOut() << QString::number(l.value) << u'\t' << l.label << u'\n';
    cliOut().flush();
}

int standardScale(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"standard scale"_s,
                    Text::tr("Print or set a class's proficiency scale: the levels a standard's score is read "
                             "against, lowest first. Without LEVELS it prints one level a line (value, tab, "
                             "label)."));
    addClassOption(cli);
    cli.addPositional(u"LEVELS"_s,
                      Text::tr("The levels as VALUE=LABEL separated by commas, lowest first, e.g. "
                               "\"1=Beginning,2=Developing,3=Proficient,4=Exceeding\" (at least two)."),
                      u"[LEVELS]"_s);
    cli.addOption({u"default"_s}, Text::tr("Go back to the default scale (1 Beginning to 4 Exceeding)."));
    if (auto code = cli.parse(args, 0, 1))
        return *code;
    const bool toDefault = cli.isSet(u"default"_s);
    if (toDefault && !cli.positional().isEmpty())
        return cli.usageError(Text::tr("give LEVELS or --default, not both"));
    std::optional<ProficiencyScale> wanted;
    if (toDefault) {
        wanted = ProficiencyScale::defaultScale();
    } else if (!cli.positional().isEmpty()) {
        Result<ProficiencyScale> parsed = ProficiencyScale::parse(cli.positional().at(0));
        if (!parsed)
            return printUserError(Text::tr("the scale was not changed: %1").arg(parsed.error()));
        wanted = *parsed;
    }
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    if (!wanted) {
        printScale(ProficiencyScale::forClass(*c));
        return ExitOk;
    }
    Result<bool> r = Actions(*store).classes().setProficiencyScale(c->id, *wanted);
    if (!r)
        return printUserError(Text::tr("the scale was not changed: %1").arg(r.error()));
    printScale(*wanted);
    return ExitOk;
}

QString methodLine(const SchoolClass &c, const Standard &s)
{
    const QString classMethod = MasteryReport::describe(MasteryReport::methodOf(c), MasteryReport::paramsOf(c));
    const auto own = MasteryReport::overrideOf(c, s);
    if (!own)
        return Text::tr("%1: the class's method, %2").arg(s.code.trimmed(), classMethod);
    return Text::tr("%1: %2 (its own; the class uses %3)")
        .arg(s.code.trimmed(), MasteryReport::describe(own->first, own->second), classMethod);
}

int standardMethod(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"standard method"_s,
                    Text::tr("Print or set the mastery method of one standard, used instead of the class's for "
                             "that standard (in the Mastery tab, `mastery` and the exports)."));
    addClassOption(cli);
    cli.addPositional(u"CODE"_s, Text::tr("The standard's code or id."));
    cli.addOption({u"method"_s}, Text::tr("The standard's own method."),
                  u"most_recent|highest|mean|mode|weighted_average|decaying_average|n_mastery|power_law"_s);
    cli.addOption({u"param"_s},
                  Text::tr("Its parameter: the newest score's weight in percent (weighted_average, 1-99), the rate "
                           "in percent (decaying_average, 50-99) or how many scores at or above the class's "
                           "threshold are needed (n_mastery, 1-20). Without it, the class's."),
                  u"P"_s);
    cli.addOption({u"clear"_s}, Text::tr("Go back to the class's method."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    const bool clear = cli.isSet(u"clear"_s);
    if (clear && (cli.isSet(u"method"_s) || cli.isSet(u"param"_s)))
        return cli.usageError(Text::tr("--clear cannot be combined with --method or --param"));
    if (cli.isSet(u"param"_s) && !cli.isSet(u"method"_s))
        return cli.usageError(Text::tr("--param needs --method"));
    std::optional<Mastery::Method> method;
    if (cli.isSet(u"method"_s)) {
        method = Mastery::methodFromKey(cli.value(u"method"_s));
        if (!method)
            return cli.usageError(Text::tr("--method takes most_recent, highest, mean, mode, weighted_average, "
                                           "decaying_average, n_mastery or power_law (not \"%1\")")
                                      .arg(cli.value(u"method"_s)));
    }
    std::optional<double> param;
    if (cli.isSet(u"param"_s)) {
        param = cli.number(u"param"_s);
        if (!param)
            return ExitUsage;
        if (!MasteryReport::takesParam(*method))
            return cli.usageError(Text::tr("--param is for weighted_average, decaying_average and n_mastery"));
    }
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<Standard> standard = StandardQueries(*store).resolve(c->id, cli.positional().at(0));
    if (!standard)
        return printUserError(standard.error());
    StandardActions standards = Actions(*store).standards();
    if (clear) {
        if (Result<bool> r = standards.clearMethod(standard->id); !r)
            return printUserError(r.error());
    } else if (method) {
        if (Result<bool> r = standards.setMethod(standard->id, Mastery::methodKey(*method), param); !r)
            return printUserError(r.error());
    }
    const std::optional<Standard> now = StandardRepository(*store).find(standard->id);
    cliOut() << methodLine(*c, now.value_or(*standard)) << Qt::endl;
    return ExitOk;
}

} // namespace

void addStandardSettingCommands(QList<CliCommand> &commands)
{
    commands.append({{u"standard"_s, u"scale"_s},
                     u"--class CLASS [\"1=Beginning,2=Developing,...\" | --default]"_s,
                     Text::tr("Print or set a class's proficiency scale."),
                     standardScale});
    commands.append({{u"standard"_s, u"method"_s},
                     u"--class CLASS CODE [--method M [--param P] | --clear]"_s,
                     Text::tr("Print or set a standard's own mastery method."),
                     standardMethod});
}

} // namespace k12
