#include "MailCommands.h"

#include "MailPlanner.h"
#include "MailQueue.h"
#include "SmtpCredentials.h"
#include "kernel/domain/Clock.h"
#include "server/app/Cli.h"
#include "server/app/CliSupport.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

int usageError(const QString &message)
{
    printErr(message + u"\nRun `k12-server serve --help` or `k12-server admin --help`."_s);
    return ServerExitUsage;
}

QCommandLineOption hidden(const QString &name, const QString &description, const QString &value)
{
    QCommandLineOption option(name, description, value);
    option.setFlags(QCommandLineOption::HiddenFromHelp); // test suites only
    return option;
}

} // namespace

void MailCommands::addServeOptions(QCommandLineParser &parser)
{
    parser.addOption({u"public-url"_s,
                      u"Base of the links in emails, as families reach the server (default http://HOST:PORT of "
                      "--listen)."_s,
                      u"url"_s});
    parser.addOption({u"smtp-url"_s,
                      u"The mail relay: smtp://host:port or smtps://host:port. Without it mail is queued, not "
                      "sent."_s,
                      u"url"_s});
    parser.addOption({u"smtp-starttls"_s, u"Require STARTTLS on an smtp:// relay."_s});
    parser.addOption({u"smtp-credentials"_s,
                      u"A file with one line user:password for the relay; it must belong to the server's user and "
                      "not be readable by group or others (default: $CREDENTIALS_DIRECTORY/smtp, the systemd "
                      "credential smtp, when there is one)."_s,
                      u"file"_s});
    parser.addOption(
        {u"smtp-ca-file"_s, u"CA certificates (PEM) for the relay's TLS (default: the system's)."_s, u"file"_s});
    parser.addOption({u"mail-from"_s, u"The sender address of the emails (needed with --smtp-url)."_s, u"address"_s});
    parser.addOption(
        {u"digest-weekday"_s, u"Day of the weekly digest, 1 = Monday .. 7 = Sunday (default 5)."_s, u"1-7"_s});
    parser.addOption({u"digest-hour"_s, u"Hour of the weekly digest, server local time (default 16)."_s, u"0-23"_s});
    parser.addOption(hidden(u"mail-poll-ms"_s, u"How often the mailer plans and sends."_s, u"ms"_s));
    parser.addOption(hidden(u"mail-retry-base-ms"_s, u"First retry delay of a failed message."_s, u"ms"_s));
    parser.addOption(hidden(u"mail-breaker-cooldown-ms"_s, u"First open period of the relay breaker."_s, u"ms"_s));
    parser.addOption(hidden(u"smtp-timeout"_s, u"Seconds an SMTP transaction may take."_s, u"seconds"_s));
}

std::optional<int> MailCommands::readServeOptions(const QCommandLineParser &parser, MailSettings &settings)
{
    if (parser.isSet(u"public-url"_s)) {
        const QUrl url(parser.value(u"public-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return usageError(u"--public-url must be an http:// or https:// URL, e.g. https://grades.example.org."_s);
        settings.publicUrl = parser.value(u"public-url"_s);
        while (settings.publicUrl.endsWith(u'/'))
            settings.publicUrl.chop(1);
    }
    if (parser.isSet(u"smtp-url"_s)) {
        const QUrl url(parser.value(u"smtp-url"_s), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"smtp"_s && url.scheme() != u"smtps"_s) || url.host().isEmpty())
            return usageError(u"--smtp-url must be smtp://host:port or smtps://host:port."_s);
        if (!url.userInfo().isEmpty())
            return usageError(u"--smtp-url must not hold a user or password: put them in --smtp-credentials FILE."_s);
        settings.smtpUrl = parser.value(u"smtp-url"_s);
        if (parser.isSet(u"smtp-starttls"_s) && url.scheme() == u"smtps"_s)
            return usageError(u"--smtp-starttls is for smtp:// relays; smtps:// is TLS from the start."_s);
        if (!parser.isSet(u"mail-from"_s))
            return usageError(u"--smtp-url needs --mail-from ADDRESS (the sender of the emails)."_s);
    }
    settings.startTls = parser.isSet(u"smtp-starttls"_s);
    settings.from = parser.value(u"mail-from"_s);
    settings.caFile = parser.value(u"smtp-ca-file"_s);
    // The flag's file, else the one systemd passed the packaged unit (LoadCredential=smtp:...).
    const QString credentialsFile = parser.isSet(u"smtp-credentials"_s) ? parser.value(u"smtp-credentials"_s)
                                                                        : SmtpCredentials::systemdCredential();
    if (!credentialsFile.isEmpty()) {
        Result<SmtpCredentials> credentials = SmtpCredentials::load(credentialsFile);
        if (!credentials) {
            printErr(credentials.error());
            return ServerExitFailure;
        }
        settings.user = credentials->user;
        settings.password = credentials->password;
    }
    const std::optional<qint64> weekday = integerOption(parser, u"digest-weekday"_s, 5, 1, 7);
    const std::optional<qint64> hour = integerOption(parser, u"digest-hour"_s, 16, 0, 23);
    const std::optional<qint64> poll = integerOption(parser, u"mail-poll-ms"_s, 5000, 50, 3600000);
    const std::optional<qint64> retry = integerOption(parser, u"mail-retry-base-ms"_s, 30000, 10, 3600000);
    const std::optional<qint64> cooldown = integerOption(parser, u"mail-breaker-cooldown-ms"_s, 30000, 10, 3600000);
    const std::optional<qint64> timeout = integerOption(parser, u"smtp-timeout"_s, 60, 1, 3600);
    if (!weekday || !hour || !poll || !retry || !cooldown || !timeout)
        return ServerExitUsage;
    settings.digestWeekday = int(*weekday);
    settings.digestHour = int(*hour);
    settings.pollMs = int(*poll);
    settings.retryBaseMs = *retry;
    settings.breakerCooldownMs = *cooldown;
    settings.smtpTimeoutSeconds = int(*timeout);
    settings.connectTimeoutSeconds = std::min(settings.connectTimeoutSeconds, settings.smtpTimeoutSeconds);
    return std::nullopt;
}

bool MailCommands::handles(const QString &command)
{
    return command == u"mail-status"_s || command == u"send-digests"_s;
}

int MailCommands::run(const QString &command, const QStringList &args)
{
    return command == u"mail-status"_s ? status(args) : sendDigests(args);
}

int MailCommands::status(const QStringList &args)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.setApplicationDescription(u"Counts the messages of the mail queue per state: queued, sending, sent, "
                                     "failed (given up), skipped (the address unsubscribed)."_s);
    parser.addOption({u"json"_s, u"Print a JSON object."_s});
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin mail-status"_s} + args, true);
    if (common.exit)
        return *common.exit;
    Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
    if (!db) {
        printErr(db.error());
        return ServerExitFailure;
    }
    Result<QMap<QString, int>> counts = MailQueue(**db).counts();
    if (!counts) {
        printErr(counts.error());
        return ServerExitFailure;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject object;
        for (auto it = counts->begin(); it != counts->end(); ++it)
            object.insert(it.key(), it.value());
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        return ServerExitOk;
    }
    QString text;
    for (const QString &state : MailQueue::states())
        text += u"%1 %2\n"_s.arg(state + u':', -9).arg(counts->value(state));
    printOut(text);
    return ServerExitOk;
}

int MailCommands::sendDigests(const QStringList &args)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.setApplicationDescription(
        u"Queues this week's digest for every opted-in family account that has none yet, without waiting for "
        "--digest-weekday/--digest-hour. Without --now it only says how many would be queued. A running server "
        "sends them; links use the --public-url the server last started with."_s);
    parser.addOption({u"now"_s, u"Queue them now."_s});
    parser.addOption({u"public-url"_s, u"Base of the links (default: the one `serve` last used)."_s, u"url"_s});
    Parsed common = parseCommon(parser, QStringList{u"k12-server admin send-digests"_s} + args, true);
    if (common.exit)
        return *common.exit;
    Result<std::unique_ptr<Database>> db = openMigrated(*common.database);
    if (!db) {
        printErr(db.error());
        return ServerExitFailure;
    }
    QString publicUrl = parser.value(u"public-url"_s);
    if (publicUrl.isEmpty()) {
        QSqlQuery *q = (*db)->prepared(u"SELECT \"value\" FROM \"server_meta\" WHERE \"key\" = ?"_s);
        q->bindValue(0, QString::fromLatin1(kPublicUrlKey));
        if (Status s = (*db)->run(q, u"Cannot read the server settings"_s); !s) {
            printErr(s.error());
            return ServerExitFailure;
        }
        publicUrl = q->next() ? q->value(0).toString() : QString();
        q->finish();
    }
    if (publicUrl.isEmpty())
        return usageError(u"send-digests needs --public-url URL: no server has run on this database yet."_s);
    MailPlanner planner(**db, publicUrl);
    const QDateTime now = Clock::currentDateTimeUtc();
    if (!parser.isSet(u"now"_s)) {
        Result<int> pending = planner.digestsPending(now);
        if (!pending) {
            printErr(pending.error());
            return ServerExitFailure;
        }
        printOut(
            u"%1 opted-in account(s) have no digest this week (%2). Add --now to queue them.\n"_s.arg(*pending).arg(
                MailPlanner::isoWeek(now.toLocalTime().date())));
        return ServerExitOk;
    }
    Result<MailPlanner::Counts> counts = planner.planDigests(now, true);
    if (!counts) {
        printErr(counts.error());
        return ServerExitFailure;
    }
    printOut(u"Digests for %1: %2 queued, %3 with nothing to say, %4 failed.\n"_s
                 .arg(MailPlanner::isoWeek(now.toLocalTime().date()))
                 .arg(counts->digests)
                 .arg(counts->emptyDigests)
                 .arg(counts->errors));
    return counts->errors > 0 ? ServerExitFailure : ServerExitOk;
}

} // namespace k12::server
