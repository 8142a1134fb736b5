// Sync client benchmark (issue 6; not part of CTest: timings depend on the
// machine). Loopback, a real k12-server on SQLite, the data set of one
// teacher: 6 classes x 35 students x 200 assignments, every cell graded
// (42,000 scores; 43,656 rows with the classes, 5 categories each, the
// assignments, students and enrollments), made with k12_benchgen in a
// generator profile and pushed by it. Then, as medians of N runs:
//   - initial sync of a new device: one SyncSession pull from 0 into a fresh
//     profile, every page committed (WAL, synchronous=FULL), in a client
//     process of its own (this program with --initial-sync), which also
//     reports its peak memory (VmHWM) (targets < 1.5 s, < 150 MiB);
//   - pushing 10,000 queued score edits (the push phase of a SyncSession;
//     the session then pulls its own 10,000 rows back, shown apart) (< 0.6 s);
//   - pulling those 10,000 changes on a second device (< 0.6 s);
//   - the raw server figures for the same requests: a bare keep-alive socket
//     sending pre-built bodies and reading answers without parsing them.
// Sign-in uses ApiClient::login directly (no keychain). The server runs with
// its rate limits off.
//
//   bench_sync [--quick] [--runs N] [--push-batch N] [--conflicts N,N...] [--compare prefetch|fsync|both|tally]
//              [--compare-binary PATH]
//     (default 5 runs; the engine's batch size; conflict pushes of 1000,2000,4000, 0 = none;
//     --quick: 2 runs, no conflicts; --compare: each run also times the push and the initial
//     sync without the next pull page asked for in advance, or with an fsync per commit, or
//     both (the engine before issue 22), or with every pulled score counted by the tally triggers, alternating
//     with the engine as it is; --compare-binary: each run also times the initial sync by another build of
//     this program, e.g. the previous commit's, alternating with this one)
// Besides the table it prints BENCH| lines (scripts/bench), and where the
// push's and the initial sync's time goes: CPU of the client process (all its
// threads) and of the server process over the same phase.
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"
#include "bench/common/RawHttp.h"
#include "tests/server/ServerHarness.h"

#include "kernel/domain/Ids.h"
#include "kernel/logging/Logging.h"
#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "sync/client/ApiClient.h"
#include "sync/engine/SyncSession.h"
#include "sync/engine/SyncState.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::out;

namespace {

using k12::bench::RawHttp;

constexpr int kClasses = 6;
constexpr int kStudents = 35;
constexpr int kAssignments = 200;
constexpr int kEdits = 10000;
const QString kPassword = u"correct horse battery"_s;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Series
{
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double median() const
    {
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    double min() const { return values.empty() ? 0 : *std::min_element(values.begin(), values.end()); }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

qint64 statusKib(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// CPU time (user + system) of another process, from /proc/PID/stat.
double processCpuMs(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start at ") ".
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// Profiling one phase: with K12_BENCH_PERF_CTL=FIFO and K12_BENCH_PERF_PHASE=
// initial|push|pull, the program tells `perf record --control=fifo:FIFO -D -1`
// to record only while that phase runs (see docs/benchmarks.md).
void perfControl(const QString &phase, bool enable)
{
    const QString fifo = qEnvironmentVariable("K12_BENCH_PERF_CTL");
    if (fifo.isEmpty() || qEnvironmentVariable("K12_BENCH_PERF_PHASE") != phase)
        return;
    QFile f(fifo);
    if (f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        f.write(enable ? "enable\n" : "disable\n");
}

std::unique_ptr<Store> openStore(const QString &dir)
{
    Result<std::unique_ptr<Store>> opened = Store::open(dir);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

void signIn(ApiClient &api, const QString &url, const QString &email)
{
    api.setServer(QUrl(url));
    ApiResult<protocol::TokenResponse> tokens = api.login(email, kPassword);
    if (const ApiError *e = std::get_if<ApiError>(&tokens))
        qFatal("sign-in failed: %s", qPrintable(e->message));
}

// The client process of one initial sync: prints one JSON line.
int initialSyncClient(const QString &url, const QString &email, const QString &profileDir,
                      const SyncSession::Options &options)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    std::unique_ptr<Store> store = openStore(profileDir);
    const double openMs = ms(t);
    ApiClient api;
    t.restart();
    signIn(api, url, email);
    const double loginMs = ms(t);
    const qint64 hwmBefore = statusKib("VmHWM:");
    const double cpuBefore = cpuMs();
    SyncState state(store->database());
    SyncSession session(store->database(), api, state, options);
    perfControl(u"initial"_s, true);
    t.restart();
    const SyncReport report = session.run();
    const double syncMs = ms(t);
    perfControl(u"initial"_s, false);
    const double syncCpu = cpuMs() - cpuBefore;
    if (!report.ok())
        qFatal("initial sync failed: %s", qPrintable(report.message));
    const QJsonObject out{{u"open_ms"_s, openMs},
                          {u"login_ms"_s, loginMs},
                          {u"sync_ms"_s, syncMs},
                          {u"sync_cpu_ms"_s, syncCpu},
                          {u"rows"_s, report.pulled},
                          {u"pages"_s, report.pages},
                          {u"waited_ms"_s, report.waitedMs},
                          {u"commit_ms"_s, report.commitMs},
                          {u"decode_ms"_s, report.decodeMs},
                          {u"write_ms"_s, report.writeMs},
                          {u"hwm_before_kib"_s, hwmBefore},
                          {u"hwm_kib"_s, statusKib("VmHWM:")},
                          {u"process_ms"_s, ms(total)}};
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    return 0;
}

// `program`: another build of this benchmark (--compare-binary), empty for this one.
QJsonObject runInitialSyncProcess(const QString &url, const QString &email, const QString &profileDir,
                                  const SyncSession::Options &options = {}, const QString &program = {})
{
    QProcess p;
    p.setProgram(program.isEmpty() ? QCoreApplication::applicationFilePath() : program);
    p.setArguments({u"--initial-sync"_s, url, email, profileDir, options.prefetchPages ? u"prefetch"_s : u"serial"_s,
                    options.fsyncEachCommit ? u"fsync"_s : u"no-fsync"_s,
                    options.countScoresPerPage ? u"page-tally"_s : u"trigger-tally"_s});
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start();
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qFatal("the initial sync client failed");
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
}

QByteArray rawLogin(RawHttp &http, const QString &email)
{
    const RawHttp::Reply reply = http.request(
        "POST", "/api/v1/auth/login",
        QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, kPassword}}).toJson(QJsonDocument::Compact));
    if (reply.status != 200)
        qFatal("raw login failed: %d", reply.status);
    return QJsonDocument::fromJson(reply.body).object().value(u"access_token").toString().toUtf8();
}

// Raw pull from `since` in pages of 5,000; returns the rows and sets *cursor.
qint64 rawPull(RawHttp &http, const QByteArray &token, qint64 since, qint64 *cursor, int *pages)
{
    qint64 rows = 0;
    *pages = 0;
    for (;;) {
        const RawHttp::Reply reply =
            http.request("GET", "/api/v1/sync/pull?since=" + QByteArray::number(since) + "&limit=5000", {}, token);
        if (reply.status != 200)
            qFatal("raw pull failed: %d", reply.status);
        const QByteArray &answer = reply.body;
        ++*pages;
        // Only what paging needs, found without parsing the page.
        const qsizetype at = answer.lastIndexOf("\"next_cursor\":");
        since = answer.mid(at + 14, 24).split(',').value(0).split('}').value(0).trimmed().toLongLong();
        rows += answer.count("\"entity\":");
        if (!answer.contains("\"has_more\":true"))
            break;
    }
    *cursor = since;
    return rows;
}

QString num(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    logging::init({QDir::tempPath() + u"/k12-bench-sync-logs"_s, u"bench.log"_s, false, true});
    if (args.value(1) == u"--initial-sync"_s) {
        SyncSession::Options options;
        options.prefetchPages = args.value(5) != u"serial"_s;
        options.fsyncEachCommit = args.value(6) == u"fsync"_s;
        options.countScoresPerPage = args.value(7) != u"trigger-tally"_s;
        return initialSyncClient(args.value(2), args.value(3), args.value(4), options);
    }
    const bool quick = bench::quickMode(argc, argv);
    // --compare: the engine with a part of issue 22 undone, alternating with the engine as it is.
    const qsizetype compareAt = args.indexOf(u"--compare"_s);
    const bool compare = compareAt > 0;
    QString compared = args.value(compareAt + 1);
    if (compared.isEmpty() || compared.startsWith(u"--"_s))
        compared = u"both"_s;
    SyncSession::Options undone;
    undone.prefetchPages = !(compared == u"prefetch"_s || compared == u"both"_s);
    undone.fsyncEachCommit = compared == u"fsync"_s || compared == u"both"_s;
    undone.countScoresPerPage = compared != u"tally"_s;
    // --compare-binary PATH: the initial sync also by another build of this
    // program (the previous commit's, say), alternating with this one.
    QString otherBinary;
    if (const qsizetype i = args.indexOf(u"--compare-binary"_s); i > 0)
        otherBinary = args.value(i + 1);
    int runs = quick ? 2 : 5;
    if (const qsizetype i = args.indexOf(u"--runs"_s); i > 0)
        runs = std::max(1, args.value(i + 1).toInt());
    // The measured push with another batch size (the server takes up to 1,000).
    SyncSession::Options measuredPush;
    if (const qsizetype i = args.indexOf(u"--push-batch"_s); i > 0)
        measuredPush.pushBatch = std::clamp(args.value(i + 1).toInt(), 1, 1000);
    // Sizes of the conflict phase ("--conflicts 0" skips it).
    QList<int> conflictCounts{1000, 2000, 4000};
    if (quick)
        conflictCounts.clear();
    if (const qsizetype i = args.indexOf(u"--conflicts"_s); i > 0) {
        conflictCounts.clear();
        for (const QString &n : args.value(i + 1).split(u',', Qt::SkipEmptyParts)) {
            if (n.toInt() > 0)
                conflictCounts.append(n.toInt());
        }
    }

    QTemporaryDir dir;
    const QString dbUrl = u"sqlite:"_s + dir.filePath(u"server.sqlite"_s);
    test::ServerProcess server;
    if (!server.start(dbUrl, {u"--rate-per-account"_s, u"0"_s, u"--rate-per-address"_s, u"0"_s}))
        qFatal("the server did not start: %s", server.stderrText().constData());
    const QString url = server.baseUrl();
    const QString email = u"bench@school.test"_s;
    const test::Teacher teacher = test::createTeacher(dbUrl, email, u"Bench Teacher"_s, kPassword);
    if (teacher.id.isEmpty())
        qFatal("create-teacher failed");

    // The teacher's data set, made in a generator profile and pushed by it.
    QElapsedTimer t;
    std::unique_ptr<Store> generator = openStore(dir.filePath(u"generator"_s));
    t.start();
    for (int c = 0; c < kClasses; ++c) {
        ClassGenerator::Spec spec;
        spec.students = kStudents;
        spec.assignments = kAssignments;
        spec.categories = 5;
        spec.graded = 1.0;
        spec.seed = 20261123 + quint32(c);
        if (!ClassGenerator::generate(*generator, spec))
            qFatal("generation failed");
    }
    const qint64 rows = Outbox(generator->database()).pendingCount();
    out() << u"generated %1 rows in %2 ms\n"_s.arg(rows).arg(num(ms(t)));
    ApiClient generatorApi;
    signIn(generatorApi, url, email);
    SyncState generatorState(generator->database());
    t.restart();
    const SyncReport upload = SyncSession(generator->database(), generatorApi, generatorState).run();
    if (!upload.ok() || upload.applied != rows)
        qFatal("upload failed: %s", qPrintable(upload.message));
    out() << u"uploaded %1 rows in %2 ms (one-off: pushes of 500 creations)\n"_s.arg(upload.applied).arg(num(ms(t)));
    out().flush();

    Series initialMs, initialCpu, initialServerCpu, initialHwm, initialHwmBefore, initialProcess;
    Series initialWaited, initialCommit, pushWaited, initialDecode, initialWrite;
    Series otherInitialMs, otherInitialCpu; // --compare-binary
    Series pushMs, pushSessionMs, pullMs, rawPushMs, rawPullMs, rawInitialMs;
    Series pushClientCpu, pushServerCpu, rawPushServerCpu, rawInitialServerCpu;
    Series serialInitialMs, serialInitialCpu, serialPushMs; // --compare: the engine with a part undone
    qint64 initialRows = 0;
    int initialPages = 0;

    // A second device, synced once (untimed), to pull the edits.
    std::unique_ptr<Store> second = openStore(dir.filePath(u"second"_s));
    ApiClient secondApi;
    signIn(secondApi, url, email);
    SyncState secondState(second->database());
    if (!SyncSession(second->database(), secondApi, secondState).run().ok())
        qFatal("the second device's first sync failed");

    QStringList scoreIds;
    {
        QSqlQuery q(generator->database().connection());
        q.exec(u"SELECT id FROM score ORDER BY id LIMIT %1"_s.arg(kEdits));
        while (q.next())
            scoreIds.append(q.value(0).toString());
    }
    RawHttp raw(server.port());
    const QByteArray token = rawLogin(raw, email);
    const QString rawClient = newId();

    for (int run = 0; run < runs; ++run) {
        // 1. A new device's initial sync, in a process of its own.
        // --compare: the serial engine first on odd runs, second on even ones.
        const auto serialInitial = [&] {
            const QJsonObject serial = runInitialSyncProcess(url, email, dir.filePath(u"serial-%1"_s.arg(run)), undone);
            serialInitialMs.add(serial.value(u"sync_ms").toDouble());
            serialInitialCpu.add(serial.value(u"sync_cpu_ms").toDouble());
        };
        const auto otherInitial = [&] {
            const QJsonObject other = runInitialSyncProcess(url, email, dir.filePath(u"other-%1"_s.arg(run)),
                                                            SyncSession::Options{}, otherBinary);
            otherInitialMs.add(other.value(u"sync_ms").toDouble());
            otherInitialCpu.add(other.value(u"sync_cpu_ms").toDouble());
        };
        if (compare && run % 2 == 1)
            serialInitial();
        if (!otherBinary.isEmpty() && run % 2 == 1)
            otherInitial();
        const double serverCpuBefore = processCpuMs(server.pid());
        const QJsonObject initial = runInitialSyncProcess(url, email, dir.filePath(u"fresh-%1"_s.arg(run)));
        // The server is idle apart from the sync (the client's open and sign-in are a few ms).
        initialServerCpu.add(processCpuMs(server.pid()) - serverCpuBefore);
        if (compare && run % 2 == 0)
            serialInitial();
        if (!otherBinary.isEmpty() && run % 2 == 0)
            otherInitial();
        initialMs.add(initial.value(u"sync_ms").toDouble());
        initialWaited.add(initial.value(u"waited_ms").toDouble());
        initialCommit.add(initial.value(u"commit_ms").toDouble());
        initialDecode.add(initial.value(u"decode_ms").toDouble());
        initialWrite.add(initial.value(u"write_ms").toDouble());
        initialCpu.add(initial.value(u"sync_cpu_ms").toDouble());
        initialHwm.add(initial.value(u"hwm_kib").toDouble() / 1024.0);
        initialHwmBefore.add(initial.value(u"hwm_before_kib").toDouble() / 1024.0);
        initialProcess.add(initial.value(u"process_ms").toDouble());
        initialRows = initial.value(u"rows").toInteger();
        initialPages = initial.value(u"pages").toInt();

        // 2. 10,000 queued score edits pushed by the generator profile.
        const auto queueEdits = [&](double points) {
            ChangeList edits;
            edits.reserve(kEdits);
            for (const QString &id : std::as_const(scoreIds))
                edits.append(Change::upsert(u"score"_s, id, {{u"points"_s, points}}));
            if (!generator->apply(u"bench.edit"_s, edits))
                qFatal("edit failed");
        };
        // --compare: the same push with the engine's pipelining off (then
        // its own rows pulled back, untimed), before or after the measured one.
        const auto serialPush = [&] {
            queueEdits(run + 0.5);
            SyncSession::Options serial = undone;
            serial.pushBatch = measuredPush.pushBatch;
            QElapsedTimer session;
            double pushEnd = 0;
            session.start();
            const SyncReport pushed = SyncSession(generator->database(), generatorApi, generatorState, serial)
                                          .run([&](const QString &phase, qint64 done, qint64 total) {
                                              if (phase == u"push"_s && done == total)
                                                  pushEnd = ms(session);
                                          });
            if (!pushed.ok() || pushed.applied != kEdits)
                qFatal("serial push failed: %s (%d applied)", qPrintable(pushed.message), pushed.applied);
            serialPushMs.add(pushEnd);
            // The second device takes these too, so that step 3 pulls only the measured ones.
            if (!SyncSession(second->database(), secondApi, secondState).run().ok())
                qFatal("catch-up failed");
        };
        if (compare && run % 2 == 1)
            serialPush();
        queueEdits(run + 0.25);
        QElapsedTimer session;
        double pushEnd = 0, clientCpuEnd = 0, serverCpuEnd = 0;
        const qint64 waitedStart = generatorApi.waitedNs();
        qint64 waitedEnd = 0;
        perfControl(u"push"_s, true);
        const double clientCpuStart = cpuMs();
        const double serverCpuStart = processCpuMs(server.pid());
        session.start();
        const SyncReport pushed = SyncSession(generator->database(), generatorApi, generatorState, measuredPush)
                                      .run([&](const QString &phase, qint64 done, qint64 total) {
                                          if (phase == u"push"_s && done == total) {
                                              pushEnd = ms(session);
                                              clientCpuEnd = cpuMs();
                                              serverCpuEnd = processCpuMs(server.pid());
                                              waitedEnd = generatorApi.waitedNs();
                                              perfControl(u"push"_s, false);
                                          }
                                      });
        const double sessionMs = ms(session);
        if (!pushed.ok() || pushed.applied != kEdits)
            qFatal("push failed: %s (%d applied)", qPrintable(pushed.message), pushed.applied);
        pushMs.add(pushEnd);
        pushSessionMs.add(sessionMs);
        pushClientCpu.add(clientCpuEnd - clientCpuStart);
        pushServerCpu.add(serverCpuEnd - serverCpuStart);
        pushWaited.add(double(waitedEnd - waitedStart) / 1e6);

        // 3. The second device pulls them.
        perfControl(u"pull"_s, true);
        t.restart();
        const SyncReport pulled = SyncSession(second->database(), secondApi, secondState).run();
        pullMs.add(ms(t));
        perfControl(u"pull"_s, false);
        if (!pulled.ok() || pulled.pulled != kEdits)
            qFatal("pull failed: %s (%lld pulled)", qPrintable(pulled.message), pulled.pulled);
        if (compare && run % 2 == 0)
            serialPush();

        // 4. The raw server: the same 10,000 edits in 20 pushes of 500, then
        // pulling them, then a pull of everything from 0.
        QHash<QString, qint64> revs;
        {
            QSqlQuery q(generator->database().connection());
            q.exec(u"SELECT id, rev FROM score"_s);
            while (q.next())
                revs.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        QList<QByteArray> bodies;
        for (int b = 0; b < kEdits / 500; ++b) {
            QJsonArray mutations;
            for (int i = b * 500; i < (b + 1) * 500; ++i)
                mutations.append(QJsonObject{{u"mutation_id"_s, newId()},
                                             {u"entity"_s, u"score"_s},
                                             {u"id"_s, scoreIds.at(i)},
                                             {u"op"_s, u"upsert"_s},
                                             {u"base_rev"_s, revs.value(scoreIds.at(i))},
                                             {u"fields"_s, QJsonObject{{u"points"_s, run + 0.75}}}});
            bodies.append(QJsonDocument(QJsonObject{{u"client_id"_s, rawClient}, {u"mutations"_s, mutations}})
                              .toJson(QJsonDocument::Compact));
        }
        const qint64 before = SyncState(generator->database()).cursor();
        double serverCpu = processCpuMs(server.pid());
        t.restart();
        for (const QByteArray &body : std::as_const(bodies)) {
            const RawHttp::Reply reply = raw.request("POST", "/api/v1/sync/push", body, token);
            if (reply.status != 200 || reply.body.count("\"applied\"") != 500)
                qFatal("raw push failed: %s", reply.body.left(300).constData());
        }
        rawPushMs.add(ms(t));
        rawPushServerCpu.add(processCpuMs(server.pid()) - serverCpu);
        qint64 cursor = 0;
        int pages = 0;
        t.restart();
        const qint64 rawRows = rawPull(raw, token, before, &cursor, &pages);
        rawPullMs.add(ms(t));
        if (rawRows != kEdits)
            qFatal("raw pull got %lld rows", rawRows);
        serverCpu = processCpuMs(server.pid());
        t.restart();
        const qint64 everything = rawPull(raw, token, 0, &cursor, &pages);
        rawInitialMs.add(ms(t));
        rawInitialServerCpu.add(processCpuMs(server.pid()) - serverCpu);
        if (everything != rows)
            qFatal("raw initial pull got %lld rows of %lld", everything, rows);

        // Both devices catch up with the raw edits (untimed).
        if (!SyncSession(generator->database(), generatorApi, generatorState).run().ok() ||
            !SyncSession(second->database(), secondApi, secondState).run().ok())
            qFatal("catch-up failed");
        out() << u"run %1: initial %2 ms (%3 MiB), push %4 ms (session %5 ms), pull %6 ms; raw push %7 ms, raw pull "
                 "%8 ms, raw initial %9 ms\n"_s.arg(run + 1)
                     .arg(num(initialMs.values.back()), num(initialHwm.values.back()), num(pushMs.values.back()),
                          num(pushSessionMs.values.back()), num(pullMs.values.back()), num(rawPushMs.values.back()),
                          num(rawPullMs.values.back()), num(rawInitialMs.values.back()));
        out().flush();
    }

    // 5. Conflicts: the second device and the generator edit the same scores
    // offline, the generator pushes first, and the second device's push is
    // answered with one conflict per edit (kept, with the server's row written
    // locally). Timed: that push phase, at growing sizes, to show it scales
    // linearly.
    QList<std::pair<int, double>> conflictPushMs;
    for (int k = 0; k < conflictCounts.size(); ++k) {
        const int n = std::min<int>(conflictCounts.at(k), int(scoreIds.size()));
        ChangeList mine, theirs;
        for (int i = 0; i < n; ++i) {
            mine.append(Change::upsert(u"score"_s, scoreIds.at(i), {{u"points"_s, 4.5 + k}}));
            theirs.append(Change::upsert(u"score"_s, scoreIds.at(i), {{u"points"_s, 3.25 + k}}));
        }
        if (!second->apply(u"bench.conflict"_s, mine) || !generator->apply(u"bench.conflict"_s, theirs) ||
            !SyncSession(generator->database(), generatorApi, generatorState).run().ok())
            qFatal("conflict set-up failed");
        QElapsedTimer session;
        double pushEnd = 0;
        session.start();
        const SyncReport answered = SyncSession(second->database(), secondApi, secondState)
                                        .run([&](const QString &phase, qint64 done, qint64 total) {
                                            if (phase == u"push"_s && done == total)
                                                pushEnd = ms(session);
                                        });
        if (!answered.ok() || answered.conflicts != n)
            qFatal("conflict push failed: %s (%d conflicts)", qPrintable(answered.message), answered.conflicts);
        conflictPushMs.append({n, pushEnd});
        out() << u"push of %1 edits answered with %1 conflicts: %2 ms\n"_s.arg(n).arg(num(pushEnd));
        out().flush();
    }

    auto row = [&](const QString &what, const Series &s, const QString &unit, const QString &target,
                   const QString &rawFigure, const QString &pouch) {
        out() << u"| %1 | %2 %3 | %4 | %5 | %6 | %7 |\n"_s.arg(
            what, num(s.median()), unit, num(s.min()) + u"-"_s + num(s.max()), target, rawFigure, pouch);
    };
    out() << u"\n%1 rows (%2 scores), initial sync in %3 pages of 5,000; pushes of %4; %5 runs\n\n"_s.arg(rows)
                 .arg(kClasses * kStudents * kAssignments)
                 .arg(initialPages)
                 .arg(measuredPush.pushBatch)
                 .arg(runs);
    out() << u"| measure | median | range | target | raw server | PouchDB 9 |\n|---|---|---|---|---|---|\n"_s;
    row(u"initial sync of a new device (%1 rows, committed)"_s.arg(initialRows), initialMs, u"ms"_s, u"< 1500 ms"_s,
        num(rawInitialMs.median()) + u" ms"_s, u"5100 ms"_s);
    row(u"  its CPU time (client process)"_s, initialCpu, u"ms"_s, {}, {}, {});
    row(u"  of it waiting for the server's answers"_s, initialWaited, u"ms"_s, {}, {}, {});
    row(u"  of it committing pages"_s, initialCommit, u"ms"_s, {}, {}, {});
    row(u"  of it reading the pages' JSON (minus waiting)"_s, initialDecode, u"ms"_s, {}, {}, {});
    row(u"  of it writing the pages' rows (minus commits)"_s, initialWrite, u"ms"_s, {}, {}, {});
    row(u"  the server's CPU time meanwhile"_s, initialServerCpu, u"ms"_s, {},
        u"raw pull: "_s + num(rawInitialServerCpu.median()) + u" ms"_s, {});
    row(u"  peak RSS of the client process (VmHWM)"_s, initialHwm, u"MiB"_s, u"< 150 MiB"_s, {}, u"250-290 MiB"_s);
    row(u"  RSS before the sync (after open + sign-in)"_s, initialHwmBefore, u"MiB"_s, {}, {}, {});
    row(u"  whole client process (start, open, sign-in, sync, exit)"_s, initialProcess, u"ms"_s, {}, {}, {});
    row(u"push 10,000 queued score edits"_s, pushMs, u"ms"_s, u"< 600 ms"_s, num(rawPushMs.median()) + u" ms"_s,
        u"1250 ms"_s);
    row(u"  of it waiting for the server's answers"_s, pushWaited, u"ms"_s, {}, {}, {});
    row(u"  the client's CPU time in it (all threads)"_s, pushClientCpu, u"ms"_s, {}, {}, {});
    row(u"  the server's CPU time meanwhile"_s, pushServerCpu, u"ms"_s, {},
        u"raw push: "_s + num(rawPushServerCpu.median()) + u" ms"_s, {});
    row(u"  whole session (push, then pull the 10,000 back)"_s, pushSessionMs, u"ms"_s, {}, {}, {});
    row(u"pull those 10,000 changes on a second device"_s, pullMs, u"ms"_s, u"< 600 ms"_s,
        num(rawPullMs.median()) + u" ms"_s, u"1250 ms"_s);
    for (const auto &[n, pushedMs] : std::as_const(conflictPushMs))
        out() << u"| push of %1 edits, every one answered as a conflict (one run) | %2 ms | | | | |\n"_s.arg(n).arg(
            num(pushedMs));
    if (compare) {
        row(u"initial sync, compared: %1 undone (alternating)"_s.arg(compared), serialInitialMs, u"ms"_s, {}, {}, {});
        row(u"  its CPU time (client process)"_s, serialInitialCpu, u"ms"_s, {}, {}, {});
        row(u"push 10,000, compared: %1 undone (alternating)"_s.arg(compared), serialPushMs, u"ms"_s, {}, {}, {});
    }
    if (!otherBinary.isEmpty()) {
        row(u"initial sync by %1 (alternating)"_s.arg(otherBinary), otherInitialMs, u"ms"_s, {}, {}, {});
        row(u"  its CPU time (client process)"_s, otherInitialCpu, u"ms"_s, {}, {}, {});
    }
    out() << '\n';
    bench::benchLine(u"client push of 10,000 queued edits"_s, pushMs.median(), u"ms"_s, rawPushMs.median(),
                     u"< 400 ms"_s);
    bench::benchLine(u"client push of 10,000: waiting for the server"_s, pushWaited.median(), u"ms"_s, -1, {});
    bench::benchLine(u"client push of 10,000: client's own (wall minus waiting)"_s,
                     (Series{[&] {
                         std::vector<double> own;
                         for (size_t i = 0; i < pushMs.values.size(); ++i)
                             own.push_back(pushMs.values[i] - pushWaited.values[i]);
                         return own;
                     }()})
                         .median(),
                     u"ms"_s, -1, {});
    bench::benchLine(u"client push of 10,000: client CPU"_s, pushClientCpu.median(), u"ms"_s, -1, {});
    bench::benchLine(u"client push of 10,000: server CPU"_s, pushServerCpu.median(), u"ms"_s, rawPushServerCpu.median(),
                     {});
    bench::benchLine(u"initial sync of %1 rows"_s.arg(initialRows), initialMs.median(), u"ms"_s, rawInitialMs.median(),
                     u"< 600 ms"_s);
    bench::benchLine(u"initial sync: waiting for the server"_s, initialWaited.median(), u"ms"_s, -1, {});
    bench::benchLine(u"initial sync: committing pages"_s, initialCommit.median(), u"ms"_s, -1, {});
    bench::benchLine(u"initial sync: reading the pages"_s, initialDecode.median(), u"ms"_s, -1, {});
    bench::benchLine(u"initial sync: writing the rows"_s, initialWrite.median(), u"ms"_s, -1, {});
    bench::benchLine(u"initial sync: client CPU"_s, initialCpu.median(), u"ms"_s, -1, {});
    bench::benchLine(u"initial sync: server CPU"_s, initialServerCpu.median(), u"ms"_s, rawInitialServerCpu.median(),
                     {});
    bench::benchLine(u"initial sync: peak RSS"_s, initialHwm.median(), u"MiB"_s, -1, u"< 150 MiB"_s);
    bench::benchLine(u"pull 10,000 changes on a second device"_s, pullMs.median(), u"ms"_s, rawPullMs.median(),
                     u"< 600 ms"_s);
    if (compare) {
        bench::benchLine(u"initial sync, %1 undone"_s.arg(compared), serialInitialMs.median(), u"ms"_s, -1, {});
        bench::benchLine(u"initial sync, %1 undone: client CPU"_s.arg(compared), serialInitialCpu.median(), u"ms"_s, -1,
                         {});
        bench::benchLine(u"client push of 10,000, %1 undone"_s.arg(compared), serialPushMs.median(), u"ms"_s, -1, {});
    }
    if (!otherBinary.isEmpty()) {
        bench::benchLine(u"initial sync by the compared build"_s, otherInitialMs.median(), u"ms"_s, -1, {});
        bench::benchLine(u"initial sync by the compared build: client CPU"_s, otherInitialCpu.median(), u"ms"_s, -1,
                         {});
    }
    out().flush();
    server.stop();
    // K12_BENCH_SERVER_LOG=FILE keeps the server's request log (durations per request).
    if (const QString log = qEnvironmentVariable("K12_BENCH_SERVER_LOG"); !log.isEmpty()) {
        QFile f(log);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(server.stderrText());
    }
    return 0;
}
