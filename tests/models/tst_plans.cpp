// Unit and lesson plans without widgets: duplicate (with a date shift, into
// another class), reorder, delete, every edit through the one rule and the
// undo stack, the week of lessons across classes, school-day arithmetic.
#include "tests/common/TestSupport.h"
#include "kernel/domain/Clock.h"

#include "models/commands/UndoableWriter.h"
#include "models/itemmodels/LessonListModel.h"
#include "models/itemmodels/UnitListModel.h"
#include "models/itemmodels/WeekPlanModel.h"
#include "models/plans/PlanChanges.h"
#include "models/plans/PlanDates.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestPlans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schoolDays();
    void duplicateInSameClassShiftsEveryDate();
    void duplicateIntoAnotherClassMapsStandards();
    void duplicateWithoutShiftKeepsDates();
    void duplicateOfUnknownUnitFails();
    void reorderByMoveIsOneUndoStep();
    void reorderByDropMovesTheDraggedLesson();
    void reorderByMoveRows();
    void everyEditWritesOutboxAndAudit();
    void invalidEditIsRefusedAndWritesNothing();
    void removeUnitTakesItsLessonsAndUndoBringsThemBack();
    void nextLessonGoesAfterTheLast();
    void unitListUpdatesInPlace();
    void weekShowsLessonsAcrossClasses();

private:
    Store &store() { return m_profile->store(); }
    QString makeClass(const QString &name);
    QString makeStandard(const QString &classId, const QString &code);
    QString makeUnit(const QString &classId, const QString &title, const QDate &start, const QDate &end,
                     const QStringList &standards = {});
    QString makeLesson(const QString &unitId, const QString &title, const QDate &date, int position,
                       const QStringList &standards = {}, const QString &assignmentId = {});
    QStringList lessonTitles(const QString &unitId);

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_stack;
    QString m_classId;
};

void TestPlans::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_stack = std::make_unique<QUndoStack>();
    m_classId = makeClass(u"Algebra I"_s);
}

void TestPlans::cleanup()
{
    Clock::reset();
    m_stack.reset();
    m_profile.reset();
}

QString TestPlans::makeClass(const QString &name)
{
    SchoolClass c;
    c.name = name;
    return *ClassRepository(store()).create(c, u"test"_s);
}

QString TestPlans::makeStandard(const QString &classId, const QString &code)
{
    Standard s;
    s.classId = classId;
    s.code = code;
    s.description = u"About "_s + code;
    return *StandardRepository(store()).create(s, u"test"_s);
}

QString TestPlans::makeUnit(const QString &classId, const QString &title, const QDate &start, const QDate &end,
                            const QStringList &standards)
{
    UnitPlan u;
    u.classId = classId;
    u.title = title;
    u.startDate = start;
    u.endDate = end;
    u.summary = u"Summary of "_s + title;
    u.standardIds = standards;
    u.position = PlanQueries(store()).nextUnitPosition(classId);
    return *UnitPlanRepository(store()).create(u, u"test"_s);
}

QString TestPlans::makeLesson(const QString &unitId, const QString &title, const QDate &date, int position,
                              const QStringList &standards, const QString &assignmentId)
{
    const UnitPlan unit = *UnitPlanRepository(store()).find(unitId);
    Lesson l;
    l.classId = unit.classId;
    l.unitId = unitId;
    l.title = title;
    l.date = date;
    l.position = position;
    l.objectives = u"Objectives of "_s + title;
    l.standardIds = standards;
    l.assignmentId = assignmentId;
    return *LessonRepository(store()).create(l, u"test"_s);
}

QStringList TestPlans::lessonTitles(const QString &unitId)
{
    QStringList titles;
    for (const Lesson &l : PlanQueries(store()).lessons(unitId))
        titles.append(l.title);
    return titles;
}

void TestPlans::schoolDays()
{
    const QDate wednesday(2026, 3, 4);
    QCOMPARE(PlanDates::mondayOf(wednesday), QDate(2026, 3, 2));
    QCOMPARE(PlanDates::mondayOf(QDate(2026, 3, 2)), QDate(2026, 3, 2));
    QCOMPARE(PlanDates::mondayOf(QDate(2026, 3, 8)), QDate(2026, 3, 2)); // Sunday belongs to the week before
    QCOMPARE(PlanDates::nextMonday(wednesday), QDate(2026, 3, 9));
    QCOMPARE(PlanDates::nextMonday(QDate(2026, 3, 2)), QDate(2026, 3, 9));       // strictly after
    QCOMPARE(PlanDates::addSchoolDays(QDate(2026, 3, 6), 1), QDate(2026, 3, 9)); // Friday + 1 = Monday
    QCOMPARE(PlanDates::addSchoolDays(QDate(2026, 3, 7), 1), QDate(2026, 3, 9)); // Saturday + 1 = Monday
    QCOMPARE(PlanDates::addSchoolDays(QDate(2026, 3, 9), -1), QDate(2026, 3, 6));
    QCOMPARE(PlanDates::addSchoolDays(wednesday, 10), QDate(2026, 3, 18));
    QCOMPARE(PlanDates::unitEnd(QDate(2026, 3, 2), 3), QDate(2026, 3, 20)); // Friday of the third week
}

void TestPlans::duplicateInSameClassShiftsEveryDate()
{
    const QString std1 = makeStandard(m_classId, u"RP.1"_s);
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20), {std1});
    makeLesson(unit, u"What is a ratio"_s, QDate(2026, 3, 2), 0, {std1});
    makeLesson(unit, u"Tables"_s, QDate(2026, 3, 4), 1);
    makeLesson(unit, u"Unit rates"_s, QDate(2026, 3, 9), 2);
    const qint64 outboxBefore = test::countRows(store(), u"outbox"_s);

    // Next term starts on Monday 7 September: every date moves by the same 189 days.
    Result<PlanChanges::Duplicate> dup = PlanChanges::duplicateUnit(store(), unit, m_classId, QDate(2026, 9, 7));
    QVERIFY2(dup.ok(), qPrintable(dup.error()));
    QCOMPARE(dup->dayShift, 189);
    QCOMPARE(dup->lessonCount, 3);
    QCOMPARE(dup->standardsAdded, 0);
    UndoableWriter writer(store(), m_stack.get());
    QVERIFY(writer.apply(u"Duplicate Unit"_s, u"unit.duplicate"_s, dup->changes).ok());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(test::countRows(store(), u"outbox"_s), outboxBefore + 4);

    const UnitPlan copy = *UnitPlanRepository(store()).find(dup->unitId);
    QCOMPARE(copy.title, u"Ratios (copy)"_s);
    QCOMPARE(copy.classId, m_classId);
    QCOMPARE(copy.startDate, QDate(2026, 9, 7));
    QCOMPARE(copy.endDate, QDate(2026, 9, 25));
    QCOMPARE(copy.standardIds, QStringList{std1});
    QCOMPARE(copy.summary, u"Summary of Ratios"_s);
    QCOMPARE(copy.position, 1);
    const QList<Lesson> lessons = PlanQueries(store()).lessons(dup->unitId);
    QCOMPARE(lessons.size(), 3);
    QCOMPARE(lessons.at(0).date, QDate(2026, 9, 7));
    QCOMPARE(lessons.at(1).date, QDate(2026, 9, 9));
    QCOMPARE(lessons.at(2).date, QDate(2026, 9, 14));
    QCOMPARE(lessons.at(2).title, u"Unit rates"_s);
    QCOMPARE(lessons.at(0).objectives, u"Objectives of What is a ratio"_s);
    QCOMPARE(lessons.at(0).standardIds, QStringList{std1});
    // The source is untouched.
    QCOMPARE(PlanQueries(store()).lessons(unit).at(0).date, QDate(2026, 3, 2));

    // One undo removes the copy and all its lessons; redo brings them back.
    m_stack->undo();
    QVERIFY(!UnitPlanRepository(store()).find(dup->unitId));
    QCOMPARE(PlanQueries(store()).lessons(dup->unitId).size(), 0);
    QCOMPARE(PlanQueries(store()).units(m_classId).size(), 1);
    m_stack->redo();
    QCOMPARE(PlanQueries(store()).lessons(dup->unitId).size(), 3);
    QCOMPARE(UnitPlanRepository(store()).find(dup->unitId)->startDate, QDate(2026, 9, 7));
}

void TestPlans::duplicateIntoAnotherClassMapsStandards()
{
    const QString rp1 = makeStandard(m_classId, u"RP.1"_s);
    const QString rp2 = makeStandard(m_classId, u"RP.2"_s);
    Assignment quiz;
    quiz.classId = m_classId;
    quiz.title = u"Quiz"_s;
    const QString quizId = *AssignmentRepository(store()).create(quiz, u"test"_s);
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20), {rp1, rp2});
    makeLesson(unit, u"Lesson A"_s, QDate(2026, 3, 2), 0, {rp2}, quizId);

    const QString other = makeClass(u"Algebra I, period 5"_s);
    const QString otherRp1 = makeStandard(other, u"rp.1"_s); // the same standard, spelled in lower case

    Result<PlanChanges::Duplicate> dup = PlanChanges::duplicateUnit(store(), unit, other, QDate());
    QVERIFY2(dup.ok(), qPrintable(dup.error()));
    QCOMPARE(dup->standardsAdded, 1);
    QCOMPARE(dup->dayShift, 0);
    QVERIFY(store().apply(u"unit.duplicate"_s, dup->changes).ok());

    const UnitPlan copy = *UnitPlanRepository(store()).find(dup->unitId);
    QCOMPARE(copy.title, u"Ratios"_s); // another class: no "(copy)"
    QCOMPARE(copy.classId, other);
    QCOMPARE(copy.startDate, QDate(2026, 3, 2));
    const QList<Standard> otherStandards = PlanQueries(store()).standards(other);
    QCOMPARE(otherStandards.size(), 2);
    QString otherRp2;
    for (const Standard &s : otherStandards) {
        if (s.code == u"RP.2"_s)
            otherRp2 = s.id;
    }
    QVERIFY(!otherRp2.isEmpty() && otherRp2 != rp2);
    QCOMPARE(copy.standardIds, (QStringList{otherRp1, otherRp2}));
    const Lesson lesson = PlanQueries(store()).lessons(dup->unitId).constFirst();
    QCOMPARE(lesson.classId, other);
    QCOMPARE(lesson.standardIds, QStringList{otherRp2});
    QVERIFY(lesson.assignmentId.isEmpty()); // the quiz belongs to the first class
}

void TestPlans::duplicateWithoutShiftKeepsDates()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(), QDate());
    makeLesson(unit, u"Undated"_s, QDate(), 0);
    makeLesson(unit, u"Dated"_s, QDate(2026, 3, 4), 1);
    // No unit start: the shift is measured from the first dated lesson.
    Result<PlanChanges::Duplicate> dup =
        PlanChanges::duplicateUnit(store(), unit, m_classId, QDate(2026, 3, 11), u"Ratios again"_s);
    QVERIFY(dup.ok());
    QCOMPARE(dup->dayShift, 7);
    QVERIFY(store().apply(u"unit.duplicate"_s, dup->changes).ok());
    const UnitPlan copy = *UnitPlanRepository(store()).find(dup->unitId);
    QCOMPARE(copy.title, u"Ratios again"_s);
    QCOMPARE(copy.startDate, QDate(2026, 3, 11));
    const QList<Lesson> lessons = PlanQueries(store()).lessons(dup->unitId);
    QVERIFY(!lessons.at(0).date.isValid());
    QCOMPARE(lessons.at(1).date, QDate(2026, 3, 11));
}

void TestPlans::duplicateOfUnknownUnitFails()
{
    QVERIFY(!PlanChanges::duplicateUnit(store(), newId(), m_classId, QDate()).ok());
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(), QDate());
    QVERIFY(!PlanChanges::duplicateUnit(store(), unit, newId(), QDate()).ok());
}

void TestPlans::reorderByMoveIsOneUndoStep()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    for (int i = 0; i < 4; ++i)
        makeLesson(unit, u"L%1"_s.arg(i + 1), QDate(2026, 3, 2 + i), i);
    LessonListModel model(store(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUnitId(unit);
    QCOMPARE(model.rowCount(), 4);
    const qint64 outbox = test::countRows(store(), u"outbox"_s);
    const qint64 audit = test::countRows(store(), u"audit_log"_s);

    // Move L4 to the top: L4 L1 L2 L3. Every lesson's position changes, in one transaction.
    QVERIFY(model.moveLesson(3, 0));
    QCOMPARE(lessonTitles(unit), (QStringList{u"L4"_s, u"L1"_s, u"L2"_s, u"L3"_s}));
    QCOMPARE(model.data(model.index(0), LessonListModel::TitleRole).toString(), u"L4"_s);
    QVERIFY(model.data(model.index(0)).toString().startsWith(u"1. L4"_s));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Reorder Lessons"_s);
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 4);
    QCOMPARE(test::countRows(store(), u"audit_log"_s), audit + 4);
    // Each mutation carries the position alone (seq counts up from 1: nothing was removed from the outbox).
    QCOMPARE(test::countRows(store(), u"outbox"_s, u"seq > %1 AND fields LIKE '{\"position\":_}'"_s.arg(outbox)), 4);

    // Moving L1 one down (L4 L2 L1 L3) writes only the two lessons that change place.
    QVERIFY(model.moveLesson(1, 2));
    QCOMPARE(lessonTitles(unit), (QStringList{u"L4"_s, u"L2"_s, u"L1"_s, u"L3"_s}));
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 6);
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    QCOMPARE(lessonTitles(unit), (QStringList{u"L4"_s, u"L1"_s, u"L2"_s, u"L3"_s}));
    m_stack->undo();
    QCOMPARE(lessonTitles(unit), (QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s}));
    QCOMPARE(model.data(model.index(0), LessonListModel::TitleRole).toString(), u"L1"_s); // the model follows undo
    m_stack->redo();
    QCOMPARE(model.data(model.index(0), LessonListModel::TitleRole).toString(), u"L4"_s);
    QVERIFY(model.moveLesson(2, 2)); // no move, no write
    QCOMPARE(m_stack->index(), 1);
}

void TestPlans::reorderByDropMovesTheDraggedLesson()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    for (int i = 0; i < 3; ++i)
        makeLesson(unit, u"L%1"_s.arg(i + 1), QDate(2026, 3, 2 + i), i);
    LessonListModel model(store(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUnitId(unit);
    QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled)); // never onto a lesson
    QVERIFY(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));

    // Drag the first lesson and drop it below the last one.
    std::unique_ptr<QMimeData> drag(model.mimeData({model.index(0)}));
    QVERIFY(model.canDropMimeData(drag.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    model.dropMimeData(drag.get(), Qt::MoveAction, 3, 0, QModelIndex());
    QCOMPARE(lessonTitles(unit), (QStringList{u"L2"_s, u"L3"_s, u"L1"_s}));
    QCOMPARE(m_stack->count(), 1);
    // Dropped at the end of the list (row -1).
    std::unique_ptr<QMimeData> again(model.mimeData({model.index(0)}));
    model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, QModelIndex());
    QCOMPARE(lessonTitles(unit), (QStringList{u"L3"_s, u"L1"_s, u"L2"_s}));
    // Foreign data is refused.
    QMimeData text;
    text.setText(u"L1"_s);
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestPlans::reorderByMoveRows()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    for (int i = 0; i < 3; ++i)
        makeLesson(unit, u"L%1"_s.arg(i + 1), QDate(2026, 3, 2 + i), i);
    LessonListModel model(store(), m_stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUnitId(unit);
    // QListView's internal move: row 0 before row 2 (old numbering) = L2 L1 L3.
    QVERIFY(model.moveRow(QModelIndex(), 0, QModelIndex(), 2));
    QCOMPARE(lessonTitles(unit), (QStringList{u"L2"_s, u"L1"_s, u"L3"_s}));
    QVERIFY(!model.moveRow(QModelIndex(), 0, QModelIndex(), 9)); // out of range
}

void TestPlans::everyEditWritesOutboxAndAudit()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    const QString lesson = makeLesson(unit, u"L1"_s, QDate(2026, 3, 2), 0);
    UndoableWriter writer(store(), m_stack.get());
    struct Edit
    {
        QString entity;
        QString id;
        QString field;
        QVariant value;
    };
    const QList<Edit> edits{
        {u"unit_plan"_s, unit, u"title"_s, u"Ratios and rates"_s},
        {u"unit_plan"_s, unit, u"summary"_s, u"Compare quantities"_s},
        {u"unit_plan"_s, unit, u"essential_questions"_s, u"Why compare?"_s},
        {u"unit_plan"_s, unit, u"status"_s, u"ready"_s},
        {u"unit_plan"_s, unit, u"end_date"_s, u"2026-03-27"_s},
        {u"lesson"_s, lesson, u"objectives"_s, u"Write a ratio"_s},
        {u"lesson"_s, lesson, u"activities"_s, u"<p><b>Warm-up</b></p>"_s},
        {u"lesson"_s, lesson, u"materials"_s, u"Counters"_s},
        {u"lesson"_s, lesson, u"homework"_s, u"Page 12"_s},
        {u"lesson"_s, lesson, u"date"_s, u"2026-03-03"_s},
        {u"lesson"_s, lesson, u"standard_ids"_s, u"[\"x\"]"_s},
    };
    for (const Edit &e : edits) {
        const qint64 outbox = test::countRows(store(), u"outbox"_s);
        const qint64 audit = test::countRows(store(), u"audit_log"_s);
        const int steps = m_stack->count();
        const QVariant before = store().row(*EntitySchema::find(e.entity), e.id)->value(e.field);
        const Status s = writer.record(u"Edit"_s, e.entity + u".edit"_s, [&] {
            return e.entity == u"lesson"_s ? LessonRepository(store()).update(e.id, {{e.field, e.value}}, u"x"_s)
                                           : UnitPlanRepository(store()).update(e.id, {{e.field, e.value}}, u"x"_s);
        });
        QVERIFY2(s.ok(), qPrintable(e.field + u": "_s + s.error()));
        QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 1);
        QCOMPARE(test::countRows(store(), u"audit_log"_s), audit + 1);
        // The mutation carries only the changed field.
        QCOMPARE(
            test::countRows(store(), u"outbox"_s,
                            u"seq = (SELECT MAX(seq) FROM outbox) AND row_id = '%1' AND fields LIKE '%\"%2\"%'"_s.arg(
                                e.id, e.field)),
            1);
        QCOMPARE(m_stack->count(), steps + 1);
        QCOMPARE(store().row(*EntitySchema::find(e.entity), e.id)->value(e.field).toString(), e.value.toString());
        // Undo writes the old value back, as a new change that syncs too.
        m_stack->undo();
        QCOMPARE(store().row(*EntitySchema::find(e.entity), e.id)->value(e.field), before);
        QCOMPARE(test::countRows(store(), u"outbox"_s), outbox + 2);
        m_stack->redo();
        QCOMPARE(store().row(*EntitySchema::find(e.entity), e.id)->value(e.field).toString(), e.value.toString());
    }
}

void TestPlans::invalidEditIsRefusedAndWritesNothing()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    UndoableWriter writer(store(), m_stack.get());
    const qint64 outbox = test::countRows(store(), u"outbox"_s);
    const Status endBeforeStart = writer.record(u"Edit"_s, u"unit.edit"_s, [&] {
        return UnitPlanRepository(store()).update(unit, {{u"end_date"_s, u"2026-02-01"_s}}, u"unit.edit"_s);
    });
    QVERIFY(!endBeforeStart.ok());
    QVERIFY2(endBeforeStart.error().contains(u"cannot end before it starts"_s), qPrintable(endBeforeStart.error()));
    const Status noTitle = writer.record(u"Edit"_s, u"unit.edit"_s, [&] {
        return UnitPlanRepository(store()).update(unit, {{u"title"_s, u"  "_s}}, u"unit.edit"_s);
    });
    QVERIFY(!noTitle.ok());
    QCOMPARE(test::countRows(store(), u"outbox"_s), outbox);
    QCOMPARE(m_stack->count(), 0);
}

void TestPlans::removeUnitTakesItsLessonsAndUndoBringsThemBack()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    makeLesson(unit, u"L1"_s, QDate(2026, 3, 2), 0);
    makeLesson(unit, u"L2"_s, QDate(2026, 3, 3), 1);
    UndoableWriter writer(store(), m_stack.get());
    QVERIFY(writer.apply(u"Delete Unit"_s, u"unit.delete"_s, PlanChanges::removeUnit(store(), unit)).ok());
    QVERIFY(!UnitPlanRepository(store()).find(unit));
    QCOMPARE(test::countRows(store(), u"lesson"_s, u"deleted = 1"_s), 2);
    QCOMPARE(test::countRows(store(), u"outbox"_s, u"op = 'delete'"_s), 3);
    m_stack->undo();
    QVERIFY(UnitPlanRepository(store()).find(unit));
    QCOMPARE(lessonTitles(unit), (QStringList{u"L1"_s, u"L2"_s}));
}

void TestPlans::nextLessonGoesAfterTheLast()
{
    const QString unit = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    const UnitPlan u = *UnitPlanRepository(store()).find(unit);
    Lesson first = PlanChanges::nextLesson(store(), u, QDate(2026, 1, 1));
    QCOMPARE(first.title, u"Lesson 1"_s);
    QCOMPARE(first.date, QDate(2026, 3, 2)); // the unit's first day
    QCOMPARE(first.position, 0);
    makeLesson(unit, u"L1"_s, QDate(2026, 3, 6), 0); // a Friday
    Lesson second = PlanChanges::nextLesson(store(), u, QDate(2026, 1, 1));
    QCOMPARE(second.title, u"Lesson 2"_s);
    QCOMPARE(second.date, QDate(2026, 3, 9)); // the Monday after
    QCOMPARE(second.position, 1);
}

void TestPlans::unitListUpdatesInPlace()
{
    const QString a = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    UnitListModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(UnitPlanRepository(store()).update(a, {{u"title"_s, u"Ratios!"_s}}, u"x"_s).ok());
    QCOMPARE(resets.count(), 0); // the selection in the view survives a title edit
    QCOMPARE(changes.count(), 1);
    QVERIFY(model.data(model.index(0)).toString().startsWith(u"Ratios!\n"_s));
    makeUnit(m_classId, u"Proportions"_s, QDate(2026, 3, 23), QDate(2026, 4, 10));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1), UnitListModel::TitleRole).toString(), u"Proportions"_s);
    QCOMPARE(model.rowOf(a), 0);
}

void TestPlans::weekShowsLessonsAcrossClasses()
{
    const QString other = makeClass(u"Biology"_s);
    const QString archived = makeClass(u"Old class"_s);
    const QString u1 = makeUnit(m_classId, u"Ratios"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    const QString u2 = makeUnit(other, u"Cells"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    const QString u3 = makeUnit(archived, u"Gone"_s, QDate(2026, 3, 2), QDate(2026, 3, 20));
    makeLesson(u1, u"Ratios 1"_s, QDate(2026, 3, 2), 0);
    makeLesson(u1, u"Ratios 2"_s, QDate(2026, 3, 4), 1);
    makeLesson(u2, u"Cells 1"_s, QDate(2026, 3, 2), 0);
    makeLesson(u2, u"Next week"_s, QDate(2026, 3, 9), 1);
    makeLesson(u3, u"Hidden"_s, QDate(2026, 3, 3), 0);
    QVERIFY(ClassRepository(store()).setArchived(archived, true).ok());

    WeekPlanModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::setToday(QDate(2026, 3, 4));
    model.setWeek(QDate(2026, 3, 5));
    QCOMPARE(model.monday(), QDate(2026, 3, 2));
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.lessonCount(), 3);
    QCOMPARE(model.rowCount(), 2); // Monday has two lessons
    // Monday: Algebra I before Biology (by class name).
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Algebra I\nRatios 1"_s);
    QCOMPARE(model.data(model.index(1, 0)).toString(), u"Biology\nCells 1"_s);
    QCOMPARE(model.data(model.index(0, 2)).toString(), u"Algebra I\nRatios 2"_s);
    QVERIFY(!model.data(model.index(0, 1)).isValid()); // Tuesday: only the archived class had a lesson
    QCOMPARE(model.data(model.index(1, 0), WeekPlanModel::ClassIdRole).toString(), other);
    QVERIFY(model.headerData(2, Qt::Horizontal).toString().contains(u"today"_s));
    QVERIFY(!model.headerData(1, Qt::Horizontal).toString().contains(u"today"_s));

    QSignalSpy weeks(&model, &WeekPlanModel::weekChanged);
    model.setWeek(model.monday().addDays(7));
    QCOMPARE(weeks.count(), 1);
    QCOMPARE(model.lessonCount(), 1);
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Biology\nNext week"_s);
    // A new lesson this week shows up at once.
    makeLesson(u1, u"Added"_s, QDate(2026, 3, 13), 2);
    QCOMPARE(model.data(model.index(0, 4)).toString(), u"Algebra I\nAdded"_s);
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
