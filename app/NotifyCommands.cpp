// Headless missing-work notices: the preview (per student the missing
// published assignments, who gets the notice, which guardians have no email),
// then, unless --dry-run, one notice per student with something to send. The
// server emails them after `k12-teacher sync`.
#include "NotifyCommands.h"

#include "models/actions/FamilyActions.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"
#include "sync/engine/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::NotifyCommands)
};

QString named(const Guardian &g)
{
    return u"%1 <%2>"_s.arg(g.displayName(), g.email.trimmed());
}

QJsonObject toJson(const MissingNoticePreview::Entry &e)
{
    QJsonArray missing;
    for (const ProgressReport::AssignmentLine &a : e.missing)
        missing.append(QJsonObject{{u"assignment_id"_s, a.assignmentId},
                                   {u"title"_s, a.title},
                                   {u"due"_s, a.dueDate.isValid() ? QJsonValue(cliDate(a.dueDate)) : QJsonValue()}});
    const auto people = [](const QList<Guardian> &list, bool withEmail) {
        QJsonArray out;
        for (const Guardian &g : list) {
            QJsonObject o{{u"guardian_id"_s, g.id}, {u"name"_s, g.displayName()}};
            if (withEmail)
                o.insert(u"email"_s, g.email.trimmed());
            out.append(o);
        }
        return out;
    };
    return QJsonObject{{u"student_number"_s, e.studentNumber},
                       {u"student"_s, e.displayName()},
                       {u"will_send"_s, e.willSend()},
                       {u"reason"_s, e.reason()},
                       {u"missing"_s, missing},
                       {u"recipients"_s, people(e.recipients, true)},
                       {u"without_email"_s, people(e.withoutEmail, false)},
                       {u"reports_off"_s, people(e.reportsOff, true)}};
}

void printText(const MissingNoticePreview::Entry &e)
{
    QTextStream &out = cliOut();
    const QString who = e.studentNumber.isEmpty() ? e.displayName() : e.studentNumber + u' ' + e.displayName();
    if (e.skip == MissingNoticePreview::Skip::NothingMissing) {
        out << Text::tr("%1: not sent: %2").arg(who, e.reason()) << u'\n';
        return;
    }
    out << Text::tr("%1: %n missing", nullptr, int(e.missing.size())).arg(who) << u'\n';
    for (const ProgressReport::AssignmentLine &a : e.missing) {
        out << u"  "_s << (a.dueDate.isValid() ? Text::tr("%1, due %2").arg(a.title, cliDate(a.dueDate)) : a.title)
            << u'\n';
    }
    for (const Guardian &g : e.recipients)
        out << u"  "_s << Text::tr("to: %1").arg(named(g)) << u'\n';
    for (const Guardian &g : e.withoutEmail)
        out << u"  "_s << Text::tr("no email: %1").arg(g.displayName()) << u'\n';
    for (const Guardian &g : e.reportsOff)
        out << u"  "_s << Text::tr("reports turned off: %1").arg(named(g)) << u'\n';
    if (!e.willSend())
        out << u"  "_s << Text::tr("not sent: %1").arg(e.reason()) << u'\n';
}

int notifyMissing(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"notify missing"_s,
                    Text::tr("Send families a missing-work notice: for each student (all of the class without "
                             "--student), the missing published assignments, who gets the notice and which "
                             "guardians have no email. The server emails the notices once they are synced; a "
                             "notice is sent, not undone."));
    addClassOption(cli);
    cli.addOption({u"student"_s}, Text::tr("A student's number (or id); repeat for several."), u"S"_s);
    cli.addOption({u"dry-run"_s}, Text::tr("Show the preview only; write nothing."));
    cli.addOption({u"json"_s}, Text::tr("Print JSON instead of text."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    QStringList studentIds;
    for (const QString &wanted : cli.values(u"student"_s)) {
        Result<Student> s = StudentRepository(*store).resolveInClass(c->id, wanted.trimmed());
        if (!s)
            return printUserError(s.error());
        studentIds << s->id;
    }
    FamilyActions actions{ActionRunner(*store)};
    Result<MissingNoticePreview> preview = actions.missingNoticePreview(c->id, studentIds);
    if (!preview)
        return printUserError(preview.error());
    const bool dryRun = cli.isSet(u"dry-run"_s);
    int created = 0;
    QString refusal;
    if (!dryRun) {
        Result<QStringList> sent = actions.sendMissingNotices(*preview);
        if (sent)
            created = int(sent->size());
        else
            refusal = sent.error();
    }
    const bool signedIn = SyncState(store->database()).signedIn();
    if (cli.isSet(u"json"_s)) {
        QJsonArray students;
        for (const MissingNoticePreview::Entry &e : std::as_const(preview->entries))
            students.append(toJson(e));
        cliOut() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"class"_s, c->name},
                                                                {u"dry_run"_s, dryRun},
                                                                {u"to_send"_s, preview->sendCount()},
                                                                {u"created"_s, created},
                                                                {u"signed_in"_s, signedIn},
                                                                {u"students"_s, students}})
                                          .toJson(QJsonDocument::Indented));
    } else {
        for (const MissingNoticePreview::Entry &e : std::as_const(preview->entries))
            printText(e);
        if (dryRun) {
            cliOut() << Text::tr("Dry run: nothing was written. %n notice(s) would be sent.", nullptr,
                                 preview->sendCount())
                     << u'\n';
        } else if (refusal.isEmpty()) {
            cliOut() << Text::tr("Created %n notice(s).", nullptr, created) << u' '
                     << (signedIn ? Text::tr("\"k12-teacher sync\" sends them; the server then emails the families.")
                                  : Text::tr("Not signed in: they wait here until you sign in and run "
                                             "\"k12-teacher sync\"."))
                     << u'\n';
        }
    }
    cliOut().flush();
    if (!refusal.isEmpty())
        return printUserError(refusal);
    return ExitOk;
}

} // namespace

void addNotifyCommands(QList<CliCommand> &commands)
{
    commands.append({{u"notify"_s, u"missing"_s},
                     u"--class CLASS [--student S]... [--dry-run] [--json]"_s,
                     Text::tr("Preview and send missing-work notices to families."),
                     notifyMissing});
}

} // namespace k12
