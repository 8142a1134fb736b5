// Reminders end to end on the test's private session bus (scripts/with-test-services
// starts one, as for the keyring): a fake notification server, registered as
// org.freedesktop.Notifications on a second bus connection, records the Notify
// calls ReminderService makes through DesktopNotifier, with k12::Clock fixed.
// The profile (Wednesday 9 December 2026): Quiz 1 due 25 Nov with Ben's cell
// empty (14 days old), Homework due 7 Dec with Ben's cell empty (2 days), a unit
// over the next day with no lesson, sync failing since 7 Dec 06:00 (3 failures),
// and one conflict on Ben Test's Quiz 1 score.
// No bus: the test FAILS (K12_ALLOW_SKIP=dbus to skip on purpose).
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/reminders/ReminderPolicy.h"
#include "ui/common/ProfileSettings.h"
#include "ui/reminders/DesktopNotifier.h"
#include "ui/reminders/ReminderService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

const QDate kToday(2026, 12, 9);

struct Notification
{
    QString app, summary, body;
    QStringList actions;
};

// What a notification daemon answers to: Notify records, ActionInvoked is sent on demand.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Notification> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        calls.append({app, summary, body, actions});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
};

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theRightReminders();
    void atMostOnceADay();
    void snoozeFromTheNotification();
    void settingsTurnOffAndAge();
    void namesOnlyWhenAllowed();
    void nothingWithoutAService();
    void policyIsPure();
    void countsInTheLocale();

private:
    QList<Reminder> check(bool force = false);
    QStringList summaries() const;

    QDBusConnection m_server{u"none"_s};
    FakeNotificationServer m_fake;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<ReminderService> m_service;
};

void TestReminders::initTestCase()
{
    K12_REQUIRE("dbus", QDBusConnection::sessionBus().isConnected(),
                u"no D-Bus session bus (run under scripts/with-test-services)"_s);
    m_server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notification-server"_s);
    QVERIFY(m_server.isConnected());
    QVERIFY(
        m_server.registerObject(QLatin1StringView(DesktopNotifier::kPath), &m_fake, QDBusConnection::ExportAllSlots));
    QVERIFY2(m_server.registerService(QLatin1StringView(DesktopNotifier::kService)),
             "another notification service owns the name on this bus");
}

void TestReminders::init()
{
    test::setToday(kToday); // noon, local time
    m_fake.calls.clear();
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    ChangeList c;
    SchoolClass cls;
    cls.name = u"Algebra 1"_s;
    const QString classId = newId();
    c.append(Change::upsert(u"class"_s, classId, cls.toFields()));
    Student st;
    st.givenName = u"Ben"_s;
    st.familyName = u"Test"_s;
    const QString ben = newId();
    c.append(Change::upsert(u"student"_s, ben, st.toFields()));
    c.append(Change::upsert(u"enrollment"_s, pairId(u"enrollment"_s, classId, ben),
                            Enrollment{{}, 0, classId, ben, u"active"_s}.toFields()));
    for (const auto &[title, due] :
         {std::pair{u"Quiz 1"_s, QDate(2026, 11, 25)}, {u"Homework"_s, QDate(2026, 12, 7)}}) {
        Assignment a;
        a.classId = classId;
        a.title = title;
        a.pointsPossible = 10;
        a.dueDate = due;
        c.append(Change::upsert(u"assignment"_s, newId(), a.toFields()));
    }
    UnitPlan u;
    u.classId = classId;
    u.title = u"Linear functions"_s;
    u.startDate = QDate(2026, 12, 7);
    u.endDate = QDate(2026, 12, 18);
    c.append(Change::upsert(u"unit_plan"_s, newId(), u.toFields()));
    QVERIFY(s.apply(u"test.setup"_s, c));
    QSqlQuery q(s.database().connection());
    QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('signed_in', '1'), ('last_sync_at', "
                   "'2026-12-07T06:00:00.000Z'), ('last_error', 'timeout'), ('error_streak', '3')"_s));
    QVERIFY(q.exec(u"INSERT INTO conflict (id, entity, row_id, field, mine, server, detected_at) VALUES ('c1', "
                   "'student', '%1', 'given_name', 'Ben', 'Benjamin', '2026-12-08T10:00:00.000Z')"_s.arg(ben)));
    m_notifier = std::make_unique<DesktopNotifier>();
    m_service = std::make_unique<ReminderService>(s, *m_notifier);
}

void TestReminders::cleanup()
{
    m_service.reset();
    m_notifier.reset();
    m_profile.reset();
    Clock::reset();
}

QList<Reminder> TestReminders::check(bool force)
{
    QSignalSpy delivered(m_notifier.get(), &DesktopNotifier::delivered);
    const QList<Reminder> sent = m_service->checkNow(force);
    while (delivered.size() < sent.size())
        if (!delivered.wait(5000))
            break;
    for (const QList<QVariant> &d : delivered)
        if (!d.at(1).toBool())
            qWarning("a Notify call failed");
    return sent;
}

QStringList TestReminders::summaries() const
{
    QStringList s;
    for (const Notification &n : m_fake.calls)
        s << n.summary;
    return s;
}

void TestReminders::theRightReminders()
{
    QCOMPARE(check().size(), 4);
    QCOMPARE(m_fake.calls.size(), 4);
    QCOMPARE(summaries(),
             (QStringList{u"Ungraded work older than 7 day(s)"_s,
                          u"No lesson plan yet for %1"_s.arg(QLocale().toString(QDate(2026, 12, 10), u"dddd"_s)),
                          u"Sync has been failing for more than a day"_s,
                          u"%n sync conflict(s) waiting"_s.replace(u"%n"_s, u"1"_s)}));
    // Only Quiz 1 is older than 7 days: 1 assignment, 1 empty cell.
    QVERIFY2(m_fake.calls.at(0).body.contains(u"Algebra 1 – Quiz 1"_s), qPrintable(m_fake.calls.at(0).body));
    QVERIFY(!m_fake.calls.at(0).body.contains(u"Homework"_s));
    QVERIFY(m_fake.calls.at(1).body.contains(u"Algebra 1 – Linear functions"_s));
    for (const Notification &n : m_fake.calls) {
        QCOMPARE(n.app, u"K12 Teacher"_s);
        QCOMPARE(n.actions, (QStringList{u"snooze"_s, u"Snooze"_s}));
        QVERIFY2(!n.body.contains(u"Ben"_s) && !n.summary.contains(u"Ben"_s), qPrintable(n.body));
    }
}

void TestReminders::atMostOnceADay()
{
    QCOMPARE(check().size(), 4);
    // The hourly check later the same day shows nothing again...
    Clock::advance(5 * 3600 * 1000);
    QVERIFY(check().isEmpty());
    QCOMPARE(m_fake.calls.size(), 4);
    // ...the next morning it does (all four conditions still hold).
    Clock::advance(15 * 3600 * 1000);
    QCOMPARE(check().size(), 4);
    QCOMPARE(m_fake.calls.size(), 8);
    // --force (the CLI's) ignores the day.
    QCOMPARE(check(true).size(), 4);
}

void TestReminders::snoozeFromTheNotification()
{
    QCOMPARE(check().size(), 4);
    // The daemon reports "Snooze" clicked on the conflicts notification (id 4).
    QSignalSpy snoozed(m_notifier.get(), &DesktopNotifier::snoozeRequested);
    QDBusMessage signal = QDBusMessage::createSignal(QLatin1StringView(DesktopNotifier::kPath),
                                                     u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
    signal << uint(4) << u"snooze"_s;
    QVERIFY(m_server.send(signal));
    QVERIFY(snoozed.wait(5000));
    QCOMPARE(snoozed.at(0).at(0).toString(), u"conflicts"_s);
    QSettings settings = profileSettings(m_profile->store());
    const ReminderSettings rs = ReminderSettings::load(settings);
    QCOMPARE(rs.snoozedUntil[int(ReminderSettings::Kind::ConflictsWaiting)],
             Clock::currentDateTimeUtc().addDays(3).toUTC());
    // The next two days: three reminders; the fourth day the conflicts are back.
    for (int day = 1; day <= 2; ++day) {
        Clock::advance(24 * 3600 * 1000);
        const QList<Reminder> sent = check();
        QCOMPARE(sent.size(), 3);
        for (const Reminder &r : sent)
            QVERIFY(r.kind != ReminderSettings::Kind::ConflictsWaiting);
    }
    Clock::advance(24 * 3600 * 1000);
    QCOMPARE(check().size(), 4);
}

void TestReminders::settingsTurnOffAndAge()
{
    {
        QSettings settings = profileSettings(m_profile->store());
        ReminderSettings rs = ReminderSettings::load(settings);
        rs.enabled[int(ReminderSettings::Kind::SyncFailing)] = false;
        rs.ungradedDays = 14; // Quiz 1 is exactly 14 days old: not older
        rs.save(settings);
    }
    const QList<Reminder> sent = check();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).kind, ReminderSettings::Kind::UnplannedTomorrow);
    QCOMPARE(sent.at(1).kind, ReminderSettings::Kind::ConflictsWaiting);
    {
        QSettings settings = profileSettings(m_profile->store());
        ReminderSettings rs = ReminderSettings::load(settings);
        rs.ungradedDays = 13;
        rs.save(settings);
    }
    // Later that day only the ungraded one, which was not shown yet today.
    const QList<Reminder> later = check();
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.at(0).kind, ReminderSettings::Kind::UngradedWork);
    QVERIFY(later.at(0).summary.contains(u"13"_s));
}

void TestReminders::namesOnlyWhenAllowed()
{
    {
        QSettings settings = profileSettings(m_profile->store());
        ReminderSettings rs = ReminderSettings::load(settings);
        rs.allowNames = true;
        rs.save(settings);
    }
    QCOMPARE(check().size(), 4);
    QVERIFY2(m_fake.calls.at(3).body.contains(u"Ben Test"_s), qPrintable(m_fake.calls.at(3).body));
}

void TestReminders::nothingWithoutAService()
{
    QVERIFY(m_server.unregisterService(QLatin1StringView(DesktopNotifier::kService)));
    QVERIFY(!m_notifier->available());
    QVERIFY(check().isEmpty());
    QVERIFY(m_fake.calls.isEmpty());
    // Nothing was marked as shown: once the service is back, the reminders come.
    QVERIFY(m_server.registerService(QLatin1StringView(DesktopNotifier::kService)));
    QCOMPARE(check().size(), 4);
}

void TestReminders::policyIsPure()
{
    // The decision alone, for a report made by hand: a failing sync younger than a day is no reminder.
    TodayReport r;
    r.today = kToday;
    r.tomorrow = kToday.addDays(1);
    r.sync.signedIn = true;
    r.sync.errorStreak = 2;
    const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
    r.sync.lastSync = now.addSecs(-23 * 3600);
    ReminderSettings rs;
    QVERIFY(ReminderPolicy::due(r, now, rs).isEmpty());
    r.sync.lastSync = now.addSecs(-25 * 3600);
    QCOMPARE(ReminderPolicy::due(r, now, rs).size(), 1);
    r.sync.errorStreak = 0; // offline is not failing
    QVERIFY(ReminderPolicy::due(r, now, rs).isEmpty());
}

// A profile that has not synced for months: its counts are digit-grouped the locale's way (the sources say
// %Ln); Spanish as it should be, not Qt 6.4's "1456.528".
void TestReminders::countsInTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    TodayReport r;
    r.today = kToday;
    r.tomorrow = kToday.addDays(1);
    r.sync.signedIn = true;
    r.sync.errorStreak = 2;
    r.sync.pending = 1456528;
    const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
    r.sync.lastSync = now.addSecs(-90 * 24 * 3600);
    TodayReport::AssignmentItem a;
    a.className = u"Algebra 1"_s;
    a.title = u"Quiz 3"_s;
    a.dueDate = kToday.addDays(-30);
    a.ungraded = 12345;
    for (int i = 0; i < 1140; ++i) // as many as a busy profile has: the notification lists a few, "and 1,137 more"
        r.ungradedPastDue.append(a);
    ReminderSettings rs;
    for (const auto &[language, waiting, cells, more] :
         {std::tuple{u"en_US"_s, u"1,456,528 change"_s, u"1,140 assignment(s) with empty cells (14,073,300 cell"_s,
                     u"and 1,137 more"_s},
          std::tuple{u"es"_s, u"1.456.528 change"_s, u"1140 assignment(s) with empty cells (14.073.300 cell"_s,
                     u"and 1137 more"_s},
          std::tuple{u"fr"_s, u"1\u202f456\u202f528 change"_s,
                     u"1\u202f140 assignment(s) with empty cells (14\u202f073\u202f300 cell"_s,
                     u"and 1\u202f137 more"_s}}) {
        QLocale::setDefault(QLocale(language));
        const QList<Reminder> due = ReminderPolicy::due(r, now, rs);
        QCOMPARE(due.size(), 2);
        QVERIFY2(due.at(0).body.contains(cells), qPrintable(due.at(0).body));
        QVERIFY2(due.at(0).body.contains(more), qPrintable(due.at(0).body));
        QVERIFY2(due.at(1).body.contains(waiting), qPrintable(due.at(1).body));
    }
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
