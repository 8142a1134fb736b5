// Offscreen tests of the sync UI: the status bar widget in every state (fed
// SyncStatus values directly), the Conflicts view settling conflicts inserted
// into a test profile's conflict table, the Rejected changes view, the Account
// dialog's sign-in answer, and the main window's wiring. With
// K12_SCREENSHOT_DIR set it also saves the screenshots of docs/screenshots.
#include "kernel/domain/Clock.h"
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/sync/AccountDialog.h"
#include "ui/sync/ChangeDescriber.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/HeldRowsView.h"
#include "ui/sync/RejectedChangesDialog.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

using Connectivity = SyncStatus::Connectivity;

const QDateTime kNow = QDateTime(QDate(2026, 9, 14), QTime(10, 30), Qt::UTC);
const QString kKeychainProblem =
    u"Your sign-in could not be kept in the system keychain (The name org.freedesktop.secrets was not provided by "
    "any .service files). You will be asked to sign in again next time; nothing is written to a file instead."_s;

QString text(QWidget *root, const QString &name)
{
    if (auto *label = root->findChild<QLabel *>(name))
        return label->text();
    if (auto *button = root->findChild<QAbstractButton *>(name))
        return button->text();
    return u"<no widget %1>"_s.arg(name);
}

bool shown(QWidget *root, const QString &name)
{
    auto *w = root->findChild<QWidget *>(name);
    return w && w->isVisibleTo(root);
}

SyncStatus signedInStatus(Connectivity c)
{
    SyncStatus s;
    s.connectivity = c;
    s.server = u"https://k12.lincoln-high.org"_s;
    s.email = u"m.rivera@lincoln-high.org"_s;
    s.teacherName = u"Maria Rivera"_s;
    s.lastSync = kNow.addSecs(-2 * 60);
    return s;
}

// What an English translation with plural forms makes of "%n change(s)":
// used for the screenshots, which show the app as a teacher reads it.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || !source)
            return {};
        QString s = QString::fromUtf8(source);
        if (!s.contains(u"(s)"_s) && !s.contains(u"(es)"_s))
            return {};
        s.replace(u"(es)"_s, n == 1 ? QString() : u"es"_s);
        s.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        return s;
    }
    bool isEmpty() const override { return false; }
};

// A profile with a class, two students, an assignment and a score the conflicts refer to.
struct SyncFixture
{
    test::TempProfile profile;
    QString classId;
    QString ada;
    QString grace;
    QString quiz;
    QString scoreId;

    SyncFixture()
    {
        Store &s = profile.store();
        SchoolClass c;
        c.name = u"Algebra I"_s;
        classId = *ClassRepository(s).create(c, u"x"_s);
        QList<Student> roster;
        for (const auto &[given, family] : {std::pair{u"Ada"_s, u"Lovelace"_s}, std::pair{u"Grace"_s, u"Hopper"_s}}) {
            Student st;
            st.givenName = given;
            st.familyName = family;
            roster.append(st);
        }
        (void)StudentRepository(s).enroll(roster, classId, u"x"_s);
        for (const Student &st : StudentRepository(s).enrolledIn(classId))
            (st.givenName == u"Ada"_s ? ada : grace) = st.id;
        Assignment a;
        a.classId = classId;
        a.title = u"Quiz 1"_s;
        a.pointsPossible = 10;
        quiz = *AssignmentRepository(s).create(a, u"x"_s);
        scoreId = score(ada, 9, u"late bus"_s);
    }

    QString score(const QString &student, double points, const QString &comment = {})
    {
        const QString id = Score::idFor(quiz, student);
        const Result<QList<AppliedChange>> r =
            profile.store().apply(u"x"_s, {Change::upsert(u"score"_s, id,
                                                          {{u"class_id"_s, classId},
                                                           {u"assignment_id"_s, quiz},
                                                           {u"student_id"_s, student},
                                                           {u"points"_s, points},
                                                           {u"comment"_s, comment}})});
        if (!r)
            qFatal("score not written: %s", qPrintable(r.error()));
        return id;
    }

    void addConflict(const QString &id, const QString &entity, const QString &rowId, const QString &field,
                     const QJsonValue &mine, const QJsonValue &server)
    {
        // The conflict table keeps each value wrapped in an array, so scalars survive JSON.
        const auto wrap = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        };
        QSqlQuery q(profile.store().database().connection());
        q.prepare(u"INSERT INTO conflict (id, entity, row_id, field, mine, server, server_rev, detected_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, 7, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(entity);
        q.addBindValue(rowId);
        q.addBindValue(field);
        q.addBindValue(wrap(mine));
        q.addBindValue(wrap(server));
        q.addBindValue(kNow.addSecs(-600).toString(Qt::ISODateWithMs));
        if (!q.exec())
            qFatal("conflict not inserted");
    }

    qint64 addRejected(const QString &rowId, const QJsonObject &fields, const QString &reason)
    {
        QSqlQuery q(profile.store().database().connection());
        q.prepare(u"INSERT INTO outbox (mutation_id, entity, row_id, op, base_rev, fields, created_at, state, "
                  "attempts, rejected_reason) VALUES (?, 'score', ?, 'upsert', 3, ?, ?, 'rejected', 1, ?)"_s);
        q.addBindValue(u"0b5e7c1e-0000-4000-8000-00000000beef"_s);
        q.addBindValue(rowId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        q.addBindValue(kNow.addSecs(-3600).toString(Qt::ISODateWithMs));
        q.addBindValue(reason);
        if (!q.exec())
            qFatal("rejected change not inserted");
        return q.lastInsertId().toLongLong();
    }

    // A row from the server this profile could not store, tried `tries` times.
    void addHeld(const QString &entity, const QString &rowId, const QJsonObject &fields, const QString &reason,
                 int tries)
    {
        protocol::SyncRow row{entity, rowId, 42, false, kNow.toString(Qt::ISODateWithMs), fields, {}};
        for (int i = 0; i < tries; ++i) {
            if (!HeldRows(profile.store().database()).hold(row, reason, u"pull"_s, kNow.toString(Qt::ISODateWithMs)))
                qFatal("held row not written");
        }
    }

    QString conflictResolution(const QString &id)
    {
        QSqlQuery q(profile.store().database().connection());
        q.prepare(u"SELECT resolution FROM conflict WHERE id = ? AND resolved_at IS NOT NULL"_s);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
};

QString screenshotDir()
{
    return QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR"));
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { Clock::reset(); }
    void lastSyncInWords();
    void statusWidgetShowsEachState();
    void statusWidgetCountsAreClickable();
    void progressShowsOnlyDuringLongSyncs();
    void describerUsesTeacherWords();
    void conflictsKeepMineWritesThroughTheOneRule();
    void conflictsKeepServerWritesNothing();
    void rejectedListsAndDismissesAfterConfirmation();
    void heldRowsAndStuckSyncAreShown();
    void accountSignInAnswerShowsInPlace();
    void accountShowsWhoAndKeychainProblem();
    void mainWindowWiresSync();
    void screenshots();
};

void TestSyncUi::init()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncUi::lastSyncInWords()
{
    QCOMPARE(SyncStatusWidget::lastSyncText({}, kNow), u"not synced yet"_s);
    QCOMPARE(SyncStatusWidget::lastSyncText(kNow.addSecs(-20), kNow), u"synced just now"_s);
    QCOMPARE(SyncStatusWidget::lastSyncText(kNow.addSecs(20), kNow), u"synced just now"_s); // clock set back
    QVERIFY(SyncStatusWidget::lastSyncText(kNow.addSecs(-125), kNow).startsWith(u"synced 2 minute"_s));
    QVERIFY(SyncStatusWidget::lastSyncText(kNow.addSecs(-3 * 3600 - 10), kNow).startsWith(u"synced 3 hour"_s));
    const QDateTime lastNight = QDateTime(kNow.toLocalTime().date().addDays(-1), QTime(20, 0));
    if (lastNight.secsTo(kNow) >= 24 * 3600)
        QVERIFY(SyncStatusWidget::lastSyncText(lastNight, kNow).startsWith(u"synced yesterday at"_s));
    QVERIFY(SyncStatusWidget::lastSyncText(kNow.addDays(-9), kNow).startsWith(u"synced on "_s));
}

void TestSyncUi::statusWidgetShowsEachState()
{
    SyncStatusWidget w;
    Clock::setFixed(kNow);
    w.show();

    // Never signed in: this computer only, nothing about servers or waiting changes.
    SyncStatus local;
    local.queued = 12;
    w.setStatus(local);
    QCOMPARE(text(&w, u"syncState"_s), u"On this computer only"_s);
    QVERIFY(!shown(&w, u"syncWaiting"_s));
    QVERIFY(!shown(&w, u"syncLastSync"_s));
    QVERIFY(!shown(&w, u"syncNowButton"_s));
    QVERIFY(w.findChild<QLabel *>(u"syncState"_s)->toolTip().contains(u"Settings > Account"_s));

    // Online, everything sent.
    SyncStatus online = signedInStatus(Connectivity::Online);
    w.setStatus(online);
    QCOMPARE(text(&w, u"syncState"_s), u"Online"_s);
    QCOMPARE(text(&w, u"syncWaiting"_s), u"All changes synced"_s);
    QVERIFY2(text(&w, u"syncLastSync"_s).startsWith(u"synced 2 minute"_s), qPrintable(text(&w, u"syncLastSync"_s)));
    const QString exact = QLocale().toString(online.lastSync.toLocalTime(), QLocale::LongFormat);
    QVERIFY(w.findChild<QLabel *>(u"syncLastSync"_s)->toolTip().contains(exact));
    QVERIFY(w.findChild<QLabel *>(u"syncState"_s)->toolTip().contains(online.server));
    QVERIFY(shown(&w, u"syncNowButton"_s));
    QCOMPARE(text(&w, u"syncNowButton"_s), u"Sync Now"_s);
    QVERIFY(w.findChild<QToolButton *>(u"syncNowButton"_s)->isEnabled());
    QVERIFY(!shown(&w, u"syncConflictsButton"_s));
    QVERIFY(!shown(&w, u"syncRejectedButton"_s));

    // Offline with changes waiting; the next attempt is in the tooltip.
    SyncStatus offline = signedInStatus(Connectivity::Offline);
    offline.queued = 3;
    offline.nextRetryMs = 30000;
    offline.lastError = u"The server cannot be reached."_s;
    w.setStatus(offline);
    QCOMPARE(text(&w, u"syncState"_s), u"Working offline, changes are kept"_s);
    QVERIFY2(text(&w, u"syncWaiting"_s).startsWith(u"3 change"_s), qPrintable(text(&w, u"syncWaiting"_s)));
    QVERIFY(text(&w, u"syncWaiting"_s).endsWith(u"waiting"_s));
    const QString offlineTip = w.findChild<QLabel *>(u"syncState"_s)->toolTip();
    QVERIFY2(offlineTip.contains(u"Next attempt at"_s) && offlineTip.contains(offline.lastError),
             qPrintable(offlineTip));

    // The server answers with errors.
    w.setStatus(signedInStatus(Connectivity::ServerUnavailable));
    QCOMPARE(text(&w, u"syncState"_s), u"Server unavailable"_s);

    // Signed out: the button offers to sign in, and asks for the account window.
    SyncStatus out = signedInStatus(Connectivity::SignedOut);
    out.queued = 1;
    w.setStatus(out);
    QCOMPARE(text(&w, u"syncState"_s), u"Signed out"_s);
    QCOMPARE(text(&w, u"syncNowButton"_s), u"Sign In..."_s);
    QVERIFY(text(&w, u"syncWaiting"_s).startsWith(u"1 change"_s));
    QSignalSpy account(&w, &SyncStatusWidget::accountRequested);
    QSignalSpy syncNow(&w, &SyncStatusWidget::syncNowRequested);
    w.findChild<QToolButton *>(u"syncNowButton"_s)->click();
    QCOMPARE(account.count(), 1);
    QCOMPARE(syncNow.count(), 0);

    // Syncing: Sync Now waits, the state says so.
    SyncStatus syncing = signedInStatus(Connectivity::Online);
    syncing.syncing = true;
    syncing.queued = 40;
    w.setStatus(syncing);
    QCOMPARE(text(&w, u"syncState"_s), u"Online, syncing..."_s);
    QVERIFY(!w.findChild<QToolButton *>(u"syncNowButton"_s)->isEnabled());
    w.setStatus(online);
    w.findChild<QToolButton *>(u"syncNowButton"_s)->click();
    QCOMPARE(syncNow.count(), 1);

    // Never synced yet.
    SyncStatus fresh = signedInStatus(Connectivity::Online);
    fresh.lastSync = {};
    w.setStatus(fresh);
    QCOMPARE(text(&w, u"syncLastSync"_s), u"not synced yet"_s);

    // The relative time moves on with the clock, without a new status.
    QDateTime later = kNow.addSecs(3 * 3600);
    w.setStatus(online);
    Clock::setFixed(later);
    w.refreshTime();
    QVERIFY(text(&w, u"syncLastSync"_s).startsWith(u"synced 3 hour"_s));
}

void TestSyncUi::statusWidgetCountsAreClickable()
{
    SyncStatusWidget w;
    w.show();
    SyncStatus s = signedInStatus(Connectivity::Online);
    s.conflicts = 2;
    s.rejected = 1;
    w.setStatus(s);
    QVERIFY(shown(&w, u"syncConflictsButton"_s));
    QVERIFY(shown(&w, u"syncRejectedButton"_s));
    QVERIFY(text(&w, u"syncConflictsButton"_s).startsWith(u"2 conflict"_s));
    QVERIFY(text(&w, u"syncRejectedButton"_s).startsWith(u"1 rejected change"_s));
    QSignalSpy conflicts(&w, &SyncStatusWidget::conflictsRequested);
    QSignalSpy rejected(&w, &SyncStatusWidget::rejectedRequested);
    QTest::mouseClick(w.findChild<QToolButton *>(u"syncConflictsButton"_s), Qt::LeftButton);
    QTest::mouseClick(w.findChild<QToolButton *>(u"syncRejectedButton"_s), Qt::LeftButton);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(rejected.count(), 1);
}

void TestSyncUi::progressShowsOnlyDuringLongSyncs()
{
    SyncStatusWidget w;
    w.show();
    auto *bar = w.findChild<QProgressBar *>(u"syncProgress"_s);
    SyncStatus s = signedInStatus(Connectivity::Online);
    s.syncing = true;
    s.queued = 1000;
    w.setStatus(s);
    w.setProgress(u"push"_s, 300, 1000);
    QVERIFY(!bar->isVisible()); // a short sync never shows it
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), SyncStatusWidget::kProgressDelayMs * 5);
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 300);
    QCOMPARE(text(&w, u"syncProgressText"_s), u"Sending changes: 300 of %1"_s.arg(QLocale().toString(1000)));
    w.setProgress(u"pull"_s, 2500, 0);
    QCOMPARE(bar->maximum(), 0); // unknown total: a busy bar
    QVERIFY(text(&w, u"syncProgressText"_s).startsWith(u"Receiving changes: "_s));
    s.syncing = false;
    s.queued = 0;
    w.setStatus(s);
    QVERIFY(!bar->isVisible());
    QVERIFY(!shown(&w, u"syncProgressText"_s));

    // The next sync starts without the last one's numbers.
    s.syncing = true;
    w.setStatus(s);
    QVERIFY(text(&w, u"syncProgressText"_s).isEmpty());
}

void TestSyncUi::describerUsesTeacherWords()
{
    SyncFixture f;
    ChangeDescriber d(f.profile.store());
    QCOMPARE(d.rowLabel(u"score"_s, f.scoreId), u"Ada Lovelace — Quiz 1"_s);
    QCOMPARE(d.className(u"score"_s, f.scoreId), u"Algebra I"_s);
    QCOMPARE(d.rowLabel(u"assignment"_s, f.quiz), u"Quiz 1"_s);
    QCOMPARE(d.rowLabel(u"student"_s, f.grace), u"Grace Hopper"_s);
    Conflict c;
    c.entity = u"score"_s;
    c.rowId = f.scoreId;
    c.field = u"points"_s;
    c.mine = 8;
    c.server = 9;
    QCOMPARE(d.conflictSummary(c), u"Ada Lovelace — Quiz 1: points mine 8, server 9"_s);
    QCOMPARE(d.valueText(u"score"_s, u"points"_s, 8.5), QLocale().toString(8.5));
    QCOMPARE(d.valueText(u"score"_s, u"missing"_s, true), u"yes"_s);
    QCOMPARE(d.valueText(u"score"_s, u"points"_s, QJsonValue::Null), u"(empty)"_s);
    QCOMPARE(d.valueText(u"score"_s, u"comment"_s, u"late bus"_s), u"“late bus”"_s);
    QCOMPARE(d.valueText(u"score"_s, u"deleted"_s, true), u"deleted"_s);
    QCOMPARE(ChangeDescriber::fieldLabel(u"score"_s, u"days_late"_s), u"days late"_s);
    QCOMPARE(ChangeDescriber::fieldLabel(u"thing"_s, u"shoe_size"_s), u"shoe size"_s);
    // A row this computer does not have: the entity's name and a short id.
    QCOMPARE(d.rowLabel(u"score"_s, u"5f1c0a2e-aaaa-bbbb"_s), u"Score (id 5f1c0a2e), not on this computer"_s);
    QCOMPARE(d.rowLabel(u"widget"_s, u"77"_s), u"widget (id 77), not on this computer"_s);
    QCOMPARE(d.fieldsText(u"score"_s, {{u"student_id"_s, f.ada}, {u"points"_s, 7}}, false), u"points 7"_s);
    QCOMPARE(d.fieldsText(u"score"_s, {}, true), u"deleted"_s);
}

void TestSyncUi::conflictsKeepMineWritesThroughTheOneRule()
{
    SyncFixture f;
    const QString graceScore = f.score(f.grace, 6);
    f.addConflict(u"c-points"_s, u"score"_s, f.scoreId, u"points"_s, 8, 9);
    f.addConflict(u"c-grace"_s, u"score"_s, graceScore, u"points"_s, 7, 6);
    SyncService service(f.profile.store());
    ConflictsDialog dialog(service, f.profile.store());
    dialog.show();

    QTreeWidget *view = dialog.view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QTreeWidgetItem *first = view->topLevelItem(0);
    using C = ConflictsDialog::Column;
    QCOMPARE(first->text(int(C::Class)), u"Algebra I"_s);
    QCOMPARE(first->text(int(C::What)), u"Ada Lovelace — Quiz 1"_s);
    QCOMPARE(first->text(int(C::Field)), u"points"_s);
    QCOMPARE(first->text(int(C::Mine)), u"8"_s);
    QCOMPARE(first->text(int(C::Server)), u"9"_s);
    auto *keepMine = dialog.findChild<QPushButton *>(u"conflictsKeepMine"_s);
    QVERIFY(!keepMine->isEnabled()); // nothing selected yet

    // Both rows at once.
    const qint64 outboxBefore = test::countRows(f.profile.store(), u"outbox"_s);
    view->selectAll();
    QVERIFY(keepMine->isEnabled());
    QTest::mouseClick(keepMine, Qt::LeftButton);

    QCOMPARE(f.conflictResolution(u"c-points"_s), u"mine"_s);
    QCOMPARE(f.conflictResolution(u"c-grace"_s), u"mine"_s);
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s), outboxBefore + 2);
    QSqlQuery q(f.profile.store().database().connection());
    QVERIFY(q.exec(u"SELECT row_id, fields FROM outbox WHERE entity = 'score' AND state = 'pending' "
                   "ORDER BY seq DESC LIMIT 2"_s));
    QHash<QString, double> sent;
    while (q.next())
        sent.insert(q.value(0).toString(),
                    QJsonDocument::fromJson(q.value(1).toByteArray()).object().value(u"points"_s).toDouble());
    QCOMPARE(sent.value(f.scoreId), 8.0);
    QCOMPARE(sent.value(graceScore), 7.0);
    QCOMPARE(*ScoreRepository(f.profile.store()).scoreFor(f.classId, f.quiz, f.ada).points, 8.0);

    // Nothing left: the empty state says what this view is for.
    QCOMPARE(view->topLevelItemCount(), 0);
    QVERIFY(shown(&dialog, u"conflictsEmpty"_s));
    QVERIFY(text(&dialog, u"conflictsMessage"_s).contains(u"Kept your value"_s));
}

void TestSyncUi::conflictsKeepServerWritesNothing()
{
    SyncFixture f;
    f.addConflict(u"c-points"_s, u"score"_s, f.scoreId, u"points"_s, 8, 9);
    f.addConflict(u"c-comment"_s, u"score"_s, f.scoreId, u"comment"_s, u"late bus"_s, u""_s);
    SyncService service(f.profile.store());
    ConflictsDialog dialog(service, f.profile.store());
    dialog.show();
    QCOMPARE(dialog.view()->topLevelItemCount(), 2);

    const qint64 outboxBefore = test::countRows(f.profile.store(), u"outbox"_s);
    const qint64 auditBefore = test::countRows(f.profile.store(), u"audit_log"_s);
    QTreeWidgetItem *points = dialog.view()->findItems(u"points"_s, Qt::MatchExactly, 2).value(0);
    QVERIFY(points);
    dialog.view()->setCurrentItem(points);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"conflictsKeepServer"_s), Qt::LeftButton);
    QCOMPARE(f.conflictResolution(u"c-points"_s), u"server"_s);
    QCOMPARE(f.conflictResolution(u"c-comment"_s), QString()); // still open
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s), outboxBefore);
    QCOMPARE(test::countRows(f.profile.store(), u"audit_log"_s), auditBefore);
    QCOMPARE(*ScoreRepository(f.profile.store()).scoreFor(f.classId, f.quiz, f.ada).points, 9.0);
    QCOMPARE(dialog.view()->topLevelItemCount(), 1);
    QCOMPARE(dialog.view()->topLevelItem(0)->text(2), u"comment"_s);
    QCOMPARE(dialog.view()->topLevelItem(0)->text(4), u"(empty)"_s);
}

void TestSyncUi::rejectedListsAndDismissesAfterConfirmation()
{
    SyncFixture f;
    const qint64 seq = f.addRejected(f.scoreId, {{u"points"_s, -3}, {u"student_id"_s, f.ada}},
                                     u"points must not be negative (score.points)"_s);
    SyncService service(f.profile.store());
    RejectedChangesDialog dialog(service, f.profile.store());
    dialog.show();

    QTreeWidget *view = dialog.view();
    QCOMPARE(view->topLevelItemCount(), 1);
    QTreeWidgetItem *item = view->topLevelItem(0);
    using C = RejectedChangesDialog::Column;
    QCOMPARE(item->text(int(C::What)), u"Ada Lovelace — Quiz 1"_s);
    QCOMPARE(item->text(int(C::Class)), u"Algebra I"_s);
    QCOMPARE(item->text(int(C::Change)), u"points -3"_s.replace(u"-"_s, QLocale().negativeSign()));
    QCOMPARE(item->text(int(C::Reason)), u"points must not be negative (score.points)"_s);
    QCOMPARE(item->data(0, RejectedChangesDialog::SeqRole).toLongLong(), seq);

    // Copy Details with nothing selected copies them all.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"rejectedCopy"_s), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Ada Lovelace — Quiz 1 (Algebra I)"_s) &&
                 copied.contains(u"points must not be negative"_s) && copied.contains(f.scoreId),
             qPrintable(copied));

    // Dismiss asks first; Cancel keeps the change.
    view->setCurrentItem(item);
    auto *dismiss = dialog.findChild<QPushButton *>(u"rejectedDismiss"_s);
    QVERIFY(dismiss->isEnabled());
    QString question;
    test::whenModalShows([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY2(question.contains(u"stays on this computer"_s), qPrintable(question));
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s, u"state = 'rejected'"_s), 1);

    test::whenModalShows([](QWidget *modal) {
        QCOMPARE(modal->objectName(), u"dismissConfirm"_s);
        modal->findChild<QPushButton *>(u"confirmDismiss"_s)->click();
    });
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QCOMPARE(test::countRows(f.profile.store(), u"outbox"_s, u"state = 'rejected'"_s), 0);
    QCOMPARE(view->topLevelItemCount(), 0);
    QVERIFY(shown(&dialog, u"rejectedEmpty"_s));
    // The local row keeps the value; only the sending stopped.
    QCOMPARE(*ScoreRepository(f.profile.store()).scoreFor(f.classId, f.quiz, f.ada).points, 9.0);
}

void TestSyncUi::heldRowsAndStuckSyncAreShown()
{
    SyncFixture f;
    SyncService service(f.profile.store());
    RejectedChangesDialog dialog(service, f.profile.store());
    dialog.show();
    // Nothing held: the section is hidden, and so is the stuck message.
    QVERIFY(!shown(&dialog, u"heldRowsView"_s));
    QVERIFY(!shown(&dialog, u"syncStuckMessage"_s));

    const QString reason = u"Cannot store a score from the server: it came without class_id, and this computer "
                           "does not have the rest of it yet."_s;
    const QJsonObject fields{{u"student_id"_s, f.grace}, {u"assignment_id"_s, f.quiz}, {u"points"_s, 7}};
    f.addHeld(u"score"_s, Score::idFor(f.quiz, f.grace), fields, reason, 3);
    SyncStatus status = signedInStatus(Connectivity::Online);
    status.held = 1;
    status.heldStuck = 1;
    status.failuresInRow = 3;
    status.lastError = u"The server's answer could not be read."_s;
    Q_EMIT service.statusChanged(status);

    QVERIFY(shown(&dialog, u"heldRowsView"_s));
    QTreeWidget *held = dialog.heldView()->view();
    QCOMPARE(held->topLevelItemCount(), 1);
    using C = HeldRowsView::Column;
    QCOMPARE(held->topLevelItem(0)->text(int(C::What)), u"Grace Hopper — Quiz 1"_s);
    QCOMPARE(held->topLevelItem(0)->text(int(C::Reason)), reason);
    QCOMPARE(held->topLevelItem(0)->text(int(C::Tries)), u"3"_s);
    QVERIFY(shown(&dialog, u"syncStuckMessage"_s));
    QVERIFY(text(&dialog, u"syncStuckMessage"_s).contains(u"The server's answer could not be read."_s));

    // Copy Details carries the ids for the school's IT, not the names.
    auto *copy = dialog.findChild<QPushButton *>(u"rejectedCopy"_s);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(Score::idFor(f.quiz, f.grace)) && copied.contains(u"revision 42"_s) &&
                 !copied.contains(u"Grace"_s),
             qPrintable(copied));

    // The status bar says so, and the button opens this view.
    SyncStatusWidget widget;
    widget.setStatus(status);
    QVERIFY(shown(&widget, u"syncStuckButton"_s));
    QCOMPARE(text(&widget, u"syncStuckButton"_s), u"1 row(s) not stored"_s);
    QSignalSpy asked(&widget, &SyncStatusWidget::rejectedRequested);
    widget.show();
    QTest::mouseClick(widget.findChild<QToolButton *>(u"syncStuckButton"_s), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    status.held = status.heldStuck = 0;
    widget.setStatus(status);
    QCOMPARE(text(&widget, u"syncStuckButton"_s), u"Sync stuck"_s);
    QVERIFY(widget.findChild<QToolButton *>(u"syncStuckButton"_s)->toolTip().contains(u"3 times"_s));
    status.failuresInRow = 2;
    widget.setStatus(status);
    QVERIFY(!shown(&widget, u"syncStuckButton"_s));
}

void TestSyncUi::accountSignInAnswerShowsInPlace()
{
    test::TempProfile p;
    SyncService service(p.store());
    QSignalSpy first(&service, &SyncService::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(first.count() > 0, 10000); // the worker's first report
    AccountDialog dialog(service);
    dialog.show();
    QVERIFY(shown(&dialog, u"accountServer"_s));
    QVERIFY(!shown(&dialog, u"accountSignOut"_s));
    QVERIFY(!shown(&dialog, u"accountKeychain"_s));
    auto *signIn = dialog.findChild<QPushButton *>(u"accountSignIn"_s);
    QVERIFY(!signIn->isEnabled());

    // Nothing listens on this port: the answer comes back from the sync thread and shows here.
    dialog.findChild<QLineEdit *>(u"accountServer"_s)->setText(u"http://127.0.0.1:9"_s);
    dialog.findChild<QLineEdit *>(u"accountEmail"_s)->setText(u"ada@example.org"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"accountPassword"_s);
    QTest::keyClicks(password, u"secret"_s);
    QVERIFY(signIn->isEnabled());
    QSignalSpy finished(&service, &SyncService::signInFinished);
    QTest::keyClick(password, Qt::Key_Return); // Enter signs in
    QVERIFY(dialog.isSigningIn());
    QVERIFY(text(&dialog, u"accountResult"_s).startsWith(u"Signing in"_s));
    QVERIFY(!password->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 40000);
    QVERIFY(!dialog.isSigningIn());
    QCOMPARE(text(&dialog, u"accountResult"_s), finished.at(0).at(1).toString());
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(password->isEnabled());
    QVERIFY(shown(&dialog, u"accountServer"_s)); // still the form: not signed in

    // A malformed address is answered the same way.
    dialog.findChild<QLineEdit *>(u"accountServer"_s)->setText(u"ftp://school"_s);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 10000);
    QVERIFY2(text(&dialog, u"accountResult"_s).contains(u"not a server address"_s),
             qPrintable(text(&dialog, u"accountResult"_s)));
}

void TestSyncUi::accountShowsWhoAndKeychainProblem()
{
    test::TempProfile p;
    SyncService service(p.store());
    QSignalSpy first(&service, &SyncService::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(first.count() > 0, 10000); // the worker's first report
    AccountDialog dialog(service);
    dialog.show();

    // What the worker reports after signing in where no keychain can keep the sign-in.
    SyncStatus s = signedInStatus(Connectivity::Online);
    s.keychainProblem = kKeychainProblem;
    Q_EMIT service.statusChanged(s);
    QVERIFY(shown(&dialog, u"accountSignOut"_s));
    QVERIFY(!shown(&dialog, u"accountServer"_s));
    QVERIFY(text(&dialog, u"accountWho"_s).contains(u"Maria Rivera"_s));
    QVERIFY(text(&dialog, u"accountWho"_s).contains(s.email));
    QVERIFY(text(&dialog, u"accountWhere"_s).contains(s.server));
    QVERIFY(shown(&dialog, u"accountKeychain"_s));
    QVERIFY(text(&dialog, u"accountKeychainTitle"_s).contains(u"you will have to sign in each time"_s));
    QCOMPARE(text(&dialog, u"accountKeychainDetail"_s), kKeychainProblem);

    // Signed out by the server: the form comes back with the address and email filled in, and the reason.
    s.connectivity = Connectivity::SignedOut;
    s.keychainProblem.clear();
    s.lastError = u"Your session has ended; please sign in again."_s;
    Q_EMIT service.statusChanged(s);
    QVERIFY(shown(&dialog, u"accountServer"_s));
    QVERIFY(!shown(&dialog, u"accountKeychain"_s));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"accountServer"_s)->text(), s.server);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"accountEmail"_s)->text(), s.email);
    QVERIFY(dialog.findChild<QLineEdit *>(u"accountPassword"_s)->text().isEmpty());
    QVERIFY(text(&dialog, u"accountIntro"_s).contains(u"session has ended"_s));
}

void TestSyncUi::mainWindowWiresSync()
{
    SyncFixture f;
    SyncService service(f.profile.store());
    QSignalSpy first(&service, &SyncService::statusChanged);
    MainWindow w(f.profile.store());
    w.setSyncService(&service);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(first.count() > 0, 10000); // the worker's first report

    auto *widget = w.statusBar()->findChild<SyncStatusWidget *>(u"syncStatus"_s);
    QVERIFY(widget && widget->isVisible());
    QVERIFY(!w.findChild<QLabel *>(u"syncLabel"_s)->isVisible()); // replaced by the widget
    QTRY_COMPARE(text(widget, u"syncState"_s), u"On this computer only"_s);

    QAction *syncNow = w.findChild<QAction *>(u"syncNowAction"_s);
    QVERIFY(syncNow);
    QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QVERIFY(!syncNow->isEnabled()); // nothing to sync with yet
    auto *syncMenu = w.findChild<QMenu *>(u"syncMenu"_s);
    auto *settingsMenu = w.findChild<QMenu *>(u"settingsMenu"_s);
    QVERIFY(syncMenu && settingsMenu);
    QVERIFY(syncMenu->actions().contains(syncNow));
    QVERIFY(syncMenu->actions().contains(w.findChild<QAction *>(u"conflictsAction"_s)));
    QVERIFY(syncMenu->actions().contains(w.findChild<QAction *>(u"rejectedAction"_s)));
    QVERIFY(settingsMenu->actions().contains(w.findChild<QAction *>(u"accountAction"_s)));
    // Settings and Sync come before Help, as desktop menus do.
    const QList<QAction *> menus = w.menuBar()->actions();
    QVERIFY(menus.indexOf(settingsMenu->menuAction()) == menus.size() - 2);

    // The walkthrough's sign-in goes through the same service.
    QVERIFY(w.syncActions()->signInHandler());

    // The views open without blocking (modeless), once each.
    w.findChild<QAction *>(u"conflictsAction"_s)->trigger();
    ConflictsDialog *conflicts = w.syncActions()->openConflicts();
    QVERIFY(conflicts->isVisible());
    QCOMPARE(w.findChildren<ConflictsDialog *>().size(), 1);
    QVERIFY(shown(conflicts, u"conflictsEmpty"_s));
    w.findChild<QAction *>(u"accountAction"_s)->trigger();
    QVERIFY(w.findChild<AccountDialog *>()->isVisible());
    w.findChild<QAction *>(u"rejectedAction"_s)->trigger();
    QVERIFY(w.findChild<RejectedChangesDialog *>()->isVisible());

    // A conflict found by a sync: the count in the status bar opens the view.
    f.addConflict(u"c1"_s, u"score"_s, f.scoreId, u"points"_s, 8, 9);
    conflicts->close();
    QTRY_VERIFY(w.findChildren<ConflictsDialog *>().isEmpty()); // closed windows are deleted
    SyncStatus s = widget->status();
    s.conflicts = 1;
    widget->setStatus(s);
    QTest::mouseClick(widget->findChild<QToolButton *>(u"syncConflictsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(w.findChildren<ConflictsDialog *>().size(), 1);
    QCOMPARE(w.findChild<ConflictsDialog *>()->view()->topLevelItemCount(), 1);
}

void TestSyncUi::screenshots()
{
    // Always taken and checked; kept in K12_SCREENSHOT_DIR (docs/screenshots) when set.
    QTemporaryDir scratch;
    const QString dir = screenshotDir().isEmpty() ? scratch.path() : screenshotDir();
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);

    SyncFixture f;
    f.score(f.grace, 6);
    SyncService service(f.profile.store());
    QSignalSpy first(&service, &SyncService::statusChanged);
    MainWindow w(f.profile.store());
    w.setSyncService(&service);
    w.resize(1100, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(first.count() > 0, 10000); // the worker's first report
    // From here on the pictures show the states fed below, not the worker's.
    QObject::disconnect(&service, nullptr, w.syncActions(), nullptr);
    QObject::disconnect(&service, nullptr, w.syncActions()->statusWidget(), nullptr);
    SyncStatusWidget *widget = w.syncActions()->statusWidget();
    Clock::setFixed(kNow);

    const auto shoot = [&](const QString &name) {
        QTest::qWait(100); // the status bar lays out again after the widget's size hint changed
        // The right end of the status bar, where the permanent widgets are; the rest is empty.
        QStatusBar *bar = w.statusBar();
        const int left = std::max(0, bar->findChild<QLabel *>(u"countsLabel"_s)->geometry().left() - 12);
        QVERIFY(bar->grab(QRect(left, 0, bar->width() - left, bar->height())).save(QDir(dir).filePath(name)));
    };

    widget->setStatus(signedInStatus(Connectivity::Online));
    shoot(u"sync-status-online.png"_s);

    SyncStatus offline = signedInStatus(Connectivity::Offline);
    offline.queued = 3;
    offline.lastSync = kNow.addSecs(-47 * 60);
    widget->setStatus(offline);
    shoot(u"sync-status-offline.png"_s);

    SyncStatus out = signedInStatus(Connectivity::SignedOut);
    out.queued = 12;
    out.lastSync = kNow.addSecs(-5 * 3600);
    widget->setStatus(out);
    shoot(u"sync-status-signed-out.png"_s);

    SyncStatus syncing = signedInStatus(Connectivity::Online);
    syncing.syncing = true;
    syncing.queued = 4000;
    syncing.conflicts = 2;
    syncing.rejected = 1;
    widget->setStatus(syncing);
    widget->setProgress(u"push"_s, 1200, 4000);
    QTRY_VERIFY(widget->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    shoot(u"sync-status-syncing.png"_s);

    SyncStatus local;
    local.queued = 12;
    widget->setStatus(local);
    shoot(u"sync-status-local.png"_s);

    f.addConflict(u"c-points"_s, u"score"_s, f.scoreId, u"points"_s, 8, 9);
    f.addConflict(u"c-comment"_s, u"score"_s, f.scoreId, u"comment"_s, u"late bus"_s, u"absent"_s);
    ConflictsDialog conflicts(service, f.profile.store());
    conflicts.resize(820, 300);
    conflicts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&conflicts));
    conflicts.view()->topLevelItem(0)->setSelected(true);
    QCoreApplication::processEvents();
    QVERIFY(conflicts.grab().save(QDir(dir).filePath(u"conflicts.png"_s)));

    f.addRejected(f.scoreId, {{u"points"_s, 14}}, u"points: 14 is more than the 10 points possible"_s);
    RejectedChangesDialog rejected(service, f.profile.store());
    rejected.resize(820, 260);
    rejected.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rejected));
    QVERIFY(rejected.grab().save(QDir(dir).filePath(u"sync-rejected.png"_s)));

    f.addHeld(u"score"_s, Score::idFor(f.quiz, f.ada), {{u"student_id"_s, f.ada}, {u"assignment_id"_s, f.quiz}},
              u"Cannot store a score from the server: A score has no field \"rubric_level\"."_s, 3);
    SyncStatus stuck = signedInStatus(Connectivity::Online);
    stuck.held = 1;
    stuck.heldStuck = 1;
    widget->setStatus(stuck);
    shoot(u"sync-status-held.png"_s);
    RejectedChangesDialog problems(service, f.profile.store());
    problems.resize(820, 420);
    problems.show();
    QVERIFY(QTest::qWaitForWindowExposed(&problems));
    QVERIFY(problems.grab().save(QDir(dir).filePath(u"sync-problems.png"_s)));

    AccountDialog account(service);
    account.show();
    QVERIFY(QTest::qWaitForWindowExposed(&account));
    SyncStatus in = signedInStatus(Connectivity::Online);
    in.lastSync = QDateTime::currentDateTimeUtc().addSecs(-120);
    in.keychainProblem = kKeychainProblem;
    Q_EMIT service.statusChanged(in);
    QTest::qWait(100);
    QVERIFY(account.grab().save(QDir(dir).filePath(u"sync-account.png"_s)));
    Q_EMIT service.statusChanged(SyncStatus{});
    QTest::qWait(100);
    QVERIFY(account.grab().save(QDir(dir).filePath(u"sync-account-sign-in.png"_s)));

    QCoreApplication::removeTranslator(&plurals);

    // Every picture holds what it claims: a real size, and more than a blank
    // fill (text and the dot give many colours).
    const QStringList expected{
        u"sync-status-online.png"_s,  u"sync-status-offline.png"_s, u"sync-status-signed-out.png"_s,
        u"sync-status-syncing.png"_s, u"sync-status-local.png"_s,   u"sync-status-held.png"_s,
        u"conflicts.png"_s,           u"sync-rejected.png"_s,       u"sync-problems.png"_s,
        u"sync-account.png"_s,        u"sync-account-sign-in.png"_s};
    for (const QString &name : expected) {
        const QImage image(QDir(dir).filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 200 && image.height() >= 16, qPrintable(name));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(name + u" looks blank"_s));
    }
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
