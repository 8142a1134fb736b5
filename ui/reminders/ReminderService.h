#pragma once

#include "models/reminders/ReminderPolicy.h"

#include <QObject>
#include <QTimer>

namespace k12 {

class DesktopNotifier;
class Store;

// Runs the reminders while the app is open (in front or not): on start and
// every hour it builds the Today report, asks ReminderPolicy what is due at
// the Clock's time, shows that through the notifier and remembers the day in
// the profile's settings; "Snooze" on a notification snoozes its kind.
class ReminderService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    ReminderService(Store &store, DesktopNotifier &notifier, QObject *parent = nullptr);

    // First check now, then hourly.
    void start();
    // Checks once; `force` ignores the once-a-day rule and snoozes (the CLI's --force).
    // Returns what was sent (nothing when no notification service is there).
    QList<Reminder> checkNow(bool force = false);

private:
    void snooze(const QString &tag);

    Store &m_store;
    DesktopNotifier &m_notifier;
    QTimer m_timer;
};

} // namespace k12
