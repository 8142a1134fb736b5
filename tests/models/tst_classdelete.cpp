// Deleting a class (issue 19): a "before-delete" backup first (none, no
// delete), then the class and every row of it deleted in one step (synced
// deletes in the outbox), one undo that brings back exactly the same rows; an
// archived class is deleted as it is and comes back archived; other classes
// and the students stay.
#include "tests/common/RolloverFixture.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "models/actions/ClassActions.h"
#include "models/actions/ClassDeleteActions.h"
#include "models/backup/BackupService.h"
#include "models/repositories/ClassRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

// Every live row of every synced table, without rev and updated_at.
QMap<QString, QVariantMap> liveRows(Store &store)
{
    QMap<QString, QVariantMap> all;
    for (const EntityDef &def : EntitySchema::all()) {
        for (QVariantMap row : store.rows(def)) {
            row.remove(u"rev"_s);
            row.remove(u"updated_at"_s);
            all.insert(def.name + u'/' + row.value(u"id"_s).toString(), row);
        }
    }
    return all;
}

qint64 rowsOfClass(Store &store, const QString &classId)
{
    qint64 n = countRows(store, u"class"_s, u"id = '%1' AND deleted = 0"_s.arg(classId));
    for (const EntityDef &def : EntitySchema::all()) {
        if (def.scopeField == u"class_id")
            n += countRows(store, def.name, u"class_id = '%1' AND deleted = 0"_s.arg(classId));
    }
    return n;
}

} // namespace

class TestClassDelete : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ClassDeleteActions::setSnapshotHook({}); }
    void summaryCountsWhatGoes();
    void deleteTakesABackupThenEverythingAndUndoBringsItBack();
    void archivedClassIsDeletedAsItIs();
    void failedBackupDeletesNothing();
};

void TestClassDelete::summaryCountsWhatGoes()
{
    TempProfile p;
    // 3 assignments, 4 lessons, 2 students, 2 standards: hand count of the rows of makeCourseClass.
    const QString id = makeCourseClass(p.store(), u"Algebra I"_s, u"P1"_s, u"2025-26"_s, CourseShape{3, 4, 2, 2});
    Result<ClassDeleteActions::Summary> s = ClassDeleteActions(ActionRunner(p.store())).summarize(id);
    QVERIFY2(s, qPrintable(s ? QString() : s.error()));
    QCOMPARE(s->label, u"Algebra I (2025-26)"_s);
    QCOMPARE(s->students, 2);
    QCOMPARE(s->assignments, 3);
    QCOMPARE(s->grades, 6);
    QVERIFY(s->hasGrades());
    // class 1, categories 4, standards 2, periods 3, assignments 3, tags 3, units 4, lessons 4,
    // enrollments 2, scores 6 (the fixture writes no grading scale).
    QCOMPARE(s->rows, 1 + 4 + 2 + 3 + 3 + 3 + 4 + 4 + 2 + 6);
    QCOMPARE(qint64(s->rows), rowsOfClass(p.store(), id));
    QVERIFY(!ClassDeleteActions(ActionRunner(p.store())).summarize(u"no-such-class"_s));
}

void TestClassDelete::deleteTakesABackupThenEverythingAndUndoBringsItBack()
{
    TempProfile p;
    const CourseShape shape{20, 10, 8, 3};
    const QString doomed = makeCourseClass(p.store(), u"Algebra I"_s, u"P1"_s, u"2025-26"_s, shape);
    const QString kept = makeCourseClass(p.store(), u"Algebra I"_s, u"P2"_s, u"2025-26"_s, shape);
    const QMap<QString, QVariantMap> before = liveRows(p.store());
    const qint64 keptRows = rowsOfClass(p.store(), kept);
    const qint64 students = countRows(p.store(), u"student"_s, u"deleted = 0"_s);
    const qint64 doomedRows = rowsOfClass(p.store(), doomed);
    const qint64 outboxBefore = countRows(p.store(), u"outbox"_s);

    QUndoStack stack;
    QString backupId;
    Result<ClassDeleteActions::Summary> s =
        ClassDeleteActions(ActionRunner(p.store(), &stack)).remove(doomed, &backupId);
    QVERIFY2(s, qPrintable(s ? QString() : s.error()));
    QCOMPARE(qint64(s->rows), doomedRows);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"Delete Class"_s);

    // Gone here, every row of it; the other class and the students stay.
    QCOMPARE(rowsOfClass(p.store(), doomed), 0);
    QCOMPARE(countRows(p.store(), u"class"_s, u"id = '%1' AND deleted = 1"_s.arg(doomed)), 1);
    QCOMPARE(rowsOfClass(p.store(), kept), keptRows);
    QCOMPARE(countRows(p.store(), u"student"_s, u"deleted = 0"_s), students);
    // One synced delete per row; the class's first (its tombstone reaches other devices first).
    QCOMPARE(countRows(p.store(), u"outbox"_s) - outboxBefore, doomedRows);
    QCOMPARE(countRows(p.store(), u"audit_log"_s, u"action = 'class.delete'"_s) > 0, true);

    // The backup, with its reason, holds the class.
    const std::optional<BackupInfo> backup = BackupService(p.path()).find(backupId);
    QVERIFY(backup);
    QCOMPARE(backup->reason, u"before-delete"_s);
    QVERIFY(backup->isBeforeSomething()); // kept 30 days by the policy
    QCOMPARE(QFileInfo(backup->path).permissions() & 0x0077, QFileDevice::Permissions());

    // Undo: exactly the same rows.
    stack.undo();
    QCOMPARE(rowsOfClass(p.store(), doomed), doomedRows);
    QCOMPARE(liveRows(p.store()), before);
    stack.redo();
    QCOMPARE(rowsOfClass(p.store(), doomed), 0);
}

void TestClassDelete::archivedClassIsDeletedAsItIs()
{
    TempProfile p;
    const QString id = makeCourseClass(p.store(), u"Biology"_s, {}, u"2024-25"_s, CourseShape{4, 2, 3, 1});
    QVERIFY(ClassActions(ActionRunner(p.store())).setArchived(id, true));
    const QMap<QString, QVariantMap> before = liveRows(p.store());
    const qint64 rows = rowsOfClass(p.store(), id);
    QUndoStack stack;
    Result<ClassDeleteActions::Summary> s = ClassDeleteActions(ActionRunner(p.store(), &stack)).remove(id);
    QVERIFY2(s, qPrintable(s ? QString() : s.error()));
    QVERIFY(s->archived);
    QCOMPARE(rowsOfClass(p.store(), id), 0);
    stack.undo();
    QCOMPARE(rowsOfClass(p.store(), id), rows);
    QCOMPARE(countRows(p.store(), u"class"_s, u"id = '%1' AND archived = 1"_s.arg(id)), 1);
    QCOMPARE(liveRows(p.store()), before);
    // Still read-only after the undo: an edit is refused.
    Result<SchoolClass> c = ClassRepository(p.store()).resolve(id);
    QVERIFY(c);
    c->name = u"Biology II"_s;
    const Status edit = ClassActions(ActionRunner(p.store())).edit(*c);
    QVERIFY(!edit);
    QCOMPARE(edit.error(), u"Biology (2024-25) is archived; restore it to change it."_s);
}

void TestClassDelete::failedBackupDeletesNothing()
{
    TempProfile p;
    const QString id = makeCourseClass(p.store(), u"Chemistry"_s, {}, u"2025-26"_s, CourseShape{2, 1, 2, 1});
    const QMap<QString, QVariantMap> before = liveRows(p.store());
    ClassDeleteActions::setSnapshotHook(
        [](const QString &reason) -> Status { return fail(u"disk full (%1)"_s.arg(reason)); });
    Result<ClassDeleteActions::Summary> s = ClassDeleteActions(ActionRunner(p.store())).remove(id);
    ClassDeleteActions::setSnapshotHook({});
    QVERIFY(!s);
    QCOMPARE(s.error(),
             u"Chemistry (2025-26) was not deleted: the backup before it failed (disk full (before-delete))."_s);
    QCOMPARE(liveRows(p.store()), before);
}

QTEST_GUILESS_MAIN(TestClassDelete)
#include "tst_classdelete.moc"
