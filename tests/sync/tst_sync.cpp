// The sync client against real k12-server processes over real HTTP (SQLite,
// and PostgreSQL where it says so): offline queues, exactly-once delivery,
// field merges and conflicts, token refresh and expiry, rate limits, roster
// changes from the server's admin, the CLI, and the background worker.
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "models/actions/Actions.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/GradebookData.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Outbox.h"
#include "sync/SyncService.h"
#include "sync/engine/ConflictStore.h"
#include "sync/engine/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

// A class with three students and two assignments, made on one device.
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
    c.name = u"Physics"_s;
    c.period = u"2"_s;
    d.classId = *ClassRepository(store).create(c, u"x"_s);
    QList<Student> roster;
    for (const auto &[given, family, number] :
         {std::tuple{u"Marie"_s, u"Curie"_s, u"11"_s}, std::tuple{u"Lise"_s, u"Meitner"_s, u"12"_s},
          std::tuple{u"Niels"_s, u"Bohr"_s, u"13"_s}}) {
        Student s;
        s.givenName = given;
        s.familyName = family;
        s.studentNumber = number;
        roster.append(s);
    }
    (void)StudentRepository(store).enroll(roster, d.classId, u"x"_s);
    for (const Student &s : StudentRepository(store).enrolledIn(d.classId))
        d.students.append(s.id);
    for (const QString &title : {u"Lab 1"_s, u"Lab 2"_s}) {
        Assignment a;
        a.classId = d.classId;
        a.title = title;
        a.pointsPossible = 10;
        d.assignments.append(*AssignmentRepository(store).create(a, u"x"_s));
    }
    return d;
}

Status setPoints(Store &store, const ClassData &d, int student, int assignment, double points)
{
    Score s = ScoreRepository(store).scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student));
    s.points = points;
    return ScoreRepository(store).save(s, u"grade.set"_s);
}

std::optional<double> pointsOf(Store &store, const ClassData &d, int student, int assignment)
{
    return ScoreRepository(store).scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student)).points;
}

// Every row the teacher's account can pull from the server, from the beginning.
QList<QJsonObject> serverRows(ServerProcess &server, const Teacher &teacher)
{
    HttpClient http(server.baseUrl());
    Teacher t = teacher;
    if (!login(http, t))
        return {};
    return pullAll(http, t);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offlineEditsQueueThenArriveOnce_data();
    void offlineEditsQueueThenArriveOnce();
    void newDevicePullsEverything();
    void termFormulaAndFinalOverrideRoundTrip();
    void differentFieldsMergeSameFieldConflicts();
    void keepServerResolvesWithoutWriting();
    void accessTokenRefreshedOn401();
    void expiredRefreshTokenSignsOutAndKeepsTheQueue();
    void rateLimitIsReportedWithRetryAfter();
    void rejectedMutationStepsAside();
    void rosterImportReachesTheClient();
    void retryPolicyBacksOffWithJitterAndOpensTheCircuit();
    void workerGoesOnlineWhenTheServerComesBack();
    void cliLoginSyncStatusConflicts();
};

void TestSync::offlineEditsQueueThenArriveOnce_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestSync::offlineEditsQueueThenArriveOnce()
{
    QFETCH(QString, backend);
    QString why;
    K12_REQUIRE("postgresql", TestDatabase::available(backend, &why), why);
    TestDatabase db(backend);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher teacher = createTeacher(db.url(), u"ada@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());

    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QCOMPARE(server.stop(), 0);

    // Offline: the teacher works; everything waits in the outbox.
    const ClassData d = makeClass(laptop.store());
    for (int s = 0; s < 3; ++s)
        for (int a = 0; a < 2; ++a)
            QVERIFY(setPoints(laptop.store(), d, s, a, 5 + s + a).ok());
    QVERIFY(setPoints(laptop.store(), d, 0, 0, 9.5).ok()); // an edit of an edit
    const qint64 queued = laptop.queued();
    QCOMPARE(queued, qint64(1 + 3 + 3 + 2 + 6 + 1)); // class, students, enrollments, assignments, scores, re-edit
    SyncReport offline = laptop.sync();
    QVERIFY(offline.offline());
    QCOMPARE(laptop.queued(), queued);

    // The server comes back (same database, a new port): one sync delivers everything.
    QVERIFY(server.start(db.url()));
    laptop.moveTo(server.baseUrl());
    SyncReport report = laptop.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.pushed, int(queued));
    QCOMPARE(report.applied, int(queued));
    QCOMPARE(laptop.queued(), 0);

    // Exactly once: each row once on the server, with the last value.
    const QList<QJsonObject> rows = serverRows(server, teacher);
    QSet<QString> ids;
    int scores = 0;
    for (const QJsonObject &row : rows) {
        QVERIFY2(!ids.contains(row[u"id"_s].toString()), "a row pulled twice");
        ids.insert(row[u"id"_s].toString());
        if (row[u"entity"_s].toString() == u"score"_s)
            ++scores;
    }
    QCOMPARE(scores, 6);
    QCOMPARE(ids.size(), 1 + 3 + 3 + 2 + 6);
    const QString firstScore = Score::idFor(d.assignments.at(0), d.students.at(0));
    for (const QJsonObject &row : rows) {
        if (row[u"id"_s].toString() == firstScore)
            QCOMPARE(row[u"fields"_s][u"points"_s].toDouble(), 9.5);
    }
    // The pulled revisions came back onto the local rows.
    QVERIFY(ClassRepository(laptop.store()).find(d.classId)->rev > 0);
}

void TestSync::newDevicePullsEverything()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"grace@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice first;
    QVERIFY(first.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(first.store());
    QVERIFY(setPoints(first.store(), d, 1, 1, 7).ok());
    QVERIFY(first.sync().ok());

    SyncDevice second;
    QVERIFY(second.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    SyncReport report = second.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(ClassRepository(second.store()).find(d.classId)->name, u"Physics"_s);
    QCOMPARE(StudentRepository(second.store()).enrolledIn(d.classId).size(), 3);
    QCOMPARE(*pointsOf(second.store(), d, 1, 1), 7.0);
    QCOMPARE(second.queued(), 0); // pulled rows make no outbox entries
    QVERIFY(second.state().cursor() > 0);
}

void TestSync::termFormulaAndFinalOverrideRoundTrip()
{
    // A term by formula and an overridden final letter with its reason, made on
    // one device, reach another through the server; the other device's clear
    // comes back to the first.
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"grace@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice first;
    QVERIFY(first.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(first.store());
    Actions one(first.store());
    GradingPeriod q1;
    q1.classId = d.classId;
    q1.name = u"Q1"_s;
    q1.startDate = QDate(2026, 9, 1);
    q1.endDate = QDate(2026, 10, 31);
    q1.id = *one.periods().add(q1);
    QVERIFY(one.periods().assign({d.assignments.at(0)}, q1.id));
    // Marie: Lab 1 8/10 (Q1 = 80), Lab 2 6/10: S1 = 50 % Q1 + 50 % Lab 2 = 70 (C-).
    QVERIFY(setPoints(first.store(), d, 0, 0, 8).ok());
    QVERIFY(setPoints(first.store(), d, 0, 1, 6).ok());
    Result<QString> s1 =
        one.finals().addTerm(d.classId, u"S1"_s, {{q1.id, {}, {}, 50}, {{}, d.assignments.at(1), {}, 50}});
    QVERIFY(s1);
    const int marie = [&] {
        const GradebookData data = *GradebookData::load(first.store(), d.classId);
        return data.studentIndex(d.students.at(0));
    }();
    QVERIFY(one.finals().setOverride(d.classId, d.students.at(0), *s1, u"C"_s, u"Lab 2 redone in class"_s));
    SyncReport report = first.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));

    SyncDevice second;
    QVERIFY(second.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    report = second.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    {
        const GradebookData data = *GradebookData::load(second.store(), d.classId);
        QCOMPARE(data.periods.find(*s1)->formula,
                 (QList<FormulaPart>{{q1.id, {}, {}, 50}, {{}, d.assignments.at(1), {}, 50}}));
        const FinalGrade g = FinalGrades(data).of(marie, *s1);
        QCOMPARE(GradeEngine::round2(*g.percent), 70.0);
        QCOMPARE(g.computedLetter, u"C-"_s);
        QCOMPARE(g.letter, u"C"_s);
        QCOMPARE(g.reason, u"Lab 2 redone in class"_s);
    }
    QVERIFY(Actions(second.store()).finals().clearOverride(d.classId, d.students.at(0), *s1));
    report = second.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    report = first.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    const GradebookData back = *GradebookData::load(first.store(), d.classId);
    QVERIFY(back.finalOverrides.isEmpty());
    QCOMPARE(FinalGrades(back).of(marie, *s1).letter, u"C-"_s);
}

void TestSync::differentFieldsMergeSameFieldConflicts()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"lise@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(a.store());
    QVERIFY(setPoints(a.store(), d, 0, 0, 6).ok());
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());

    // Both offline: different fields of the class, and the same score.
    QVERIFY(ClassRepository(a.store()).update(d.classId, {{u"period"_s, u"4"_s}}, u"x"_s).ok());
    QVERIFY(ClassRepository(b.store()).update(d.classId, {{u"subject"_s, u"Science"_s}}, u"x"_s).ok());
    QVERIFY(setPoints(a.store(), d, 0, 0, 8).ok());
    QVERIFY(setPoints(b.store(), d, 0, 0, 9).ok());

    QVERIFY(a.sync().ok());
    SyncReport rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    QCOMPARE(rb.conflicts, 1);
    QVERIFY(a.sync().ok());

    // The class fields merged on both devices.
    for (SyncDevice *dev : {&a, &b}) {
        const SchoolClass c = *ClassRepository(dev->store()).find(d.classId);
        QCOMPARE(c.period, u"4"_s);
        QCOMPARE(c.subject, u"Science"_s);
    }
    // The score: the server kept 8; b shows 8 and holds 9 as a conflict.
    QCOMPARE(*pointsOf(b.store(), d, 0, 0), 8.0);
    ConflictStore conflicts(b.store().database());
    const QList<Conflict> open = conflicts.open();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().entity, u"score"_s);
    QCOMPARE(open.constFirst().field, u"points"_s);
    QCOMPARE(open.constFirst().mine.toDouble(), 9.0);
    QCOMPARE(open.constFirst().server.toDouble(), 8.0);

    // Keep mine: a new mutation on top of the server's revision, no new conflict.
    Result<ChangeList> mine = ConflictStore::changesFor(open.constFirst(), ConflictStore::Keep::Mine);
    QVERIFY(mine.ok());
    QVERIFY(b.store().apply(u"conflict.keep_mine"_s, *mine).ok());
    QVERIFY(conflicts.markResolved(open.constFirst().id, ConflictStore::Keep::Mine).ok());
    SyncReport again = b.sync();
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.conflicts, 0);
    QVERIFY(a.sync().ok());
    QCOMPARE(*pointsOf(a.store(), d, 0, 0), 9.0);
    QCOMPARE(*pointsOf(b.store(), d, 0, 0), 9.0);
    QCOMPARE(conflicts.openCount(), 0);
}

void TestSync::keepServerResolvesWithoutWriting()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"niels@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(a.store());
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    QVERIFY(ClassRepository(a.store()).rename(d.classId, u"Physics A"_s).ok());
    QVERIFY(ClassRepository(b.store()).rename(d.classId, u"Physics B"_s).ok());
    QVERIFY(a.sync().ok());
    QCOMPARE(b.sync().conflicts, 1);
    ConflictStore conflicts(b.store().database());
    const Conflict c = conflicts.open().constFirst();
    QCOMPARE(c.mine.toString(), u"Physics B"_s);
    const qint64 outbox = b.queued();
    QVERIFY(ConflictStore::changesFor(c, ConflictStore::Keep::Server)->isEmpty());
    QVERIFY(conflicts.markResolved(c.id, ConflictStore::Keep::Server).ok());
    QCOMPARE(b.queued(), outbox);
    QCOMPARE(ClassRepository(b.store()).find(d.classId)->name, u"Physics A"_s);
    QVERIFY(!conflicts.markResolved(c.id, ConflictStore::Keep::Server).ok()); // already settled
}

void TestSync::accessTokenRefreshedOn401()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"emmy@school.org"_s);
    ServerProcess server;
    // Expiry is in whole seconds: a 1 s token issued late in a second can
    // expire within milliseconds. 2 s lives at least one second, longer than a sync.
    QVERIFY(server.start(db.url(), {u"--access-ttl"_s, u"2"_s}));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    makeClass(laptop.store());
    QVERIFY(laptop.sync().ok());
    const QString refreshBefore = laptop.api().refreshToken();
    QTest::qWait(3100); // the access token expires
    QSignalSpy renewed(&laptop.api(), &ApiClient::tokensRenewed);
    SchoolClass other;
    other.name = u"Chemistry"_s;
    QVERIFY(ClassRepository(laptop.store()).create(other, u"x"_s).ok());
    SyncReport report = laptop.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(renewed.count(), 1);                          // one refresh, then the request went through
    QVERIFY(laptop.api().refreshToken() != refreshBefore); // rotated
    QCOMPARE(laptop.queued(), 0);
}

void TestSync::expiredRefreshTokenSignsOutAndKeepsTheQueue()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"alan@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url(), {u"--access-ttl"_s, u"1"_s, u"--refresh-ttl"_s, u"1"_s}));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    makeClass(laptop.store());
    const qint64 queued = laptop.queued();
    QTest::qWait(2100);
    SyncReport report = laptop.sync();
    QVERIFY(!report.ok());
    QVERIFY(report.error.has_value());
    QCOMPARE(report.error->kind, ApiError::Kind::SignedOut);
    QCOMPARE(laptop.queued(), queued); // nothing lost
    QVERIFY(report.message.contains(u"sign in again"_s));
    // Signing in again delivers the queue (on the same database, with token
    // lifetimes long enough that the new sign-in does not expire meanwhile).
    QCOMPARE(server.stop(), 0);
    QVERIFY(server.start(db.url()));
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(laptop.sync().ok());
    QCOMPARE(laptop.queued(), 0);
}

void TestSync::rateLimitIsReportedWithRetryAfter()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"kate@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url(), {u"--rate-per-account"_s, u"3"_s}));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    makeClass(laptop.store());
    std::optional<ApiError> limited;
    for (int i = 0; i < 30 && !limited; ++i) { // bursts of 10 are allowed
        SyncReport r = laptop.sync();
        if (r.error && r.error->kind == ApiError::Kind::RateLimited)
            limited = r.error;
    }
    QVERIFY(limited.has_value());
    QVERIFY(limited->retryAfterSeconds >= 1);
    QVERIFY(limited->retryable());
    RetryPolicy policy(RetryPolicy::Options{}, [] { return 0.0; });
    policy.recordFailure(limited->retryAfterSeconds);
    QVERIFY(policy.nextDelayMs() >= limited->retryAfterSeconds * 1000); // Retry-After is honoured
}

void TestSync::rejectedMutationStepsAside()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"rosa@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(laptop.store());
    QVERIFY(laptop.sync().ok());
    // A mutation the server must refuse (a negative weight it validates), queued
    // between two good ones: it steps aside with the reason; the others go through.
    QVERIFY(ClassRepository(laptop.store()).rename(d.classId, u"Physics 1"_s).ok());
    QSqlQuery q(laptop.store().database().connection());
    QVERIFY(q.exec(u"INSERT INTO outbox (mutation_id, entity, row_id, op, base_rev, fields, created_at) VALUES "
                   "('%1', 'category', '%2', 'upsert', 0, '{\"class_id\":\"%3\",\"name\":\"Bad\",\"weight\":-5}', "
                   "'2026-01-01T00:00:00Z')"_s.arg(newId(), newId(), d.classId)));
    QVERIFY(ClassRepository(laptop.store()).rename(d.classId, u"Physics 2"_s).ok());
    SyncReport report = laptop.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.applied, 2);
    Outbox queue(laptop.store().database());
    QCOMPARE(queue.pendingCount(), 0);
    const QList<OutboxEntry> rejected = queue.rejected();
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.constFirst().rejectedReason.contains(u"weight"_s),
             qPrintable(rejected.constFirst().rejectedReason));
    // Never retried: the next sync sends nothing.
    QCOMPARE(laptop.sync().pushed, 0);
    QVERIFY(queue.dismissRejected(rejected.constFirst().seq));
    QCOMPARE(queue.rejectedCount(), 0);
    // Dismissed: the next sync takes the server's version of everything again.
    QCOMPARE(laptop.state().cursor(), 0);
    SyncReport repull = laptop.sync();
    QVERIFY2(repull.ok(), qPrintable(repull.message));
    QVERIFY(repull.pulled > 0);
    QCOMPARE(ClassRepository(laptop.store()).find(d.classId)->name, u"Physics 2"_s);
}

void TestSync::rosterImportReachesTheClient()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"mary@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice laptop;
    QVERIFY(laptop.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const ClassData d = makeClass(laptop.store());
    QVERIFY(laptop.sync().ok());
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"roster.csv"_s);
    writeFile(csv, "given_name,family_name,student_number,email\nChien-Shiung,Wu,14,wu@school.org\n");
    const ProcessOutput imported =
        runServerCommand({u"admin"_s, u"import-roster"_s, csv, u"--class-id"_s, d.classId, u"--database"_s, db.url()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(laptop.sync().ok());
    const QList<Student> roster = StudentRepository(laptop.store()).enrolledIn(d.classId);
    QCOMPARE(roster.size(), 4);
    QVERIFY(std::any_of(roster.cbegin(), roster.cend(), [](const Student &s) { return s.studentNumber == u"14"_s; }));
}

void TestSync::retryPolicyBacksOffWithJitterAndOpensTheCircuit()
{
    double r = 0.5;
    RetryPolicy policy(RetryPolicy::Options{1000, 8000, 4, 60000}, [&r] { return r; });
    QCOMPARE(policy.nextDelayMs(), 0);
    policy.recordFailure();
    QCOMPARE(policy.nextDelayMs(), 500); // 0.5 x 1000
    policy.recordFailure();
    QCOMPARE(policy.nextDelayMs(), 1000); // 0.5 x 2000
    policy.recordFailure();
    r = 0.999;
    QVERIFY(policy.nextDelayMs() < 4000 && policy.nextDelayMs() >= 3990); // full jitter below 4000
    r = 0.0;
    QCOMPARE(policy.nextDelayMs(), 0);
    policy.recordFailure();
    QVERIFY(policy.circuitOpen());
    QCOMPARE(policy.nextDelayMs(), 60000);
    policy.recordSuccess();
    QVERIFY(!policy.circuitOpen());
    QCOMPARE(policy.nextDelayMs(), 0);
    RetryPolicy capped(RetryPolicy::Options{1000, 8000, 100, 60000}, [] { return 0.999; });
    for (int i = 0; i < 20; ++i)
        capped.recordFailure();
    QVERIFY(capped.nextDelayMs() <= 8000);
}

void TestSync::workerGoesOnlineWhenTheServerComesBack()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"hedy@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    TempProfile profile;
    ApiClient api;
    SyncAccount account(profile.store().database(), profile.path(), api);
    QVERIFY(account.signIn(*SyncAccount::parseServer(server.baseUrl()), teacher.email, kPassword).ok());
    const QString keychainProblem = account.keychainProblem();
    K12_REQUIRE("keychain", keychainProblem.isEmpty(),
                u"the worker reads the sign-in from the keychain: "_s + keychainProblem);
    QCOMPARE(server.stop(), 0);

    SyncWorker::Options options;
    options.retry = RetryPolicy::Options{200, 400, 50, 1000};
    options.timeoutMs = 3000;
    SyncService service(profile.store(), options);
    makeClass(profile.store()); // local edits while the server is down
    QTRY_VERIFY_WITH_TIMEOUT(
        service.status().connectivity == SyncStatus::Connectivity::Offline && service.status().queued > 0, 10000);
    // The server returns on the same port: the worker's /health probe notices and syncs.
    QVERIFY(server.start(db.url(), {}));
    SyncState(profile.store().database()).setValue(u"server_url"_s, server.baseUrl());
    service.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        service.status().connectivity == SyncStatus::Connectivity::Online && service.status().queued == 0, 20000);
    QVERIFY(service.status().lastSync.isValid());
}

void TestSync::cliLoginSyncStatusConflicts()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"cli@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    QTemporaryDir a, b;
    auto teacherCli = [](const QTemporaryDir &dir, QStringList args, const QByteArray &in = {}) {
        return runTeacher(QStringList{u"--profile"_s, dir.path()} + args, in);
    };
    ProcessResult r =
        teacherCli(a, {u"login"_s, u"--server"_s, server.baseUrl(), u"--email"_s, teacher.email, u"--password-stdin"_s},
                   kPassword.toUtf8() + '\n');
    K12_REQUIRE("keychain", !(r.exitCode == 1 && r.err.contains(u"keychain"_s)),
                u"no keychain in this environment (scripts/test provides one): "_s + r.err);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        teacherCli(a, {u"login"_s, u"--server"_s, server.baseUrl(), u"--email"_s, teacher.email, u"--password-stdin"_s},
                   "wrong\n")
            .exitCode,
        1);
    QCOMPARE(
        teacherCli(a, {u"login"_s, u"--server"_s, server.baseUrl(), u"--email"_s, teacher.email, u"--password-stdin"_s},
                   kPassword.toUtf8() + '\n')
            .exitCode,
        0);
    QCOMPARE(
        teacherCli(b, {u"login"_s, u"--server"_s, server.baseUrl(), u"--email"_s, teacher.email, u"--password-stdin"_s},
                   kPassword.toUtf8() + '\n')
            .exitCode,
        0);
    QCOMPARE(teacherCli(a, {u"class"_s, u"add"_s, u"Art"_s}).exitCode, 0);
    r = teacherCli(a, {u"status"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(status[u"queued"_s].toInt(), 1);
    QCOMPARE(status[u"state"_s].toString(), u"online"_s);
    QCOMPARE(teacherCli(a, {u"sync"_s}).exitCode, 0);
    QCOMPARE(teacherCli(b, {u"sync"_s}).exitCode, 0);
    // The same field on both: a conflict on the second device, listed and resolvable.
    QVERIFY(teacherCli(a, {u"class"_s, u"list"_s}).out.contains(u"Art"_s));
    const QString classId = teacherCli(b, {u"class"_s, u"list"_s}).out.split(u'\t').constFirst();
    {
        auto sa = std::move(Store::open(a.path())).value();
        QVERIFY(ClassRepository(*sa).rename(classId, u"Art I"_s).ok());
        auto sb = std::move(Store::open(b.path())).value();
        QVERIFY(ClassRepository(*sb).rename(classId, u"Art II"_s).ok());
    }
    QCOMPARE(teacherCli(a, {u"sync"_s}).exitCode, 0);
    QCOMPARE(teacherCli(b, {u"sync"_s}).exitCode, 0);
    r = teacherCli(b, {u"conflicts"_s, u"--json"_s});
    const QJsonArray conflicts = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.at(0).toObject();
    for (const QString &key : {u"id"_s, u"entity"_s, u"field"_s, u"mine"_s, u"server"_s})
        QVERIFY2(c.contains(key), qPrintable(key));
    QCOMPARE(c[u"mine"_s].toString(), u"Art II"_s);
    QCOMPARE(c[u"server"_s].toString(), u"Art I"_s);
    QCOMPARE(teacherCli(b, {u"conflicts"_s, u"resolve"_s, c[u"id"_s].toString(), u"--keep"_s, u"sideways"_s}).exitCode,
             2);
    QCOMPARE(teacherCli(b, {u"conflicts"_s, u"resolve"_s, c[u"id"_s].toString(), u"--keep"_s, u"mine"_s}).exitCode, 0);
    QCOMPARE(teacherCli(b, {u"sync"_s}).exitCode, 0);
    QCOMPARE(teacherCli(a, {u"sync"_s}).exitCode, 0);
    QVERIFY(teacherCli(a, {u"class"_s, u"list"_s}).out.contains(u"Art II"_s));
    // Offline: exit 3 with the reason.
    QCOMPARE(server.stop(), 0);
    r = teacherCli(a, {u"sync"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"cannot be reached"_s));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
