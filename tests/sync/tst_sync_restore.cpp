// A server restored from an older backup, with two clients that kept editing
// (issue 19), against real k12-server processes: nothing lost, nothing
// deleted without the teacher's say.
//  - both clients edit and sync after the backup, and keep edits unsent; the
//    server is restored (new epoch); a third device deletes a score on the
//    restored server; both clients sync: every edit of both is back on the
//    server, the deletion is held on each client (not applied) until its
//    teacher applies it (A) or keeps the row (B), and all converge;
//  - the mass-delete guard: a pull deleting 60 % of a class's enrollments,
//    assignments and scores is held (and `k12-teacher sync` lists it;
//    `--apply-deletions` applies it), one deleting 10 % applies.
#include "Convergence.h"
#include "SyncDevice.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "sync/engine/HeldDeletions.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
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

ClassData makeClass(Store &store, int students, int assignments)
{
    ClassData d;
    SchoolClass c;
    c.name = u"Chemistry"_s;
    d.classId = *ClassRepository(store).create(c, u"x"_s);
    QList<Student> roster;
    for (int i = 0; i < students; ++i) {
        Student s;
        s.givenName = u"G"_s;
        s.familyName = u"Student %1"_s.arg(i);
        roster.append(s);
    }
    (void)StudentRepository(store).enroll(roster, d.classId, u"x"_s);
    for (const Student &s : StudentRepository(store).enrolledIn(d.classId))
        d.students.append(s.id);
    for (int i = 0; i < assignments; ++i) {
        Assignment a;
        a.classId = d.classId;
        a.title = u"Lab %1"_s.arg(i);
        a.pointsPossible = 10;
        d.assignments.append(*AssignmentRepository(store).create(a, u"x"_s));
    }
    return d;
}

bool grade(Store &store, const ClassData &d, int student, int assignment, double points)
{
    Score s = ScoreRepository(store).scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student));
    s.points = points;
    return bool(ScoreRepository(store).save(s, u"grade.set"_s));
}

double pointsOn(Store &store, const ClassData &d, int student, int assignment)
{
    return ScoreRepository(store)
        .scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student))
        .points.value_or(-1);
}

double pointsOnServer(const ServerView &view, const ClassData &d, int student, int assignment)
{
    for (const QJsonObject &row : view.rows) {
        const QJsonObject f = row.value(u"fields").toObject();
        if (row.value(u"entity").toString() == u"score"_s && !row.value(u"deleted").toBool() &&
            f.value(u"assignment_id").toString() == d.assignments.at(assignment) &&
            f.value(u"student_id").toString() == d.students.at(student))
            return f.value(u"points").toDouble(-1);
    }
    return -2;
}

qint64 liveRows(Store &store)
{
    qint64 n = 0;
    for (const QString &table : {u"student"_s, u"enrollment"_s, u"assignment"_s, u"score"_s, u"\"class\""_s})
        n += countRows(store, table, u"deleted = 0"_s);
    return n;
}

QString scoreId(Store &store, const ClassData &d, int student, int assignment)
{
    return ScoreRepository(store).scoreFor(d.classId, d.assignments.at(assignment), d.students.at(student)).id;
}

void sync(SyncDevice &device, const char *what)
{
    const SyncReport r = device.sync();
    QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(what) + u": "_s + r.message));
}

} // namespace

class TestSyncRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoredServerLosesNothing();
    void massDeleteIsHeld();
};

void TestSyncRestore::restoredServerLosesNothing()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher teacher = createTeacher(db.url(), u"rosalind@school.test"_s);
    QVERIFY(!teacher.id.isEmpty());
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(server->start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server->baseUrl(), teacher.email, kPassword));
    QVERIFY(b.signIn(server->baseUrl(), teacher.email, kPassword));
    const ClassData d = makeClass(a.store(), 3, 2);
    QVERIFY(grade(a.store(), d, 0, 0, 1));
    sync(a, "A first");
    sync(b, "B first");
    QVERIFY(grade(b.store(), d, 1, 0, 2));
    sync(b, "B before the backup");
    sync(a, "A before the backup");

    QTemporaryDir dir;
    const QString backup = dir.filePath(u"server.backup"_s);
    const ProcessOutput made =
        runServerCommand({u"admin"_s, u"backup"_s, u"--database"_s, db.url(), u"--out"_s, backup});
    QVERIFY2(made.exitCode == 0, made.err.constData());

    // After the backup: edits on both, synced (the old server has them all)...
    QVERIFY(grade(a.store(), d, 0, 0, 7));
    QVERIFY(grade(b.store(), d, 1, 1, 8));
    Assignment quiz;
    quiz.classId = d.classId;
    quiz.title = u"Quiz"_s;
    quiz.pointsPossible = 5;
    const QString quizId = *AssignmentRepository(a.store()).create(quiz, u"x"_s);
    sync(a, "A after the backup");
    sync(b, "B after the backup");
    sync(a, "A again");
    // ... and edits not sent yet when the server goes back in time.
    QVERIFY(grade(a.store(), d, 2, 0, 5));
    QVERIFY(grade(b.store(), d, 2, 1, 6));
    const qint64 liveA = liveRows(a.store()), liveB = liveRows(b.store());

    QCOMPARE(server->stop(), 0);
    const ProcessOutput restored =
        runServerCommand({u"admin"_s, u"restore"_s, u"--database"_s, db.url(), u"--from"_s, backup});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    server = std::make_unique<ServerProcess>();
    QVERIFY(server->start(db.url()));
    a.moveTo(server->baseUrl());
    b.moveTo(server->baseUrl());

    // A third device, fresh on the restored server, deletes one score the
    // backup has: a deletion from the new epoch the clients must not apply
    // without their teacher.
    SyncDevice c;
    QVERIFY(c.signIn(server->baseUrl(), teacher.email, kPassword));
    sync(c, "C on the restored server");
    const QString doomed = scoreId(c.store(), d, 1, 0);
    QVERIFY(!doomed.isEmpty());
    QVERIFY(c.store().apply(u"grade.delete"_s, ChangeList{Change::remove(u"score"_s, doomed)}));
    sync(c, "C deletes");

    const SyncReport ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QVERIFY(ra.rebootstrapped);
    QVERIFY2(ra.resent >= 3, qPrintable(QString::number(ra.resent))); // (0,0)=7, (1,1)=8, the quiz
    QCOMPARE(ra.heldDeletions, 1);
    const SyncReport rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    QVERIFY(rb.rebootstrapped);
    QCOMPARE(rb.heldDeletions, 1);
    sync(a, "A settles");
    sync(b, "B settles");

    // Nothing deleted on either client (each got the other's unsent new
    // score); every edit of both is on the server.
    QCOMPARE(liveRows(a.store()), liveA + 1);
    QCOMPARE(liveRows(b.store()), liveB + 1);
    QCOMPARE(pointsOn(a.store(), d, 1, 0), 2.0);
    ServerView view = serverView(server->baseUrl(), teacher);
    QVERIFY2(view.problems.isEmpty(), qPrintable(view.problems.join(u'\n')));
    QCOMPARE(pointsOnServer(view, d, 0, 0), 7.0);
    QCOMPARE(pointsOnServer(view, d, 1, 1), 8.0);
    QCOMPARE(pointsOnServer(view, d, 2, 0), 5.0);
    QCOMPARE(pointsOnServer(view, d, 2, 1), 6.0);
    QCOMPARE(pointsOnServer(view, d, 0, 1), -2.0); // never graded
    QVERIFY(view.rows.contains(keyOf(u"assignment"_s, quizId)));
    QCOMPARE(HeldDeletions(a.store().database()).all().size(), 1);
    QCOMPARE(HeldDeletions(b.store().database()).all().size(), 1);
    QCOMPARE(HeldDeletions(a.store().database()).all().constFirst().row.id, doomed);

    // A's teacher agrees with the deletion; B's keeps the row, which sends it back.
    Result<int> applied = HeldDeletions(a.store().database()).apply();
    QVERIFY(applied && *applied == 1);
    QCOMPARE(pointsOn(a.store(), d, 1, 0), -1.0);
    Result<int> kept = HeldDeletions(b.store().database()).keep();
    QVERIFY(kept && *kept == 1);
    sync(b, "B keeps");
    sync(a, "A pulls the kept row");
    sync(c, "C pulls the kept row");
    QCOMPARE(pointsOn(a.store(), d, 1, 0), 2.0);

    // Everyone converges on the server's rows, field by field.
    view = serverView(server->baseUrl(), teacher);
    QStringList problems = view.problems;
    for (SyncDevice *device : {&a, &b, &c})
        problems += compareReplica(device->store().database(), view);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(a.queued(), 0);
    QCOMPARE(b.queued(), 0);
}

void TestSyncRestore::massDeleteIsHeld()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Teacher teacher = createTeacher(db.url(), u"rosalind@school.test"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword));
    // 20 enrollments + 2 assignments + 40 scores = 62 rows in the class.
    const ClassData d = makeClass(a.store(), 20, 2);
    for (int s = 0; s < 20; ++s) {
        QVERIFY(grade(a.store(), d, s, 0, s % 10));
        QVERIFY(grade(a.store(), d, s, 1, 10 - s % 10));
    }
    sync(a, "A first");
    HttpClient http(server.baseUrl());
    QVERIFY(login(http, teacher));
    auto deleteScores = [&](int from, int count) {
        QJsonArray ms;
        for (int i = from; i < from + count; ++i)
            ms.append(mutation(u"score"_s, scoreId(a.store(), d, i % 20, i / 20), {}, 0, u"delete"_s));
        return push(http, teacher, uuid(), ms).status;
    };

    // 6 of 62 (10 %): applied as usual.
    QCOMPARE(deleteScores(0, 6), 200);
    SyncReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.heldDeletions, 0);
    QCOMPARE(countRows(a.store(), u"score"_s, u"deleted = 0"_s), 34);

    // 34 of the 56 left (60 %): held, nothing deleted here.
    QCOMPARE(deleteScores(6, 34), 200);
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.heldDeletions, 34);
    QCOMPARE(r.heldDeletionsTotal, 34);
    QCOMPARE(countRows(a.store(), u"score"_s, u"deleted = 0"_s), 34);
    // Held, not retried: another sync deletes nothing either.
    QVERIFY(a.sync().ok());
    QCOMPARE(countRows(a.store(), u"score"_s, u"deleted = 0"_s), 34);

    // `k12-teacher sync` lists them and fails until the teacher decides;
    // --apply-deletions applies them.
    QProcess cli;
    cli.start(QStringLiteral(K12_TEACHER_BIN), {u"--profile"_s, a.profile().path(), u"sync"_s});
    QVERIFY(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(out.contains(u"The server deleted 34 rows"_s) && out.count(u"would delete: score "_s) == 34,
             qPrintable(out));
    cli.start(QStringLiteral(K12_TEACHER_BIN), {u"--profile"_s, a.profile().path(), u"sync"_s, u"--apply-deletions"_s});
    QVERIFY(cli.waitForFinished(60000));
    const QString applied = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0 && applied.contains(u"Deleted 34 held rows."_s),
             qPrintable(applied + QString::fromUtf8(cli.readAllStandardError())));
    QCOMPARE(countRows(a.store(), u"score"_s, u"deleted = 0"_s), 0);
    const ServerView view = serverView(server.baseUrl(), teacher);
    const QStringList problems = view.problems + compareReplica(a.store().database(), view);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSyncRestore)
#include "tst_sync_restore.moc"
