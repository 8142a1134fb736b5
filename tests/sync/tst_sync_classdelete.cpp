// A class deleted on device A reaches device B through a real k12-server:
// every row of it is deleted on B, none held, even when the deletions span
// several pull pages (the class's tombstone comes first, and the mass-delete
// guard lets the rows of a deleted class go); an archived class too. The guard
// still holds more than half of a class deleted while the class itself stays.
#include "SyncDevice.h"
#include "tests/common/RolloverFixture.h"
#include "tests/server/ServerHarness.h"

#include "kernel/domain/EntitySchema.h"
#include "models/actions/ClassActions.h"
#include "models/actions/ClassDeleteActions.h"
#include "sync/engine/HeldDeletions.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

qint64 rowsOfClass(Store &store, const QString &classId)
{
    qint64 n = countRows(store, u"class"_s, u"id = '%1' AND deleted = 0"_s.arg(classId));
    for (const EntityDef &def : EntitySchema::all()) {
        if (def.scopeField == u"class_id")
            n += countRows(store, def.name, u"class_id = '%1' AND deleted = 0"_s.arg(classId));
    }
    return n;
}

// Small pull pages, so one class's deletions span several of them.
SyncReport syncInPages(SyncDevice &d, int pullLimit)
{
    SyncState s(d.store().database());
    SyncSession::Options o;
    o.pullLimit = pullLimit;
    SyncSession session(d.store().database(), d.api(), s, o);
    return session.run();
}

} // namespace

class TestSyncClassDelete : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ClassDeleteActions::setSnapshotHook({}); }
    void deletedClassReachesTheOtherDevice();
    void halfAClassWithoutItsClassIsStillHeld();
};

void TestSyncClassDelete::deletedClassReachesTheOtherDevice()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher teacher = createTeacher(db.url(), u"ada@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());

    const CourseShape shape{20, 6, 10, 3}; // 200 scores, ~280 rows a class
    const QString active = makeCourseClass(a.store(), u"Algebra I"_s, u"P1"_s, u"2025-26"_s, shape);
    const QString archived = makeCourseClass(a.store(), u"Biology"_s, u"P2"_s, u"2024-25"_s, shape);
    const QString kept = makeCourseClass(a.store(), u"Geometry"_s, u"P3"_s, u"2025-26"_s, shape);
    QVERIFY(ClassActions(ActionRunner(a.store())).setArchived(archived, true));
    SyncReport r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = b.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    const qint64 rows = rowsOfClass(b.store(), active);
    QVERIFY(rows > 250);
    QCOMPARE(rowsOfClass(b.store(), archived), rowsOfClass(a.store(), archived));

    QUndoStack stack;
    QVERIFY(ClassDeleteActions(ActionRunner(a.store(), &stack)).remove(active));
    QVERIFY(ClassDeleteActions(ActionRunner(a.store(), &stack)).remove(archived));
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(a.queued(), 0);

    // B pulls ~570 deletions 150 at a time: the first page holds Algebra's tombstone and 116 of its 230
    // enrollments, assignments and scores (the class in the same page lets them go), the second the other
    // 114 (the class already deleted here lets them go). Nothing held, everything of both classes gone.
    r = syncInPages(b, 150);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.heldDeletions, 0);
    QCOMPARE(r.held, 0);
    QCOMPARE(HeldDeletions(b.store().database()).count(), 0);
    QCOMPARE(rowsOfClass(b.store(), active), 0);
    QCOMPARE(rowsOfClass(b.store(), archived), 0);
    QCOMPARE(rowsOfClass(b.store(), kept), rowsOfClass(a.store(), kept));

    // A's undo brings the classes back on B (the archived one archived).
    stack.undo();
    stack.undo();
    r = a.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(a.queued(), 0);
    r = syncInPages(b, 50);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(rowsOfClass(b.store(), active), rows);
    QCOMPARE(rowsOfClass(b.store(), archived), rowsOfClass(a.store(), archived));
    QCOMPARE(countRows(b.store(), u"class"_s, u"id = '%1' AND archived = 1 AND deleted = 0"_s.arg(archived)), 1);
}

void TestSyncClassDelete::halfAClassWithoutItsClassIsStillHeld()
{
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher teacher = createTeacher(db.url(), u"grace@school.org"_s);
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    // 10 enrollments + 10 assignments + 100 scores = 120 guarded rows.
    const QString id = makeCourseClass(a.store(), u"Algebra I"_s, u"P1"_s, u"2025-26"_s, CourseShape{10, 2, 10, 1});
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());

    // 70 of the 100 scores deleted, the class staying: more than half of 120 is 61 -> held on B.
    ChangeList doomed;
    for (const QVariantMap &row : a.store().rows(*EntitySchema::find(u"score"_s), u"class_id = ?"_s, {id}).mid(0, 70))
        doomed.append(Change::remove(u"score"_s, row.value(u"id"_s).toString()));
    QVERIFY(ActionRunner(a.store()).write(u"Delete"_s, u"test.delete"_s, doomed));
    QVERIFY(a.sync().ok());
    SyncReport r = b.sync();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.heldDeletions, 70);
    QCOMPARE(countRows(b.store(), u"score"_s, u"class_id = '%1' AND deleted = 0"_s.arg(id)), 100);
}

QTEST_GUILESS_MAIN(TestSyncClassDelete)
#include "tst_sync_classdelete.moc"
