#pragma once

#include "models/today/TodayReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QSettings;

namespace k12 {

// The reminders' settings, kept in the app's QSettings under "reminders/":
// each kind on or off, the age of ungraded work, whether names may appear, and
// per kind the last day it was shown and the time it is snoozed until.
struct ReminderSettings
{
    enum class Kind
    {
        UngradedWork,      // ungraded work older than N days
        UnplannedTomorrow, // next school day's class days without a lesson
        SyncFailing,       // sync failing for more than a day
        ConflictsWaiting,  // open sync conflicts
    };
    static constexpr int kKinds = 4;
    static QList<Kind> kinds()
    {
        return {Kind::UngradedWork, Kind::UnplannedTomorrow, Kind::SyncFailing, Kind::ConflictsWaiting};
    }
    static QString key(Kind kind);

    static constexpr int kDefaultUngradedDays = 7;
    static constexpr int kSnoozeDays = 3; // the notification's "Snooze" button

    bool enabled[kKinds] = {true, true, true, true};
    int ungradedDays = kDefaultUngradedDays;
    bool allowNames = false; // student names in the text (off: it may be on a projector)
    QDate lastShown[kKinds];
    QDateTime snoozedUntil[kKinds];

    bool isEnabled(Kind k) const { return enabled[int(k)]; }
    static ReminderSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

// One desktop notification.
struct Reminder
{
    ReminderSettings::Kind kind;
    QString summary;
    QString body;
};

// Which reminders are due at `now` (a pure decision: the caller passes the
// Clock's time, the report and the settings; tests fix all three). A kind is
// due when it is on, not snoozed, not yet shown on now's local day, and its
// condition holds. Texts carry counts, classes, assignments and lessons, never
// a student's name or a grade unless settings.allowNames.
class ReminderPolicy
{
    Q_DECLARE_TR_FUNCTIONS(k12::ReminderPolicy)

public:
    static QList<Reminder> due(const TodayReport &report, const QDateTime &now, const ReminderSettings &settings);
    // Records that the reminders were shown on now's day.
    static void markShown(ReminderSettings &settings, const QList<Reminder> &shown, const QDateTime &now);
    static void snooze(ReminderSettings &settings, ReminderSettings::Kind kind, const QDateTime &until);
    // The sync condition alone: signed in, the last sync failed, and no sync worked for 24 hours.
    static bool syncFailing(const TodayReport::Sync &sync, const QDateTime &now);
};

} // namespace k12
