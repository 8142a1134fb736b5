#include "BackupScheduler.h"

#include "BackupService.h"
#include "kernel/sqlite/DbLog.h"

namespace k12 {

BackupScheduler::BackupScheduler(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void BackupScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    check();
}

void BackupScheduler::wait()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void BackupScheduler::check()
{
    if (m_pool.activeThreadCount() > 0)
        return;
    const QString dir = m_profileDir;
    m_pool.start([dir] {
        Result<std::optional<BackupInfo>> made = BackupService(dir).ensureDaily();
        if (!made)
            qCWarning(lcDb) << "daily backup failed:" << made.error();
    });
}

} // namespace k12
