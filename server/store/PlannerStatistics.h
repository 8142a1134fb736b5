#pragma once

#include "kernel/domain/Result.h"

#include <QtGlobal>

namespace k12::server {

class Database;

// PostgreSQL plans every query from the table statistics that ANALYZE
// gathers. Autovacuum refreshes them about a minute after a bulk load; until
// then the pull of a just-filled table is planned from its size alone and
// reads far more rows than it returns (pulls five times slower in
// bench_server). So the server asks for fresh statistics itself after 5,000
// applied changes, then after 10,000 more, 20,000 more and so on: a district's
// first big upload is planned well at once, for a handful of ANALYZE runs over
// the life of the process. Steady state stays autovacuum's job.
class PlannerStatistics
{
public:
    static constexpr qint64 kFirstThreshold = 5000;

    // Counts applied changes; true for the one caller (of all workers) that
    // should refresh the statistics now.
    static bool noteChanges(qint64 applied);
    // ANALYZE on PostgreSQL (outside any transaction); nothing on SQLite.
    static Status refresh(Database &db);
};

} // namespace k12::server
