// Headless commands for unit and lesson plans: list them, export one to PDF.
#include "CliContext.h"

#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
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
    Q_DECLARE_TR_FUNCTIONS(k12::PlanCommands)
};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

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
            out << u"unit\t"_s << u.id << u'\t' << isoDate(u.startDate) << u'\t' << isoDate(u.endDate) << u'\t'
                << u.status << u'\t' << u.title << u'\n';
        }
        for (const Lesson &l : queries.lessons(u.id)) {
            if (cli.isSet(u"json"_s))
                lessons.append(QJsonObject{{u"id"_s, l.id}, {u"date"_s, isoDate(l.date)}, {u"title"_s, l.title}});
            else
                out << u"lesson\t"_s << l.id << u'\t' << isoDate(l.date) << u"\t\t\t"_s << l.title << u'\n';
        }
        units.append(QJsonObject{{u"id"_s, u.id},
                                 {u"title"_s, u.title},
                                 {u"start_date"_s, isoDate(u.startDate)},
                                 {u"end_date"_s, isoDate(u.endDate)},
                                 {u"status"_s, u.status},
                                 {u"lessons"_s, lessons}});
    }
    if (cli.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(units).toJson(QJsonDocument::Indented));
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
    // Laying out a PDF page needs fonts, which only a GUI application loads.
    return args.size() >= 2 && args.at(0) == u"export"_s && args.at(1) == u"plan"_s;
}

void addPlanCommands(QList<CliCommand> &commands)
{
    commands.append({{u"plan"_s, u"list"_s},
                     u"--class CLASS [--json]"_s,
                     Text::tr("List a class's unit plans and lessons with their ids."),
                     planList});
    commands.append({{u"export"_s, u"plan"_s},
                     u"(--unit ID | --lesson ID) --out FILE.pdf"_s,
                     Text::tr("Export a unit plan or a lesson as a printable PDF."),
                     exportPlan});
}

} // namespace k12
