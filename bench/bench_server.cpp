// k12-server benchmarks (issue 5; not part of CTest: timings depend on the
// machine). Starts the real k12-server on loopback against SQLite and, when
// K12_TEST_PG_URL (or K12_BENCH_PG_URL) names a PostgreSQL cluster, against
// PostgreSQL, and measures with a small HTTP/1.1 keep-alive client of its own:
//   push   10,000 score mutations in batches of 500       (target < 0.5 s)
//   pull   50,000 changes in pages of 5,000 (from a database of 50,000+; --runs 5 or more)
//                                                          (target < 0.75 s)
//   mixed  sustained pulls, pushes and health checks from several connections:
//          requests/s, p50 and p99 latency
//   baseline: a bare QHttpServer JSON route with one load thread (the ceiling)
// Usage: bench_server [--runs N] [--seconds S] [--only sqlite|postgresql]
// (K12_BENCH_SERVER_LOG=FILE keeps the server's request log.)
#include "bench/common/BenchOutput.h"
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

double percentile(std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

QProcessEnvironment serverEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"K12_PBKDF2_ITERATIONS"_s, u"1000"_s);
    return env;
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
void runBackend(const Backend &backend, int runs, int seconds)
{
    std::printf("\n== %s ==\n", qPrintable(backend.name));
    QProcess admin;
    admin.setProcessEnvironment(serverEnv());
    admin.start(QStringLiteral(K12_SERVER_BIN),
                {u"admin"_s, u"create-teacher"_s, u"--database"_s, backend.url, u"--email"_s, u"bench@example.org"_s,
                 u"--name"_s, u"Bench"_s, u"--password-stdin"_s});
    admin.write("bench password\n");
    admin.closeWriteChannel();
    admin.waitForFinished(60000);
    if (admin.exitCode() != 0)
        qFatal("create-teacher failed: %s", admin.readAllStandardError().constData());

    QProcess server;
    server.setProcessEnvironment(serverEnv());
    // The request log goes to a file (--server-log) or nowhere: a terminal would be the bottleneck.
    server.setStandardErrorFile(qEnvironmentVariable("K12_BENCH_SERVER_LOG", QProcess::nullDevice()));
    server.start(QStringLiteral(K12_SERVER_BIN),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, backend.url, u"--rate-per-address"_s,
                  u"0"_s, u"--rate-per-account"_s, u"0"_s});
    server.waitForStarted();
    while (!server.canReadLine())
        server.waitForReadyRead(100);
    const QByteArray line = server.readLine().trimmed();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());

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

    // Mixed load: several connections, each a teacher's device doing what the
    // client does: mostly small pulls, some pushes of grade edits, health probes.
    const int threads = 4;
    std::atomic<bool> stop{false};
    std::vector<std::vector<double>> latencies(threads), pullLat(threads), pushLat(threads);
    std::vector<std::thread> workers;
    std::atomic<qint64> errors{0};
    for (int w = 0; w < threads; ++w) {
        workers.emplace_back([&, w] {
            RawHttp conn(port);
            const QString device = k12::newId();
            quint64 n = 0;
            while (!stop.load()) {
                const int kind = int(n++ % 10);
                QElapsedTimer t;
                t.start();
                RawHttp::Reply r;
                if (kind < 7) {
                    r = conn.request(
                        "GET", "/api/v1/sync/pull?since=" + QByteArray::number(rows - 100 - (n % 500)) + "&limit=100",
                        {}, token);
                    pullLat[w].push_back(t.nsecsElapsed() / 1e6);
                } else if (kind < 9) {
                    QJsonArray edits;
                    for (int i = 0; i < 10; ++i) {
                        const QString id = scoreIds.at(int((n * 7919 + i * 104729 + w * 31) % scoreIds.size()));
                        edits.append(upsert(u"score"_s, id, {{u"points"_s, double(n % 10)}}, 1 << 30));
                    }
                    r = conn.request("POST", "/api/v1/sync/push",
                                     json({{u"client_id"_s, device}, {u"mutations"_s, edits}}), token);
                    pushLat[w].push_back(t.nsecsElapsed() / 1e6);
                } else {
                    r = conn.request("GET", "/api/v1/health");
                }
                if (r.status != 200)
                    ++errors;
                latencies[w].push_back(t.nsecsElapsed() / 1e6);
            }
        });
    }
    QThread::sleep(unsigned(seconds));
    stop = true;
    for (std::thread &t : workers)
        t.join();
    std::vector<double> all, pulls, pushes;
    for (int w = 0; w < threads; ++w) {
        all.insert(all.end(), latencies[w].begin(), latencies[w].end());
        pulls.insert(pulls.end(), pullLat[w].begin(), pullLat[w].end());
        pushes.insert(pushes.end(), pushLat[w].begin(), pushLat[w].end());
    }
    std::sort(all.begin(), all.end());
    std::sort(pulls.begin(), pulls.end());
    std::sort(pushes.begin(), pushes.end());
    std::printf("mixed load, %d connections, %d s (70%% pull 100, 20%% push 10 edits, 10%% health):\n", threads,
                seconds);
    std::printf("  %.0f requests/s, errors %lld; all p50 %.2f ms p99 %.2f ms; pull p50 %.2f p99 %.2f; "
                "push p50 %.2f p99 %.2f\n",
                all.size() / double(seconds), qint64(errors.load()), percentile(all, 0.5), percentile(all, 0.99),
                percentile(pulls, 0.5), percentile(pulls, 0.99), percentile(pushes, 0.5), percentile(pushes, 0.99));

    // The server's cheapest route, one load thread, for comparison with the bare baseline.
    {
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < 2000) {
            http.request("GET", "/api/v1/health");
            ++n;
        }
        std::printf("k12-server GET /health, 1 load thread: %.0f requests/s\n", n / (t.nsecsElapsed() / 1e9));
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
    const int runs = option(u"--runs"_s, u"5"_s).toInt();
    const int seconds = option(u"--seconds"_s, u"10"_s).toInt();
    const QString only = option(u"--only"_s, QString());

    runBaseline();
    if (only.isEmpty() || only == u"sqlite"_s) {
        QTemporaryDir dir;
        runBackend({u"SQLite"_s, u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s), {}}, runs, seconds);
    }
    QString pg = qEnvironmentVariable("K12_BENCH_PG_URL", qEnvironmentVariable("K12_TEST_PG_URL"));
    if ((only.isEmpty() || only == u"postgresql"_s) && !pg.isEmpty()) {
        Backend backend;
        if (createPgDatabase(pg, &backend)) {
            runBackend(backend, runs, seconds);
            dropPgDatabase(pg, backend.pgDatabase);
        } else {
            std::printf("\nPostgreSQL: cannot create a database at the cluster\n");
        }
    } else if (only.isEmpty() || only == u"postgresql"_s) {
        std::printf("\nPostgreSQL: skipped (set K12_BENCH_PG_URL or K12_TEST_PG_URL)\n");
    }
    return 0;
}
