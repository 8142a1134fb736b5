#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace k12 {

// The window's daily backup: at start when there is none of today, then checked every
// hour (an app left open over midnight). The copy runs on a worker thread (its own
// SQLite connection), so the window never waits for it; the destructor does.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    explicit BackupScheduler(QString profileDir, QObject *parent = nullptr);
    ~BackupScheduler() override;

    void start(int intervalMs = 3600 * 1000);
    // Waits for a copy under way (before a restore replaces the file).
    void wait();

private:
    void check();

    QString m_profileDir;
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace k12
