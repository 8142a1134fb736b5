#include "ReminderSettingsPage.h"

#include "kernel/domain/Clock.h"
#include "ui/common/ProfileSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString title(ReminderSettings::Kind kind)
{
    switch (kind) {
    case ReminderSettings::Kind::UngradedWork:
        return ReminderSettingsPage::tr("Ungraded work");
    case ReminderSettings::Kind::UnplannedTomorrow:
        return ReminderSettingsPage::tr("Lessons without a plan on the next school day");
    case ReminderSettings::Kind::SyncFailing:
        return ReminderSettingsPage::tr("Sync failing for more than a day");
    case ReminderSettings::Kind::ConflictsWaiting:
        return ReminderSettingsPage::tr("Sync conflicts waiting for you");
    }
    return {};
}

} // namespace

ReminderSettingsPage::ReminderSettingsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_days(new QSpinBox(this))
    , m_names(new QCheckBox(tr("Show student &names in notifications"), this))
{
    setObjectName(u"reminderSettingsPage"_s);
    QSettings ini = profileSettings(m_store);
    m_loaded = ReminderSettings::load(ini);
    const QDateTime now = Clock::currentDateTimeUtc();
    const QLocale locale;

    auto *reminders = new QGroupBox(tr("Desktop notifications, at most once a day each"), this);
    auto *grid = new QGridLayout(reminders);
    grid->addWidget(new QLabel(tr("<b>Remind me of</b>"), reminders), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Snooze</b>"), reminders), 0, 1);
    int row = 1;
    for (ReminderSettings::Kind kind : ReminderSettings::kinds()) {
        const int i = int(kind);
        auto *box = new QCheckBox(title(kind), reminders);
        box->setObjectName(u"reminder_"_s + ReminderSettings::key(kind));
        box->setChecked(m_loaded.enabled[i]);
        m_enabled[i] = box;
        auto *snooze = new QComboBox(reminders);
        snooze->setObjectName(u"snooze_"_s + ReminderSettings::key(kind));
        snooze->setAccessibleName(tr("Snooze: %1").arg(title(kind)));
        const QDateTime until = m_loaded.snoozedUntil[i];
        if (until.isValid() && until > now) {
            snooze->addItem(tr("Snoozed until %1").arg(locale.toString(until.toLocalTime(), u"ddd d MMM, HH:mm"_s)),
                            Keep);
            snooze->addItem(tr("Not snoozed"), Off);
        } else {
            snooze->addItem(tr("Not snoozed"), Keep);
        }
        snooze->addItem(tr("Until tomorrow"), Tomorrow);
        snooze->addItem(tr("For a week"), Week);
        m_snooze[i] = snooze;
        if (kind == ReminderSettings::Kind::UngradedWork) {
            // "Ungraded work [older than N days]" on one line.
            auto *line = new QWidget(reminders);
            auto *h = new QHBoxLayout(line);
            h->setContentsMargins(0, 0, 0, 0);
            m_days->setObjectName(u"ungradedDays"_s);
            m_days->setRange(1, 60);
            m_days->setValue(m_loaded.ungradedDays);
            m_days->setPrefix(tr("older than "));
            m_days->setSuffix(tr(" days"));
            m_days->setAccessibleName(tr("Ungraded work older than this many days"));
            h->addWidget(box);
            h->addWidget(m_days);
            h->addStretch();
            connect(box, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
            m_days->setEnabled(box->isChecked());
            grid->addWidget(line, row, 0);
        } else {
            grid->addWidget(box, row, 0);
        }
        grid->addWidget(snooze, row, 1);
        connect(box, &QCheckBox::toggled, snooze, &QWidget::setEnabled);
        snooze->setEnabled(box->isChecked());
        ++row;
    }
    grid->setColumnStretch(0, 1);

    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyLayout = new QVBoxLayout(privacy);
    m_names->setObjectName(u"allowNames"_s);
    m_names->setChecked(m_loaded.allowNames);
    auto *note = new QLabel(tr("Off: notifications say how many, never who, and never show a grade. A notification "
                               "can appear on a projector or a shared screen."),
                            privacy);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid);"_s);
    privacyLayout->addWidget(m_names);
    privacyLayout->addWidget(note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reminders);
    layout->addWidget(privacy);
    layout->addStretch();
}

ReminderSettings ReminderSettingsPage::settings(const QDateTime &now) const
{
    ReminderSettings s = m_loaded; // keeps the days each reminder was last shown
    s.ungradedDays = m_days->value();
    s.allowNames = m_names->isChecked();
    const QDate tomorrow = now.toLocalTime().date().addDays(1);
    for (ReminderSettings::Kind kind : ReminderSettings::kinds()) {
        const int i = int(kind);
        s.enabled[i] = m_enabled[i]->isChecked();
        switch (m_snooze[i]->currentData().toInt()) {
        case Off:
            s.snoozedUntil[i] = {};
            break;
        case Tomorrow:
            s.snoozedUntil[i] = QDateTime(tomorrow, QTime(0, 0)).toUTC();
            break;
        case Week:
            s.snoozedUntil[i] = now.addDays(7).toUTC();
            break;
        default:
            break;
        }
    }
    return s;
}

void ReminderSettingsPage::save()
{
    QSettings ini = profileSettings(m_store);
    // The service may have shown a reminder since the page opened: keep its day.
    const ReminderSettings current = ReminderSettings::load(ini);
    ReminderSettings s = settings(Clock::currentDateTimeUtc());
    for (int i = 0; i < ReminderSettings::kKinds; ++i)
        s.lastShown[i] = current.lastShown[i];
    s.save(ini);
    m_loaded = s;
}

} // namespace k12
