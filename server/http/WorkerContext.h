#pragma once

#include "server/store/Database.h"
#include "server/store/DatabaseConfig.h"

#include <functional>
#include <memory>
#include <vector>

namespace k12::server {

// What one worker thread owns: its database connection. Made and destroyed in that thread (Qt SQL connections belong to
// the thread that opened them).
struct WorkerContext
{
    std::unique_ptr<Database> db;
    QString epoch;
    // Set by a handler when the connection looks dead (PostgreSQL restarted):
    // the worker opens a fresh one before its next job.
    bool broken = false;
    // While the worker runs a group of pushes as one transaction (SQLite group
    // commit, see Database::beginGroup), answers wait here and are sent after
    // the group's COMMIT: each is called with whether it committed.
    std::vector<std::function<void(bool committed)>> afterGroup;
    // Sends now, or after the group's COMMIT when one is open.
    void whenCommitted(std::function<void(bool committed)> send);

    static Result<std::unique_ptr<WorkerContext>> open(const DatabaseConfig &config);
};

} // namespace k12::server
