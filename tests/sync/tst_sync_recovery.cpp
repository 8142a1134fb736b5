// Sync must never wedge (issue 23), against real k12-server processes:
//  - the chaos run's wedge rebuilt from scratch: two devices create the same
//    score pair offline, one edits it again (a partial update of a row the
//    server has from the other device); the server answers "applied" to the
//    create and "conflict" to the edit, with its row: that row is merged, the
//    device converges (it used to fail forever with "NOT NULL constraint
//    failed: score.class_id");
//  - the same batch answered twice (a sync killed after the server's commit):
//    the replayed answers are stored like the first ones, nothing older wins;
//  - a pulled row this build cannot store (an unknown field, a required field
//    missing for a row the device does not have) is set aside with its reason,
//    everything else is committed, sync goes on and retries it; a newer
//    version settles it;
//  - the same failure three syncs in a row is reported as stuck; being
//    offline is not.
#include "Convergence.h"
#include "FaultProxy.h"
#include "SyncDevice.h"

#include "kernel/domain/EntitySchema.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Outbox.h"
#include "sync/engine/ConflictStore.h"
#include "sync/engine/HeldRows.h"
#include "sync/engine/SyncStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

struct ClassData
{
    QString classId;
    QStringList students;
    QStringList assignments;
};

ClassData makeClass(Store &store)
{
    ClassData d;
    SchoolClass c;
    c.name = u"Chemistry"_s;
    d.classId = *ClassRepository(store).create(c, u"x"_s);
    QList<Student> roster;
    for (const QString &family : {u"Franklin"_s, u"Hodgkin"_s, u"Pauling"_s}) {
        Student s;
        s.givenName = u"G"_s;
        s.familyName = family;
        roster.append(s);
    }
    (void)StudentRepository(store).enroll(roster, d.classId, u"x"_s);
    for (const Student &s : StudentRepository(store).enrolledIn(d.classId))
        d.students.append(s.id);
    for (const QString &title : {u"Titration"_s, u"Spectra"_s}) {
        Assignment a;
        a.classId = d.classId;
        a.title = title;
        a.pointsPossible = 10;
        d.assignments.append(*AssignmentRepository(store).create(a, u"x"_s));
    }
    return d;
}

Status grade(Store &store, const ClassData &d, int student, int assignment, std::optional<double> points,
             bool excused = false)
{
    Score s = ScoreRepository(store).scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student));
    s.points = points;
    s.excused = excused;
    return ScoreRepository(store).save(s, u"grade.set"_s);
}

QStringList queuedFields(Store &store)
{
    QStringList out;
    QSqlQuery q(store.database().connection());
    q.exec(u"SELECT fields FROM outbox WHERE state = 'pending' ORDER BY seq"_s);
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// Two devices of one teacher on one server, the class made on the first and
// pulled by the second.
struct Pair
{
    TestDatabase db;
    Teacher teacher;
    ServerProcess server;
    SyncDevice a;
    SyncDevice b;
    ClassData d;

    explicit Pair(const QString &backend)
        : db(backend)
    {}

    bool start(const QString &url = {})
    {
        if (!db.ok())
            return false;
        teacher = createTeacher(db.url(), u"rosalind@school.test"_s);
        if (teacher.id.isEmpty() || !server.start(db.url()))
            return false;
        const QString base = url.isEmpty() ? server.baseUrl() : url;
        if (!a.signIn(base, teacher.email, kPassword) || !b.signIn(server.baseUrl(), teacher.email, kPassword))
            return false;
        d = makeClass(a.store());
        return a.sync().ok() && b.sync().ok();
    }

    QStringList divergence(SyncDevice &device)
    {
        const ServerView view = serverView(server.baseUrl(), teacher);
        return view.problems + compareReplica(device.store().database(), view);
    }
};

QString heldReasons(Store &store)
{
    QStringList reasons;
    for (const HeldRow &h : HeldRows(store.database()).all())
        reasons.append(h.row.entity + u": "_s + h.reason);
    return reasons.join(u"; "_s);
}

void backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

} // namespace

class TestSyncRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partialEditOfAPairCreatedTwice_data() { backends(); }
    void partialEditOfAPairCreatedTwice();
    void answersReplayedAfterAKilledSync();
    void unstorableRowsAreSetAsideAndSyncGoesOn();
    void sameFailureThreeTimesIsStuck();
};

void TestSyncRecovery::partialEditOfAPairCreatedTwice()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    Pair p(backend);
    QVERIFY2(p.start(), qPrintable(p.db.error()));

    // Offline on both: the same two cells graded alike on both devices (same
    // pair ids, so the server sees one row created twice), then edited again
    // on A: partial updates with base_rev 0 of rows A itself created.
    QVERIFY(grade(p.a.store(), p.d, 0, 0, 9.5));
    QVERIFY(grade(p.b.store(), p.d, 0, 0, 9.5));
    QVERIFY(grade(p.a.store(), p.d, 0, 0, 1.0));
    QVERIFY(grade(p.a.store(), p.d, 1, 1, std::nullopt, true));
    QVERIFY(grade(p.b.store(), p.d, 1, 1, std::nullopt, true));
    QVERIFY(grade(p.a.store(), p.d, 1, 1, 5.0, false));
    const QStringList queued = queuedFields(p.a.store());
    QCOMPARE(queued.size(), 4);
    QVERIFY2(!queued.at(1).contains(u"class_id"_s), qPrintable(queued.at(1))); // partial: only what changed
    QVERIFY2(!queued.at(3).contains(u"class_id"_s), qPrintable(queued.at(3)));

    QVERIFY(p.b.sync().ok()); // B's rows reach the server first

    // A: each create is answered "applied" (the server has the same values),
    // each edit "conflict" with the server's row, which A must merge.
    const SyncReport first = p.a.sync();
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.applied, 2);
    QCOMPARE(first.conflicts, 2);
    QCOMPARE(first.held, 0);
    QCOMPARE(p.a.queued(), 0);
    QCOMPARE(ConflictStore(p.a.store().database()).openCount(), 3); // points twice, excused once

    // Nothing stuck: A, B and the server hold the same rows.
    QVERIFY(p.b.sync().ok());
    const SyncReport again = p.a.sync();
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(HeldRows(p.a.store().database()).count(), 0);
    QStringList problems = p.divergence(p.a) + p.divergence(p.b);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The teacher keeps A's value: a new mutation on top of the server's row, synced everywhere.
    ConflictStore conflicts(p.a.store().database());
    for (const Conflict &c : conflicts.open()) {
        Result<ChangeList> changes = ConflictStore::changesFor(c, ConflictStore::Keep::Mine);
        QVERIFY(changes);
        QVERIFY(p.a.store().apply(u"conflict.keep_mine"_s, *changes));
        QVERIFY(conflicts.markResolved(c.id, ConflictStore::Keep::Mine));
    }
    QVERIFY(p.a.sync().ok());
    QVERIFY(p.b.sync().ok());
    QCOMPARE(ScoreRepository(p.b.store())
                 .scoreFor(p.d.classId, p.d.assignments.at(0), p.d.students.at(0))
                 .points.value_or(-1),
             1.0);
    problems = p.divergence(p.a) + p.divergence(p.b);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSyncRecovery::answersReplayedAfterAKilledSync()
{
    Pair p(u"sqlite"_s);
    QVERIFY2(p.start(), qPrintable(p.db.error()));
    QVERIFY(grade(p.a.store(), p.d, 2, 0, 7.0));
    QVERIFY(grade(p.b.store(), p.d, 2, 0, 7.0));
    QVERIFY(grade(p.a.store(), p.d, 2, 0, 3.0));
    QVERIFY(grade(p.a.store(), p.d, 2, 1, 8.0));
    QVERIFY(p.b.sync().ok());

    // A's batch reaches the server, but A never learns the answers (its sync
    // was killed after the server's commit): the same request, sent here.
    Outbox queue(p.a.store().database());
    protocol::PushRequest request;
    request.clientId = p.a.state().clientId();
    for (const OutboxEntry &e : queue.nextBatch(500))
        request.mutations.append(e.mutation);
    QCOMPARE(request.mutations.size(), 3);
    ApiResult<protocol::PushResponse> lost = p.a.api().push(request);
    QVERIFY(std::holds_alternative<protocol::PushResponse>(lost));

    // Meanwhile B changes the same cell again: the replayed conflict answer
    // carries an older row than the server now has.
    QVERIFY(grade(p.b.store(), p.d, 2, 0, 6.5));
    QVERIFY(p.b.sync().ok());

    const SyncReport report = p.a.sync(); // every answer a replay of the first
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.pushed, 3);
    QCOMPARE(report.held, 0);
    QCOMPARE(p.a.queued(), 0);
    QCOMPARE(ScoreRepository(p.a.store())
                 .scoreFor(p.d.classId, p.d.assignments.at(0), p.d.students.at(2))
                 .points.value_or(-1),
             6.5);
    QVERIFY(p.b.sync().ok());
    const QStringList problems = p.divergence(p.a) + p.divergence(p.b);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSyncRecovery::unstorableRowsAreSetAsideAndSyncGoesOn()
{
    Pair p(u"sqlite"_s);
    FaultProxy proxy(1);
    QVERIFY2(p.db.ok(), qPrintable(p.db.error()));
    p.teacher = createTeacher(p.db.url(), u"rosalind@school.test"_s);
    QVERIFY(p.server.start(p.db.url()));
    QVERIFY(proxy.start(p.server.port()));
    QVERIFY(p.b.signIn(p.server.baseUrl(), p.teacher.email, kPassword));
    p.d = makeClass(p.b.store());
    QVERIFY(grade(p.b.store(), p.d, 0, 0, 4.0));
    QVERIFY(grade(p.b.store(), p.d, 1, 0, 5.0));
    QVERIFY(p.b.sync().ok());

    // A pulls through a proxy that breaks two rows of the page: a student
    // with a field this build does not know (a newer server's required
    // field), and a score without its class (a row A does not have yet).
    const QString badStudent = p.d.students.at(0);
    const QString badScore = Score::idFor(p.d.assignments.at(0), p.d.students.at(1));
    proxy.setResponseRewriter([&](const QByteArray &line, const QByteArray &body) {
        if (!line.contains("/sync/pull"))
            return body;
        QJsonObject page = QJsonDocument::fromJson(body).object();
        QJsonArray changes = page.value(u"changes").toArray();
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QJsonObject row = changes.at(i).toObject();
            QJsonObject fields = row.value(u"fields").toObject();
            if (row.value(u"id").toString() == badStudent)
                fields.insert(u"pronouns_required"_s, u"x"_s);
            else if (row.value(u"id").toString() == badScore)
                fields.remove(u"class_id"_s);
            else
                continue;
            row.insert(u"fields"_s, fields);
            changes[i] = row;
        }
        page.insert(u"changes"_s, changes);
        return QJsonDocument(page).toJson(QJsonDocument::Compact);
    });
    QVERIFY(p.a.signIn(proxy.baseUrl(), p.teacher.email, kPassword));
    const SyncReport first = p.a.sync();
    QVERIFY2(first.ok(), qPrintable(first.message)); // the sync itself went through
    QCOMPARE(first.held, 2);
    QCOMPARE(first.heldTotal, 2);
    Database &db = p.a.store().database();
    QCOMPARE(SyncState(db).cursor(), serverView(p.server.baseUrl(), p.teacher).cursor);
    QVERIFY(p.a.store().row(*EntitySchema::find(u"class"), p.d.classId)); // the rest is here
    QVERIFY(p.a.store().row(*EntitySchema::find(u"score"), Score::idFor(p.d.assignments.at(0), p.d.students.at(0))));
    QVERIFY(!p.a.store().row(*EntitySchema::find(u"score"), badScore));
    QVERIFY(!p.a.store().row(*EntitySchema::find(u"student"), badStudent));
    const QString reasons = heldReasons(p.a.store());
    QVERIFY2(reasons.contains(u"pronouns_required"_s), qPrintable(reasons));
    QVERIFY2(reasons.contains(u"class_id"_s), qPrintable(reasons));

    // Tried again at every sync; after three tries the teacher is told.
    QCOMPARE(HeldRows(db).stuckCount(), 0);
    QVERIFY(p.a.sync().ok());
    QVERIFY(p.a.sync().ok());
    QCOMPARE(HeldRows(db).count(), 2);
    QCOMPARE(HeldRows(db).stuckCount(), 2);

    // Local edits still sync while rows are held.
    QVERIFY(grade(p.a.store(), p.d, 2, 1, 9.0));
    QVERIFY(p.a.sync().ok());
    QCOMPARE(p.a.queued(), 0);

    // The server's next version of each is clean: stored, and the held ones settle.
    proxy.setResponseRewriter({});
    Student s = *StudentRepository(p.b.store()).find(badStudent);
    s.givenName = u"Rosalind"_s;
    QVERIFY(StudentRepository(p.b.store()).save(s, u"student.edit"_s));
    QVERIFY(grade(p.b.store(), p.d, 1, 0, 5.5));
    QVERIFY(p.b.sync().ok());
    const SyncReport settled = p.a.sync();
    QVERIFY2(settled.ok(), qPrintable(settled.message));
    QCOMPARE(HeldRows(db).count(), 0);
    QVERIFY(p.b.sync().ok());
    const QStringList problems = p.divergence(p.a) + p.divergence(p.b);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSyncRecovery::sameFailureThreeTimesIsStuck()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher teacher = createTeacher(db.url(), u"rosalind@school.test"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    FaultProxy proxy(2);
    QVERIFY(proxy.start(server.port()));
    SyncDevice a;
    QVERIFY(a.signIn(proxy.baseUrl(), teacher.email, kPassword));
    // Every pull answer is one this client cannot read.
    proxy.setResponseRewriter([](const QByteArray &line, const QByteArray &body) {
        return line.contains("/sync/pull") ? QByteArray("{\"changes\":7}") : body;
    });
    for (int i = 1; i <= 3; ++i) {
        const SyncReport r = a.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.failuresInRow, i);
        QCOMPARE(r.stuck(), i == 3);
    }
    QCOMPARE(a.state().errorStreak(), 3);

    // Offline is not stuck: the count starts over.
    QCOMPARE(server.stop(), 0);
    a.moveTo(server.baseUrl()); // connection refused, not a proxy that hangs up
    const SyncReport offline = a.sync();
    QVERIFY(offline.offline());
    QCOMPARE(offline.failuresInRow, 0);
    QVERIFY(!offline.stuck());
    QCOMPARE(a.state().errorStreak(), 0);
}

QTEST_GUILESS_MAIN(TestSyncRecovery)
#include "tst_sync_recovery.moc"
