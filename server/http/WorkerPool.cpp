#include "WorkerPool.h"

#include "server/ServerLog.h"

namespace k12::server {

WorkerPool::WorkerPool(int threads, DatabaseConfig config)
    : m_config(std::move(config))
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
        job(context.get());
    }
    context.reset(); // closes the connection in the thread that opened it
}

} // namespace k12::server
