#include "Cli.h"

#include "server/auth/LoginThrottle.h"

#include "CliSupport.h"
#include "MaintenanceCommands.h"
#include "ServeCommand.h"
#include "kernel/logging/Logging.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "server/ServerLog.h"
#include "server/admin/AuditReport.h"
#include "server/admin/MutationLogPruner.h"
#include "server/admin/RosterImporter.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordHasher.h"
#include "server/mail/MailCommands.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

int Cli::usage(const QString &message)
{
    printErr(message + u"\nRun `k12-server --help` for the commands."_s);
    return ServerExitUsage;
}

void Cli::printHelp()
{
    printOut(u"k12-server %1: the K12 Teacher sync server.\n\n"
             "Usage:\n"
             "  k12-server serve [--listen HOST:PORT] [--database URL] [options]\n"
             "  k12-server admin create-teacher --email E --name N --password-stdin [--database URL]\n"
             "  k12-server admin import-roster FILE.csv --class-id ID [--database URL]\n"
             "  k12-server admin audit [--since T] [--all | --denied] [--json] [--database URL]\n"
             "  k12-server admin unlock --email E [--database URL]\n"
             "  k12-server admin migrate [--database URL]\n"
             "  k12-server admin backup --out FILE [--database URL]\n"
             "  k12-server admin restore --from FILE [--database URL]   (server stopped)\n"
             "  k12-server admin prune [--dry-run] [--audit-retention-days N] [--replay-retention-days N]\n"
             "  k12-server admin mail-status [--json] [--database URL]\n"
             "  k12-server admin send-digests [--now] [--database URL]\n\n"
             "`k12-server COMMAND --help` lists a command's options. Exit codes: 0 done, 1 could not be done "
             "(stderr says why), 2 bad usage.\n"_s.arg(QCoreApplication::applicationVersion()));
}

int Cli::run(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s || args.first() == u"help"_s) {
        printHelp();
        return args.isEmpty() ? ServerExitUsage : ServerExitOk;
    }
    if (args.first() == u"--version"_s) {
        printOut(QCoreApplication::applicationVersion() + u'\n');
        return ServerExitOk;
    }
    const QString command = args.takeFirst();
    if (command == u"serve"_s)
        return serve(args);
    if (command == u"admin"_s)
        return admin(args);
    return usage(u"Unknown command \"%1\"."_s.arg(command));
}

int Cli::serve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the sync server until SIGTERM or SIGINT."_s);
    addCommon(parser);
    const QList<QCommandLineOption> options{
        {u"listen"_s,
         u"Address and port; port 0 picks a free one. The chosen HOST:PORT is the first line on "
         "stdout (default 127.0.0.1:8080)."_s,
         u"host:port"_s},
        {u"workers"_s, u"Database worker threads (connections) (default 4)."_s, u"n"_s},
        {u"push-group"_s,
         u"SQLite: pushes that queued up while another was written are committed together, at most n (default 8; 1: "
         "each alone)."_s,
         u"n"_s},
        {u"push-workers"_s,
         u"Threads (connections) that write pushes, apart from --workers (default 2; 0: on the workers)."_s, u"n"_s},
        {u"access-ttl"_s, u"Access token lifetime in seconds (default 900)."_s, u"seconds"_s},
        {u"refresh-ttl"_s, u"Refresh token lifetime in seconds (default 2592000, 30 days)."_s, u"seconds"_s},
        {u"max-body"_s, u"Largest request body in bytes (default 8388608)."_s, u"bytes"_s},
        {u"body-budget"_s,
         u"Bytes of request bodies read at once, all connections together, by their declared size; more get 503 "
         "(default 33554432)."_s,
         u"bytes"_s},
        {u"max-mutations"_s, u"Most mutations in one push (default 1000)."_s, u"n"_s},
        {u"max-pull-limit"_s, u"Largest pull page; a larger limit is refused with 400 (default 5000)."_s, u"n"_s},
        {u"default-pull-limit"_s, u"Pull page size when the client gives none (default 1000)."_s, u"n"_s},
        {u"rate-per-address"_s, u"Requests a minute per client address, 0 = no limit (default 1200)."_s, u"n"_s},
        {u"rate-per-account"_s, u"Requests a minute per teacher, 0 = no limit (default 600)."_s, u"n"_s},
        {u"login-failures"_s, u"Failed sign-ins a minute per account and per address (default 10)."_s, u"n"_s},
        {u"idle-timeout"_s, u"Seconds before an idle connection is closed (default 120)."_s, u"seconds"_s},
        {u"request-timeout"_s, u"Seconds a request may take to arrive, from its first byte; then 408 (default 30)."_s,
         u"seconds"_s},
        {u"max-connections"_s, u"Open connections at most; more get 503 (default 512)."_s, u"n"_s},
        {u"max-connections-per-address"_s, u"Open connections from one address at most (default 64)."_s, u"n"_s},
        {u"max-header-bytes"_s, u"Largest header block; larger gets 431 (default 16384)."_s, u"bytes"_s},
        {u"max-headers"_s, u"Most header fields in a request; more gets 431 (default 100)."_s, u"n"_s},
        {u"log-json"_s, u"Write request log lines as JSON objects."_s},
        {u"trust-proxy"_s,
         u"Addresses of reverse proxies (comma-separated): their X-Forwarded-For names the client, for limits and "
         "logs, and their connections are not capped per address."_s,
         u"addresses"_s},
        {u"sign-in-workers"_s, u"Threads that check passwords, apart from the database workers (default 2)."_s, u"n"_s},
        {u"sign-in-queue"_s, u"Sign-ins waiting for those threads at most; more get 503 (default 16)."_s, u"n"_s},
        {u"sign-ins-per-address"_s,
         u"Sign-ins and refreshes a minute from one address, right or wrong; 0 = no limit (default 120)."_s, u"n"_s},
        {u"sign-ins-per-account"_s,
         u"Sign-ins, and separately token refreshes, a minute for one account, right or wrong; 0 = no limit "
         "(default 60)."_s,
         u"n"_s},
        {u"audit-retention-days"_s,
         u"Keep the mutation log's audit entries this many days; pruned once a day "
         "(default 365)."_s,
         u"days"_s},
        {u"replay-retention-days"_s, u"Keep the answers replayed to a repeated mutation this many days (default 30)."_s,
         u"days"_s},
    };
    for (const QCommandLineOption &o : options)
        parser.addOption(o);
    MailCommands::addServeOptions(parser);
    Parsed common = parseCommon(parser, QStringList{u"k12-server serve"_s} + args, false);
    if (common.exit)
        return *common.exit;
    if (!parser.positionalArguments().isEmpty())
        return usage(u"serve takes no arguments (got \"%1\")."_s.arg(parser.positionalArguments().first()));

    ServeCommand::Options o;
    o.database = *common.database;
    const QString listen = parser.isSet(u"listen"_s) ? parser.value(u"listen"_s) : u"127.0.0.1:8080"_s;
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !o.address.setAddress(host))
        return usage(u"--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8080 or [::1]:0."_s);
    o.port = quint16(port);

    struct IntOption
    {
        const char *name;
        qint64 fallback;
        qint64 min;
        qint64 max;
        qint64 *target;
    };
    qint64 workers = 0, accessTtl = 0, refreshTtl = 0, maxBody = 0, maxMutations = 0, maxPull = 0, defaultPull = 0,
           rateAddress = 0, rateAccount = 0, loginFailures = 0, idle = 0, requestTimeout = 0, maxConnections = 0,
           perAddress = 0, headerBytes = 0, maxHeaders = 0, signInWorkers = 0, signInsAddress = 0, signInsAccount = 0,
           bodyBudget = 0, signInQueue = 0, auditDays = 0, replayDays = 0, pushWorkers = 0, pushGroup = 0;
    const IntOption ints[] = {
        {"workers", 4, 1, 64, &workers},
        {"push-workers", 2, 0, 64, &pushWorkers},
        {"push-group", 8, 1, 1000, &pushGroup},
        {"access-ttl", 900, 1, 86400 * 7, &accessTtl},
        {"refresh-ttl", 30 * 86400, 1, 366 * 86400, &refreshTtl},
        {"max-body", protocol::kDefaultMaxBodyBytes, 1024, qint64(1) << 30, &maxBody},
        {"body-budget", 32 * 1024 * 1024, 1024 * 1024, qint64(1) << 34, &bodyBudget},
        {"max-mutations", protocol::kDefaultMaxMutationsPerPush, 1, 100000, &maxMutations},
        {"max-pull-limit", protocol::kDefaultMaxPullLimit, 1, 100000, &maxPull},
        {"default-pull-limit", protocol::kDefaultPullLimit, 1, 100000, &defaultPull},
        {"rate-per-address", 1200, 0, 100000000, &rateAddress},
        {"rate-per-account", 600, 0, 100000000, &rateAccount},
        {"login-failures", 10, 1, 1000, &loginFailures},
        {"idle-timeout", 120, 1, 86400, &idle},
        {"request-timeout", 30, 1, 3600, &requestTimeout},
        {"max-connections", 512, 1, 100000, &maxConnections},
        {"max-connections-per-address", 64, 1, 100000, &perAddress},
        {"max-header-bytes", 16384, 1024, 1048576, &headerBytes},
        {"max-headers", 100, 8, 10000, &maxHeaders},
        {"sign-in-workers", 2, 1, 64, &signInWorkers},
        {"sign-in-queue", 16, 0, 100000, &signInQueue},
        {"sign-ins-per-address", 120, 0, 100000000, &signInsAddress},
        {"sign-ins-per-account", 60, 0, 100000000, &signInsAccount},
        {"audit-retention-days", MutationLogPruner::kDefaultAuditDays, 1, 36500, &auditDays},
        {"replay-retention-days", MutationLogPruner::kDefaultReplayDays, 1, 36500, &replayDays},
    };
    for (const IntOption &opt : ints) {
        const std::optional<qint64> v =
            integerOption(parser, QString::fromLatin1(opt.name), opt.fallback, opt.min, opt.max);
        if (!v)
            return ServerExitUsage;
        *opt.target = *v;
    }
    if (maxBody > bodyBudget)
        return usage(
            u"--max-body (%1) cannot be above --body-budget (%2): such a body could never be read."_s.arg(maxBody).arg(
                bodyBudget));
    o.workers = int(workers);
    o.pushWorkers = int(pushWorkers);
    o.pushGroup = int(pushGroup);
    o.api.version = QCoreApplication::applicationVersion();
    o.api.limits.maxBodyBytes = maxBody;
    o.api.limits.bodyBudgetBytes = bodyBudget;
    o.api.limits.requestTimeoutMs = int(requestTimeout * 1000);
    o.api.limits.maxConnections = int(maxConnections);
    o.api.limits.maxConnectionsPerAddress = int(perAddress);
    o.api.limits.headerBytes = int(headerBytes);
    o.api.limits.maxHeaders = int(maxHeaders);
    o.api.jsonLog = parser.isSet(u"log-json"_s);
    for (const QString &text : parser.value(u"trust-proxy"_s).split(u',', Qt::SkipEmptyParts)) {
        const QHostAddress proxy(text.trimmed());
        if (proxy.isNull())
            return usage(u"--trust-proxy takes numeric addresses, e.g. 127.0.0.1,::1 (not \"%1\")."_s.arg(text));
        o.api.limits.trustedProxies.append(proxy.toString());
    }
    o.signInWorkers = int(signInWorkers);
    o.api.signInQueue = std::size_t(signInQueue);
    o.api.signInsPerAddressPerMinute = int(signInsAddress);
    o.api.signInsPerAccountPerMinute = int(signInsAccount);
    o.api.ratePerAddressPerMinute = int(rateAddress);
    o.api.ratePerAccountPerMinute = int(rateAccount);
    o.api.limits.idleTimeoutMs = int(idle * 1000);
    o.api.handler.maxMutationsPerPush = int(maxMutations);
    o.api.handler.maxPullLimit = int(maxPull);
    o.api.handler.defaultPullLimit = int(std::min(defaultPull, maxPull));
    o.api.handler.auth.accessTtlSeconds = accessTtl;
    o.api.handler.auth.refreshTtlSeconds = refreshTtl;
    o.api.handler.auth.maxLoginFailuresPerMinute = int(loginFailures);
    if (replayDays > auditDays)
        return usage(
            u"--replay-retention-days (%1) cannot be longer than --audit-retention-days (%2)."_s.arg(replayDays)
                .arg(auditDays));
    o.retention = {int(replayDays), int(auditDays)};
    if (const std::optional<int> exit = MailCommands::readServeOptions(parser, o.mail))
        return *exit;
    return ServeCommand::run(std::move(o));
}

int Cli::admin(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (args.isEmpty())
        return usage(u"admin needs a command: create-teacher, import-roster, audit, migrate, unlock, backup, "
                     "restore, prune, mail-status or send-digests."_s);
    if (args.first() == u"--help"_s || args.first() == u"-h"_s) {
        printOut(u"Usage: k12-server admin COMMAND [options] --database URL\n\n"
                 "Commands:\n"
                 "  create-teacher  Create a teacher account (password on stdin); prints its id.\n"
                 "  import-roster   Import a roster CSV into a class: all rows or none.\n"
                 "  audit           Every change: time, revision, who, client, row, old and new value.\n"
                 "  migrate         Create or upgrade the database schema.\n"
                 "  unlock          Forget an account's failed sign-ins (--email).\n"
                 "  backup          Write a consistent copy of the database to --out FILE.\n"
                 "  restore         Replace the database with a backup (--from FILE); sets a new epoch.\n"
                 "  prune           Prune the mutation log (replay answers, old audit entries).\n"
                 "  mail-status     Messages of the mail queue per state (--json).\n"
                 "  send-digests    Queue this week's family digests (--now).\n\n"
                 "`k12-server admin COMMAND --help` describes each command's options.\n"_s);
        return ServerExitOk;
    }
    const QString command = args.takeFirst();
    if (MaintenanceCommands::handles(command))
        return MaintenanceCommands::run(command, args);
    if (MailCommands::handles(command))
        return MailCommands::run(command, args);
    QCommandLineParser parser;
    addCommon(parser);
    if (command == u"create-teacher"_s) {
        parser.setApplicationDescription(u"Creates a teacher account and prints its id. The password is read from "
                                         "the first line of stdin (it never appears on a command line)."_s);
        parser.addOption({u"email"_s, u"The teacher's email (their sign-in name)."_s, u"email"_s});
        parser.addOption({u"name"_s, u"The teacher's name."_s, u"name"_s});
        parser.addOption({u"password-stdin"_s, u"Read the password from stdin."_s});
        QCommandLineOption iterations(u"pbkdf2-iterations"_s, u"PBKDF2 iterations."_s, u"n"_s);
        iterations.setFlags(QCommandLineOption::HiddenFromHelp); // test suites only
        parser.addOption(iterations);
    } else if (command == u"import-roster"_s) {
        parser.setApplicationDescription(u"Imports a roster CSV (given_name, family_name, student_number, email) "
                                         "into a class: all rows or none."_s);
        parser.addPositionalArgument(u"file"_s, u"The roster CSV."_s);
        parser.addOption({u"class-id"_s, u"The id of the class."_s, u"id"_s});
    } else if (command == u"audit"_s) {
        parser.setApplicationDescription(u"Lists every change: time, revision, who, client, row, field, old and "
                                         "new value."_s);
        parser.addOption({u"since"_s, u"Only changes at or after this ISO date or date-time."_s, u"time"_s});
        parser.addOption({u"json"_s, u"Print a JSON array instead of lines."_s});
        parser.addOption({u"all"_s, u"Also the mutations that changed nothing (conflicts, rejected, repeats of "
                                    "what the row already held): every mutation a client sent, once."_s});
        parser.addOption({u"denied"_s, u"Only the mutations that were refused, with the reason given."_s});
    } else if (command == u"migrate"_s) {
        parser.setApplicationDescription(u"Creates or upgrades the database schema."_s);
    } else if (command == u"unlock"_s) {
        parser.setApplicationDescription(u"Forgets an account's failed sign-ins, so its teacher can sign in at once "
                                         "(someone else's guesses had locked it)."_s);
        parser.addOption({u"email"_s, u"The teacher's email."_s, u"email"_s});
    } else {
        return usage(u"Unknown admin command \"%1\"."_s.arg(command));
    }
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin "_s + command} + args, true);
    if (common.exit)
        return *common.exit;

    if (command == u"create-teacher"_s) {
        if (!parser.isSet(u"email"_s) || !parser.isSet(u"name"_s) || !parser.isSet(u"password-stdin"_s))
            return usage(u"create-teacher needs --email, --name and --password-stdin."_s);
        const std::optional<qint64> iterations =
            integerOption(parser, u"pbkdf2-iterations"_s, PasswordHasher::defaultIterations(),
                          PasswordHasher::kMinimumIterations, 100000000);
        if (!iterations)
            return ServerExitUsage;
        std::string line;
        std::getline(std::cin, line);
        QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
        while (password.endsWith(u'\r') || password.endsWith(u'\n'))
            password.chop(1);
        Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
        if (!db) {
            printErr(db.error());
            return ServerExitFailure;
        }
        Result<QString> id = AuthService::createTeacher(**db, parser.value(u"email"_s), parser.value(u"name"_s),
                                                        password, int(*iterations));
        if (!id) {
            printErr(id.error());
            return ServerExitFailure;
        }
        printOut(*id + u'\n');
        return ServerExitOk;
    }
    if (command == u"unlock"_s) {
        if (!parser.isSet(u"email"_s))
            return usage(u"unlock needs --email."_s);
        Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
        if (!db) {
            printErr(db.error());
            return ServerExitFailure;
        }
        Result<int> cleared = LoginThrottle(**db, 1).unlock(AuthService::normalizeEmail(parser.value(u"email"_s)));
        if (!cleared) {
            printErr(cleared.error());
            return ServerExitFailure;
        }
        printOut(u"Unlocked: %1 failed sign-in(s) forgotten.\n"_s.arg(*cleared));
        return ServerExitOk;
    }
    if (command == u"import-roster"_s) {
        if (parser.positionalArguments().size() != 1 || !parser.isSet(u"class-id"_s))
            return usage(u"import-roster needs one FILE.csv and --class-id ID."_s);
        Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
        if (!db) {
            printErr(db.error());
            return ServerExitFailure;
        }
        Result<RosterImporter::Summary> summary =
            RosterImporter::run(**db, parser.positionalArguments().first(), parser.value(u"class-id"_s));
        if (!summary) {
            printErr(summary.error() + u"\nNothing was imported."_s);
            return ServerExitFailure;
        }
        printOut(u"%1 students created, %2 updated, %3 unchanged; %4 enrolled in the class.\n"_s.arg(summary->created)
                     .arg(summary->updated)
                     .arg(summary->unchanged)
                     .arg(summary->enrolled));
        if (summary->guardiansCreated + summary->guardiansLinked > 0)
            printOut(u"%1 guardians created; %2 links between students and guardians made.\n"_s
                         .arg(summary->guardiansCreated)
                         .arg(summary->guardiansLinked));
        return ServerExitOk;
    }
    if (command == u"audit"_s) {
        Result<QString> since = AuditReport::normalizeSince(parser.value(u"since"_s));
        if (!since)
            return usage(since.error());
        Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
        if (!db) {
            printErr(db.error());
            return ServerExitFailure;
        }
        const AuditReport::Scope scope = parser.isSet(u"denied"_s) ? AuditReport::Scope::Denied
                                         : parser.isSet(u"all"_s)  ? AuditReport::Scope::Everything
                                                                   : AuditReport::Scope::Changes;
        Result<QString> report = AuditReport::render(**db, parser.value(u"since"_s), parser.isSet(u"json"_s), scope);
        if (!report) {
            printErr(report.error());
            return ServerExitFailure;
        }
        printOut(*report);
        return ServerExitOk;
    }
    // migrate
    Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
    if (!db) {
        printErr(db.error());
        return ServerExitFailure;
    }
    printOut(u"The database %1 is at schema version %2.\n"_s.arg((*db)->config().displayName())
                 .arg(Schema::latestVersion()));
    return ServerExitOk;
}

} // namespace k12::server
