#pragma once

#include "YearExport.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace k12 {

// The year's export off the window's thread: YearExport::write (the very code
// `k12-teacher export year` runs) on a worker thread with a Store of its own
// on the profile (a SQLite connection belongs to the thread that opened it),
// so the window repaints and answers Cancel while a big term is written.
// Progress and the end come back as queued signals; cancel() stops it at the
// next part of a class and nothing is left on disk (ZipWriter's atomic write).
class YearExportJob : public QObject
{
    Q_OBJECT
public:
    explicit YearExportJob(QObject *parent = nullptr);
    ~YearExportJob() override; // cancels and waits for the worker

    // Starts writing `options` from the profile in `profileDir`; false while one is under way.
    bool start(const QString &profileDir, const YearExport::Options &options);
    void cancel();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    bool wasCancelled() const { return m_cancel && m_cancel->load(); }
    // Blocks until the worker is done (tests, shutdown); the finished signal still comes through the event loop.
    void wait();

Q_SIGNALS:
    // Before each class and its parts: `done` classes written of `total`, `current` being written.
    void progressed(int done, int total, const QString &current);
    // The outcome (or why not, or "cancelled" when cancel() stopped it).
    void finished(const k12::Result<k12::YearExport::Outcome> &result);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace k12
