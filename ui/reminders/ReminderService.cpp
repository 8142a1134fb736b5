#include "ReminderService.h"

#include "DesktopNotifier.h"
#include "kernel/domain/Clock.h"
#include "models/store/Store.h"
#include "models/today/TodayReport.h"
#include "ui/common/ProfileSettings.h"

namespace k12 {

ReminderService::ReminderService(Store &store, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    connect(&m_notifier, &DesktopNotifier::snoozeRequested, this, &ReminderService::snooze);
}

void ReminderService::start()
{
    checkNow();
    m_timer.start();
}

QList<Reminder> ReminderService::checkNow(bool force)
{
    // Without a service nothing is shown, so nothing is marked as shown either.
    if (!m_notifier.available())
        return {};
    QSettings settings = profileSettings(m_store);
    ReminderSettings rs = ReminderSettings::load(settings);
    const QDateTime now = Clock::currentDateTimeUtc();
    ReminderSettings asked = rs;
    if (force) {
        for (ReminderSettings::Kind k : ReminderSettings::kinds()) {
            asked.lastShown[int(k)] = {};
            asked.snoozedUntil[int(k)] = {};
        }
    }
    const QList<Reminder> due = ReminderPolicy::due(TodayReport::build(m_store, Clock::today()), now, asked);
    for (const Reminder &r : due)
        m_notifier.notify(r.summary, r.body, ReminderSettings::key(r.kind));
    ReminderPolicy::markShown(rs, due, now);
    rs.save(settings);
    return due;
}

void ReminderService::snooze(const QString &tag)
{
    QSettings settings = profileSettings(m_store);
    ReminderSettings rs = ReminderSettings::load(settings);
    for (ReminderSettings::Kind k : ReminderSettings::kinds()) {
        if (ReminderSettings::key(k) == tag)
            ReminderPolicy::snooze(rs, k, Clock::currentDateTimeUtc().addDays(ReminderSettings::kSnoozeDays));
    }
    rs.save(settings);
}

} // namespace k12
