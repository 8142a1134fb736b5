// Headless commands for term finals: a period's formula and final-letter
// overrides, through FinalActions; `final list` reads FinalGrades, the same
// finals the grid and the export show.
#include "FinalCommands.h"

#include "models/actions/Actions.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/GradebookData.h"
#include "models/grading/TermFinals.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::FinalCommands)
};

// One --part: "Q1=40" (a period), "period:Q1=40", "assignment:Final Exam=20",
// "category:Tests=10"; the weight after the last '=' (a trailing % allowed).
Result<FormulaPart> parsePart(const QString &text, const GradebookData &data)
{
    const qsizetype eq = text.lastIndexOf(u'=');
    if (eq <= 0)
        return fail(
            Text::tr("--part \"%1\": write NAME=WEIGHT, e.g. Q1=40 or \"assignment:Final Exam=20\".").arg(text));
    QString weightText = text.mid(eq + 1).trimmed();
    if (weightText.endsWith(u'%'))
        weightText.chop(1);
    bool ok = false;
    const double weight = weightText.trimmed().toDouble(&ok);
    if (!ok)
        return fail(Text::tr("--part \"%1\": the weight \"%2\" is not a number.").arg(text, text.mid(eq + 1)));
    QString name = text.left(eq).trimmed();
    QString kind = u"period"_s;
    for (const QString &prefix : {u"period"_s, u"assignment"_s, u"category"_s}) {
        if (name.startsWith(prefix + u':', Qt::CaseInsensitive)) {
            kind = prefix;
            name = name.mid(prefix.size() + 1).trimmed();
        }
    }
    FormulaPart part;
    part.weight = weight;
    if (kind == u"period"_s) {
        const GradingPeriod *p = data.periods.byNameOrId(name);
        if (!p)
            return fail(Text::tr("--part \"%1\": the class has no grading period \"%2\".").arg(text, name));
        part.periodId = p->id;
    } else if (kind == u"assignment"_s) {
        QList<int> found;
        for (int a = 0; a < data.assignmentCount(); ++a) {
            const Assignment &as = data.assignments.at(a);
            if (as.id == name || as.title.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                found << a;
        }
        if (found.isEmpty())
            return fail(Text::tr("--part \"%1\": the class has no assignment \"%2\".").arg(text, name));
        if (found.size() > 1)
            return fail(
                Text::tr("--part \"%1\": more than one assignment is titled \"%2\"; give its id.").arg(text, name));
        part.assignmentId = data.assignments.at(found.constFirst()).id;
    } else {
        for (const Category &c : data.categories) {
            if (c.id == name || c.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                part.categoryId = c.id;
        }
        if (part.categoryId.isEmpty())
            return fail(Text::tr("--part \"%1\": the class has no category \"%2\".").arg(text, name));
    }
    return part;
}

// The class's gradebook, or an exit code after saying why not.
std::optional<GradebookData> loadGradebook(Store &store, const QString &classId, int *code)
{
    Result<GradebookData> data = GradebookData::load(store, classId);
    if (!data) {
        *code = printUserError(data.error());
        return std::nullopt;
    }
    return std::move(data).value();
}

// --period P (name or id) as a period id; empty for the course's final. False after an error.
bool periodOption(const CommandLine &cli, const GradebookData &data, QString *periodId, int *code)
{
    periodId->clear();
    if (!cli.isSet(u"period"_s))
        return true;
    const GradingPeriod *p = data.periods.byNameOrId(cli.value(u"period"_s));
    if (!p) {
        *code = printUserError(Text::tr("The class has no grading period \"%1\".").arg(cli.value(u"period"_s)));
        return false;
    }
    *periodId = p->id;
    return true;
}

int periodFormula(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"period formula"_s,
                    Text::tr("Set the formula of a period's final grade, e.g. S1 = 40 % Q1 + 40 % Q2 + 20 % the "
                             "final exam; a period that does not exist yet is added as a term spanning its "
                             "periods. Parts with nothing graded yet are left out and the other weights scaled up."));
    addClassOption(cli);
    cli.addPositional(u"NAME"_s, Text::tr("The period, e.g. S1."));
    cli.addOption({u"part"_s},
                  Text::tr("A part and its weight: Q1=40 (a period), \"assignment:Final Exam=20\", "
                           "\"category:Tests=10\". Repeat for each part."),
                  u"NAME=WEIGHT"_s);
    cli.addOption({u"clear"_s}, Text::tr("Remove the formula: the period is graded by its own assignments again."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    if (cli.isSet(u"clear"_s) == cli.isSet(u"part"_s))
        return cli.usageError(Text::tr("give --part (one or more) or --clear"));
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const std::optional<GradebookData> data = loadGradebook(*store, c->id, &code);
    if (!data)
        return code;
    const QString name = cli.positional().at(0);
    const GradingPeriod *period = data->periods.byNameOrId(name);
    FinalActions finals = Actions(*store).finals();
    if (cli.isSet(u"clear"_s)) {
        if (!period)
            return printUserError(Text::tr("The class has no grading period \"%1\".").arg(name));
        if (Status s = finals.clearFormula(period->id); !s)
            return printUserError(s.error());
        cliOut() << Text::tr("%1 is graded by its own assignments.").arg(period->name) << Qt::endl;
        return ExitOk;
    }
    QList<FormulaPart> parts;
    for (const QString &text : cli.values(u"part"_s)) {
        Result<FormulaPart> part = parsePart(text, *data);
        if (!part)
            return printUserError(part.error());
        parts << *part;
    }
    QString periodId;
    if (period) {
        periodId = period->id;
        if (Status s = finals.setFormula(periodId, parts); !s)
            return printUserError(s.error());
    } else {
        Result<QString> id = finals.addTerm(c->id, name, parts);
        if (!id)
            return printUserError(id.error());
        periodId = *id;
    }
    const std::optional<GradebookData> after = loadGradebook(*store, c->id, &code);
    if (!after)
        return code;
    cliOut() << TermFinals::formulaText(*after->periods.find(periodId), after->periods.periods(), after->assignments,
                                        after->categories)
             << Qt::endl;
    return ExitOk;
}

void addStudentOptions(CommandLine &cli)
{
    addClassOption(cli);
    cli.addOption({u"student"_s}, Text::tr("Student number or id."), u"STUDENT"_s);
    cli.addOption({u"period"_s}, Text::tr("The grading period (name or id); without it, the course's final."),
                  u"PERIOD"_s);
}

int finalOverride(CliContext &ctx, const QStringList &args, bool clear)
{
    CommandLine cli(clear ? u"final clear"_s : u"final override"_s,
                    clear ? Text::tr("Clear the override of a student's final letter: the computed letter is "
                                     "reported again.")
                          : Text::tr("Override a student's final letter with a reason (kept with the grade, in the "
                                     "audit and the export); the percentage stays as computed."));
    addStudentOptions(cli);
    if (!clear) {
        cli.addOption({u"letter"_s}, Text::tr("A letter of the class's grading scale."), u"L"_s);
        cli.addOption({u"reason"_s}, Text::tr("Why the letter is overridden."), u"TEXT"_s);
    }
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    QStringList required{u"student"_s};
    if (!clear)
        required << u"letter"_s << u"reason"_s;
    for (const QString &r : std::as_const(required)) {
        if (!cli.isSet(r))
            return cli.usageError(Text::tr("--%1 is required").arg(r));
    }
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<Student> student = StudentRepository(*store).resolveInClass(c->id, cli.value(u"student"_s));
    if (!student)
        return printUserError(student.error());
    const std::optional<GradebookData> data = loadGradebook(*store, c->id, &code);
    if (!data)
        return code;
    QString periodId;
    if (!periodOption(cli, *data, &periodId, &code))
        return code;
    FinalActions finals = Actions(*store).finals();
    const Status s =
        clear ? finals.clearOverride(c->id, student->id, periodId)
              : finals.setOverride(c->id, student->id, periodId, cli.value(u"letter"_s), cli.value(u"reason"_s));
    return s ? ExitOk : printUserError(s.error());
}

int finalList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"final list"_s,
                    Text::tr("List each student's final in a period (or the course): percentage, computed letter, "
                             "reported letter, and the override's reason."));
    addClassOption(cli);
    cli.addOption({u"period"_s}, Text::tr("The grading period (name or id); without it, the course's final."),
                  u"PERIOD"_s);
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const std::optional<GradebookData> data = loadGradebook(*store, c->id, &code);
    if (!data)
        return code;
    QString periodId;
    if (!periodOption(cli, *data, &periodId, &code))
        return code;
    const GradingPeriod *period = data->periods.find(periodId);
    const FinalGrades finals(*data);
    const bool json = cli.isSet(u"json"_s);
    QJsonArray array;
    for (int s = 0; s < data->studentCount(); ++s) {
        const FinalGrade g = finals.of(s, periodId);
        const bool hasPercent = g.percent.has_value();
        const double percent = hasPercent ? GradeEngine::round2(*g.percent) : 0.0;
        if (json) {
            const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
            array.append(QJsonObject{{u"student_number"_s, data->students.at(s).studentNumber},
                                     {u"period"_s, period ? QJsonValue(period->name) : QJsonValue()},
                                     {u"percent"_s, hasPercent ? QJsonValue(percent) : QJsonValue()},
                                     {u"computed_letter"_s, orNull(g.computedLetter)},
                                     {u"letter"_s, orNull(g.letter)},
                                     {u"overridden"_s, g.overridden},
                                     {u"reason"_s, orNull(g.reason)}});
            continue;
        }
        cliOut() << data->students.at(s).studentNumber << u'\t' << data->students.at(s).displayName() << u'\t'
                 << (hasPercent ? QString::number(percent, 'f', 2) : u"—"_s) << u'\t'
                 << (g.letter.isEmpty() ? u"—"_s : FinalGrades::shownLetter(g)) << u'\t' << FinalGrades::overrideNote(g)
                 << u'\n';
    }
    if (json)
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    cliOut().flush();
    return ExitOk;
}

} // namespace

void addFinalCommands(QList<CliCommand> &commands)
{
    commands.append({{u"period"_s, u"formula"_s},
                     u"--class CLASS NAME (--part NAME=WEIGHT ... | --clear)"_s,
                     Text::tr("Set or clear the final grade formula of a period (adds a term when new)."),
                     periodFormula});
    commands.append({{u"final"_s, u"override"_s},
                     u"--class CLASS --student S [--period P] --letter L --reason TEXT"_s,
                     Text::tr("Override a student's final letter, with a reason."),
                     [](CliContext &ctx, const QStringList &args) { return finalOverride(ctx, args, false); }});
    commands.append({{u"final"_s, u"clear"_s},
                     u"--class CLASS --student S [--period P]"_s,
                     Text::tr("Clear the override of a student's final letter."),
                     [](CliContext &ctx, const QStringList &args) { return finalOverride(ctx, args, true); }});
    commands.append({{u"final"_s, u"list"_s},
                     u"--class CLASS [--period P] [--json]"_s,
                     Text::tr("List the students' finals with their letters and overrides."),
                     finalList});
}

} // namespace k12
