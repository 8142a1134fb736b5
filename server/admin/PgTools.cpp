#include "PgTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString quoteValue(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

Result<QString> PgTools::find(const QString &program)
{
    const QString fromEnv = qEnvironmentVariable("K12_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        const QString path = QDir(fromEnv).filePath(program);
        if (QFileInfo(path).isExecutable())
            return path;
        return fail(u"%1 is not in K12_PG_BINDIR (%2)."_s.arg(program, fromEnv));
    }
    const QString onPath = QStandardPaths::findExecutable(program);
    if (!onPath.isEmpty())
        return onPath;
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString path = u"/usr/lib/postgresql/%1/bin/%2"_s.arg(v, program);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return fail(u"%1 was not found: install the PostgreSQL client programs (Debian: postgresql-client) or set "
                "K12_PG_BINDIR."_s.arg(program));
}

QString PgTools::connectionString(const DatabaseConfig &config)
{
    QStringList parts{u"host="_s + quoteValue(config.host()), u"port=%1"_s.arg(config.port()),
                      u"dbname="_s + quoteValue(config.databaseName())};
    if (!config.user().isEmpty())
        parts.append(u"user="_s + quoteValue(config.user()));
    for (const QString &option : config.connectOptions().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq > 0)
            parts.append(option.left(eq) + u'=' + quoteValue(option.mid(eq + 1)));
    }
    return parts.join(u' ');
}

Result<PgTools::Output> PgTools::run(const QString &program, const DatabaseConfig &config, const QStringList &args)
{
    Result<QString> path = find(program);
    if (!path)
        return Error{path.error()};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.password().isEmpty())
        env.insert(u"PGPASSWORD"_s, config.password());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(*path, args + QStringList{u"--dbname="_s + connectionString(config)});
    if (!process.waitForStarted(30000))
        return fail(u"Cannot start %1: %2"_s.arg(*path, process.errorString()));
    process.closeWriteChannel();
    process.waitForFinished(-1); // a large database takes as long as it takes
    Output out;
    out.err = process.readAllStandardError();
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return out;
}

} // namespace k12::server
