// Convergence under chaos (issue 23): three devices of one teacher and the
// real k12-server (SQLite and PostgreSQL). Each round, every device edits the
// same small gradebook offline (scores created on several devices with the
// same pair ids, partial updates, clears, missing/excused/late, comments,
// whole-column bulk edits, conflicts resolved either way), then all three run
// `k12-teacher sync` as processes at once; some are SIGKILLed at a random
// moment, and sometimes the server is SIGKILLed mid-round and restarted on the
// same database. Then everything settles with clean syncs and must hold:
//  - every device and the server have the same rows, field by field;
//  - every score value on the server was typed on some device;
//  - the server's audit lists every mutation any device queued exactly once;
//  - nothing is rejected, nothing set aside, every outbox empty.
//
// Seeds are printed on failure and replay: K12_CHAOS_SEED=N runs that one
// seed. K12_CHAOS_SEEDS=N (from K12_CHAOS_FIRST_SEED, default 1),
// K12_CHAOS_ROUNDS=R (default 5) and K12_CHAOS_BACKENDS=sqlite,postgresql
// make the long run of scripts/chaos; the suite runs a few seeds.
#include "Convergence.h"
#include "FaultProxy.h"
#include "tests/common/TestSupport.h"

#include "sync/client/ApiClient.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "kernel/logging/Logging.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Outbox.h"
#include "sync/engine/ConflictStore.h"
#include "sync/engine/HeldRows.h"
#include "sync/engine/SyncAccount.h"
#include "sync/engine/SyncState.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QStringList kServerArgs{u"--rate-per-account"_s,     u"0"_s, u"--rate-per-address"_s,     u"0"_s,
                              u"--sign-ins-per-address"_s, u"0"_s, u"--sign-ins-per-account"_s, u"0"_s};
// A small gradebook and few distinct values, so devices often touch the same
// cells, create the same pairs offline, and sometimes agree on a value.
constexpr int kStudents = 3;
constexpr int kAssignments = 2;

int envInt(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

// What every device and the server share: the class, and every value typed.
struct Gradebook
{
    QString classId;
    QStringList students;
    QStringList assignments;
    // "score id/field" -> every value (normalized JSON) some device's row held after an edit
    QHash<QString, QSet<QString>> typed;
    QSet<QString> mutationIds;
    int edits = 0;
};

class ChaosDevice
{
public:
    explicit ChaosDevice(int number)
        : m_number(number)
    {}

    Store &store() { return m_profile.store(); }
    QString dir() const { return m_profile.path(); }
    int number() const { return m_number; }

    Status signIn(const QString &url, const Teacher &teacher)
    {
        ApiClient api;
        SyncAccount account(store().database(), m_profile.path(), api);
        return account.signIn(QUrl(url), teacher.email, kPassword);
    }
    void open() { m_profile.reopen(); }
    void close() { m_profile.close(); }

    // Remembers the ids of what this device queued (before any sync sends them).
    void noteQueued(Gradebook &book)
    {
        QSqlQuery q(store().database().connection());
        q.exec(u"SELECT mutation_id FROM outbox"_s);
        while (q.next())
            book.mutationIds.insert(q.value(0).toString());
    }

    TeacherProcess sync;

private:
    int m_number;
    TempProfile m_profile;
};

void noteTyped(Gradebook &book, const Score &score)
{
    const EntityDef *def = EntitySchema::find(u"score");
    const QVariantMap fields = score.toFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (const FieldDef *field = def->field(it.key()))
            book.typed[score.id + u'/' + it.key()].insert(show(normalized(*field, it.value())));
    }
}

Score cell(Store &store, const Gradebook &book, int student, int assignment)
{
    return ScoreRepository(store).scoreFor(book.classId, book.assignments.at(assignment), book.students.at(student));
}

QString saveScores(Store &store, Gradebook &book, const QList<Score> &scores, const QString &action)
{
    const Status s = scores.size() == 1 ? ScoreRepository(store).save(scores.constFirst(), action)
                                        : ScoreRepository(store).saveAll(scores, action);
    if (!s)
        return u"%1 failed: %2"_s.arg(action, s.error());
    for (const Score &score : scores)
        noteTyped(book, score);
    ++book.edits;
    return {};
}

// One burst of a teacher's work on one device, offline. Returns a problem, if any.
QString editOffline(ChaosDevice &device, Gradebook &book, QRandomGenerator &rng)
{
    Store &store = device.store();
    const int n = 1 + int(rng.bounded(6));
    for (int e = 0; e < n; ++e) {
        const int student = int(rng.bounded(quint32(kStudents)));
        const int assignment = int(rng.bounded(quint32(kAssignments)));
        Score s = cell(store, book, student, assignment);
        const quint32 op = rng.bounded(100);
        QString problem;
        if (op < 35) { // a score typed: creates the row, or a partial update of it
            s.points = double(rng.bounded(4));
            s.missing = false;
            s.excused = false;
            problem = saveScores(store, book, {s}, u"grade.set"_s);
        } else if (op < 45) { // cleared back to ungraded
            s.points.reset();
            s.missing = s.excused = s.late = false;
            s.daysLate = 0;
            problem = saveScores(store, book, {s}, u"grade.clear"_s);
        } else if (op < 55) {
            s.missing = true;
            s.points.reset();
            problem = saveScores(store, book, {s}, u"grade.missing"_s);
        } else if (op < 65) {
            s.excused = !s.excused;
            problem = saveScores(store, book, {s}, u"grade.excused"_s);
        } else if (op < 72) {
            s.late = true;
            s.daysLate = 1 + int(rng.bounded(4));
            problem = saveScores(store, book, {s}, u"grade.late"_s);
        } else if (op < 80) {
            s.comment = u"note %1.%2"_s.arg(device.number()).arg(book.edits);
            problem = saveScores(store, book, {s}, u"grade.comment"_s);
        } else if (op < 92) { // bulk: one value for the whole column, one transaction
            QList<Score> column;
            const double points = double(rng.bounded(4));
            for (int st = 0; st < kStudents; ++st) {
                Score c = cell(store, book, st, assignment);
                c.points = points;
                c.missing = false;
                column.append(c);
            }
            problem = saveScores(store, book, column, u"bulk.set"_s);
        } else { // conflicts settled, either way
            ConflictStore conflicts(store.database());
            for (const Conflict &c : conflicts.open()) {
                const auto keep = rng.bounded(2) ? ConflictStore::Keep::Mine : ConflictStore::Keep::Server;
                Result<ChangeList> changes = ConflictStore::changesFor(c, keep);
                if (!changes)
                    return changes.error();
                if (!changes->isEmpty()) {
                    if (auto written = store.apply(u"conflict.keep_mine"_s, *changes); !written)
                        return written.error();
                    if (const auto row = store.row(*EntitySchema::find(u"score"), c.rowId))
                        noteTyped(book, Score::fromRow(*row));
                }
                if (Status resolved = conflicts.markResolved(c.id, keep); !resolved)
                    return resolved.error();
            }
        }
        if (!problem.isEmpty())
            return problem;
    }
    device.noteQueued(book);
    return {};
}

// Score values on the server that no device ever typed.
QStringList untypedValues(const ServerView &view, const Gradebook &book)
{
    QStringList problems;
    const EntityDef *def = EntitySchema::find(u"score");
    for (auto it = view.rows.cbegin(); it != view.rows.cend(); ++it) {
        if (it->value(u"entity").toString() != u"score"_s)
            continue;
        const QString id = it->value(u"id").toString();
        const QJsonObject fields = it->value(u"fields").toObject();
        for (const FieldDef &field : def->fields) {
            const QString value = show(normalizedJson(field, fields.value(field.name)));
            if (!book.typed.value(id + u'/' + field.name).contains(value))
                problems.append(u"score %1.%2 = %3 was never typed"_s.arg(id, field.name, value));
        }
    }
    return problems;
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The server, killed and restarted on the same database; devices reach it
// through a proxy whose port never changes (their sign-in is for that address).
class ChaosServer
{
public:
    ChaosServer(const QString &databaseUrl, FaultProxy &proxy)
        : m_url(databaseUrl)
        , m_proxy(proxy)
    {}

    bool start()
    {
        m_process = std::make_unique<ServerProcess>();
        if (!m_process->start(m_url, kServerArgs))
            return false;
        m_proxy.setTarget(m_process->port());
        m_up = true;
        return true;
    }
    void kill()
    {
        if (!m_up)
            return;
        ::kill(pid_t(m_process->pid()), SIGKILL);
        m_process->stop(); // reaps it
        m_proxy.closeConnections();
        m_up = false;
    }
    bool up() const { return m_up; }
    QString baseUrl() const { return m_process->baseUrl(); }
    quint16 port() const { return m_process->port(); }
    int stop() { return m_process->stop(); }

private:
    QString m_url;
    FaultProxy &m_proxy;
    std::unique_ptr<ServerProcess> m_process;
    bool m_up = false;
};

// Runs one seed; returns the problems found (empty: converged).
QStringList runSeed(const QString &backend, quint32 seed, int rounds, QString *summary)
{
    QRandomGenerator rng(seed);
    TestDatabase database(backend);
    if (!database.ok())
        return {database.error()};
    const Teacher teacher = createTeacher(database.url(), u"chaos@school.test"_s, u"Chaos Teacher"_s);
    if (teacher.id.isEmpty())
        return {u"cannot create the teacher"_s};
    FaultProxy proxy(seed); // passes everything: it only keeps the address stable
    ChaosServer server(database.url(), proxy);
    if (!server.start() || !proxy.start(server.port()))
        return {u"cannot start the server"_s};
    const QString url = proxy.baseUrl();

    std::vector<std::unique_ptr<ChaosDevice>> devices;
    for (int i = 1; i <= 3; ++i) {
        devices.push_back(std::make_unique<ChaosDevice>(i));
        if (Status s = devices.back()->signIn(url, teacher); !s)
            return {u"device %1 cannot sign in: %2"_s.arg(i).arg(s.error())};
    }

    // The class, made on device 1 and pulled by the others.
    Gradebook book;
    {
        Store &store = devices.front()->store();
        SchoolClass c;
        c.name = u"Chaos 9B"_s;
        book.classId = *ClassRepository(store).create(c, u"class.add"_s);
        QList<Student> roster;
        for (int s = 0; s < kStudents; ++s) {
            Student st;
            st.givenName = u"Given%1"_s.arg(s);
            st.familyName = u"Family%1"_s.arg(s);
            roster.append(st);
        }
        (void)StudentRepository(store).enroll(roster, book.classId, u"roster.add"_s);
        for (const Student &s : StudentRepository(store).enrolledIn(book.classId))
            book.students.append(s.id);
        for (int a = 0; a < kAssignments; ++a) {
            Assignment as;
            as.classId = book.classId;
            as.title = u"Task %1"_s.arg(a + 1);
            as.pointsPossible = 10;
            book.assignments.append(*AssignmentRepository(store).create(as, u"assignment.add"_s));
        }
        devices.front()->noteQueued(book);
    }
    for (auto &d : devices) {
        d->close();
        d->sync.start(d->dir());
        d->sync.process.waitForFinished(60000);
        if (d->sync.process.exitCode() != 0)
            return {u"setup sync of device %1: %2"_s.arg(d->number()).arg(d->sync.output())};
    }

    int syncKills = 0;
    int serverKills = 0;
    for (int round = 0; round < rounds; ++round) {
        for (auto &d : devices) {
            d->open();
            if (QString problem = editOffline(*d, book, rng); !problem.isEmpty())
                return {u"round %1, device %2: %3"_s.arg(round).arg(d->number()).arg(problem)};
            d->close();
        }
        // The devices that are online sync at once (the others stay offline
        // and pile up edits); some syncs are killed at a random moment.
        QList<int> killAt;
        for (auto &d : devices) {
            const bool online = rng.bounded(100) < 65;
            const int kill = rng.bounded(100) < 50 ? int(rng.bounded(70)) : -1; // a sync takes ~30-80 ms
            killAt.append(online ? kill : -1);
            if (online)
                d->sync.start(d->dir());
        }
        const int serverKillAt = rng.bounded(100) < 25 ? int(rng.bounded(60)) : -1;
        QElapsedTimer clock;
        clock.start();
        bool anyRunning = true;
        while (anyRunning && clock.elapsed() < 60000) {
            anyRunning = false;
            for (size_t i = 0; i < devices.size(); ++i) {
                TeacherProcess &p = devices[i]->sync;
                p.process.waitForFinished(1); // lets QProcess notice the exit
                if (!p.running())
                    continue;
                anyRunning = true;
                if (killAt[int(i)] >= 0 && clock.elapsed() >= killAt[int(i)]) {
                    p.kill();
                    ++syncKills;
                    killAt[int(i)] = -1;
                }
            }
            if (serverKillAt >= 0 && server.up() && clock.elapsed() >= serverKillAt) {
                server.kill();
                ++serverKills;
            }
        }
        for (auto &d : devices) {
            if (d->sync.running())
                return {u"round %1: the sync of device %2 did not end"_s.arg(round).arg(d->number())};
            // Nothing here is broken on purpose: a row set aside, even one a
            // later sync recovers, is a bug.
            if (const QString out = d->sync.output(); out.contains(u"set aside"_s))
                return {u"round %1, device %2: %3"_s.arg(round).arg(d->number()).arg(out)};
        }
        if (!server.up() && (rng.bounded(2) || round == rounds - 1)) {
            if (!server.start())
                return {u"round %1: the server did not restart"_s.arg(round)};
        }
    }

    // Settle: clean syncs until every outbox is empty, then one more pass so
    // that every device has pulled the last changes.
    if (!server.up() && !server.start())
        return {u"the server did not restart"_s};
    bool quiet = false;
    for (int pass = 0; pass < 6 && !quiet; ++pass) {
        quiet = true;
        for (auto &d : devices) {
            d->sync.start(d->dir());
            d->sync.process.waitForFinished(120000);
            const QString out = d->sync.output();
            if (out.contains(u"set aside"_s))
                return {u"settling sync of device %1: %2"_s.arg(d->number()).arg(out)};
            // The summary's counts are plural messages: English says "0 changes".
            if (!out.contains(u"Received 0 changes."_s) || !out.contains(u"Sent 0 changes:"_s))
                quiet = false;
            if (d->sync.process.exitCode() != 0 && pass >= 3)
                return {u"settling sync of device %1 failed: %2"_s.arg(d->number()).arg(out)};
        }
    }
    if (!quiet)
        return {u"the devices did not settle after 6 passes"_s};

    QStringList problems;
    const ServerView view = serverView(server.baseUrl(), teacher);
    problems += view.problems;
    for (auto &d : devices) {
        d->open();
        Store &store = d->store();
        for (const QString &p : compareReplica(store.database(), view))
            problems.append(u"device %1: %2"_s.arg(d->number()).arg(p));
        const qint64 pending = scalar(store, u"SELECT COUNT(*) FROM outbox"_s);
        if (pending != 0)
            problems.append(u"device %1: %2 change(s) still in the outbox"_s.arg(d->number()).arg(pending));
        for (const HeldRow &h : HeldRows(store.database()).all())
            problems.append(u"device %1: %2 %3 set aside: %4"_s.arg(d->number()).arg(h.row.entity, h.row.id, h.reason));
        d->close();
    }
    problems += untypedValues(view, book);
    QString auditError;
    const QHash<QString, int> audited = auditedMutations(database.url(), {}, &auditError, true);
    if (!auditError.isEmpty())
        problems.append(auditError);
    else
        problems += exactlyOnce(audited, QStringList(book.mutationIds.cbegin(), book.mutationIds.cend()));
    *summary =
        u"%1 seed %2: %3 rounds, %4 edits, %5 mutations, %6 syncs killed, %7 server kills, %8 rows"_s.arg(backend)
            .arg(seed)
            .arg(rounds)
            .arg(book.edits)
            .arg(book.mutationIds.size())
            .arg(syncKills)
            .arg(serverKills)
            .arg(view.rows.size());
    server.stop();
    return problems;
}

} // namespace

class TestSyncConverge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { logging::channel("sync")->set_level(spdlog::level::warn); }
    void devicesConverge_data();
    void devicesConverge();
};

void TestSyncConverge::devicesConverge_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<quint32>("seed");
    QStringList backends{u"sqlite"_s, u"postgresql"_s};
    if (qEnvironmentVariableIsSet("K12_CHAOS_BACKENDS"))
        backends = qEnvironmentVariable("K12_CHAOS_BACKENDS").split(u',', Qt::SkipEmptyParts);
    for (const QString &backend : std::as_const(backends)) {
        QList<quint32> seeds;
        if (qEnvironmentVariableIsSet("K12_CHAOS_SEED")) {
            seeds.append(quint32(qEnvironmentVariableIntValue("K12_CHAOS_SEED")));
        } else {
            // The suite's quick run: a few seeds, fewer on PostgreSQL (slower to set up).
            const int count = envInt("K12_CHAOS_SEEDS", backend == u"sqlite"_s ? 6 : 4);
            const int first = envInt("K12_CHAOS_FIRST_SEED", 1);
            for (int i = 0; i < count; ++i)
                seeds.append(quint32(first + i));
        }
        for (quint32 seed : seeds)
            QTest::addRow("%s seed %u", qPrintable(backend), seed) << backend << seed;
    }
}

void TestSyncConverge::devicesConverge()
{
    QFETCH(QString, backend);
    QFETCH(quint32, seed);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    const int rounds = envInt("K12_CHAOS_ROUNDS", 5);
    QString summary;
    QElapsedTimer timer;
    timer.start();
    const QStringList problems = runSeed(backend, seed, rounds, &summary);
    qInfo("%s in %.1f s", qPrintable(summary), double(timer.elapsed()) / 1000.0);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 did not converge (replay: K12_CHAOS_SEED=%2 K12_CHAOS_BACKENDS=%3 "
                                            "K12_CHAOS_ROUNDS=%4):\n"_s.arg(summary)
                                                .arg(seed)
                                                .arg(backend)
                                                .arg(rounds) +
                                            problems.mid(0, 30).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSyncConverge)
#include "tst_sync_converge.moc"
