#pragma once

#include "server/store/Database.h"
#include "server/store/DatabaseConfig.h"

#include <memory>

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

    static Result<std::unique_ptr<WorkerContext>> open(const DatabaseConfig &config);
};

} // namespace k12::server
