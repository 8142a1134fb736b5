// Headless commands for families' progress reports and the comment bank:
// `report` writes PDFs through the same ReportBuilder and ReportPdf as the
// Progress Reports window; `comment-bank` and `report-comment` go through the
// same actions as its comment editor.
#include "CliContext.h"

#include "models/actions/ActionRunner.h"
#include "models/actions/CommentBankActions.h"
#include "models/actions/ReportCommentActions.h"
#include "models/grading/PeriodMembership.h"
#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportPdf.h"
#include "models/reports/ReportSettings.h"
#include "models/reports/ReportText.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"
#include "sync/engine/SyncState.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ReportCommands)
};

// The period a command names with --period (its name or id), or nullopt after printing why; empty for none given.
std::optional<QString> periodOption(CommandLine &cli, Store &store, const QString &classId, int *exitCode)
{
    if (!cli.isSet(u"period"_s))
        return QString();
    const PeriodMembership periods(GradingPeriodRepository(store).forClass(classId));
    const GradingPeriod *p = periods.byNameOrId(cli.value(u"period"_s));
    if (!p) {
        *exitCode = printUserError(Text::tr("This class has no grading period \"%1\".").arg(cli.value(u"period"_s)));
        return std::nullopt;
    }
    return p->id;
}

int report(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"report"_s,
                    Text::tr("Write progress reports as PDF: one combined file when --out ends in .pdf, else one PDF "
                             "per student in the folder --out. Prints each file written. Without --lang each report "
                             "is in the language of the student's first guardian who receives reports, where there "
                             "is a translation, else in the app's language."));
    addClassOption(cli);
    cli.addOption({u"student"_s}, Text::tr("Only this student (student number or id)."), u"S"_s);
    cli.addOption({u"period"_s}, Text::tr("Grading period (name or id); default: the whole course."), u"P"_s);
    cli.addOption({u"out"_s}, Text::tr("FILE.pdf for one combined PDF, or a folder for one PDF per student."),
                  u"DIR|FILE.pdf"_s);
    cli.addOption({u"lang"_s}, Text::tr("Language of every report: en, es or fr."), u"LANG"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"out"_s) || cli.value(u"out"_s).trimmed().isEmpty())
        return cli.usageError(Text::tr("--out is required"));
    const QString language = cli.value(u"lang"_s).trimmed().toLower();
    if (cli.isSet(u"lang"_s) && !ReportText::hasTranslation(language))
        return cli.usageError(Text::tr("--lang: reports can be printed in %1, not \"%2\"")
                                  .arg(ReportText::languages().join(u", "_s), cli.value(u"lang"_s)));
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const std::optional<QString> periodId = periodOption(cli, *store, c->id, &code);
    if (!periodId)
        return code;

    const ReportSettings settings = ReportSettings::load(ctx.profileDir());
    ReportOptions options;
    options.gradingPeriodId = *periodId;
    options.schoolName = settings.schoolName;
    options.schoolLogoPath = settings.schoolLogoPath;
    options.teacherName =
        settings.teacherName.isEmpty() ? SyncState(store->database()).teacherName() : settings.teacherName;
    Result<ReportBuilder> builder = ReportBuilder::load(*store, c->id, options);
    if (!builder)
        return printUserError(builder.error());

    QList<int> students;
    if (cli.isSet(u"student"_s)) {
        Result<Student> s = StudentRepository(*store).resolveInClass(c->id, cli.value(u"student"_s).trimmed());
        if (!s)
            return printUserError(s.error());
        students << builder->studentIndex(s->id);
    } else {
        for (int i = 0; i < builder->students().size(); ++i)
            students << i;
    }
    if (students.isEmpty())
        return printUserError(Text::tr("The class \"%1\" has no students to report on.").arg(c->name));
    const QString appLanguage = QLocale().name().section(u'_', 0, 0);
    QList<ProgressReport> reports;
    for (int i : std::as_const(students)) {
        ProgressReport r = builder->report(i);
        const QString guardian = builder->guardianLanguage(r.studentId);
        r.language = !language.isEmpty()                                           ? language
                     : !guardian.isEmpty() && ReportText::hasTranslation(guardian) ? guardian
                                                                                   : appLanguage;
        reports << r;
    }

    const QString out = cli.value(u"out"_s).trimmed();
    const bool combined = out.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    Result<ReportPdf::Outcome> written =
        combined ? ReportPdf::writeCombined(reports, out) : ReportPdf::writeEach(reports, out);
    if (!written)
        return printUserError(written.error());
    for (const QString &file : std::as_const(written->files))
        cliOut() << QDir::toNativeSeparators(file) << u'\n';
    cliOut() << Text::tr("Wrote %n report(s).", nullptr, written->reports) << Qt::endl;
    return ExitOk;
}

int bankAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"comment-bank add"_s,
                    Text::tr("Add a comment to your comment bank and print its id. Placeholders: {first_name}, "
                             "{final_letter}, {missing_count}."));
    cli.addPositional(u"TEXT"_s, Text::tr("The comment."));
    cli.addOption({u"category"_s}, Text::tr("A category to group it under, e.g. Effort."), u"C"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    Result<QString> id = CommentBankActions(ActionRunner(*store)).add(cli.positional().at(0), cli.value(u"category"_s));
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int bankList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"comment-bank list"_s, Text::tr("List your comment bank in order: id, category and text."));
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    QJsonArray list;
    for (const CommentTemplate &t : CommentBankActions::list(*store)) {
        if (cli.isSet(u"json"_s))
            list.append(QJsonObject{{u"id"_s, t.id}, {u"category"_s, t.category}, {u"text"_s, t.text}});
        else
            cliOut() << t.id << u'\t' << t.category << u'\t' << QString(t.text).replace(u'\n', u' ') << u'\n';
    }
    if (cli.isSet(u"json"_s))
        cliOut() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    cliOut().flush();
    return ExitOk;
}

int commentSet(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"report-comment set"_s,
                    Text::tr("Set the teacher's comment on a student's progress report (an empty TEXT clears it)."));
    addClassOption(cli);
    cli.addOption({u"student"_s}, Text::tr("The student (student number or id)."), u"S"_s);
    cli.addOption({u"period"_s}, Text::tr("Grading period (name or id); default: the whole course."), u"P"_s);
    cli.addPositional(u"TEXT"_s, Text::tr("The comment."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    if (!cli.isSet(u"student"_s))
        return cli.usageError(Text::tr("--student is required"));
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const std::optional<QString> periodId = periodOption(cli, *store, c->id, &code);
    if (!periodId)
        return code;
    Result<Student> s = StudentRepository(*store).resolveInClass(c->id, cli.value(u"student"_s).trimmed());
    if (!s)
        return printUserError(s.error());
    const Status set = ReportCommentActions(ActionRunner(*store)).set(c->id, s->id, *periodId, cli.positional().at(0));
    if (!set)
        return printUserError(set.error());
    return ExitOk;
}

} // namespace

void addReportCommands(QList<CliCommand> &commands)
{
    commands.append({{u"report"_s},
                     u"--class C [--student S] [--period P] --out DIR|FILE.pdf [--lang es|fr]"_s,
                     Text::tr("Write progress reports as PDF (one combined file, or one per student in a folder)."),
                     report});
    commands.append({{u"comment-bank"_s, u"add"_s},
                     u"TEXT [--category C]"_s,
                     Text::tr("Add a comment to your comment bank; prints its id."),
                     bankAdd});
    commands.append({{u"comment-bank"_s, u"list"_s}, u"[--json]"_s, Text::tr("List your comment bank."), bankList});
    commands.append({{u"report-comment"_s, u"set"_s},
                     u"--class C --student S [--period P] TEXT"_s,
                     Text::tr("Set the comment on a student's progress report."),
                     commentSet});
}

bool reportNeedsFonts(const QStringList &args)
{
    return !args.isEmpty() && args.constFirst() == u"report"_s;
}

} // namespace k12
