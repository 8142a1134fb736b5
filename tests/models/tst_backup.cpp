// Backups of the local database: a snapshot is a whole, private, checked copy; verify
// finds damage; restore brings the backup's rows back and is itself undone by the
// "before-restore" snapshot; the keeping policy, worked by hand over a year of dailies;
// the pruning of a service run day by day on a fixed clock; the restore preview's counts.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/EntitySchema.h"
#include "models/actions/Actions.h"
#include "models/backup/BackupDiff.h"
#include "models/backup/BackupService.h"
#include "models/store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void snapshotIsAWholePrivateCopy();
    void unknownReasonAndMissingDatabaseAreRefused();
    void verifyFindsDamage();
    void restoreBringsTheBackBackAndIsUndoable();
    void restoreRefusesADamagedBackupAndChangesNothing();
    void deadProcessesPartialFilesAreIgnoredAndCleaned();
    void policyOverAYearOfDailies();
    void policySizeLimitDropsTheOldestNeverTheNewest();
    void serviceRunDayByDayKeepsSevenDays();
    void ensureDailyMakesOnePerDay();
    void olderSchemaIsBackedUpBeforeMigrating();
    void previewCountsWhatARestoreUndoes();
    void importTakesABackupFirst();

private:
    static QString addClass(Store &store, const QString &name);
    static QString addStudent(Store &store, const QString &classId, const QString &number);
};

void TestBackup::initTestCase()
{
    // Days and weeks are local dates: pin the zone so the hand-worked numbers hold anywhere.
    qputenv("TZ", "UTC");
    tzset();
}

void TestBackup::cleanup()
{
    Clock::reset();
}

QString TestBackup::addClass(Store &store, const QString &name)
{
    SchoolClass c;
    c.name = name;
    Result<QString> id = Actions(store).classes().create(c);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

QString TestBackup::addStudent(Store &store, const QString &classId, const QString &number)
{
    Student s;
    s.givenName = u"Ana"_s;
    s.familyName = u"Lopez"_s;
    s.studentNumber = number;
    Result<QString> id = Actions(store).roster().addStudent(s, classId);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

void TestBackup::snapshotIsAWholePrivateCopy()
{
    test::TempProfile profile;
    addClass(profile.store(), u"Algebra I"_s);
    test::setToday(QDate(2026, 12, 6));
    BackupService service(profile.path());
    Result<BackupInfo> made = service.snapshot(BackupReason::manual);
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(made->id, u"20261206T120000Z-manual"_s);
    QCOMPARE(made->reason, u"manual"_s);
    QCOMPARE(made->createdAt, QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC));
    QCOMPARE(made->schemaVersion, Migrations::latestVersion());
    QCOMPARE(made->integrity, QString()); // not checked until verify
    QCOMPARE(made->bytes, QFileInfo(made->path).size());
    QVERIFY(made->bytes > 0);

    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(made->path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(::stat(QFile::encodeName(service.backupDir()).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    // One self-contained file: no -wal or -journal beside it.
    const QStringList files = QDir(service.backupDir()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList({u"20261206T120000Z-manual.sqlite"_s}));

    // The same second again gets its own id.
    Result<BackupInfo> second = service.snapshot(BackupReason::manual);
    QVERIFY(second);
    QCOMPARE(second->id, u"20261206T120000Z-manual-2"_s);
    QCOMPARE(second->reason, u"manual"_s);
    QCOMPARE(service.list().size(), 2);
    QCOMPARE(service.list().constFirst().id, second->id);

    // The copy holds the class (opened as a database of its own).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
    db.setDatabaseName(made->path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT name FROM class"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Algebra I"_s);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"copy"_s);
}

void TestBackup::unknownReasonAndMissingDatabaseAreRefused()
{
    test::TempProfile profile;
    BackupService service(profile.path());
    Result<BackupInfo> odd = service.snapshot(u"whenever"_s);
    QVERIFY(!odd);
    QVERIFY2(odd.error().contains(u"whenever"_s), qPrintable(odd.error()));

    QTemporaryDir empty;
    Result<BackupInfo> none = BackupService(empty.path()).snapshot(BackupReason::manual);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"no database"_s), qPrintable(none.error()));
    QVERIFY(!QFileInfo::exists(QDir(empty.path()).filePath(u"backups"_s)));
}

void TestBackup::verifyFindsDamage()
{
    test::TempProfile profile;
    const QString classId = addClass(profile.store(), u"Biology"_s);
    for (int i = 0; i < 300; ++i)
        addStudent(profile.store(), classId, u"S%1"_s.arg(i));
    BackupService service(profile.path());
    Result<BackupInfo> made = service.snapshot(BackupReason::manual);
    QVERIFY(made);
    Result<BackupInfo> good = service.verify(made->id);
    QVERIFY2(good, qPrintable(good.error()));
    QCOMPARE(good->integrity, u"ok"_s);

    QVERIFY(!service.verify(u"20200101T000000Z-manual"_s));

    // Scribble over the middle of the file: b-tree pages, not the header.
    QFile file(made->path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    file.seek(4 * 4096 + 100);
    file.write(QByteArray(6000, '\x5a'));
    file.close();
    Result<BackupInfo> bad = service.verify(made->id);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(made->id), qPrintable(bad.error()));
    QVERIFY(service.find(made->id)->integrity != u"ok"_s);
    QVERIFY(!service.find(made->id)->integrity.isEmpty());
}

void TestBackup::restoreBringsTheBackBackAndIsUndoable()
{
    test::TempProfile profile;
    addClass(profile.store(), u"Algebra I"_s);
    test::setToday(QDate(2026, 12, 6));
    BackupService service(profile.path());
    Result<BackupInfo> made = service.snapshot(BackupReason::manual);
    QVERIFY(made);
    Clock::advance(60 * 1000);
    addClass(profile.store(), u"Chemistry"_s);
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 2);
    const qint64 outboxAfter = test::countRows(profile.store(), u"outbox"_s);

    profile.close();
    Status restored = service.restore(made->id);
    QVERIFY2(restored, qPrintable(restored.error()));
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 1);
    QCOMPARE(test::countRows(profile.store(), u"class"_s, u"name = 'Chemistry'"_s), 0);
    // The outbox is the backup's too: only the first class's change is queued.
    QVERIFY(test::countRows(profile.store(), u"outbox"_s) < outboxAfter);

    // The way back: the before-restore snapshot holds Chemistry.
    const QList<BackupInfo> all = service.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.constFirst().reason, u"before-restore"_s);
    profile.close();
    QVERIFY(service.restore(all.constFirst().id));
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 2);
    QCOMPARE(test::countRows(profile.store(), u"outbox"_s), outboxAfter);
    QSqlQuery q(profile.store().database().connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
}

void TestBackup::restoreRefusesADamagedBackupAndChangesNothing()
{
    test::TempProfile profile;
    addClass(profile.store(), u"Algebra I"_s);
    BackupService service(profile.path());
    Result<BackupInfo> made = service.snapshot(BackupReason::manual);
    QVERIFY(made);
    addClass(profile.store(), u"Chemistry"_s);
    QFile file(made->path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(1000); // cut short: not even one whole page
    file.close();
    profile.close();
    Status restored = service.restore(made->id);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(made->id), qPrintable(restored.error()));
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 2);
    QCOMPARE(service.list().size(), 1); // no before-restore snapshot for a restore that never started
    QVERIFY(!service.restore(u"nope"_s));
}

void TestBackup::deadProcessesPartialFilesAreIgnoredAndCleaned()
{
    test::TempProfile profile;
    BackupService service(profile.path());
    QVERIFY(service.snapshot(BackupReason::manual));
    // A pid that cannot be running (above pid_max) and this process's own.
    const QString dead = QDir(service.backupDir()).filePath(u".partial-99999999-20261206T120000Z-manual.sqlite"_s);
    const QString alive =
        QDir(service.backupDir())
            .filePath(u".partial-%1-20261206T120000Z-daily.sqlite"_s.arg(QCoreApplication::applicationPid()));
    test::writeFile(dead, "half");
    test::writeFile(dead + u"-journal"_s, "half");
    test::writeFile(alive, "in progress");
    QCOMPARE(service.list().size(), 1);
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(!QFileInfo::exists(dead + u"-journal"_s));
    QVERIFY(QFileInfo::exists(alive));
}

namespace {

BackupInfo info(const QDateTime &at, const QString &reason, qint64 bytes = 100)
{
    BackupInfo b;
    b.createdAt = at;
    b.reason = reason;
    b.id = at.toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' + reason;
    b.bytes = bytes;
    return b;
}

QList<BackupInfo> dailiesOf2026()
{
    QList<BackupInfo> list;
    for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 6); d = d.addDays(1))
        list.append(info(QDateTime(d, QTime(10, 0), Qt::UTC), u"daily"_s));
    list.append(info(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC), u"before-import"_s));
    list.append(info(QDateTime(QDate(2026, 10, 27), QTime(9, 0), Qt::UTC), u"before-rollover"_s));
    return list;
}

QStringList dates(const QList<BackupInfo> &all, const QStringList &deleted)
{
    QStringList kept;
    for (const BackupInfo &b : all) {
        if (!deleted.contains(b.id))
            kept.append(b.id.left(8) + (b.isBeforeSomething() ? u"!"_s : QString()));
    }
    std::sort(kept.begin(), kept.end(), std::greater<>());
    return kept;
}

} // namespace

void TestBackup::policyOverAYearOfDailies()
{
    // Sunday 6 December 2026; ISO week 49 runs Mon 30 Nov - Sun 6 Dec.
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const QList<BackupInfo> all = dailiesOf2026();
    const QStringList deleted = BackupPolicy().toDelete(all, now);
    // 7 days (6 Dec - 30 Nov); weeks add the Sundays 29, 22, 15 Nov; months add the last day
    // of Oct ... Jan (30 Nov is November's); the before-import of 26 Nov is 10 days old; the
    // before-rollover of 27 Oct is 40 days old and goes.
    QCOMPARE(dates(all, deleted),
             QStringList({u"20261206"_s, u"20261205"_s, u"20261204"_s,  u"20261203"_s, u"20261202"_s, u"20261201"_s,
                          u"20261130"_s, u"20261129"_s, u"20261126!"_s, u"20261122"_s, u"20261115"_s, u"20261031"_s,
                          u"20260930"_s, u"20260831"_s, u"20260731"_s,  u"20260630"_s, u"20260531"_s, u"20260430"_s,
                          u"20260331"_s, u"20260228"_s, u"20260131"_s}));
    QCOMPARE(deleted.size(), all.size() - 21);
}

void TestBackup::policySizeLimitDropsTheOldestNeverTheNewest()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const QList<BackupInfo> all = dailiesOf2026();
    BackupPolicy policy;
    policy.maxTotalBytes = 1500; // 21 kept x 100 bytes: the 6 oldest kept go (Jan ... Jun)
    QStringList kept = dates(all, policy.toDelete(all, now));
    QCOMPARE(kept.size(), 15);
    QCOMPARE(kept.constLast(), u"20260731"_s);

    // However small the limit, the newest stays.
    policy.maxTotalBytes = 10;
    kept = dates(all, policy.toDelete(all, now));
    QCOMPARE(kept, QStringList({u"20261206"_s}));
}

void TestBackup::serviceRunDayByDayKeepsSevenDays()
{
    test::TempProfile profile;
    BackupService service(profile.path());
    // Mon 2 Nov ... Wed 11 Nov 2026, one daily each morning.
    Clock::setFixed(QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC));
    for (int day = 0; day < 10; ++day) {
        Result<std::optional<BackupInfo>> made = service.ensureDaily();
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(made->has_value());
        Clock::advance(24 * 3600 * 1000);
    }
    // 7 days (5 - 11 Nov); week 45 (2 - 8 Nov) and November are already held by 8 and 11 Nov.
    QStringList ids;
    for (const BackupInfo &b : service.list())
        ids.append(b.id);
    QCOMPARE(ids, QStringList({u"20261111T080000Z-daily"_s, u"20261110T080000Z-daily"_s, u"20261109T080000Z-daily"_s,
                               u"20261108T080000Z-daily"_s, u"20261107T080000Z-daily"_s, u"20261106T080000Z-daily"_s,
                               u"20261105T080000Z-daily"_s}));
    QCOMPARE(QDir(service.backupDir()).entryList({u"*.sqlite"_s}, QDir::Files).size(), 7);
    // A pruned backup's check goes with it.
    QVERIFY(service.verify(u"20261105T080000Z-daily"_s));
    QCOMPARE(QDir(service.backupDir()).entryList({u"*.check.json"_s}, QDir::Files).size(), 1);
    Clock::advance(24 * 3600 * 1000);
    QVERIFY(service.ensureDaily());
    QCOMPARE(QDir(service.backupDir()).entryList({u"*.check.json"_s}, QDir::Files).size(), 0);
    QCOMPARE(QDir(service.backupDir()).entryList({u"*.sqlite"_s}, QDir::Files).size(), 7);
}

void TestBackup::ensureDailyMakesOnePerDay()
{
    test::TempProfile profile;
    BackupService service(profile.path());
    Clock::setFixed(QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC));
    Result<std::optional<BackupInfo>> first = service.ensureDaily();
    QVERIFY(first && first->has_value());
    Clock::advance(3600 * 1000);
    Result<std::optional<BackupInfo>> again = service.ensureDaily();
    QVERIFY(again && !again->has_value());
    // A before-import one does not count as the day's backup; a manual one does.
    test::TempProfile second;
    BackupService service2(second.path());
    QVERIFY(service2.snapshot(BackupReason::beforeImport));
    Result<std::optional<BackupInfo>> daily = service2.ensureDaily();
    QVERIFY(daily && daily->has_value());
    test::TempProfile third;
    BackupService service3(third.path());
    QVERIFY(service3.snapshot(BackupReason::manual));
    Result<std::optional<BackupInfo>> none = service3.ensureDaily();
    QVERIFY(none && !none->has_value());
}

void TestBackup::olderSchemaIsBackedUpBeforeMigrating()
{
    test::TempProfile profile;
    addClass(profile.store(), u"Algebra I"_s);
    profile.close();
    BackupService service(profile.path());
    QVERIFY(service.list().isEmpty());
    // A file already at the latest schema is opened without a backup.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(profile.dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion())));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    profile.reopen();
    QVERIFY(service.list().isEmpty()); // up to date: nothing to keep

    // A real older file: schema 1 tables, as a first release wrote them.
    QTemporaryDir old;
    const QString oldPath = QDir(old.path()).filePath(u"k12.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(oldPath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : Migrations::all().constFirst().statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    Result<std::unique_ptr<Store>> opened = Store::open(old.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    const QList<BackupInfo> kept = BackupService(old.path()).list();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().reason, u"before-migration"_s);
    QCOMPARE(kept.constFirst().schemaVersion, 1);
    QCOMPARE((*opened)->database().schemaVersion(), Migrations::latestVersion());
}

void TestBackup::previewCountsWhatARestoreUndoes()
{
    test::TempProfile profile;
    Store &store = profile.store();
    const QString algebra = addClass(store, u"Algebra I"_s);
    const QString biology = addClass(store, u"Biology"_s);
    const QString s1 = addStudent(store, algebra, u"1"_s);
    addStudent(store, algebra, u"2"_s);
    const QString s3 = addStudent(store, algebra, u"3"_s);
    Assignment a;
    a.classId = algebra;
    a.title = u"Quiz 1"_s;
    a.pointsPossible = 10;
    Result<QString> quiz = Actions(store).assignments().add(a);
    QVERIFY(quiz);
    test::setToday(QDate(2026, 12, 6));
    BackupService service(profile.path());
    Result<BackupInfo> made = service.snapshot(BackupReason::manual);
    QVERIFY(made);

    // Since the backup: Algebra gets a student (4), loses one (3), one edited (1);
    // a second quiz; Chemistry is new; Biology is unchanged.
    Clock::advance(60000);
    addStudent(store, algebra, u"4"_s);
    QVERIFY(Actions(store).roster().removeStudents(algebra, {s3}));
    Student edited = Student::fromRow(*store.row(*EntitySchema::find(u"student"), s1));
    edited.givenName = u"Ann"_s;
    QVERIFY(Actions(store).roster().editStudent(edited));
    a.title = u"Quiz 2"_s;
    QVERIFY(Actions(store).assignments().add(a));
    const QString chemistry = addClass(store, u"Chemistry"_s);

    Result<QList<ClassDelta>> diff = BackupDiff::compare(profile.dbPath(), made->path);
    QVERIFY2(diff, qPrintable(diff.error()));
    QCOMPARE(diff->size(), 2);
    const ClassDelta &alg = diff->at(0);
    QCOMPARE(alg.classId, algebra);
    QCOMPARE(alg.name, u"Algebra I"_s);
    QCOMPARE(alg.state, ClassDelta::State::Same);
    QCOMPARE(alg.students.added, 1);
    QCOMPARE(alg.students.removed, 1);
    QCOMPARE(alg.students.changed, 1);
    QCOMPARE(alg.studentsThen, 3);
    QCOMPARE(alg.studentsNow, 3);
    QCOMPARE(alg.assignments.added, 1);
    QCOMPARE(alg.assignments.removed, 0);
    const ClassDelta &chem = diff->at(1);
    QCOMPARE(chem.classId, chemistry);
    QCOMPARE(chem.state, ClassDelta::State::Added);
    Q_UNUSED(biology);
}

void TestBackup::importTakesABackupFirst()
{
    test::TempProfile profile;
    const QString classId = addClass(profile.store(), u"Algebra I"_s);
    BackupService service(profile.path());
    QVERIFY(service.list().isEmpty());
    Student s;
    s.givenName = u"Ana"_s;
    s.familyName = u"Lopez"_s;
    s.studentNumber = u"7"_s;
    QVERIFY(Actions(profile.store()).roster().importRoster({s}, classId));
    QCOMPARE(service.list().size(), 1);
    QCOMPARE(service.list().constFirst().reason, u"before-import"_s);
    // The backup holds the class without the imported student.
    Result<QList<ClassDelta>> diff = BackupDiff::compare(profile.dbPath(), service.list().constFirst().path);
    QVERIFY(diff);
    QCOMPARE(diff->size(), 1);
    QCOMPARE(diff->constFirst().students.added, 1);
    // A refused import (the number is taken) changes nothing and keeps no backup.
    QVERIFY(!Actions(profile.store()).roster().importRoster({s}, classId));
    QCOMPARE(service.list().size(), 1);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
