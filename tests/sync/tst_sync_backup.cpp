// A restore never makes the server lose data (issue 19), against a real k12-server:
// the backup brings back its own sync cursor and outbox, so the next sync pulls what
// the server got since the backup (edits made and synced after it come back) and
// re-sends what was pending in it (idempotent by mutation id: nothing doubled, no
// conflict). A second device then sees everything, and so does the restored one.
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "models/actions/Actions.h"
#include "models/backup/BackupService.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "sync/engine/SyncSession.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

class TestSyncBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoreThenSyncLosesNothing();
};

namespace {

Student student(const QString &given, const QString &number)
{
    Student s;
    s.givenName = given;
    s.familyName = u"Reyes"_s;
    s.studentNumber = number;
    return s;
}

QStringList numbersIn(Store &store, const QString &classId)
{
    QStringList numbers;
    for (const Student &s : StudentRepository(store).enrolledIn(classId))
        numbers.append(s.studentNumber);
    numbers.sort();
    return numbers;
}

} // namespace

void TestSyncBackup::restoreThenSyncLosesNothing()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"ada@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url()));

    TempProfile profile;
    ApiClient api;
    api.setTimeout(10000);
    auto account = std::make_unique<SyncAccount>(profile.store().database(), profile.path(), api);
    Result<QUrl> url = SyncAccount::parseServer(server.baseUrl());
    QVERIFY(url);
    QVERIFY(account->signIn(*url, teacher.email, u"correct horse battery"_s));
    const auto sync = [&] {
        SyncState state(profile.store().database());
        SyncSession session(profile.store().database(), api, state);
        return session.run();
    };

    SchoolClass c;
    c.name = u"Geometry"_s;
    const QString classId = *Actions(profile.store()).classes().create(c);
    QVERIFY(Actions(profile.store()).roster().addStudent(student(u"Ana"_s, u"1"_s), classId));
    SyncReport first = sync();
    QVERIFY2(first.ok(), qPrintable(first.message));

    // Pending at the backup: student 2 (not synced yet).
    QVERIFY(Actions(profile.store()).roster().addStudent(student(u"Beto"_s, u"2"_s), classId));
    const qint64 pendingInBackup = countRows(profile.store(), u"outbox"_s, u"state = 'pending'"_s);
    QVERIFY(pendingInBackup > 0);
    Result<BackupInfo> backup = BackupService(profile.path()).snapshot(BackupReason::manual);
    QVERIFY2(backup, qPrintable(backup.error()));

    // After the backup, synced: student 3 and a new class name.
    QVERIFY(Actions(profile.store()).roster().addStudent(student(u"Cruz"_s, u"3"_s), classId));
    SchoolClass renamed = *ClassRepository(profile.store()).resolve(classId);
    renamed.name = u"Geometry (honors)"_s;
    QVERIFY(Actions(profile.store()).classes().edit(renamed));
    SyncReport second = sync();
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.pending, 0);

    // Restore: the class is as it was at the backup, with its pending outbox.
    account.reset();
    profile.close();
    Status restored = BackupService(profile.path()).restore(backup->id);
    QVERIFY2(restored, qPrintable(restored.error()));
    profile.reopen();
    QCOMPARE(numbersIn(profile.store(), classId), QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(ClassRepository(profile.store()).resolve(classId)->name, u"Geometry"_s);
    QCOMPARE(countRows(profile.store(), u"outbox"_s, u"state = 'pending'"_s), pendingInBackup);

    // The next sync: the pending student is re-sent (the server knows the mutation: no
    // double, no conflict) and what the server got since the backup comes back.
    SyncReport after = sync();
    QVERIFY2(after.ok(), qPrintable(after.message));
    QCOMPARE(after.conflicts, 0);
    QCOMPARE(after.rejected, 0);
    QCOMPARE(after.pending, 0);
    QCOMPARE(numbersIn(profile.store(), classId), QStringList({u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(ClassRepository(profile.store()).resolve(classId)->name, u"Geometry (honors)"_s);
    QCOMPARE(countRows(profile.store(), u"student"_s), 3);

    // The server kept everything: a new device pulls the same class.
    SyncDevice other;
    QVERIFY(other.signIn(server.baseUrl(), teacher.email, u"correct horse battery"_s).ok());
    SyncReport pulled = other.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled.message));
    QCOMPARE(numbersIn(other.store(), classId), QStringList({u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(ClassRepository(other.store()).resolve(classId)->name, u"Geometry (honors)"_s);
    QCOMPARE(countRows(other.store(), u"student"_s), 3);
}

QTEST_GUILESS_MAIN(TestSyncBackup)
#include "tst_sync_backup.moc"
