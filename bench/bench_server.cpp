// k12-server benchmarks (issue 5; not part of CTest: timings depend on the
// machine). Starts the real k12-server on loopback against SQLite and, when
// K12_TEST_PG_URL (or K12_BENCH_PG_URL) names a PostgreSQL cluster, against
// PostgreSQL, and measures with a small HTTP/1.1 keep-alive client of its own:
//   push   10,000 score mutations in batches of 500       (target < 0.5 s)
//   pull   50,000 changes in pages of 5,000 (from a database of 50,000+; --runs 5 or more)
//                                                          (target < 0.75 s)
//   mixed  sustained pulls, pushes and health checks from several connections
//          (bench/common/MixedLoad): requests/s, p50 and p99 latency, next to
//          /health alone from the same connections (the ceiling of this client
//          and server in the same run); on PostgreSQL with 1 and 2 server
//          processes on one database (target >= 2,500 req/s, p99 < 10 ms)
//   baseline: a bare QHttpServer JSON route with one load thread
// Usage: bench_server [--quick] [--runs N] [--seconds S] [--rounds R] [--connections C]
//                     [--only sqlite|postgresql] [--push-only]
// (K12_BENCH_SERVER_LOG=FILE keeps the server's request log; K12_BENCH_SERVER=PATH
// measures another k12-server binary, e.g. an older build; K12_BENCH_SERVE_ARGS adds
// `serve` options.)
#include "bench/common/BenchOutput.h"
#include "bench/common/MixedLoad.h"
#include "bench/common/RawHttp.h"
#include "kernel/domain/Ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

using k12::bench::median;
using k12::bench::RawHttp;

// CPU seconds (user + system) a process has used so far.
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds of the PostgreSQL backends serving a database (their process
// titles read "postgres: USER DBNAME ...").
double postgresCpuSeconds(const QString &database)
{
    if (database.isEmpty())
        return 0;
    double total = 0;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 n = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmd(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmd.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmd.readAll();
        if (line.startsWith("postgres: ") && line.contains(QByteArray(" " + database.toUtf8() + " ")))
            total += cpuSeconds(n);
    }
    return total;
}

QProcessEnvironment serverEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"K12_PBKDF2_ITERATIONS"_s, u"1000"_s);
    return env;
}

using k12::bench::MixedLoadResult;

struct Options
{
    int runs = 5;
    double seconds = 10;   // a mixed-load round
    int rounds = 3;        // mixed-load rounds (medians)
    int connections = 4;   // mixed-load connections
    bool pushOnly = false; // --push-only: the push figures alone (A/B runs of the push path)
};

// The server under test: this build's, or K12_BENCH_SERVER (an older build to compare with).
QString serverBinary()
{
    return qEnvironmentVariable("K12_BENCH_SERVER", QStringLiteral(K12_SERVER_BIN));
}

// Mixed-load rounds of one configuration and the /health ceiling of each round.
struct MixedRounds
{
    std::vector<MixedLoadResult> mixed, ceiling;

    // pids: the server processes; pgDatabase: whose backends to count too (PostgreSQL).
    void run(const k12::bench::MixedLoadSpec &spec, const QString &label, const std::vector<qint64> &pids,
             const QString &pgDatabase)
    {
        k12::bench::MixedLoadSpec health = spec;
        health.healthOnly = true;
        health.seconds = std::max(1.0, spec.seconds / 2);
        ceiling.push_back(k12::bench::runMixedLoad(health));
        auto serverCpu = [&] {
            double total = 0;
            for (qint64 pid : pids)
                total += cpuSeconds(pid);
            return total;
        };
        const double cpu0 = serverCpu(), pg0 = postgresCpuSeconds(pgDatabase), self0 = cpuSeconds(getpid());
        mixed.push_back(k12::bench::runMixedLoad(spec));
        const double requests = double(std::max<qint64>(1, mixed.back().requests));
        // Where the 2 cores went, per request: the server, PostgreSQL, this client.
        std::printf("  round %zu%s: %s  (/health only: %.0f req/s); CPU per request: server %.3f ms, postgres %.3f ms, "
                    "client %.3f ms\n",
                    mixed.size(), label.isEmpty() ? "" : qPrintable(u", "_s + label),
                    k12::bench::describe(mixed.back()).constData(), ceiling.back().perSecond,
                    (serverCpu() - cpu0) * 1000 / requests, (postgresCpuSeconds(pgDatabase) - pg0) * 1000 / requests,
                    (cpuSeconds(getpid()) - self0) * 1000 / requests);
    }
    double median(double MixedLoadResult::*field) const { return median(mixed, field); }
    static double median(const std::vector<MixedLoadResult> &results, double MixedLoadResult::*field)
    {
        std::vector<double> v;
        for (const MixedLoadResult &r : results)
            v.push_back(r.*field);
        return k12::bench::median(v);
    }
    void report(const QString &name) const
    {
        const QByteArray n = name.toUtf8();
        const double ceilingRate = median(ceiling, &MixedLoadResult::perSecond);
        std::printf("  %s, medians of %zu rounds: %.0f req/s (/health ceiling %.0f); p99 all %.2f ms, pull %.2f ms, "
                    "push %.2f ms\n",
                    n.constData(), mixed.size(), median(&MixedLoadResult::perSecond), ceilingRate,
                    median(&MixedLoadResult::p99), median(&MixedLoadResult::pullP99),
                    median(&MixedLoadResult::pushP99));
        std::printf("BENCH|mixed load %s: requests/s|%.0f|req/s|%.0f|>= 2,500 req/s (reference: /health only, same "
                    "connections)\n",
                    n.constData(), median(&MixedLoadResult::perSecond), ceilingRate);
        std::printf("BENCH|mixed load %s: p99 all requests|%.2f|ms||< 10 ms\n", n.constData(),
                    median(&MixedLoadResult::p99));
        std::printf("BENCH|mixed load %s: p99 pull|%.2f|ms||\n", n.constData(), median(&MixedLoadResult::pullP99));
        std::printf("BENCH|mixed load %s: p99 push|%.2f|ms||\n", n.constData(), median(&MixedLoadResult::pushP99));
        std::printf("BENCH|GET /health only %s: requests/s|%.0f|req/s||(the ceiling of this client and server)\n",
                    n.constData(), ceilingRate);
    }
};

// Starts `serve` on a free loopback port; returns the port.
quint16 startServer(QProcess &server, const QString &url)
{
    server.setProcessEnvironment(serverEnv());
    // The request log goes to a file (K12_BENCH_SERVER_LOG) or nowhere: a terminal would be the bottleneck.
    server.setStandardErrorFile(qEnvironmentVariable("K12_BENCH_SERVER_LOG", QProcess::nullDevice()),
                                QIODevice::Append);
    // K12_BENCH_SERVE_ARGS: more `serve` options (e.g. "--push-workers 0", the layout before issue 22).
    const QStringList extra = qEnvironmentVariable("K12_BENCH_SERVE_ARGS").split(u' ', Qt::SkipEmptyParts);
    server.start(serverBinary(), QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, url,
                                             u"--rate-per-address"_s, u"0"_s, u"--rate-per-account"_s, u"0"_s} +
                                     extra);
    server.waitForStarted();
    while (!server.canReadLine()) {
        if (!server.waitForReadyRead(100) && server.state() == QProcess::NotRunning)
            qFatal("the server did not start");
    }
    const QByteArray line = server.readLine().trimmed();
    return quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject upsert(const QString &entity, const QString &id, const QJsonObject &fields, qint64 baseRev = 0)
{
    return {{u"mutation_id"_s, k12::newId()}, {u"entity"_s, entity},    {u"id"_s, id},
            {u"op"_s, u"upsert"_s},           {u"base_rev"_s, baseRev}, {u"fields"_s, fields}};
}

struct Backend
{
    QString name;
    QString url;
    QString pgDatabase; // to drop after
};

// One backend: a fresh database, a server, and the measurements.
void runBackend(const Backend &backend, const Options &options)
{
    const int runs = options.runs;
    std::printf("\n== %s ==\n", qPrintable(backend.name));
    QProcess admin;
    admin.setProcessEnvironment(serverEnv());
    admin.start(serverBinary(), {u"admin"_s, u"create-teacher"_s, u"--database"_s, backend.url, u"--email"_s,
                                 u"bench@example.org"_s, u"--name"_s, u"Bench"_s, u"--password-stdin"_s});
    admin.write("bench password\n");
    admin.closeWriteChannel();
    admin.waitForFinished(60000);
    if (admin.exitCode() != 0)
        qFatal("create-teacher failed: %s", admin.readAllStandardError().constData());

    QProcess server;
    const quint16 port = startServer(server, backend.url);

    RawHttp http(port);
    const RawHttp::Reply login =
        http.request("POST", "/api/v1/auth/login",
                     json({{u"email"_s, u"bench@example.org"_s}, {u"password"_s, u"bench password"_s}}));
    const QByteArray token = QJsonDocument::fromJson(login.body).object().value(u"access_token").toString().toLatin1();
    const QString client = k12::newId();

    // A class of 200 students with a category (not timed).
    const QString classId = k12::newId();
    const QString categoryId = k12::newId();
    QStringList students;
    QJsonArray setup{
        upsert(u"class"_s, classId, {{u"name"_s, u"Bench class"_s}}),
        upsert(u"category"_s, categoryId, {{u"class_id"_s, classId}, {u"name"_s, u"Tests"_s}, {u"weight"_s, 1}})};
    for (int s = 0; s < 200; ++s) {
        const QString id = k12::newId();
        students.append(id);
        setup.append(
            upsert(u"student"_s, id, {{u"given_name"_s, u"Given %1"_s.arg(s)}, {u"family_name"_s, u"Family"_s}}));
        setup.append(upsert(u"enrollment"_s, k12::pairId(u"enrollment"_s, classId, id),
                            {{u"class_id"_s, classId}, {u"student_id"_s, id}}));
    }
    auto pushBody = [&](const QJsonArray &mutations) {
        return json({{u"client_id"_s, client}, {u"mutations"_s, mutations}});
    };
    if (http.request("POST", "/api/v1/sync/push", pushBody(setup), token).status != 200)
        qFatal("setup push failed");

    // Push: 10,000 new scores (50 assignments x 200 students) in 20 batches of 500.
    std::vector<double> pushTimes, pushCpu, pushPgCpu;
    QStringList scoreIds;
    for (int run = 0; run < runs; ++run) {
        QJsonArray assignments;
        QStringList assignmentIds;
        for (int a = 0; a < 50; ++a) {
            const QString id = k12::newId();
            assignmentIds.append(id);
            assignments.append(upsert(u"assignment"_s, id,
                                      {{u"class_id"_s, classId},
                                       {u"category_id"_s, categoryId},
                                       {u"title"_s, u"Quiz %1.%2"_s.arg(run).arg(a)},
                                       {u"points_possible"_s, 10}}));
        }
        http.request("POST", "/api/v1/sync/push", pushBody(assignments), token);
        QList<QByteArray> batches;
        QJsonArray batch;
        for (const QString &assignment : std::as_const(assignmentIds)) {
            for (const QString &student : std::as_const(students)) {
                const QString id = k12::pairId(u"score"_s, assignment, student);
                scoreIds.append(id);
                batch.append(upsert(u"score"_s, id,
                                    {{u"class_id"_s, classId},
                                     {u"assignment_id"_s, assignment},
                                     {u"student_id"_s, student},
                                     {u"points"_s, 7.5},
                                     {u"comment"_s, u"ok"_s}}));
                if (batch.size() == 500) {
                    batches.append(pushBody(batch));
                    batch = QJsonArray();
                }
            }
        }
        const double cpu0 = cpuSeconds(server.processId());
        const double pg0 = postgresCpuSeconds(backend.pgDatabase);
        QElapsedTimer t;
        t.start();
        for (const QByteArray &body : std::as_const(batches)) {
            const RawHttp::Reply r = http.request("POST", "/api/v1/sync/push", body, token);
            if (r.status != 200 || !r.body.contains("\"applied\""))
                qFatal("push failed: %d %s", r.status, r.body.left(300).constData());
        }
        pushTimes.push_back(t.nsecsElapsed() / 1e9);
        pushCpu.push_back(cpuSeconds(server.processId()) - cpu0);
        pushPgCpu.push_back(postgresCpuSeconds(backend.pgDatabase) - pg0);
    }
    std::printf("push 10,000 mutations (20 x 500):      median %.3f s, min %.3f s  (runs: %d; %.0f mutations/s); "
                "CPU: server %.2f s, postgres %.2f s\n",
                median(pushTimes), *std::min_element(pushTimes.begin(), pushTimes.end()), runs,
                10000 / median(pushTimes), median(pushCpu), median(pushPgCpu));
    {
        // Issue 22: the server's push, and its CPU (server + PostgreSQL
        // backends): on a shared machine the CPU time moves less than the clock.
        const QByteArray name = backend.name.toUtf8();
        std::vector<double> pushCpuTotal;
        for (size_t i = 0; i < pushCpu.size(); ++i)
            pushCpuTotal.push_back(pushCpu[i] + pushPgCpu[i]);
        std::printf("BENCH|server push 10k (20 x 500) %s|%.1f|ms||%s\n", name.constData(), median(pushTimes) * 1000,
                    backend.pgDatabase.isEmpty() ? "< 250 ms" : "< 400 ms");
        std::printf("BENCH|server push 10k %s: CPU server + database|%.1f|ms||\n", name.constData(),
                    median(pushCpuTotal) * 1000);
    }
    if (options.pushOnly) {
        server.terminate();
        server.waitForFinished(30000);
        return;
    }

    // Pull everything from the beginning in pages of 5,000.
    std::vector<double> pullTimes, pullCpu, pullPgCpu;
    qint64 rows = 0;
    int pages = 0;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        const double cpu0 = cpuSeconds(server.processId());
        const double pg0 = postgresCpuSeconds(backend.pgDatabase);
        QElapsedTimer t;
        t.start();
        qint64 since = 0;
        rows = 0;
        pages = 0;
        bytes = 0;
        for (;;) {
            const RawHttp::Reply r =
                http.request("GET", "/api/v1/sync/pull?since=" + QByteArray::number(since) + "&limit=5000", {}, token);
            ++pages;
            bytes += r.body.size();
            // The envelope ends with next_cursor and has_more: no need to parse the rows to page on.
            const qsizetype at = r.body.lastIndexOf("\"next_cursor\":");
            since = r.body.mid(at + 14, r.body.indexOf(',', at) - at - 14).toLongLong();
            rows += r.body.count("\"entity\"");
            // The target is about 50,000 changes: stop there even when more were pushed.
            if (!r.body.endsWith("\"has_more\":true}") || rows >= 50000)
                break;
        }
        pullTimes.push_back(t.nsecsElapsed() / 1e9);
        pullCpu.push_back(cpuSeconds(server.processId()) - cpu0);
        pullPgCpu.push_back(postgresCpuSeconds(backend.pgDatabase) - pg0);
    }
    std::printf("pull %lld changes (%d pages of <= 5,000): median %.3f s, min %.3f s  (%.1f MB; %.0f rows/s); "
                "CPU: server %.2f s, postgres %.2f s\n",
                rows, pages, median(pullTimes), *std::min_element(pullTimes.begin(), pullTimes.end()), bytes / 1e6,
                rows / median(pullTimes), median(pullCpu), median(pullPgCpu));
    // 50,000 changes with --runs 5 or more; --quick pushes fewer (20,502 with 2 runs).
    std::printf("BENCH|server pull %lld changes %s|%.1f|ms||< 750 ms for 50,000\n", rows,
                backend.name.toUtf8().constData(), median(pullTimes) * 1000);

    // Mixed load (issue 22): rounds of the mix next to the /health ceiling of
    // the same client and server (the client shares the 2 cores); on
    // PostgreSQL also with a second server process on the same database,
    // connections spread over both (the rounds alternate which goes first).
    QProcess second;
    quint16 secondPort = 0;
    if (!backend.pgDatabase.isEmpty())
        secondPort = startServer(second, backend.url);
    MixedRounds one, two;
    k12::bench::MixedLoadSpec spec{{port}, token, rows, scoreIds, options.connections, options.seconds};
    std::printf("mixed load, %d connections, %.1f s a round, %d rounds (70%% pull 100, 20%% push 10 edits, "
                "10%% health):\n",
                options.connections, options.seconds, options.rounds);
    {
        // Service times without contention: one connection, one kind of request.
        k12::bench::MixedLoadSpec alone = spec;
        alone.connections = 1;
        alone.seconds = 1;
        alone.pullsInTen = 10;
        alone.pushesInTen = 0;
        const MixedLoadResult pullsAlone = k12::bench::runMixedLoad(alone);
        alone.pullsInTen = 0;
        alone.pushesInTen = 10;
        const MixedLoadResult pushesAlone = k12::bench::runMixedLoad(alone);
        std::printf("  alone on 1 connection: pull of 100 p50 %.2f ms p99 %.2f ms; push of 10 edits p50 %.2f ms p99 "
                    "%.2f ms\n",
                    pullsAlone.pullP50, pullsAlone.pullP99, pushesAlone.pushP50, pushesAlone.pushP99);
    }
    for (int round = 0; round < options.rounds; ++round) {
        auto runTwo = [&] {
            if (secondPort == 0)
                return;
            k12::bench::MixedLoadSpec both = spec;
            both.ports = {port, secondPort};
            two.run(both, u"2 processes"_s, {server.processId(), second.processId()}, backend.pgDatabase);
        };
        if (round % 2 == 1)
            runTwo();
        one.run(spec, secondPort ? u"1 process"_s : QString(), {server.processId()}, backend.pgDatabase);
        if (round % 2 == 0)
            runTwo();
    }
    one.report(backend.name + (secondPort ? u", 1 process"_s : QString()));
    if (secondPort) {
        two.report(backend.name + u", 2 processes"_s);
        std::printf("  2 processes / 1 process: %.2fx requests/s\n",
                    two.median(&MixedLoadResult::perSecond) / one.median(&MixedLoadResult::perSecond));
        second.terminate();
        second.waitForFinished(30000);
    }
    server.terminate();
    server.waitForFinished(30000);
}

// A bare QHttpServer JSON route: the ceiling the figures above compare with.
void runBaseline()
{
    QHttpServer bare;
    bare.route(u"/"_s, [] { return QJsonObject{{u"status"_s, u"ok"_s}}; });
    const quint16 port = bare.listen(QHostAddress::LocalHost, 0);
    std::atomic<double> perSecond{0};
    std::thread load([&] {
        RawHttp conn(port);
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < 3000) {
            conn.request("GET", "/");
            ++n;
        }
        perSecond = n / (t.nsecsElapsed() / 1e9);
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    load.join();
    std::printf("\nbaseline: bare QHttpServer JSON route, 1 load thread: %.0f requests/s\n", perSecond.load());
}

bool createPgDatabase(const QString &clusterUrl, Backend *out)
{
    const QUrl url(clusterUrl);
    const QString name = u"k12_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (!q.exec(u"CREATE DATABASE "_s + name))
            return false;
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    QUrl target = url;
    target.setPath(u'/' + name);
    *out = Backend{u"PostgreSQL"_s, target.toString(), name};
    return true;
}

void dropPgDatabase(const QString &clusterUrl, const QString &name)
{
    const QUrl url(clusterUrl);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s);
        }
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    // --quick: a few runs, small enough for scripts/bench (under a minute).
    const bool quick = args.contains(u"--quick"_s);
    Options options;
    options.runs = option(u"--runs"_s, quick ? u"2"_s : u"5"_s).toInt();
    options.seconds = option(u"--seconds"_s, quick ? u"2"_s : u"10"_s).toDouble();
    options.rounds = option(u"--rounds"_s, u"3"_s).toInt();
    options.connections = option(u"--connections"_s, u"4"_s).toInt();
    options.pushOnly = args.contains(u"--push-only"_s);
    const QString only = option(u"--only"_s, QString());

    if (!options.pushOnly)
        runBaseline();
    if (only.isEmpty() || only == u"sqlite"_s) {
        QTemporaryDir dir;
        runBackend({u"SQLite"_s, u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s), {}}, options);
    }
    QString pg = qEnvironmentVariable("K12_BENCH_PG_URL", qEnvironmentVariable("K12_TEST_PG_URL"));
    if ((only.isEmpty() || only == u"postgresql"_s) && !pg.isEmpty()) {
        Backend backend;
        if (createPgDatabase(pg, &backend)) {
            runBackend(backend, options);
            dropPgDatabase(pg, backend.pgDatabase);
        } else {
            std::printf("\nPostgreSQL: cannot create a database at the cluster\n");
        }
    } else if (only.isEmpty() || only == u"postgresql"_s) {
        std::printf("\nPostgreSQL: skipped (set K12_BENCH_PG_URL or K12_TEST_PG_URL)\n");
    }
    return 0;
}
