#pragma once

#include "server/admin/MutationLogPruner.h"
#include "server/store/DatabaseConfig.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace k12::server {

// `serve` prunes the mutation log at start and then once a day, on a thread
// and database connection of its own (a large prune never holds up the
// event loop; the write lock it takes is the same any push takes).
class DailyPruner : public QObject
{
public:
    DailyPruner(DatabaseConfig database, MutationLogPruner::Settings settings, QObject *parent = nullptr);
    ~DailyPruner() override;

    void start();

private:
    void pruneNow();

    DatabaseConfig m_database;
    MutationLogPruner::Settings m_settings;
    QTimer m_timer;
    std::thread m_thread;
    std::atomic<bool> m_running{false};
};

} // namespace k12::server
