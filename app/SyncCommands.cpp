// Headless sync commands (issue 6): login, logout, sync, status, conflicts.
#include "CliContext.h"

#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "sync/client/ApiClient.h"
#include "sync/engine/ConflictStore.h"
#include "sync/engine/HeldDeletions.h"
#include "sync/engine/HeldRows.h"
#include "sync/engine/SyncAccount.h"
#include "sync/engine/SyncSession.h"
#include "sync/engine/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::SyncCommands)
};

QString readPasswordLine()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    return line;
}

int exitFor(const ApiError &error)
{
    return error.unreachable() || error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::RateLimited
               ? ExitOffline
               : ExitUserError;
}

int login(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"login"_s,
                    Text::tr("Sign in to the school's server; the sign-in is kept in the system keychain."));
    cli.addOption({u"server"_s}, Text::tr("The server address, e.g. https://k12.school.org."), u"URL"_s);
    cli.addOption({u"email"_s}, Text::tr("Your email address on the server."), u"E"_s);
    cli.addOption({u"password-stdin"_s}, Text::tr("Read the password from the first line of standard input."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (!cli.isSet(u"server"_s) || !cli.isSet(u"email"_s) || !cli.isSet(u"password-stdin"_s))
        return cli.usageError(Text::tr("--server, --email and --password-stdin are required"));
    Result<QUrl> server = SyncAccount::parseServer(cli.value(u"server"_s));
    if (!server)
        return printUserError(server.error());
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const QString password = readPasswordLine();
    ApiClient api;
    SyncAccount account(store->database(), ctx.profileDir(), api);
    api.setServer(*server);
    ApiResult<protocol::HealthResponse> health = api.health();
    if (const ApiError *e = std::get_if<ApiError>(&health)) {
        printUserError(ApiClient::describe(*e));
        return ExitOffline;
    }
    if (Status s = account.signIn(*server, cli.value(u"email"_s), password); !s)
        return printUserError(s.error());
    if (!account.keychainProblem().isEmpty())
        return printUserError(account.keychainProblem());
    SyncState state(store->database());
    cliOut() << Text::tr("Signed in as %1 <%2> on %3.").arg(state.teacherName(), state.email(), state.serverUrl())
             << Qt::endl;
    return ExitOk;
}

int logout(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"logout"_s, Text::tr("Sign out of the school's server. Queued changes stay on this computer."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    ApiClient api;
    SyncAccount account(store->database(), ctx.profileDir(), api);
    (void)account.restore();
    if (Status s = account.signOut(); !s)
        return printUserError(s.error());
    cliOut() << Text::tr("Signed out.") << Qt::endl;
    return ExitOk;
}

int sync(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"sync"_s, Text::tr("Send every queued change to the server and receive the server's changes. "
                                        "Exits 0 only when nothing is left to send and nothing failed; 3 when the "
                                        "server cannot be reached."));
    cli.addOption({u"apply-deletions"_s},
                  Text::tr("Delete here the rows the server deleted that were held for your say, then sync."));
    cli.addOption({u"keep"_s}, Text::tr("Keep the rows the server deleted that were held for your say, and send them "
                                        "back to the server."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (cli.isSet(u"apply-deletions"_s) && cli.isSet(u"keep"_s))
        return cli.usageError(Text::tr("Choose --apply-deletions or --keep, not both."));
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    ApiClient api;
    SyncAccount account(store->database(), ctx.profileDir(), api);
    if (Status s = account.restore(); !s)
        return printUserError(s.error());
    if (cli.isSet(u"apply-deletions"_s) || cli.isSet(u"keep"_s)) {
        HeldDeletions held(store->database());
        const bool apply = cli.isSet(u"apply-deletions"_s);
        Result<int> settled = apply ? held.apply() : held.keep();
        if (!settled)
            return printUserError(settled.error());
        cliOut() << (apply ? Text::tr("Deleted %n held row(s).", nullptr, *settled)
                           : Text::tr("Kept %n held row(s); they are sent back to the server now.", nullptr, *settled))
                 << Qt::endl;
    }
    SyncState state(store->database());
    SyncSession session(store->database(), api, state);
    const SyncReport report = session.run();
    if (report.rebootstrapped)
        cliOut() << Text::tr("The server was restored from a backup: this computer caught up with it and sent back "
                             "%n change(s) the backup lacked.",
                             nullptr, report.resent)
                 << Qt::endl;
    // The two counts of changes each take their plural form ("Sent 1 change", "Received 0 changes").
    cliOut() << Text::tr("Sent %1: %2 applied, %3 in conflict, %4 rejected. Received %5.")
                    .arg(Text::tr("%n change(s)", nullptr, report.pushed))
                    .arg(report.applied)
                    .arg(report.conflicts)
                    .arg(report.rejected)
                    .arg(Text::tr("%n change(s)", nullptr, report.pulled))
             << Qt::endl;
    if (report.held > 0)
        cliOut() << Text::tr("%n row(s) from the server could not be stored here and were set aside; the rest of the "
                             "sync went on.",
                             nullptr, report.held)
                 << Qt::endl;
    if (!report.ok()) {
        printUserError(report.message);
        if (report.stuck())
            printUserError(Text::tr("Sync has failed %n times in a row for this reason: it will not get better by "
                                    "itself. Send \"k12-teacher status\" to your school's IT.",
                                    nullptr, report.failuresInRow));
        if (report.error && report.error->kind == ApiError::Kind::SignedOut)
            state.setValue(u"signed_in"_s, u"0"_s);
        return report.error ? exitFor(*report.error) : ExitUserError;
    }
    const qint64 rejected = Outbox(store->database()).rejectedCount();
    if (rejected > 0)
        return printUserError(
            Text::tr("%n change(s) were refused by the server; see \"k12-teacher status\".", nullptr, int(rejected)));
    if (report.pending > 0)
        return printUserError(Text::tr("%n change(s) are still waiting to be sent.", nullptr, int(report.pending)));
    if (report.heldDeletionsTotal > 0) {
        cliOut() << Text::tr("The server deleted %n row(s) that are kept here until you decide: nothing was deleted. "
                             "\"k12-teacher sync --apply-deletions\" deletes them here, \"k12-teacher sync --keep\" "
                             "sends them back to the server.",
                             nullptr, int(report.heldDeletionsTotal))
                 << Qt::endl;
        for (const HeldRow &h : HeldDeletions(store->database()).all())
            cliOut() << Text::tr("would delete: %1 %2").arg(h.row.entity, h.row.id) << Qt::endl;
        return ExitUserError;
    }
    if (report.heldTotal > 0)
        return printUserError(Text::tr("%n row(s) from the server are set aside: they could not be stored here and "
                                       "are tried again on every sync; see \"k12-teacher status\".",
                                       nullptr, int(report.heldTotal)));
    const qint64 conflicts = ConflictStore(store->database()).openCount();
    if (conflicts > 0)
        cliOut() << Text::tr("%n conflict(s) wait for your decision: see \"k12-teacher conflicts\".", nullptr,
                             int(conflicts))
                 << Qt::endl;
    return ExitOk;
}

int status(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"status"_s, Text::tr("Show the sync state: online or not, changes waiting, rejected changes, "
                                          "conflicts, last sync, cursor."));
    cli.addOption({u"json"_s}, Text::tr("Print a JSON object."));
    cli.addOption({u"offline"_s}, Text::tr("Do not contact the server; report what the profile knows."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    SyncState state(store->database());
    Outbox queue(store->database());
    QString connection = u"signed_out"_s;
    if (state.signedIn()) {
        connection = u"unknown"_s;
        if (!cli.isSet(u"offline"_s)) {
            ApiClient api;
            api.setServer(QUrl(state.serverUrl()));
            api.setTimeout(5000);
            ApiResult<protocol::HealthResponse> health = api.health();
            if (std::holds_alternative<protocol::HealthResponse>(health))
                connection = u"online"_s;
            else
                connection = std::get<ApiError>(health).unreachable() ? u"offline"_s : u"server_unavailable"_s;
        }
    }
    const QDateTime last = state.lastSync();
    QJsonObject json{{u"state"_s, connection},
                     {u"server"_s, state.serverUrl()},
                     {u"email"_s, state.email()},
                     {u"queued"_s, queue.pendingCount()},
                     {u"rejected"_s, queue.rejectedCount()},
                     {u"conflicts"_s, ConflictStore(store->database()).openCount()},
                     {u"last_sync"_s, last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue()},
                     {u"cursor"_s, state.cursor()},
                     {u"held"_s, HeldRows(store->database()).count()},
                     {u"last_error"_s, state.lastError()},
                     {u"failures_in_row"_s, state.errorStreak()}};
    if (cli.isSet(u"json"_s)) {
        cliOut() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        cliOut() << it.key() << u": "_s << it.value().toVariant().toString() << u'\n';
    for (const OutboxEntry &e : queue.rejected())
        cliOut() << Text::tr("rejected: %1 %2: %3").arg(e.mutation.entity, e.mutation.id, e.rejectedReason) << u'\n';
    for (const HeldRow &h : HeldRows(store->database()).all()) {
        cliOut() << Text::tr("held: %1 %2 rev %3 (%n tries): %4", nullptr, h.attempts)
                        .arg(h.row.entity, h.row.id)
                        .arg(h.row.rev)
                        .arg(h.reason)
                 << u'\n';
    }
    cliOut().flush();
    return ExitOk;
}

QJsonObject conflictJson(const Conflict &c)
{
    return {
        {u"id"_s, c.id},     {u"entity"_s, c.entity}, {u"row_id"_s, c.rowId},         {u"field"_s, c.field},
        {u"mine"_s, c.mine}, {u"server"_s, c.server}, {u"server_rev"_s, c.serverRev}, {u"detected_at"_s, c.detectedAt}};
}

int conflictsResolve(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"conflicts resolve"_s,
                    Text::tr("Settle a conflict: keep your value (sent again to the server) or the server's."));
    cli.addPositional(u"ID"_s, Text::tr("The conflict's id (see \"k12-teacher conflicts\")."));
    cli.addOption({u"keep"_s}, Text::tr("\"mine\" or \"server\"."), u"mine|server"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    const QString keepText = cli.value(u"keep"_s);
    if (keepText != u"mine"_s && keepText != u"server"_s)
        return cli.usageError(Text::tr("--keep must be \"mine\" or \"server\""));
    const ConflictStore::Keep keep = keepText == u"mine"_s ? ConflictStore::Keep::Mine : ConflictStore::Keep::Server;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    ConflictStore conflicts(store->database());
    const std::optional<Conflict> conflict = conflicts.find(cli.positional().at(0));
    if (!conflict || !conflict->resolvedAt.isEmpty())
        return printUserError(Text::tr("No open conflict has the id %1.").arg(cli.positional().at(0)));
    Result<ChangeList> changes = ConflictStore::changesFor(*conflict, keep);
    if (!changes)
        return printUserError(changes.error());
    if (!changes->isEmpty()) {
        Result<QList<AppliedChange>> written = store->apply(u"conflict.keep_mine"_s, *changes);
        if (!written)
            return printUserError(written.error());
    }
    if (Status s = conflicts.markResolved(conflict->id, keep); !s)
        return printUserError(s.error());
    cliOut() << (keep == ConflictStore::Keep::Mine ? Text::tr("Kept your value; it is sent with the next sync.")
                                                   : Text::tr("Kept the server's value."))
             << Qt::endl;
    return ExitOk;
}

int conflictsList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"conflicts"_s, Text::tr("List the conflicts waiting for your decision."));
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const QList<Conflict> open = ConflictStore(store->database()).open();
    if (cli.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Conflict &c : open)
            array.append(conflictJson(c));
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    for (const Conflict &c : open) {
        cliOut() << c.id << u'\t' << c.entity << u'.' << c.field << u'\t'
                 << Text::tr("mine: %1")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{c.mine}).toJson(QJsonDocument::Compact)))
                 << u'\t'
                 << Text::tr("server: %1")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{c.server}).toJson(QJsonDocument::Compact)))
                 << u'\n';
    }
    cliOut().flush();
    return ExitOk;
}

} // namespace

void addSyncCommands(QList<CliCommand> &commands)
{
    commands.append({{u"login"_s},
                     u"--server URL --email E --password-stdin"_s,
                     Text::tr("Sign in to the school's server."),
                     login});
    commands.append({{u"logout"_s}, QString(), Text::tr("Sign out; queued changes stay."), logout});
    commands.append({{u"sync"_s}, QString(), Text::tr("One full push and pull (exit 3 when offline)."), sync});
    commands.append({{u"status"_s}, u"[--json]"_s, Text::tr("Sync state, queued changes, conflicts."), status});
    commands.append({{u"conflicts"_s}, u"[--json]"_s, Text::tr("List open conflicts."), conflictsList});
    commands.append(
        {{u"conflicts"_s, u"resolve"_s}, u"ID --keep mine|server"_s, Text::tr("Settle a conflict."), conflictsResolve});
}

} // namespace k12
