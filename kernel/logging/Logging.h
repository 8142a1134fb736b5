#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace k12::logging {

struct Options
{
    QString directory;        // where the rotating log file lives (created 0700)
    QString fileName;         // e.g. "k12-teacher.log"
    bool verbose = false;     // debug level everywhere
    bool quietStderr = false; // stderr shows warnings only (the headless CLI)
};

// Sets up the named channels (app, db, sync, ui, server) writing to a rotating
// file and to stderr, and routes Qt's own messages into them: a category
// "k12.<channel>" goes to that channel, anything else to "qt". Lines carry ids,
// never names, emails, scores, passwords or tokens.
void init(const Options &options);
std::shared_ptr<spdlog::logger> channel(const char *name);
void shutdown();

} // namespace k12::logging
