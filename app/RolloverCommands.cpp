// Headless commands for the year end: the rollover to a new term and the archive.
#include "RolloverCommands.h"

#include "models/actions/Actions.h"
#include "models/actions/RolloverActions.h"
#include "models/repositories/ClassRepository.h"
#include "models/rollover/RolloverReview.h"
#include "models/rollover/TermNames.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

// CLASS as other commands take it (id or exact name), and also "Name (Term)":
// after a rollover the old and the new class share their name.
Result<SchoolClass> resolveClassOrLabel(Store &store, const QString &text)
{
    const QList<SchoolClass> all = ClassRepository(store).list(true);
    for (const SchoolClass &c : all) {
        if (!c.term.isEmpty() && u"%1 (%2)"_s.arg(c.name, c.term) == text)
            return c;
    }
    return ClassRepository(store).resolve(text);
}

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::RolloverCommands)
};

Result<SchoolClass> resolveClass(Store &store, const QString &text)
{
    return resolveClassOrLabel(store, text);
}

int setArchived(CliContext &ctx, const QStringList &args, bool archived)
{
    CommandLine cli(archived ? u"class archive"_s : u"class unarchive"_s,
                    archived ? Text::tr("Archive a class: it stays, read-only, under Archived.")
                             : Text::tr("Restore an archived class so it can be changed again."));
    cli.addPositional(u"CLASS"_s, Text::tr("The class: its id, its exact name, or \"Name (Term)\"."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const Result<SchoolClass> c = resolveClass(*store, cli.positional().at(0));
    if (!c)
        return printUserError(c.error());
    if (c->archived == archived) {
        cliOut() << (archived ? Text::tr("%1 is archived already.") : Text::tr("%1 is not archived.")).arg(c->name)
                 << Qt::endl;
        return ExitOk;
    }
    if (Status s = Actions(*store).classes().setArchived(c->id, archived); !s)
        return printUserError(s.error());
    cliOut() << (archived ? Text::tr("Archived %1.") : Text::tr("Restored %1.")).arg(c->name) << Qt::endl;
    return ExitOk;
}

int classArchive(CliContext &ctx, const QStringList &args)
{
    return setArchived(ctx, args, true);
}

int classUnarchive(CliContext &ctx, const QStringList &args)
{
    return setArchived(ctx, args, false);
}

int rollover(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"rollover"_s,
                    Text::tr("Start a new term from the classes of an old one: new classes with what you choose "
                             "to carry over, the old ones archived. One step, undoable in the window, synced."));
    cli.addOption({u"from-term"_s}, Text::tr("The term to roll over (default: the latest)."), u"T"_s);
    cli.addOption({u"to-term"_s}, Text::tr("The new term's name (default: the one after --from-term)."), u"T2"_s);
    cli.addOption({u"classes"_s}, Text::tr("Only these classes of the term (ids or names, comma-separated)."),
                  u"A,B"_s);
    cli.addOption({u"shift-days"_s}, Text::tr("Move every date by N days."), u"N"_s);
    cli.addOption({u"start"_s},
                  Text::tr("Move dates by whole weeks so the earliest lands in this date's week (weekdays kept)."),
                  u"YYYY-MM-DD"_s);
    cli.addOption({u"carry"_s},
                  Text::tr("What carries over (default: all): categories,scale,policies,standards,periods,plans,"
                           "assignments."),
                  u"LIST"_s);
    cli.addOption({u"keep-roster"_s}, Text::tr("Enroll the same students in the new classes (year-long courses)."));
    cli.addOption({u"dry-run"_s}, Text::tr("Print what would be created; write nothing."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (cli.isSet(u"shift-days"_s) && cli.isSet(u"start"_s))
        return cli.usageError(Text::tr("give --shift-days or --start, not both"));
    RolloverOptions options;
    if (cli.isSet(u"shift-days"_s)) {
        const std::optional<int> days = cli.integer(u"shift-days"_s);
        if (!days)
            return ExitUsage;
        options.shiftDays = *days;
    }
    if (cli.isSet(u"start"_s)) {
        const std::optional<QDate> start = cli.date(u"start"_s);
        if (!start)
            return ExitUsage;
        options.startDate = *start;
    }
    if (cli.isSet(u"carry"_s)) {
        QString unknown;
        const std::optional<unsigned> carry = Carry::parse(cli.value(u"carry"_s), &unknown);
        if (!carry)
            return cli.usageError(Text::tr("--carry: unknown kind \"%1\" (use categories, scale, policies, "
                                           "standards, periods, plans, assignments)")
                                      .arg(unknown));
        options.carry = *carry;
    }
    options.keepRoster = cli.isSet(u"keep-roster"_s);
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;

    const QList<SchoolClass> active = ClassRepository(*store).list(false);
    QStringList terms;
    for (const SchoolClass &c : active) {
        if (!c.term.isEmpty() && !terms.contains(c.term))
            terms.append(c.term);
    }
    const QString fromTerm = cli.isSet(u"from-term"_s) ? cli.value(u"from-term"_s).trimmed() : TermNames::latest(terms);
    QList<SchoolClass> inTerm;
    for (const SchoolClass &c : active) {
        if (c.term.trimmed() == fromTerm)
            inTerm.append(c);
    }
    if (inTerm.isEmpty())
        return printUserError(Text::tr("No active class is in the term \"%1\".").arg(fromTerm));
    options.toTerm = cli.isSet(u"to-term"_s) ? cli.value(u"to-term"_s).trimmed() : TermNames::next(fromTerm);
    if (cli.isSet(u"classes"_s)) {
        for (const QString &raw : cli.value(u"classes"_s).split(u',', Qt::SkipEmptyParts)) {
            const QString want = raw.trimmed();
            QStringList matches;
            for (const SchoolClass &c : inTerm) {
                if (c.id == want || c.name == want)
                    matches.append(c.id);
            }
            if (matches.isEmpty())
                return printUserError(Text::tr("No active class of %1 is named \"%2\".").arg(fromTerm, want));
            // A name several periods share names them all: a course rolls over together.
            for (const QString &id : matches) {
                if (!options.classIds.contains(id))
                    options.classIds.append(id);
            }
        }
    } else {
        for (const QList<SchoolClass> &group : RolloverPlanner::courseGroups(inTerm)) {
            for (const SchoolClass &c : group)
                options.classIds.append(c.id);
        }
    }

    RolloverActions actions{ActionRunner(*store)};
    const bool dryRun = cli.isSet(u"dry-run"_s);
    const Result<RolloverPlan> plan = dryRun ? actions.preview(options) : actions.run(options);
    if (!plan)
        return printUserError(dryRun ? plan.error() : Text::tr("nothing was changed: %1").arg(plan.error()));
    for (const RolloverClassPlan &c : plan->classes) {
        cliOut() << RolloverReview::heading(c, plan->options.toTerm) << u'\n';
        for (const QString &item : RolloverReview::items(c))
            cliOut() << u"  "_s << item << u'\n';
    }
    for (const QString &line : RolloverReview::summary(*plan))
        cliOut() << line << u'\n';
    cliOut() << (dryRun ? Text::tr("Dry run: nothing was written.")
                        : Text::tr("Rolled over %n class(es) to %1.", nullptr, int(plan->classes.size()))
                              .arg(plan->options.toTerm))
             << Qt::endl;
    return ExitOk;
}

} // namespace

void addRolloverCommands(QList<CliCommand> &commands)
{
    commands.append({{u"rollover"_s},
                     u"--from-term T --to-term T2 [--classes A,B,...] [--shift-days N | --start DATE] "
                     "[--carry categories,scale,policies,standards,plans,assignments] [--keep-roster] [--dry-run]"_s,
                     Text::tr("Roll classes over to a new term (the old ones are archived)."),
                     rollover});
    commands.append(
        {{u"class"_s, u"archive"_s}, u"CLASS"_s, Text::tr("Archive a class (read-only, kept)."), classArchive});
    commands.append({{u"class"_s, u"unarchive"_s}, u"CLASS"_s, Text::tr("Restore an archived class."), classUnarchive});
}

} // namespace k12
