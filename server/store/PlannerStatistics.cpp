#include "PlannerStatistics.h"

#include "Database.h"
#include "server/ServerLog.h"

#include <QElapsedTimer>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

std::mutex g_mutex;
qint64 g_pending = 0;
qint64 g_threshold = PlannerStatistics::kFirstThreshold;

} // namespace

bool PlannerStatistics::noteChanges(qint64 applied)
{
    if (applied <= 0)
        return false;
    const std::lock_guard lock(g_mutex);
    g_pending += applied;
    if (g_pending < g_threshold)
        return false;
    g_pending = 0;
    g_threshold *= 2;
    return true;
}

Status PlannerStatistics::refresh(Database &db)
{
    if (db.dialect() != SqlDialect::PostgreSQL)
        return {};
    QElapsedTimer timer;
    timer.start();
    // A sample of 3,000 rows a table instead of 30,000: enough to choose
    // between an index and a scan, and it runs inside a push's answer
    // (issue 22: 370 ms -> 90 ms on a database of 50,000 scores). Autovacuum
    // refines the statistics later with the full target.
    if (Status s = db.execute(u"SET default_statistics_target = 10"_s); !s)
        return fail(u"Refreshing the planner statistics failed: %1"_s.arg(s.error()));
    const Status analyzed = db.execute(u"ANALYZE"_s);
    if (Status s = db.execute(u"RESET default_statistics_target"_s); !s && analyzed)
        return fail(u"Refreshing the planner statistics failed: %1"_s.arg(s.error()));
    if (!analyzed)
        return fail(u"Refreshing the planner statistics failed: %1"_s.arg(analyzed.error()));
    serverLog()->info("planner statistics refreshed in {} ms", timer.elapsed());
    return {};
}

} // namespace k12::server
