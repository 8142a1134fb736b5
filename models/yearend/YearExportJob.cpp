#include "YearExportJob.h"

#include "models/store/Store.h"

#include <QMetaObject>

namespace k12 {

YearExportJob::YearExportJob(QObject *parent)
    : QObject(parent)
{}

YearExportJob::~YearExportJob()
{
    cancel();
    wait();
}

bool YearExportJob::start(const QString &profileDir, const YearExport::Options &options)
{
    if (isRunning())
        return false;
    wait(); // a finished thread from an earlier run
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The worker gets copies and the shared flag only; it reaches this object through a QPointer
    // checked on this object's thread, so a job destroyed first (after its wait) gets no calls.
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QPointer<YearExportJob> self(this);
    m_thread.reset(QThread::create([profileDir, options, cancel, self] {
        // The worker's own connection, opened and closed on the worker's thread.
        const Result<YearExport::Outcome> result = [&]() -> Result<YearExport::Outcome> {
            Result<std::unique_ptr<Store>> store = Store::open(profileDir);
            if (!store)
                return Error{store.error()};
            return YearExport::write(**store, options, [cancel, self](int done, int total, const QString &current) {
                if (cancel->load())
                    return false;
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total, current] {
                        if (self)
                            Q_EMIT self->progressed(done, total, current);
                    },
                    Qt::QueuedConnection);
                return true;
            });
        }();
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (self)
                    Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("year export"));
    m_thread->start();
    return true;
}

void YearExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void YearExportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace k12
