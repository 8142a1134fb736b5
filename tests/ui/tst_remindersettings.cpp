// Settings > Preferences > Reminders (issue 20): the page shows the profile's
// [reminders] settings and writes them back to k12-teacher.ini, snoozes until
// tomorrow or for a week at the Clock's time, and keeps names off by default.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/store/Store.h"
#include "ui/common/ProfileSettings.h"
#include "ui/reminders/ReminderSettingsPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

using Kind = ReminderSettings::Kind;
const QDateTime kNow(QDate(2026, 12, 9), QTime(8, 30), QTimeZone::utc());

void choose(QComboBox *box, const QString &text)
{
    const int i = box->findText(text);
    QVERIFY2(i >= 0, qPrintable(text));
    box->setCurrentIndex(i);
}

} // namespace

class TestReminderSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Clock::setFixed(kNow);
        m_profile = std::make_unique<test::TempProfile>();
    }
    void cleanup() { Clock::reset(); }
    void defaultsAndPrivacyOff();
    void savesToTheProfileIni();
    void snoozeShownAndCleared();

private:
    std::unique_ptr<test::TempProfile> m_profile;
};

void TestReminderSettings::defaultsAndPrivacyOff()
{
    SettingsDialog dialog(m_profile->store());
    ReminderSettingsPage *page = dialog.remindersPage();
    for (Kind kind : ReminderSettings::kinds()) {
        QVERIFY(page->enabledBox(kind)->isChecked());
        QCOMPARE(page->snoozeBox(kind)->currentText(), u"Not snoozed"_s);
    }
    QCOMPARE(page->ungradedDays()->value(), ReminderSettings::kDefaultUngradedDays);
    QVERIFY(!page->allowNames()->isChecked()); // a notification may be on a projector
    // Turning a reminder off disables its snooze (and the days for ungraded work).
    page->enabledBox(Kind::UngradedWork)->setChecked(false);
    QVERIFY(!page->ungradedDays()->isEnabled());
    QVERIFY(!page->snoozeBox(Kind::UngradedWork)->isEnabled());
    if (qEnvironmentVariableIsSet("K12_SCREENSHOT")) {
        page->enabledBox(Kind::UngradedWork)->setChecked(true);
        choose(page->snoozeBox(Kind::ConflictsWaiting), u"For a week"_s);
        dialog.remindersPage()->save();
        SettingsDialog shown(m_profile->store());
        shown.resize(720, 420);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        QVERIFY(shown.grab().save(qEnvironmentVariable("K12_SCREENSHOT")));
    }
}

void TestReminderSettings::savesToTheProfileIni()
{
    {
        SettingsDialog dialog(m_profile->store());
        ReminderSettingsPage *page = dialog.remindersPage();
        page->enabledBox(Kind::SyncFailing)->setChecked(false);
        page->ungradedDays()->setValue(10);
        page->allowNames()->setChecked(true);
        choose(page->snoozeBox(Kind::UngradedWork), u"For a week"_s);
        choose(page->snoozeBox(Kind::UnplannedTomorrow), u"Until tomorrow"_s);
        dialog.accept();
    }
    // The INI keys ReminderService reads.
    QSettings ini = profileSettings(m_profile->store());
    QCOMPARE(ini.value(u"reminders/ungraded_days"_s).toInt(), 10);
    QCOMPARE(ini.value(u"reminders/allow_names"_s).toBool(), true);
    QCOMPARE(ini.value(u"reminders/sync/enabled"_s).toBool(), false);
    QCOMPARE(ini.value(u"reminders/conflicts/enabled"_s).toBool(), true);
    const ReminderSettings s = ReminderSettings::load(ini);
    QVERIFY(!s.isEnabled(Kind::SyncFailing));
    QVERIFY(s.isEnabled(Kind::UngradedWork));
    QCOMPARE(s.snoozedUntil[int(Kind::UngradedWork)], kNow.addDays(7));
    const QDateTime midnight(QDate(2026, 12, 10), QTime(0, 0)); // local time, the teacher's tomorrow
    QCOMPARE(s.snoozedUntil[int(Kind::UnplannedTomorrow)], midnight);
    QVERIFY(!s.snoozedUntil[int(Kind::ConflictsWaiting)].isValid());
    // Snoozed: not due; the other kinds still are (the policy reads the same settings).
    TodayReport report;
    report.today = kNow.date();
    report.conflicts.append({u"c1"_s, u"score"_s, u"r1"_s, u"points"_s, kNow, {}});
    report.lessonsTomorrow.append({u"k"_s, u"Algebra"_s, u"u"_s, u"Unit"_s, {}, {}, QDate(2026, 12, 10)});
    const QList<Reminder> due = ReminderPolicy::due(report, kNow, s);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).kind, Kind::ConflictsWaiting);

    // Cancel writes nothing.
    SettingsDialog again(m_profile->store());
    QCOMPARE(again.remindersPage()->ungradedDays()->value(), 10);
    again.remindersPage()->ungradedDays()->setValue(3);
    again.reject();
    QCOMPARE(profileSettings(m_profile->store()).value(u"reminders/ungraded_days"_s).toInt(), 10);
}

void TestReminderSettings::snoozeShownAndCleared()
{
    {
        SettingsDialog dialog(m_profile->store());
        choose(dialog.remindersPage()->snoozeBox(Kind::ConflictsWaiting), u"Until tomorrow"_s);
        dialog.accept();
    }
    SettingsDialog dialog(m_profile->store());
    QComboBox *box = dialog.remindersPage()->snoozeBox(Kind::ConflictsWaiting);
    QVERIFY2(box->currentText().startsWith(u"Snoozed until "_s), qPrintable(box->currentText()));
    dialog.accept(); // kept as it was
    {
        QSettings ini = profileSettings(m_profile->store());
        QVERIFY(ReminderSettings::load(ini).snoozedUntil[int(Kind::ConflictsWaiting)].isValid());
    }
    SettingsDialog clear(m_profile->store());
    choose(clear.remindersPage()->snoozeBox(Kind::ConflictsWaiting), u"Not snoozed"_s);
    clear.accept();
    QSettings ini = profileSettings(m_profile->store());
    QVERIFY(!ReminderSettings::load(ini).snoozedUntil[int(Kind::ConflictsWaiting)].isValid());
    // A day past the snooze, the page no longer offers it.
    Clock::setFixed(kNow.addDays(2));
    SettingsDialog later(m_profile->store());
    QCOMPARE(later.remindersPage()->snoozeBox(Kind::ConflictsWaiting)->currentText(), u"Not snoozed"_s);
}

QTEST_MAIN(TestReminderSettings)
#include "tst_remindersettings.moc"
