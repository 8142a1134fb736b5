// Headless commands for the guardians on a roster: add (a second guardian
// with the same email links the one already there), list, link, remove, and
// invite to the family portal (issue 18).
#include "GuardianCommands.h"

#include "kernel/csv/GuardianColumns.h"
#include "models/actions/Actions.h"
#include "models/actions/FamilyActions.h"
#include "models/repositories/GuardianRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"
#include "sync/engine/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::GuardianCommands)
};

void addStudentOption(CommandLine &cli)
{
    cli.addOption({u"student"_s}, Text::tr("The student's number (or id)."), u"S"_s);
    cli.addOption({u"class"_s},
                  Text::tr("The class (id or exact name) the student is in, when student numbers repeat across the "
                           "profile."),
                  u"CLASS"_s);
}

// The student --student names, in --class when given, else anywhere in the profile.
std::optional<Student> requireStudent(CliContext &ctx, CommandLine &cli, Store **store, int *code)
{
    if (!cli.isSet(u"student"_s)) {
        *code = cli.usageError(Text::tr("--student is required"));
        return std::nullopt;
    }
    const QString wanted = cli.value(u"student"_s).trimmed();
    if (cli.isSet(u"class"_s)) {
        const std::optional<SchoolClass> c = ctx.requireClass(cli, store, code);
        if (!c)
            return std::nullopt;
        Result<Student> s = StudentRepository(**store).resolveInClass(c->id, wanted);
        if (!s) {
            *code = printUserError(s.error());
            return std::nullopt;
        }
        return *s;
    }
    *store = ctx.store();
    if (!*store) {
        *code = ExitUserError;
        return std::nullopt;
    }
    StudentRepository students(**store);
    QList<Student> found = students.select(u"student_number = ?"_s, {wanted});
    if (found.isEmpty() && isId(wanted))
        found = students.select(u"id = ?"_s, {wanted});
    if (found.size() == 1)
        return found.constFirst();
    *code = printUserError(
        found.isEmpty()
            ? Text::tr("No student has the number or id \"%1\".").arg(wanted)
            : Text::tr("Several students have the number \"%1\"; add --class to say which class.").arg(wanted));
    return std::nullopt;
}

int guardianAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"guardian add"_s,
                    Text::tr("Add a guardian to a student and print the guardian's id. A guardian whose email is "
                             "already in the profile (a sibling's) is linked instead of added twice."));
    addStudentOption(cli);
    cli.addPositional(u"GIVEN"_s, Text::tr("Given (first) name."));
    cli.addPositional(u"FAMILY"_s, Text::tr("Family (last) name."));
    cli.addOption({u"email"_s}, Text::tr("Email address."), u"E"_s);
    cli.addOption({u"phone"_s}, Text::tr("Phone number."), u"P"_s);
    cli.addOption({u"relationship"_s}, Text::tr("Mother, Father, Grandparent, Guardian, ..."), u"R"_s);
    cli.addOption({u"language"_s}, Text::tr("Language of the guardian's reports, e.g. es (default: the teacher's)."),
                  u"LANG"_s);
    cli.addOption({u"no-reports"_s}, Text::tr("The guardian does not receive progress reports."));
    if (auto code = cli.parse(args, 2, 2))
        return *code;
    Guardian g;
    g.givenName = cli.positional().at(0);
    g.familyName = cli.positional().at(1);
    g.email = cli.value(u"email"_s);
    g.phone = cli.value(u"phone"_s);
    g.relationship = cli.value(u"relationship"_s);
    g.receivesReports = !cli.isSet(u"no-reports"_s);
    if (cli.isSet(u"language"_s)) {
        const std::optional<QString> language = GuardianColumns::languageCode(cli.value(u"language"_s));
        if (!language)
            return cli.usageError(
                Text::tr("--language: \"%1\" is not a language code like \"es\".").arg(cli.value(u"language"_s)));
        g.language = *language;
    }
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<Student> student = requireStudent(ctx, cli, &store, &code);
    if (!student)
        return code;
    Result<GuardianActions::Added> added = Actions(*store).guardians().add(g, student->id);
    if (!added)
        return printUserError(added.error());
    if (added->existing) {
        QTextStream(stderr) << Text::tr("A guardian with this email was already in the profile: linked to this "
                                        "student too (its details are unchanged).")
                            << u'\n';
    }
    cliOut() << added->guardianId << Qt::endl;
    return ExitOk;
}

int guardianList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"guardian list"_s,
                    Text::tr("List the guardians of a class's students: student number, student, guardian, "
                             "relationship, email, phone, language and whether they receive reports."));
    addClassOption(cli);
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of a table."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const QHash<QString, QList<Guardian>> guardians = GuardianRepository(*store).ofClass(c->id);
    const bool json = cli.isSet(u"json"_s);
    QJsonArray list;
    for (const Student &s : StudentRepository(*store).enrolledIn(c->id)) {
        for (const Guardian &g : guardians.value(s.id)) {
            if (json) {
                list.append(QJsonObject{{u"student_number"_s, s.studentNumber},
                                        {u"student"_s, QString(s.givenName + u' ' + s.familyName)},
                                        {u"given_name"_s, g.givenName},
                                        {u"family_name"_s, g.familyName},
                                        {u"email"_s, g.email},
                                        {u"phone"_s, g.phone},
                                        {u"relationship"_s, g.relationship},
                                        {u"language"_s, g.language},
                                        {u"receives_reports"_s, g.receivesReports}});
            } else {
                cliOut() << s.studentNumber << u'\t' << s.displayName() << u'\t' << g.displayName() << u'\t'
                         << g.relationship << u'\t' << g.email << u'\t' << g.phone << u'\t' << g.language << u'\t'
                         << (g.receivesReports ? Text::tr("reports") : Text::tr("no reports")) << u'\n';
            }
        }
    }
    if (json)
        cliOut() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    cliOut().flush();
    return ExitOk;
}

// The guardian --email names, or nothing after saying why.
std::optional<Guardian> requireGuardian(CommandLine &cli, Store &store, int *code)
{
    if (!cli.isSet(u"email"_s)) {
        *code = cli.usageError(Text::tr("--email is required"));
        return std::nullopt;
    }
    std::optional<Guardian> g = GuardianRepository(store).findByEmail(cli.value(u"email"_s));
    if (!g)
        *code = printUserError(Text::tr("No guardian has the email \"%1\".").arg(cli.value(u"email"_s)));
    return g;
}

int guardianLink(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"guardian link"_s,
                    Text::tr("Link a guardian already in the profile (found by email) to another student: a "
                             "sibling."));
    addStudentOption(cli);
    cli.addOption({u"email"_s}, Text::tr("The guardian's email."), u"E"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<Student> student = requireStudent(ctx, cli, &store, &code);
    if (!student)
        return code;
    const std::optional<Guardian> g = requireGuardian(cli, *store, &code);
    if (!g)
        return code;
    if (Status s = Actions(*store).guardians().link(g->id, student->id); !s)
        return printUserError(s.error());
    cliOut() << g->id << Qt::endl;
    return ExitOk;
}

int guardianRemove(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"guardian remove"_s,
                    Text::tr("Remove a guardian (found by email) from a student with --student, or from the profile "
                             "without it. A guardian left with no student is removed."));
    addStudentOption(cli);
    cli.addOption({u"email"_s}, Text::tr("The guardian's email."), u"E"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    std::optional<Student> student;
    if (cli.isSet(u"student"_s)) {
        if (!(student = requireStudent(ctx, cli, &store, &code)))
            return code;
    } else if (!(store = ctx.store())) {
        return ExitUserError;
    }
    const std::optional<Guardian> g = requireGuardian(cli, *store, &code);
    if (!g)
        return code;
    GuardianActions actions = Actions(*store).guardians();
    if (Status s = student ? actions.unlink(g->id, student->id) : actions.remove(g->id); !s)
        return printUserError(s.error());
    return ExitOk;
}

// The student's guardian named by email or "Given Family" (without case), or nothing after saying why.
std::optional<Guardian> guardianOfStudent(const QList<Guardian> &guardians, const QString &wanted, int *code)
{
    const QString key = wanted.simplified();
    for (const Guardian &g : guardians) {
        if ((!g.email.trimmed().isEmpty() && g.email.trimmed().compare(key, Qt::CaseInsensitive) == 0) ||
            g.displayName().simplified().compare(key, Qt::CaseInsensitive) == 0)
            return g;
    }
    *code = printUserError(
        Text::tr("The student has no guardian with the email or name \"%1\"; \"k12-teacher guardian list\" shows "
                 "them.")
            .arg(wanted));
    return std::nullopt;
}

int guardianInvite(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"guardian invite"_s,
                    Text::tr("Invite a student's guardians to the family portal: the server emails each a link "
                             "once this is synced. Without --guardian, every guardian of the student with an "
                             "email. An invitation is sent, not undone; inviting again sends a new link."));
    addStudentOption(cli);
    cli.addOption({u"guardian"_s}, Text::tr("The guardian's email or \"Given Family\" name."), u"G"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<Student> student = requireStudent(ctx, cli, &store, &code);
    if (!student)
        return code;
    const QList<Guardian> all = GuardianRepository(*store).ofStudent(student->id);
    QList<Guardian> chosen;
    if (cli.isSet(u"guardian"_s)) {
        const std::optional<Guardian> g = guardianOfStudent(all, cli.value(u"guardian"_s), &code);
        if (!g)
            return code;
        chosen << *g;
    } else {
        chosen = all;
    }
    QStringList ids;
    QList<Guardian> invited;
    for (const Guardian &g : std::as_const(chosen)) {
        if (g.email.trimmed().isEmpty()) {
            cliOut() << Text::tr("Skipped %1: no email.").arg(g.displayName()) << u'\n';
            continue;
        }
        ids << g.id;
        invited << g;
    }
    if (ids.isEmpty()) {
        cliOut().flush();
        return printUserError(chosen.isEmpty() ? Text::tr("The student has no guardian to invite.")
                                               : Text::tr("Nobody was invited: no guardian has an email."));
    }
    Result<QStringList> r = FamilyActions(ActionRunner(*store)).invite(ids);
    if (!r)
        return printUserError(r.error());
    for (const Guardian &g : std::as_const(invited))
        cliOut() << Text::tr("Invited %1 <%2>.").arg(g.displayName(), g.email.trimmed()) << u'\n';
    cliOut() << (SyncState(store->database()).signedIn()
                     ? Text::tr("\"k12-teacher sync\" sends the invitations; the server then emails the links.")
                     : Text::tr("Not signed in: the invitations wait here until you sign in and run \"k12-teacher "
                                "sync\"."))
             << Qt::endl;
    return ExitOk;
}

} // namespace

void addGuardianCommands(QList<CliCommand> &commands)
{
    commands.append({{u"guardian"_s, u"add"_s},
                     u"--student S [--class CLASS] GIVEN FAMILY [--email E] [--phone P] [--relationship R] "
                     "[--language es]"_s,
                     Text::tr("Add a guardian to a student (or link the one with the same email); prints its id."),
                     guardianAdd});
    commands.append({{u"guardian"_s, u"list"_s},
                     u"--class CLASS [--json]"_s,
                     Text::tr("List the guardians of a class's students."),
                     guardianList});
    commands.append({{u"guardian"_s, u"link"_s},
                     u"--student S [--class CLASS] --email E"_s,
                     Text::tr("Link an existing guardian to another student (a sibling)."),
                     guardianLink});
    commands.append({{u"guardian"_s, u"remove"_s},
                     u"[--student S [--class CLASS]] --email E"_s,
                     Text::tr("Remove a guardian from a student, or from the profile."),
                     guardianRemove});
    commands.append({{u"guardian"_s, u"invite"_s},
                     u"--student S [--class CLASS] [--guardian G]"_s,
                     Text::tr("Invite a student's guardians (or one) to the family portal."),
                     guardianInvite});
}

} // namespace k12
