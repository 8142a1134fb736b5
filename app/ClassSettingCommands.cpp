// Headless commands for a class's options and marking past-due work missing.
#include "ClassSettingCommands.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ClassCommands)
};

void printOptions(const SchoolClass &c)
{
    cliOut() << Text::tr("Mark missing automatically after the due date: %1")
                    .arg(c.autoMissing ? Text::tr("on") : Text::tr("off"))
             << u'\n'
             << Text::tr("At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.", nullptr,
                         c.riskMissingCount)
                    .arg(QString::number(c.riskBelowPercent), QString::number(c.riskDropPoints))
             << Qt::endl;
}

int classSet(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"class set"_s,
                    Text::tr("Change a class's options and print them (without options, just print them)."));
    addClassOption(cli);
    cli.addOption({u"auto-missing"_s},
                  Text::tr("Mark empty scores missing automatically once the assignment's due date has passed "
                           "(when the class opens in the window, and at midnight while it is open)."),
                  u"on|off"_s);
    cli.addOption({u"risk-below"_s}, Text::tr("Insight: at risk with a Final % below this (0-100)."), u"PERCENT"_s);
    cli.addOption({u"risk-missing"_s}, Text::tr("Insight: at risk with this many missing assignments or more."),
                  u"N"_s);
    cli.addOption({u"risk-drop"_s},
                  Text::tr("Insight: at risk when the Final % fell by this many points or more over the last two "
                           "weeks (0-100)."),
                  u"POINTS"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    std::optional<bool> autoMissing;
    if (cli.isSet(u"auto-missing"_s)) {
        const QString v = cli.value(u"auto-missing"_s).trimmed().toLower();
        if (v != u"on"_s && v != u"off"_s)
            return cli.usageError(Text::tr("--auto-missing takes on or off (not \"%1\")").arg(v));
        autoMissing = v == u"on"_s;
    }
    std::optional<double> below;
    std::optional<int> missing;
    std::optional<double> drop;
    if (cli.isSet(u"risk-below"_s) && !(below = cli.number(u"risk-below"_s)))
        return ExitUsage;
    if (cli.isSet(u"risk-missing"_s) && !(missing = cli.integer(u"risk-missing"_s)))
        return ExitUsage;
    if (cli.isSet(u"risk-drop"_s) && !(drop = cli.number(u"risk-drop"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    SchoolClass after = *c;
    if (autoMissing)
        after.autoMissing = *autoMissing;
    if (below)
        after.riskBelowPercent = *below;
    if (missing)
        after.riskMissingCount = *missing;
    if (drop)
        after.riskDropPoints = *drop;
    Result<int> r = Actions(*store).classes().saveOptions(*c, after);
    if (!r)
        return printUserError(Text::tr("nothing was changed: %1").arg(r.error()));
    printOptions(after);
    return ExitOk;
}

int gradeMarkMissing(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"grade mark-missing"_s,
                    Text::tr("Mark missing every empty score of the class's active students on published "
                             "assignments due before today (or before --as-of), and print how many. Scores with "
                             "anything in them (points, a letter, a flag, a comment) and extra credit are left "
                             "alone; running it again marks nothing new."));
    addClassOption(cli);
    cli.addOption({u"as-of"_s}, Text::tr("The day to count from instead of today: due before it is past due."),
                  u"YYYY-MM-DD"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    std::optional<QDate> asOf = Clock::today();
    if (cli.isSet(u"as-of"_s) && !(asOf = cli.date(u"as-of"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<AutoMissing::Outcome> r = Actions(*store).grades().markMissingPastDue(c->id, *asOf);
    if (!r)
        return printUserError(r.error());
    cliOut() << Text::tr("Marked %n score(s) missing", nullptr, int(r->scores.size())) << u' '
             << Text::tr("on %n assignment(s) past their due date.", nullptr, r->assignments) << Qt::endl;
    return ExitOk;
}

} // namespace

void addClassSettingCommands(QList<CliCommand> &commands)
{
    commands.append({{u"class"_s, u"set"_s},
                     u"--class CLASS [--auto-missing on|off] [--risk-below P] [--risk-missing N] [--risk-drop P]"_s,
                     Text::tr("Change a class's options (automatic missing, at-risk thresholds)."),
                     classSet});
    commands.append({{u"grade"_s, u"mark-missing"_s},
                     u"--class CLASS [--as-of YYYY-MM-DD]"_s,
                     Text::tr("Mark empty scores past their due date missing; prints the count."),
                     gradeMarkMissing});
}

} // namespace k12
