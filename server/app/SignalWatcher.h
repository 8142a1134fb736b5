#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace k12::server {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe: the signal
// handler only writes one byte (async-signal-safe); the event loop does the rest.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace k12::server
