// k12-server's backup, restore and prune (issue 19), real processes on SQLite
// and PostgreSQL:
//  - admin backup + restore round trip: the rows of the backup come back, the
//    rows made after it are gone, the epoch is new and the revision counter is
//    past the replaced database's;
//  - restore refuses while a server runs (SQLite: its lock; PostgreSQL: its
//    sessions) and names a bad file; nothing is changed;
//  - kill -9 of a backup mid-way leaves no file under the final name;
//  - prune with a clock override on both sides of each cut-off: a replay
//    before the replay cut-off gets its first answer byte for byte; after it,
//    "applied" with the row's current rev and nothing applied twice; audit
//    rows go only after the audit cut-off.
#include "tests/common/TestSupport.h"
#include "tests/server/ServerHarness.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12::test;

namespace {

void backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString classNameOnServer(HttpClient &http, const Teacher &t, const QString &classId, qint64 *rev = nullptr)
{
    for (const QJsonObject &row : pullAll(http, t)) {
        if (row.value(u"entity").toString() == u"class"_s && row.value(u"id").toString() == classId) {
            if (rev)
                *rev = row.value(u"rev").toInteger();
            return row.value(u"fields").toObject().value(u"name").toString();
        }
    }
    return {};
}

QJsonObject firstResult(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"results").toArray().at(0).toObject();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestServerBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data() { backends(); }
    void roundTrip();
    void restoreRefusesWhileServing_data() { backends(); }
    void restoreRefusesWhileServing();
    void badBackupFileIsNamed_data() { backends(); }
    void badBackupFileIsNamed();
    void killedBackupLeavesNoHalfFile();
    void pruneAcrossTheCutOffs_data() { backends(); }
    void pruneAcrossTheCutOffs();
    void pruneUsesTheTimeIndex();
};

void TestServerBackup::roundTrip()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Teacher t = createTeacher(db.url(), u"ada@school.test"_s);
    QVERIFY(!t.id.isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"k12.backup"_s);
    const QString before = uuid(), after = uuid(), client = uuid();
    {
        ServerProcess server;
        QVERIFY(server.start(db.url()));
        HttpClient http(server.baseUrl());
        QVERIFY(login(http, t));
        QCOMPARE(push(http, t, client, {mutation(u"class"_s, before, {{u"name"_s, u"Before"_s}})}).status, 200);
        // The backup runs while the server serves.
        const ProcessOutput b =
            runServerCommand({u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, file});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QVERIFY2(b.out.startsWith("Backed up ") && b.out.contains(file.toUtf8()), b.out.constData());
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup), 0);
        QCOMPARE(push(http, t, client, {mutation(u"class"_s, after, {{u"name"_s, u"After"_s}})}).status, 200);
        QCOMPARE(server.stop(), 0);
    }
    const QString oldEpoch = db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString();
    const qint64 oldCounter = db.queryValue(u"SELECT value FROM rev_counter WHERE id = 1"_s).toLongLong();
    QCOMPARE(oldCounter, 2);

    const ProcessOutput r = runServerCommand({u"admin"_s, u"restore"_s, u"--database"_s, db.url(), u"--from"_s, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("Restored ") && r.out.contains("New epoch"), r.out.constData());
    const QString newEpoch = db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString();
    QVERIFY(!newEpoch.isEmpty());
    QVERIFY(newEpoch != oldEpoch);
    QCOMPARE(db.queryValue(u"SELECT value FROM rev_counter WHERE id = 1"_s).toLongLong(), oldCounter);

    ServerProcess server;
    QVERIFY(server.start(db.url()));
    HttpClient http(server.baseUrl());
    QVERIFY(login(http, t)); // accounts are in the backup
    QCOMPARE(http.get(u"/api/v1/health"_s).json().value(u"epoch").toString(), newEpoch);
    QCOMPARE(classNameOnServer(http, t, before), u"Before"_s);
    QCOMPARE(classNameOnServer(http, t, after), QString()); // made after the backup
    // The next change is numbered past everything the replaced database had.
    const HttpReply next = push(http, t, client, {mutation(u"class"_s, uuid(), {{u"name"_s, u"Next"_s}})});
    QCOMPARE(firstResult(next).value(u"rev").toInteger(), oldCounter + 1);
}

void TestServerBackup::restoreRefusesWhileServing()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Teacher t = createTeacher(db.url(), u"ada@school.test"_s);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"k12.backup"_s);
    QCOMPARE(runServerCommand({u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, file}).exitCode, 0);
    const QString epoch = db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString();
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    HttpClient http(server.baseUrl());
    QVERIFY(login(http, t)); // its workers hold connections
    const ProcessOutput r = runServerCommand({u"admin"_s, u"restore"_s, u"--database"_s, db.url(), u"--from"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Nothing was restored") && r.err.contains("stop"), r.err.constData());
    QCOMPARE(db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString(), epoch);
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
}

void TestServerBackup::badBackupFileIsNamed()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(!createTeacher(db.url(), u"ada@school.test"_s).id.isEmpty());
    const QString epoch = db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString();
    QTemporaryDir dir;
    const QString junk = dir.filePath(u"not-a-backup.bin"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database\n");
    f.close();
    for (const QString &from : {junk, dir.filePath(u"missing.backup"_s)}) {
        const ProcessOutput r =
            runServerCommand({u"admin"_s, u"restore"_s, u"--database"_s, db.url(), u"--from"_s, from});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QFileInfo(from).fileName().toUtf8()), r.err.constData());
    }
    QCOMPARE(db.queryValue(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString(), epoch);
    const ProcessOutput b = runServerCommand(
        {u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, dir.filePath(u"no/such/dir/x.backup"_s)});
    QCOMPARE(b.exitCode, 1);
    QVERIFY2(b.err.contains("x.backup"), b.err.constData());
}

void TestServerBackup::killedBackupLeavesNoHalfFile()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Teacher t = createTeacher(db.url(), u"ada@school.test"_s);
    // Some pages to copy: a few thousand classes.
    {
        ServerProcess server;
        QVERIFY(server.start(db.url()));
        HttpClient http(server.baseUrl());
        QVERIFY(login(http, t));
        const QString client = uuid();
        for (int batch = 0; batch < 4; ++batch) {
            QJsonArray ms;
            for (int i = 0; i < 500; ++i)
                ms.append(mutation(u"class"_s, uuid(), {{u"name"_s, QString(200, QChar(u'a' + i % 26))}}));
            QCOMPARE(push(http, t, client, ms).status, 200);
        }
        QCOMPARE(server.stop(), 0);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"k12.backup"_s);
    QProcess p;
    p.start(QStringLiteral(K12_SERVER_BIN),
            {u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, file, u"--pause-ms"_s, u"20"_s});
    QVERIFY(p.waitForStarted());
    // Killed once the copy is under way (its temp file exists and grows).
    QElapsedTimer waited;
    waited.start();
    QStringList partials;
    while (waited.elapsed() < 20000) {
        partials = QDir(dir.path()).entryList({u".k12.backup.partial-*"_s}, QDir::Files | QDir::Hidden);
        if (!partials.isEmpty() && QFileInfo(dir.filePath(partials.first())).size() > 0)
            break;
        QThread::msleep(5);
    }
    QVERIFY2(!partials.isEmpty(), "the backup never started writing");
    QVERIFY(p.state() == QProcess::Running);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    QVERIFY(!QFileInfo::exists(file)); // no half backup under the name asked for
    QCOMPARE(QDir(dir.path()).entryList({u".k12.backup.partial-*"_s}, QDir::Files | QDir::Hidden), partials);
    // The next backup works and is whole, and removes the killed one's file.
    const ProcessOutput b = runServerCommand({u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, file});
    QVERIFY2(b.exitCode == 0, b.err.constData());
    QVERIFY(QFileInfo(file).size() > 500 * 1024);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"k12.backup"_s});
}

void TestServerBackup::pruneUsesTheTimeIndex()
{
    // Schema 4's index on mutation_log.at: the prune's deletes by time search it instead of scanning the log.
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(!createTeacher(db.url(), u"ada@school.test"_s).id.isEmpty()); // creates the schema
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'mutation_log_at_idx'"_s).toInt(), 1);
    // INDEXED BY fails ("no query solution") unless the index serves a search by time.
    const QVariant n =
        db.queryValue(u"SELECT COUNT(*) FROM mutation_log INDEXED BY mutation_log_at_idx WHERE at < '2027-01-01'"_s);
    QVERIFY(n.isValid());
}

void TestServerBackup::pruneAcrossTheCutOffs()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Teacher t = createTeacher(db.url(), u"ada@school.test"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    HttpClient http(server.baseUrl());
    QVERIFY(login(http, t));
    const QString client = uuid(), classId = uuid(), first = uuid(), second = uuid();
    const QDateTime pushedAt = QDateTime::currentDateTimeUtc();
    const QJsonArray create{mutation(u"class"_s, classId, {{u"name"_s, u"Algebra"_s}}, 0, u"upsert"_s, first)};
    const HttpReply created = push(http, t, client, create);
    QCOMPARE(created.status, 200);
    const QJsonObject firstAnswer = firstResult(created);
    QCOMPARE(firstAnswer.value(u"rev").toInteger(), 1);
    QCOMPARE(
        push(http, t, client, {mutation(u"class"_s, classId, {{u"name"_s, u"Geometry"_s}}, 1, u"upsert"_s, second)})
            .status,
        200);

    auto prune = [&](int days, bool dryRun) {
        QStringList args{u"admin"_s, u"prune"_s, u"--database"_s, db.url(), u"--now"_s, iso(pushedAt.addDays(days))};
        if (dryRun)
            args.append(u"--dry-run"_s);
        return runServerCommand(args);
    };

    // Day 29: nothing to prune; a replay gets its first answer verbatim.
    ProcessOutput p = prune(29, false);
    QVERIFY2(p.exitCode == 0, p.err.constData());
    QVERIFY2(p.out.startsWith("Cleared 0 replay answer(s) older than 30 days, removed 0 audit entries"),
             p.out.constData());
    QCOMPARE(firstResult(push(http, t, client, create)), firstAnswer);
    QCOMPARE(classNameOnServer(http, t, classId), u"Geometry"_s);

    // Day 31: both answers are cleared (a dry run first only counts them).
    p = prune(31, true);
    QVERIFY2(p.out.startsWith("Would clear 2 replay answer(s)"), p.out.constData());
    p = prune(31, false);
    QVERIFY2(p.out.startsWith("Cleared 2 replay answer(s) older than 30 days, removed 0 audit entries"),
             p.out.constData());
    QCOMPARE(
        db.queryValue(u"SELECT COUNT(*) FROM mutation_log WHERE answer IS NULL AND mutation_id IS NOT NULL"_s).toInt(),
        2);
    // The create replayed after its answer is gone: "applied" with the row's
    // current rev (the rename's), and NOT applied again: the name stays.
    const QJsonObject late = firstResult(push(http, t, client, create));
    QCOMPARE(late.value(u"status").toString(), u"applied"_s);
    QCOMPARE(late.value(u"rev").toInteger(), 2);
    qint64 rev = 0;
    QCOMPARE(classNameOnServer(http, t, classId, &rev), u"Geometry"_s);
    QCOMPARE(rev, 2);
    QCOMPARE(db.queryValue(u"SELECT value FROM rev_counter WHERE id = 1"_s).toLongLong(), 2);

    // Day 364: the audit rows stay; day 366: they go.
    p = prune(364, false);
    QVERIFY2(p.out.contains("removed 0 audit entries"), p.out.constData());
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mutation_log"_s).toInt(), 2);
    p = prune(366, true);
    QVERIFY2(p.out.contains("would remove 2 audit entries older than 365 days"), p.out.constData());
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mutation_log"_s).toInt(), 2);
    p = prune(366, false);
    QVERIFY2(p.out.contains("removed 2 audit entries older than 365 days"), p.out.constData());
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM mutation_log"_s).toInt(), 0);

    // Bad settings change nothing.
    p = runServerCommand({u"admin"_s, u"prune"_s, u"--database"_s, db.url(), u"--replay-retention-days"_s, u"400"_s});
    QCOMPARE(p.exitCode, 1);
    QVERIFY2(p.err.contains("cannot be longer"), p.err.constData());
}

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_server_backup.moc"
