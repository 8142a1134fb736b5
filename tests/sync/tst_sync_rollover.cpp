// A rollover through a real k12-server over HTTP: the mutations device A pushes
// make the same new classes on device B (every row equal), the old classes
// arrive archived, and A's undo of the rollover removes them on B too.
#include "SyncDevice.h"
#include "tests/common/RolloverFixture.h"
#include "tests/server/ServerHarness.h"

#include "kernel/domain/EntitySchema.h"
#include "models/actions/RolloverActions.h"
#include "sync/engine/HeldDeletions.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

// Every live row of the tables a rollover writes, without rev (each side counts its own).
QMap<QString, QVariantMap> classRows(Store &store)
{
    QMap<QString, QVariantMap> all;
    for (const QString &entity :
         {u"class"_s, u"category"_s, u"grading_scale"_s, u"standard"_s, u"grading_period"_s, u"assignment"_s,
          u"assignment_standard"_s, u"unit_plan"_s, u"lesson"_s, u"enrollment"_s}) {
        for (QVariantMap row : store.rows(*EntitySchema::find(entity))) {
            row.remove(u"rev"_s);
            all.insert(entity + u'/' + row.value(u"id"_s).toString(), row);
        }
    }
    return all;
}

// Why rows were set aside on a device (none should be).
QString heldReasons(Store &store)
{
    QSqlQuery q(store.database().connection());
    QStringList reasons;
    if (q.exec(u"SELECT entity, reason FROM held_row LIMIT 3"_s)) {
        while (q.next())
            reasons << q.value(0).toString() + u": "_s + q.value(1).toString();
    }
    return reasons.join(u"; "_s);
}

} // namespace

class TestSyncRollover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondDevicePullsTheSameNewClasses();
};

void TestSyncRollover::secondDevicePullsTheSameNewClasses()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"ada@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());

    // The figure's shape (6 x 200 assignments, 40 lessons), 10 students each to keep the first push short.
    QStringList sources;
    for (int i = 0; i < 6; ++i)
        sources << makeCourseClass(a.store(), u"Algebra I"_s, u"P%1"_s.arg(i + 1), u"2026-27 Fall"_s,
                                   CourseShape{200, 40, 10, 10});
    SyncReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = b.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY2(r.held == 0, qPrintable(heldReasons(b.store())));
    QCOMPARE(classRows(b.store()), classRows(a.store()));

    QUndoStack stack;
    RolloverOptions o;
    o.classIds = sources;
    o.toTerm = u"2026-27 Spring"_s;
    o.keepRoster = true;
    const Result<RolloverPlan> done = RolloverActions{ActionRunner(a.store(), &stack)}.run(o);
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    QCOMPARE(stack.count(), 1);
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(a.queued(), 0);
    r = b.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY2(r.held == 0, qPrintable(heldReasons(b.store())));
    const QMap<QString, QVariantMap> onA = classRows(a.store());
    QCOMPARE(countRows(b.store(), u"class"_s, u"term = '2026-27 Spring' AND deleted = 0"_s), 6);
    QCOMPARE(countRows(b.store(), u"class"_s, u"archived = 1 AND deleted = 0"_s), 6);
    QCOMPARE(countRows(b.store(), u"assignment"_s, u"deleted = 0 AND published = 0"_s), 1200);
    QCOMPARE(countRows(b.store(), u"enrollment"_s, u"deleted = 0"_s), 120);
    QCOMPARE(classRows(b.store()), onA);

    // Undo on A: B loses the new classes and gets the old ones back, unarchived.
    stack.undo();
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = b.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    // Removing whole classes' rows is "more than half of a class at once": B holds
    // those deletions for the teacher (DESIGN.md); applying them settles B.
    QVERIFY2(r.held == 0, qPrintable(heldReasons(b.store())));
    if (r.heldDeletions > 0) {
        const Result<int> applied = HeldDeletions(b.store().database()).apply();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error()));
        QCOMPARE(*applied, r.heldDeletions);
    }
    QCOMPARE(countRows(b.store(), u"class"_s, u"term = '2026-27 Spring' AND deleted = 0"_s), 0);
    QCOMPARE(countRows(b.store(), u"class"_s, u"archived = 1 AND deleted = 0"_s), 0);
    QCOMPARE(classRows(b.store()), classRows(a.store()));
}

QTEST_GUILESS_MAIN(TestSyncRollover)
#include "tst_sync_rollover.moc"
