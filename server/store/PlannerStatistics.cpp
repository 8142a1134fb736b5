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
    if (Status s = db.execute(u"ANALYZE"_s); !s)
        return fail(u"Refreshing the planner statistics failed: %1"_s.arg(s.error()));
    serverLog()->info("planner statistics refreshed in {} ms", timer.elapsed());
    return {};
}

} // namespace k12::server
