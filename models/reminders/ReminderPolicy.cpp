#include "ReminderPolicy.h"

#include "models/today/CountText.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// At most this many titles in a notification's text; the rest is "and N more".
constexpr int kListed = 3;

template<typename T, typename F> QString listed(const QList<T> &items, F text)
{
    QStringList parts;
    for (qsizetype i = 0; i < items.size() && i < kListed; ++i)
        parts << text(items.at(i));
    QString s = parts.join(u"; "_s);
    if (items.size() > kListed)
        s += u"; "_s + CountText::mended(ReminderPolicy::tr("and %Ln more", nullptr, int(items.size() - kListed)),
                                         items.size() - kListed);
    return s;
}

} // namespace

QString ReminderSettings::key(Kind kind)
{
    switch (kind) {
    case Kind::UngradedWork:
        return u"ungraded"_s;
    case Kind::UnplannedTomorrow:
        return u"unplanned"_s;
    case Kind::SyncFailing:
        return u"sync"_s;
    case Kind::ConflictsWaiting:
        return u"conflicts"_s;
    }
    return {};
}

ReminderSettings ReminderSettings::load(QSettings &s)
{
    ReminderSettings r;
    s.beginGroup(u"reminders"_s);
    r.ungradedDays = std::clamp(s.value(u"ungraded_days"_s, kDefaultUngradedDays).toInt(), 1, 60);
    r.allowNames = s.value(u"allow_names"_s, false).toBool();
    for (Kind k : kinds()) {
        const QString p = key(k) + u'/';
        r.enabled[int(k)] = s.value(p + u"enabled"_s, true).toBool();
        r.lastShown[int(k)] = QDate::fromString(s.value(p + u"last_shown"_s).toString(), Qt::ISODate);
        r.snoozedUntil[int(k)] = QDateTime::fromString(s.value(p + u"snoozed_until"_s).toString(), Qt::ISODate);
    }
    s.endGroup();
    return r;
}

void ReminderSettings::save(QSettings &s) const
{
    s.beginGroup(u"reminders"_s);
    s.setValue(u"ungraded_days"_s, ungradedDays);
    s.setValue(u"allow_names"_s, allowNames);
    for (Kind k : kinds()) {
        const QString p = key(k) + u'/';
        s.setValue(p + u"enabled"_s, enabled[int(k)]);
        s.setValue(p + u"last_shown"_s, lastShown[int(k)].toString(Qt::ISODate));
        s.setValue(p + u"snoozed_until"_s, snoozedUntil[int(k)].toUTC().toString(Qt::ISODate));
    }
    s.endGroup();
}

bool ReminderPolicy::syncFailing(const TodayReport::Sync &sync, const QDateTime &now)
{
    if (!sync.signedIn || sync.errorStreak <= 0)
        return false;
    // Never synced and failing: the failure is as old as we can tell, so it counts.
    return !sync.lastSync.isValid() || sync.lastSync.secsTo(now) > 24 * 3600;
}

QList<Reminder> ReminderPolicy::due(const TodayReport &report, const QDateTime &now, const ReminderSettings &settings)
{
    using Kind = ReminderSettings::Kind;
    const QDate day = now.toLocalTime().date();
    QList<Reminder> result;
    auto wanted = [&](Kind k) {
        const int i = int(k);
        return settings.enabled[i] && settings.lastShown[i] != day &&
               !(settings.snoozedUntil[i].isValid() && settings.snoozedUntil[i] > now);
    };

    if (wanted(Kind::UngradedWork)) {
        QList<TodayReport::AssignmentItem> old;
        int cells = 0;
        for (const TodayReport::AssignmentItem &a : report.ungradedPastDue) {
            if (a.dueDate.daysTo(day) > settings.ungradedDays) {
                old.append(a);
                cells += a.ungraded;
            }
        }
        if (!old.isEmpty()) {
            result.append(
                {Kind::UngradedWork, tr("Ungraded work older than %n day(s)", nullptr, settings.ungradedDays),
                 CountText::mended(tr("%Ln assignment(s) with empty cells", nullptr, int(old.size())), old.size()) +
                     u" ("_s + CountText::mended(tr("%Ln cell(s)", nullptr, cells), cells) + u"): "_s +
                     listed(old, [](const TodayReport::AssignmentItem &a) -> QString {
                         return a.className + u" – "_s + a.title;
                     })});
        }
    }
    if (wanted(Kind::UnplannedTomorrow)) {
        QList<TodayReport::LessonItem> open;
        for (const TodayReport::LessonItem &l : report.lessonsTomorrow) {
            if (l.noPlan())
                open.append(l);
        }
        if (!open.isEmpty()) {
            result.append({Kind::UnplannedTomorrow,
                           tr("No lesson plan yet for %1").arg(QLocale().toString(report.tomorrow, u"dddd"_s)),
                           listed(open, [](const TodayReport::LessonItem &l) -> QString {
                               return l.className + u" – "_s + l.unitTitle;
                           })});
        }
    }
    if (wanted(Kind::SyncFailing) && syncFailing(report.sync, now)) {
        const QString since =
            report.sync.lastSync.isValid()
                ? tr("Last successful sync: %1")
                      .arg(QLocale().toString(report.sync.lastSync.toLocalTime(), QLocale::ShortFormat))
                : tr("This device has never synced.");
        result.append({Kind::SyncFailing, tr("Sync has been failing for more than a day"),
                       since + u' ' +
                           CountText::mended(tr("%Ln change(s) waiting.", nullptr, int(report.sync.pending)),
                                             report.sync.pending)});
    }
    if (wanted(Kind::ConflictsWaiting) && !report.conflicts.isEmpty()) {
        QString body = tr("Open K12 Teacher to choose which version to keep.");
        if (settings.allowNames) {
            QStringList names;
            for (const TodayReport::ConflictItem &c : report.conflicts) {
                if (!c.studentName.isEmpty() && !names.contains(c.studentName))
                    names << c.studentName;
            }
            if (!names.isEmpty())
                body = tr("Students: %1.").arg(names.join(u", "_s)) + u' ' + body;
        }
        result.append({Kind::ConflictsWaiting,
                       CountText::mended(tr("%Ln sync conflict(s) waiting", nullptr, int(report.conflicts.size())),
                                         report.conflicts.size()),
                       body});
    }
    return result;
}

void ReminderPolicy::markShown(ReminderSettings &settings, const QList<Reminder> &shown, const QDateTime &now)
{
    for (const Reminder &r : shown)
        settings.lastShown[int(r.kind)] = now.toLocalTime().date();
}

void ReminderPolicy::snooze(ReminderSettings &settings, ReminderSettings::Kind kind, const QDateTime &until)
{
    settings.snoozedUntil[int(kind)] = until;
}

} // namespace k12
