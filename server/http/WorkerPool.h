#pragma once

#include "WorkerContext.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace k12::server {

// A fixed set of threads that run request handlers against the database, so
// the network thread keeps accepting and answering while a push is written.
// Jobs are taken in arrival order by whichever worker is free.
class WorkerPool
{
public:
    // The job gets the worker's context, or nullptr when the database cannot
    // be opened right now (the handler answers 503).
    using Job = std::function<void(WorkerContext *context)>;

    // groupLimit > 1 (SQLite): a worker that got the write gate takes up to
    // that many queued jobs and runs them as one transaction (group commit,
    // Database::beginGroup); jobs answer through WorkerContext::whenCommitted.
    // Only for jobs that write in one transaction each (pushes).
    WorkerPool(int threads, DatabaseConfig config, int groupLimit = 1);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void submit(Job job);
    // Queues the job unless `maxQueued` jobs already wait; false when refused.
    bool trySubmit(Job job, std::size_t maxQueued);
    // Runs what is queued, then ends the threads (each closes its connection).
    void stop();

private:
    void run();
    // Runs `first` and what queued up behind it as one group; false when no group could begin.
    bool runGroup(Job &first, WorkerContext &context);

    DatabaseConfig m_config;
    int m_groupLimit = 1;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace k12::server
