// The backup commands end to end (the real k12-teacher): create prints only the id,
// list --json, verify (good / damaged), restore; and the fault tests: a `backup create`
// and a `backup restore` SIGKILLed at random moments of a large profile's copy, after
// which the database opens, passes integrity_check, holds one whole state (never half
// of a restore) and no half backup is listed.
#include "tests/common/TestSupport.h"

#include "bench/common/ClassGenerator.h"
#include "models/actions/Actions.h"
#include "models/backup/BackupService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestBackupCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createListVerifyRestore();
    void killDuringCreate();
    void killDuringRestore();

private:
    struct Killed
    {
        bool whileRunning = false;
        qint64 elapsedMs = 0;
    };
    // Starts k12-teacher with args and SIGKILLs it after delayMs (if still running).
    static Killed runAndKill(const QStringList &args, int delayMs);
    static qint64 timeOf(const QStringList &args);
    static void checkDatabase(const QString &profile, qint64 *classes, qint64 *scores);

    QTemporaryDir m_big; // a 200 x 300 class: a copy long enough to be killed mid-way
    qint64 m_bigScores = 0;
};

void TestBackupCommands::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(K12_TEACHER_BIN)));
    Result<std::unique_ptr<Store>> store = Store::open(m_big.path());
    QVERIFY(store);
    ClassGenerator::Spec spec;
    spec.assignments = 300;
    Result<ClassGenerator::Generated> made = ClassGenerator::generate(**store, spec);
    QVERIFY2(made, qPrintable(made.error()));
    m_bigScores = test::countRows(**store, u"score"_s);
    QVERIFY(m_bigScores > 50000);
}

void TestBackupCommands::createListVerifyRestore()
{
    test::TempProfile profile;
    SchoolClass c;
    c.name = u"Algebra I"_s;
    QVERIFY(Actions(profile.store()).classes().create(c));
    profile.close();

    const test::ProcessResult created = test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"create"_s});
    QCOMPARE(created.exitCode, 0);
    // Nothing on stdout but the id and its newline.
    QVERIFY2(QRegularExpression(u"^\\d{8}T\\d{6}Z-manual(-\\d+)?\\n$"_s).match(created.out).hasMatch(),
             qPrintable(created.out));
    const QString id = created.out.trimmed();

    const test::ProcessResult listed =
        test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), id);
    QCOMPARE(first.value(u"reason"_s).toString(), u"manual"_s);
    QVERIFY(first.value(u"bytes"_s).toInteger() > 0);
    QCOMPARE(first.value(u"bytes"_s).toInteger(),
             QFileInfo(QDir(profile.path()).filePath(u"backups/"_s + id + u".sqlite"_s)).size());
    const QDateTime at = QDateTime::fromString(first.value(u"created_at"_s).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const test::ProcessResult good = test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"verify"_s, id});
    QCOMPARE(good.exitCode, 0);
    const test::ProcessResult unknown =
        test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"verify"_s, u"20200101T000000Z-manual"_s});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(u"20200101T000000Z-manual"_s), qPrintable(unknown.err));

    // After the backup: a second class; the restore takes it away, the before-restore backup brings it back.
    profile.reopen();
    c.name = u"Biology"_s;
    QVERIFY(Actions(profile.store()).classes().create(c));
    profile.close();
    const test::ProcessResult restored =
        test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"restore"_s, id});
    QCOMPARE(restored.exitCode, 0);
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 1);
    profile.close();
    const QList<BackupInfo> all = BackupService(profile.path()).list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.constFirst().reason, u"before-restore"_s);
    QCOMPARE(
        test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"restore"_s, all.constFirst().id}).exitCode, 0);
    profile.reopen();
    QCOMPARE(test::countRows(profile.store(), u"class"_s), 2);
    profile.close();

    // A damaged backup: verify says so on stderr and fails; restore refuses it.
    QFile file(QDir(profile.path()).filePath(u"backups/"_s + id + u".sqlite"_s));
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Every page after the first (the header stays readable): the tables are gone.
    file.seek(4096);
    file.write(QByteArray(int(file.size() - 4096), '\x33'));
    file.close();
    const test::ProcessResult bad = test::runTeacher({u"--profile"_s, profile.path(), u"backup"_s, u"verify"_s, id});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(id), qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());

    // No profile: an error, and no database made.
    QTemporaryDir empty;
    const test::ProcessResult none = test::runTeacher({u"--profile"_s, empty.path(), u"backup"_s, u"create"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
    QVERIFY(!QFile::exists(QDir(empty.path()).filePath(u"k12.sqlite"_s)));
}

TestBackupCommands::Killed TestBackupCommands::runAndKill(const QStringList &args, int delayMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(K12_TEACHER_BIN));
    p.setArguments(args);
    QElapsedTimer t;
    t.start();
    p.start();
    p.waitForStarted();
    Killed k;
    if (!p.waitForFinished(delayMs)) {
        k.whileRunning = true;
        p.kill(); // SIGKILL
        p.waitForFinished();
    }
    k.elapsedMs = t.elapsed();
    return k;
}

qint64 TestBackupCommands::timeOf(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    const test::ProcessResult r = test::runTeacher(args, {}, 120000);
    return r.exitCode == 0 ? t.elapsed() : -1;
}

void TestBackupCommands::checkDatabase(const QString &profile, qint64 *classes, qint64 *scores)
{
    Result<std::unique_ptr<Store>> store = Store::open(profile);
    QVERIFY2(store, qPrintable(store.error()));
    QSqlQuery q((*store)->database().connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    *classes = test::countRows(**store, u"class"_s);
    *scores = test::countRows(**store, u"score"_s);
}

void TestBackupCommands::killDuringCreate()
{
    const QStringList args{u"--profile"_s, m_big.path(), u"backup"_s, u"create"_s};
    const qint64 whole = timeOf(args);
    QVERIFY(whole > 0);
    BackupService service(m_big.path());
    const int before = int(service.list().size());
    int killedRunning = 0;
    for (int i = 0; i < 8; ++i) {
        const int delay = int(whole * (0.3 + 0.65 * QRandomGenerator::global()->generateDouble()));
        const Killed k = runAndKill(args, delay);
        killedRunning += k.whileRunning ? 1 : 0;
        qint64 classes = 0;
        qint64 scores = 0;
        checkDatabase(m_big.path(), &classes, &scores);
        QCOMPARE(scores, m_bigScores);
        // Every backup listed is whole: it passes the full check.
        for (const BackupInfo &b : service.list()) {
            int version = -1;
            QCOMPARE(BackupService::checkFile(b.path, false, &version), QString());
        }
        const QStringList partial = QDir(service.backupDir()).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u", "_s)));
    }
    qInfo("create: a whole run took %lld ms; %d of 8 runs killed mid-way", whole, killedRunning);
    QVERIFY2(killedRunning >= 4, "too few runs were killed while copying: the test proves nothing");
    QVERIFY(service.list().size() >= before);
}

void TestBackupCommands::killDuringRestore()
{
    BackupService service(m_big.path());
    Result<BackupInfo> base = service.snapshot(BackupReason::manual);
    QVERIFY(base);
    const auto addMarker = [this] {
        Result<std::unique_ptr<Store>> store = Store::open(m_big.path());
        QVERIFY(store);
        SchoolClass c;
        c.name = u"Added after the backup"_s;
        QVERIFY(Actions(**store).classes().create(c));
    };
    addMarker();
    qint64 classes = 0;
    qint64 scores = 0;
    checkDatabase(m_big.path(), &classes, &scores);
    const qint64 withMarker = classes;

    const QStringList args{u"--profile"_s, m_big.path(), u"backup"_s, u"restore"_s, base->id};
    const qint64 whole = timeOf(args);
    QVERIFY(whole > 0);
    addMarker();
    int killedRunning = 0;
    int restoredAnyway = 0;
    for (int i = 0; i < 8; ++i) {
        const int delay = int(whole * (0.3 + 0.65 * QRandomGenerator::global()->generateDouble()));
        const Killed k = runAndKill(args, delay);
        killedRunning += k.whileRunning ? 1 : 0;
        checkDatabase(m_big.path(), &classes, &scores);
        // One whole state or the other, never a mix: every score is there either way.
        QVERIFY2(classes == withMarker || classes == withMarker - 1, qPrintable(QString::number(classes)));
        QCOMPARE(scores, m_bigScores);
        if (classes == withMarker - 1) {
            ++restoredAnyway;
            addMarker();
        }
        const QStringList partial = QDir(service.backupDir()).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY(service.list().size() > 0); // listing cleans what a killed before-restore copy left
        QVERIFY2(QDir(service.backupDir()).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(partial.join(u", "_s)));
    }
    qInfo("restore: a whole run took %lld ms; %d of 8 runs killed mid-way, %d had restored before the kill", whole,
          killedRunning, restoredAnyway);
    QVERIFY2(killedRunning >= 4, "too few runs were killed while restoring: the test proves nothing");
}

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
