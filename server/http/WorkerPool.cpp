#include "WorkerPool.h"

#include "server/ServerLog.h"

namespace k12::server {

WorkerPool::WorkerPool(int threads, DatabaseConfig config, int groupLimit)
    : m_config(std::move(config))
    , m_groupLimit(m_config.dialect() == SqlDialect::SQLite ? std::max(1, groupLimit) : 1)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

bool WorkerPool::trySubmit(Job job, std::size_t maxQueued)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_jobs.size() >= maxQueued)
            return false;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void WorkerPool::run()
{
    std::unique_ptr<WorkerContext> context;
    qint64 lastFailureLogged = 0;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break; // stopping and nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (context && context->broken)
            context.reset();
        if (!context) {
            Result<std::unique_ptr<WorkerContext>> opened = WorkerContext::open(m_config);
            if (opened) {
                context = std::move(opened).value();
            } else if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now - lastFailureLogged > 5000) {
                serverLog()->error("database unavailable: {}", opened.error().toStdString());
                lastFailureLogged = now;
            }
        }
        if (m_groupLimit > 1 && context && runGroup(job, *context))
            continue;
        job(context.get());
    }
    context.reset(); // closes the connection in the thread that opened it
}

bool WorkerPool::runGroup(Job &first, WorkerContext &context)
{
    Database &db = *context.db;
    // Waits for the write gate: meanwhile more pushes queue up behind this one.
    if (!db.beginGroup())
        return false;
    std::vector<Job> group;
    group.push_back(std::move(first));
    {
        std::lock_guard lock(m_mutex);
        while (!m_jobs.empty() && int(group.size()) < m_groupLimit) {
            group.push_back(std::move(m_jobs.front()));
            m_jobs.pop_front();
        }
    }
    context.afterGroup.clear();
    std::size_t ran = 0;
    for (; ran < group.size() && db.groupIntact() && !context.broken; ++ran)
        group[ran](&context);
    const Status committed = db.commitGroup();
    if (!committed)
        serverLog()->error("a group of {} pushes did not commit: {}", ran, committed.error().toStdString());
    std::vector<std::function<void(bool)>> answers = std::move(context.afterGroup);
    context.afterGroup.clear();
    for (auto &send : answers)
        send(committed.ok());
    if (!committed)
        context.broken = true; // start from a fresh connection
    // What the group could not take (it broke off): one at a time as without a
    // group, or answered 503 (no context) when the connection is to be replaced.
    for (; ran < group.size(); ++ran)
        group[ran](context.broken ? nullptr : &context);
    return true;
}

} // namespace k12::server
