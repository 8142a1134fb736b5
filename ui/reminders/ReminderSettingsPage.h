#pragma once

#include "models/reminders/ReminderPolicy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace k12 {

class Store;

// Settings > Preferences > Reminders: each reminder on or off, the age of
// ungraded work that counts, a snooze (until tomorrow or for a week) and the
// privacy option for student names. Reads and writes the profile's
// [reminders] settings (ReminderSettings), which ReminderService reads at
// each check; nothing is written until save().
class ReminderSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReminderSettingsPage(Store &store, QWidget *parent = nullptr);

    // The settings as the page shows them, at the Clock's time `now`.
    ReminderSettings settings(const QDateTime &now) const;
    void save();

    QCheckBox *enabledBox(ReminderSettings::Kind kind) const { return m_enabled[int(kind)]; }
    QComboBox *snoozeBox(ReminderSettings::Kind kind) const { return m_snooze[int(kind)]; }
    QSpinBox *ungradedDays() const { return m_days; }
    QCheckBox *allowNames() const { return m_names; }

private:
    enum Snooze
    {
        Keep,     // as it is (not snoozed, or snoozed until the time shown)
        Off,      // stop snoozing
        Tomorrow, // until the start of tomorrow
        Week,     // for seven days from now
    };

    Store &m_store;
    ReminderSettings m_loaded;
    QCheckBox *m_enabled[ReminderSettings::kKinds] = {};
    QComboBox *m_snooze[ReminderSettings::kKinds] = {};
    QSpinBox *m_days;
    QCheckBox *m_names;
};

} // namespace k12
