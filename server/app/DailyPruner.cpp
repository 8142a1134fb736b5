#include "DailyPruner.h"

#include "kernel/domain/Clock.h"
#include "server/ServerLog.h"
#include "server/store/Database.h"

namespace k12::server {

DailyPruner::DailyPruner(DatabaseConfig database, MutationLogPruner::Settings settings, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_settings(settings)
{
    m_timer.setInterval(std::chrono::hours(24));
    connect(&m_timer, &QTimer::timeout, this, &DailyPruner::pruneNow);
}

DailyPruner::~DailyPruner()
{
    m_timer.stop();
    if (m_thread.joinable())
        m_thread.join();
}

void DailyPruner::start()
{
    pruneNow();
    m_timer.start();
}

void DailyPruner::pruneNow()
{
    if (m_running.exchange(true))
        return; // yesterday's is still going
    if (m_thread.joinable())
        m_thread.join();
    m_thread = std::thread([this] {
        Result<std::unique_ptr<Database>> db = Database::open(m_database);
        if (!db) {
            serverLog()->error("daily prune: {}", db.error().toStdString());
        } else {
            Result<MutationLogPruner::Counts> counts =
                MutationLogPruner::run(**db, m_settings, Clock::currentDateTimeUtc(), false);
            if (!counts)
                serverLog()->error("daily prune: {}", counts.error().toStdString());
        }
        m_running = false;
    });
}

} // namespace k12::server
