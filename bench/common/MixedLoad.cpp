#include "MixedLoad.h"

#include "RawHttp.h"
#include "kernel/domain/Ids.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace k12::bench {

namespace {

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

// One grade edit per score, with a base_rev far ahead: the server takes the
// edit (no conflict), as a device's edits of its own cells would be.
QByteArray editBody(const QString &device, const QStringList &scoreIds, quint64 n, int connection)
{
    QJsonArray edits;
    for (int i = 0; i < 10; ++i) {
        const QString &id =
            scoreIds.at(int((n * 7919 + quint64(i) * 104729 + quint64(connection) * 31) % quint64(scoreIds.size())));
        edits.append(QJsonObject{{u"mutation_id"_s, k12::newId()},
                                 {u"entity"_s, u"score"_s},
                                 {u"id"_s, id},
                                 {u"op"_s, u"upsert"_s},
                                 {u"base_rev"_s, qint64(1) << 30},
                                 {u"fields"_s, QJsonObject{{u"points"_s, double(n % 10)}}}});
    }
    return QJsonDocument(QJsonObject{{u"client_id"_s, device}, {u"mutations"_s, edits}}).toJson(QJsonDocument::Compact);
}

} // namespace

MixedLoadResult runMixedLoad(const MixedLoadSpec &spec)
{
    const int connections = std::max(1, spec.connections);
    std::atomic<bool> stop{false};
    std::atomic<qint64> errors{0};
    const auto perConnection = size_t(connections);
    std::vector<std::vector<double>> all(perConnection);
    std::vector<std::vector<double>> pulls(perConnection);
    std::vector<std::vector<double>> pushes(perConnection);
    std::vector<std::thread> threads;
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            RawHttp conn(spec.ports.at(size_t(c) % spec.ports.size()));
            const QString device = k12::newId();
            quint64 n = quint64(c) * 3; // connections start at different points of the mix
            while (!stop.load(std::memory_order_relaxed)) {
                const int slot = spec.healthOnly ? 9 : int(n++ % 10);
                const int kind = slot < spec.pullsInTen ? 0 : slot < spec.pullsInTen + spec.pushesInTen ? 1 : 2;
                // The push body is built before the timer starts: the client's JSON is not the server's time.
                const QByteArray body = kind == 1 ? editBody(device, spec.scoreIds, n, c) : QByteArray();
                QElapsedTimer t;
                t.start();
                RawHttp::Reply r;
                if (kind == 0) {
                    const qint64 since = std::max<qint64>(0, spec.rows - 100 - qint64(n % 500));
                    r = conn.request("GET", "/api/v1/sync/pull?since=" + QByteArray::number(since) + "&limit=100", {},
                                     spec.token);
                    pulls[size_t(c)].push_back(double(t.nsecsElapsed()) / 1e6);
                } else if (kind == 1) {
                    r = conn.request("POST", "/api/v1/sync/push", body, spec.token);
                    pushes[size_t(c)].push_back(double(t.nsecsElapsed()) / 1e6);
                } else {
                    r = conn.request("GET", "/api/v1/health");
                }
                if (r.status != 200)
                    ++errors;
                all[size_t(c)].push_back(double(t.nsecsElapsed()) / 1e6);
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(spec.seconds * 1000)));
    stop = true;
    for (std::thread &t : threads)
        t.join();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    auto merged = [](const std::vector<std::vector<double>> &parts) {
        std::vector<double> out;
        for (const std::vector<double> &p : parts)
            out.insert(out.end(), p.begin(), p.end());
        std::sort(out.begin(), out.end());
        return out;
    };
    const std::vector<double> a = merged(all), pl = merged(pulls), ps = merged(pushes);
    MixedLoadResult r;
    r.requests = qint64(a.size());
    r.perSecond = double(a.size()) / elapsed;
    r.errors = errors.load();
    r.p50 = percentile(a, 0.5);
    r.p99 = percentile(a, 0.99);
    r.pullP50 = percentile(pl, 0.5);
    r.pullP99 = percentile(pl, 0.99);
    r.pushP50 = percentile(ps, 0.5);
    r.pushP99 = percentile(ps, 0.99);
    return r;
}

QByteArray describe(const MixedLoadResult &r)
{
    char line[256];
    std::snprintf(line, sizeof line,
                  "%6.0f req/s, errors %lld; p50/p99 all %.2f/%.2f ms, pull %.2f/%.2f, push %.2f/%.2f", r.perSecond,
                  static_cast<long long>(r.errors), r.p50, r.p99, r.pullP50, r.pullP99, r.pushP50, r.pushP99);
    return QByteArray(line);
}

} // namespace k12::bench
