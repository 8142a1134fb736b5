#include "ServeCommand.h"

#include "Cli.h"
#include "DailyPruner.h"
#include "SignalWatcher.h"
#include "server/ServerLog.h"
#include "server/http/WorkerPool.h"
#include "server/mail/MailCommands.h"
#include "server/mail/MailWorker.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"
#include "server/store/ServeLock.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <optional>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// Every connection is a file descriptor: the soft limit (often 1,024) is
// raised to the hard one so --max-connections, not the kernel, decides; if
// even that is too low, say so now rather than when accept() starts failing.
void raiseDescriptorLimit(int maxConnections)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    const rlim_t needed = rlim_t(maxConnections) + 64; // database files, workers, logs
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
        serverLog()->warn("only {} file descriptors allowed (ulimit -n) for --max-connections {}: connections past "
                          "that wait until others close",
                          static_cast<unsigned long long>(limit.rlim_cur), maxConnections);
    }
}

// `admin send-digests` writes the same links as the running server.
void recordPublicUrl(const DatabaseConfig &config, const QString &url)
{
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db)
        return;
    Transaction tx(**db, Database::TxKind::Write);
    QSqlQuery *q = (*db)->prepared(u"INSERT INTO \"server_meta\" (\"key\", \"value\") VALUES (?, ?) "
                                   "ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\""_s);
    q->bindValue(0, QString::fromLatin1(MailCommands::kPublicUrlKey));
    q->bindValue(1, url);
    if (!tx.begun() || !(*db)->run(q, u"Cannot record the public URL"_s) || !tx.commit())
        serverLog()->warn("mail: could not record the public URL for admin send-digests");
}

} // namespace

int ServeCommand::run(Options options)
{
    raiseDescriptorLimit(options.api.limits.maxConnections);
    // Held while serving: `admin restore` refuses to swap the file under us.
    ServeLock serveLock;
    if (Status s = serveLock.acquire(options.database, ServeLock::Mode::Shared); !s) {
        serverLog()->error("{}", s.error().toStdString());
        return ServerExitFailure;
    }
    {
        // Schema first, on one connection, before any worker opens its own.
        Result<std::unique_ptr<Database>> db = Database::open(options.database);
        if (!db) {
            serverLog()->error("{}", db.error().toStdString());
            return ServerExitFailure;
        }
        if (Status s = Schema::migrate(**db); !s) {
            serverLog()->error("{}", s.error().toStdString());
            return ServerExitFailure;
        }
        Result<QString> epoch = Schema::epoch(**db);
        if (!epoch) {
            serverLog()->error("{}", epoch.error().toStdString());
            return ServerExitFailure;
        }
        options.api.epoch = *epoch;
    }

    WorkerPool pool(options.workers, options.database);
    // Pushes on threads of their own: writers take turns (one at a time on
    // SQLite, on the revision counter on PostgreSQL), and pulls must not queue
    // behind them (--push-workers 0: pushes share the workers).
    std::optional<WorkerPool> pushPool;
    if (options.pushWorkers > 0)
        pushPool.emplace(options.pushWorkers, options.database, options.pushGroup);
    // Sign-ins hash passwords on threads of their own: they never hold up sync.
    WorkerPool signInPool(options.signInWorkers, options.database);
    int exitCode = ServerExitOk;
    {
        // The family portal's cookies carry Secure when families reach it over TLS (issue 18, contract 8).
        options.api.portal.secureCookies = options.mail.publicUrl.startsWith(u"https://"_s, Qt::CaseInsensitive);
        ApiServer server(options.api, &pool, &signInPool, pushPool ? &*pushPool : nullptr);
        // Before the port line: a script may send SIGTERM as soon as it reads
        // it, and the default action would end the process mid-start-up.
        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&](int number) {
            serverLog()->info("signal {}: finishing {} requests in flight, then stopping", number, server.inFlight());
            server.beginShutdown();
        });
        const quint16 port = server.listenOn(options.address, options.port);
        if (port == 0) {
            signInPool.stop();
            if (pushPool)
                pushPool->stop();
            pool.stop();
            return ServerExitFailure;
        }
        const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u'[' + options.address.toString() + u']'
                                 : options.address.toString();
        // The first line of stdout: what tests and scripts read to find the server.
        std::printf("%s:%u\n", host.toUtf8().constData(), unsigned(port));
        std::fflush(stdout);
        serverLog()->info("k12-server {} listening on {}:{}, database {}, {} workers + {} push workers, epoch {}",
                          options.api.version.toStdString(), host.toStdString(), port,
                          options.database.displayName().toStdString(), options.workers, options.pushWorkers,
                          options.api.epoch.toStdString());

        DailyPruner pruner(options.database, options.retention);
        pruner.start();

        // The mailer: its own thread and connection; links in emails start with the public URL.
        if (options.mail.publicUrl.isEmpty())
            options.mail.publicUrl = u"http://%1:%2"_s.arg(host).arg(port);
        recordPublicUrl(options.database, options.mail.publicUrl);
        MailWorker mailer(options.database, options.mail);
        mailer.start();

        QTimer closing;
        int closingTicks = 0;
        QObject::connect(&server, &ApiServer::drained, &server, [&] {
            // Every answer is handed over; let the connections send it, then leave.
            closing.setInterval(20);
            QObject::connect(&closing, &QTimer::timeout, &server, [&] {
                if (server.openConnections() == 0 || ++closingTicks > 250)
                    QCoreApplication::quit();
            });
            closing.start();
        });
        exitCode = QCoreApplication::exec();
    }
    signInPool.stop();
    if (pushPool)
        pushPool->stop();
    pool.stop(); // workers close their database connections in their own threads
    serverLog()->info("stopped");
    return exitCode;
}

} // namespace k12::server
