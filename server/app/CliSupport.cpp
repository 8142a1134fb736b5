#include "CliSupport.h"

#include "Cli.h"
#include "kernel/logging/Logging.h"
#include "server/store/Schema.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << '\n';
    err.flush();
}

void addCommon(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption(
        {u"database"_s,
         u"Database URL: sqlite:/path/file.db or postgresql://user[:password]@host:port/db (default: %1)."_s.arg(
             DatabaseConfig::defaultUrl()),
         u"url"_s});
    parser.addOption({u"verbose"_s, u"Log debug details."_s});
    parser.addOption({u"log-dir"_s, u"Also write a rotating log file in this folder."_s, u"dir"_s});
}

Parsed parseCommon(QCommandLineParser &parser, const QStringList &args, bool quietStderr)
{
    Parsed p;
    if (!parser.parse(args)) {
        printErr(parser.errorText() + u"\n\n"_s + parser.helpText());
        p.exit = ServerExitUsage;
        return p;
    }
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        p.exit = ServerExitOk;
        return p;
    }
    logging::init({parser.value(u"log-dir"_s), u"k12-server.log"_s, parser.isSet(u"verbose"_s), quietStderr});
    Result<DatabaseConfig> db = DatabaseConfig::fromUrl(parser.isSet(u"database"_s) ? parser.value(u"database"_s)
                                                                                    : DatabaseConfig::defaultUrl());
    if (!db) {
        printErr(db.error());
        p.exit = ServerExitUsage;
        return p;
    }
    p.database = *db;
    return p;
}

Result<std::unique_ptr<Database>> openMigrated(const DatabaseConfig &config)
{
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db)
        return db;
    if (Status s = Schema::migrate(**db); !s)
        return Error{s.error()};
    return db;
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min,
                                    qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        printErr(u"--%1 must be an integer from %2 to %3."_s.arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

} // namespace k12::server
