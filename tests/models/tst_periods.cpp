// Grading periods: the actions (add, rename, re-date, remove, presets, copy,
// assign; overlaps refused, one undo step each), which period an assignment
// falls into (explicit link, else its due date), and the gradebook's period
// filter counting both kinds. Every number is worked by hand in the comments.
#include "tests/common/GradebookFixture.h"

#include "models/actions/Actions.h"
#include "models/csv/GradebookExport.h"
#include "models/csv/ScoreImport.h"
#include "models/grading/GradebookData.h"
#include "models/grading/PeriodMembership.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/Repositories.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

GradingPeriod period(const QString &classId, const QString &name, const char *start, const char *end)
{
    GradingPeriod p;
    p.classId = classId;
    p.name = name;
    p.startDate = d(start);
    p.endDate = d(end);
    return p;
}

// "Q1 2026-09-07..2026-09-20" for each period, in date order.
QStringList describe(const QList<GradingPeriod> &periods)
{
    QStringList out;
    for (const GradingPeriod &p : periods)
        out << u"%1 %2..%3"_s.arg(p.name, p.startDate.toString(Qt::ISODate), p.endDate.toString(Qt::ISODate));
    return out;
}

} // namespace

class TestPeriods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void presetsSplitOnSchoolDays();
    void addRefusesOverlapsAndBadDates();
    void renameAndRedate();
    void removeUnlinksInOneStep();
    void presetsAndCopy();
    void assignExplicitlyOrByDueDate();
    void membershipByDueDate();
    void gradebookFilterCountsExplicitAndByDate();
    void exportHasAColumnPerPeriod();

private:
    QList<GradingPeriod> periods() const
    {
        return GradingPeriodRepository(f->profile.store()).forClass(f->classId, u"start_date"_s);
    }
    Assignment assignment(int i) const { return *AssignmentRepository(f->profile.store()).find(f->assignments.at(i)); }
    void setDue(int i, const char *due);

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<Actions> actions;
};

void TestPeriods::init()
{
    f = std::make_unique<test::GradebookFixture>();
    stack = std::make_unique<QUndoStack>();
    actions = std::make_unique<Actions>(f->profile.store(), stack.get());
}

void TestPeriods::cleanup()
{
    actions.reset();
    stack.reset();
    f.reset();
}

void TestPeriods::setDue(int i, const char *due)
{
    Assignment before = assignment(i);
    Assignment after = before;
    after.dueDate = d(due);
    QVERIFY(actions->assignments().edit(before, after));
}

void TestPeriods::presetsSplitOnSchoolDays()
{
    // 2026-09-07 (Mon) .. 2026-10-30 (Fri): 8 weeks, 40 school days, 10 a quarter.
    // Q2 starts on school day 10 (Mon 09-21); Q1 ends the day before (Sun 09-20),
    // so the weekend is in Q1 and no day of the year is left out.
    QCOMPARE(describe(PeriodActions::presetPeriods(PeriodActions::Preset::Quarters, d("2026-09-07"), d("2026-10-30"))),
             (QStringList{u"Q1 2026-09-07..2026-09-20"_s, u"Q2 2026-09-21..2026-10-04"_s,
                          u"Q3 2026-10-05..2026-10-18"_s, u"Q4 2026-10-19..2026-10-30"_s}));
    QCOMPARE(describe(PeriodActions::presetPeriods(PeriodActions::Preset::Semesters, d("2026-09-07"), d("2026-10-30"))),
             (QStringList{u"S1 2026-09-07..2026-10-04"_s, u"S2 2026-10-05..2026-10-30"_s}));
    // Sat 09-05 .. Fri 09-18: 14 calendar days but 10 school days (09-07..11, 09-14..18).
    // On school days S2 starts on school day 5, Mon 09-14; on calendar days it would be Sat 09-12.
    QCOMPARE(describe(PeriodActions::presetPeriods(PeriodActions::Preset::Semesters, d("2026-09-05"), d("2026-09-18"))),
             (QStringList{u"S1 2026-09-05..2026-09-13"_s, u"S2 2026-09-14..2026-09-18"_s}));
    // A real school year: Mon 2026-08-31 .. Fri 2027-06-04 is 40 weeks, 200 school days,
    // 50 a quarter: Q2 starts on week 11 (Mon 2026-11-09), Q3 week 21 (2027-01-18), Q4 week 31 (2027-03-29).
    QCOMPARE(describe(PeriodActions::presetPeriods(PeriodActions::Preset::Quarters, d("2026-08-31"), d("2027-06-04"))),
             (QStringList{u"Q1 2026-08-31..2026-11-08"_s, u"Q2 2026-11-09..2027-01-17"_s,
                          u"Q3 2027-01-18..2027-03-28"_s, u"Q4 2027-03-29..2027-06-04"_s}));
    // Three school days cannot make four quarters.
    QVERIFY(PeriodActions::presetPeriods(PeriodActions::Preset::Quarters, d("2026-09-07"), d("2026-09-09")).isEmpty());
}

void TestPeriods::addRefusesOverlapsAndBadDates()
{
    Result<QString> q1 = actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    QVERIFY2(q1, qPrintable(q1.error()));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Add Grading Period"_s);

    // Shares 09-20 with Q1.
    Result<QString> overlap = actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-20", "2026-10-04"));
    QVERIFY(!overlap);
    QCOMPARE(overlap.error(), u"\"Q2\" (2026-09-20 to 2026-10-04) overlaps \"Q1\" (2026-09-07 to 2026-09-20): the "
                              "periods of a class cannot share a day."_s);
    // Inside Q1 entirely.
    QVERIFY(!actions->periods().add(period(f->classId, u"Mid"_s, "2026-09-10", "2026-09-11")));
    // End before start: RowRules' words.
    Result<QString> backwards = actions->periods().add(period(f->classId, u"Q2"_s, "2026-10-04", "2026-09-21"));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error(), u"A grading period cannot end before it starts."_s);
    QVERIFY(!actions->periods().add(period(f->classId, u""_s, "2026-09-21", "2026-10-04")));
    QVERIFY(!actions->periods().add(period(f->classId, u"Q2"_s, "", "2026-10-04")));
    Result<QString> sameName = actions->periods().add(period(f->classId, u"q1"_s, "2026-11-01", "2026-11-30"));
    QVERIFY(!sameName);
    QCOMPARE(sameName.error(), u"This class already has a grading period \"q1\"."_s);
    QCOMPARE(stack->count(), 1); // nothing refused was written

    // The day after Q1 ends is free; one day long is fine (start == end).
    QVERIFY(actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04")));
    QVERIFY(actions->periods().add(period(f->classId, u"Exam"_s, "2026-10-05", "2026-10-05")));
    // Another class may use the same days.
    SchoolClass other;
    other.name = u"Chemistry"_s;
    const QString otherId = *actions->classes().create(other);
    QVERIFY(actions->periods().add(period(otherId, u"Q1"_s, "2026-09-07", "2026-09-20")));
    QCOMPARE(describe(periods()), (QStringList{u"Q1 2026-09-07..2026-09-20"_s, u"Q2 2026-09-21..2026-10-04"_s,
                                               u"Exam 2026-10-05..2026-10-05"_s}));
    for (int i = 0; i < 4; ++i) // the other class's Q1, the class, Exam, Q2
        stack->undo();
    QCOMPARE(describe(periods()), QStringList{u"Q1 2026-09-07..2026-09-20"_s});
}

void TestPeriods::renameAndRedate()
{
    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    const QString q2 = *actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04"));
    QVERIFY(actions->periods().rename(q1, u"Quarter 1"_s));
    QVERIFY(!actions->periods().rename(q2, u"quarter 1"_s));
    QVERIFY(!actions->periods().rename(q2, u"  "_s));
    // Q1 may grow to the day before Q2, not into it.
    QVERIFY(!actions->periods().setDates(q1, d("2026-09-07"), d("2026-09-21")));
    QVERIFY(!actions->periods().setDates(q1, d("2026-09-08"), d("2026-09-07")));
    QVERIFY(actions->periods().setDates(q1, d("2026-09-01"), d("2026-09-20")));
    QCOMPARE(describe(periods()), (QStringList{u"Quarter 1 2026-09-01..2026-09-20"_s, u"Q2 2026-09-21..2026-10-04"_s}));
    QCOMPARE(stack->undoText(), u"Change Grading Period Dates"_s);
    stack->undo();
    stack->undo();
    QCOMPARE(describe(periods()), (QStringList{u"Q1 2026-09-07..2026-09-20"_s, u"Q2 2026-09-21..2026-10-04"_s}));
}

void TestPeriods::removeUnlinksInOneStep()
{
    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    const QString q2 = *actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04"));
    QCOMPARE(*actions->periods().assign({f->assignments.at(0), f->assignments.at(1)}, q1), 2);
    QCOMPARE(*actions->periods().assign({f->assignments.at(2)}, q2), 1);
    const int steps = stack->count();

    QVERIFY(actions->periods().remove(q1));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(stack->undoText(), u"Remove Grading Period"_s);
    QCOMPARE(describe(periods()), QStringList{u"Q2 2026-09-21..2026-10-04"_s});
    QCOMPARE(assignment(0).gradingPeriodId, QString());
    QCOMPARE(assignment(1).gradingPeriodId, QString());
    QCOMPARE(assignment(2).gradingPeriodId, q2); // another period's link stays
    // One write: the two unlinks and the delete, audited under one action.
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s, u"action = 'period.remove'"_s), 3);

    stack->undo(); // the period and both links come back together
    QCOMPARE(periods().size(), 2);
    QCOMPARE(assignment(0).gradingPeriodId, q1);
    QCOMPARE(assignment(1).gradingPeriodId, q1);
    stack->redo();
    QCOMPARE(assignment(0).gradingPeriodId, QString());
    QVERIFY(!actions->periods().remove(q1)); // already gone
}

void TestPeriods::presetsAndCopy()
{
    Result<QStringList> quarters =
        actions->periods().addPreset(f->classId, PeriodActions::Preset::Quarters, d("2026-09-07"), d("2026-10-30"));
    QVERIFY2(quarters, qPrintable(quarters.error()));
    QCOMPARE(quarters->size(), 4);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Add Quarters"_s);
    // Semesters over the same year overlap the quarters: refused whole.
    Result<QStringList> semesters =
        actions->periods().addPreset(f->classId, PeriodActions::Preset::Semesters, d("2026-09-07"), d("2026-10-30"));
    QVERIFY(!semesters);
    QVERIFY(semesters.error().contains(u"overlaps"_s));
    QCOMPARE(periods().size(), 4);
    QVERIFY(
        !actions->periods().addPreset(f->classId, PeriodActions::Preset::Semesters, d("2026-10-30"), d("2026-09-07")));

    SchoolClass other;
    other.name = u"Chemistry"_s;
    const QString otherId = *actions->classes().create(other);
    SchoolClass empty;
    empty.name = u"Physics"_s;
    const QString emptyId = *actions->classes().create(empty);
    Result<QStringList> copied = actions->periods().copyFrom(f->classId, otherId);
    QVERIFY2(copied, qPrintable(copied.error()));
    QCOMPARE(describe(GradingPeriodRepository(f->profile.store()).forClass(otherId, u"start_date"_s)),
             describe(periods()));
    QVERIFY(!copied->contains(quarters->first())); // new rows, not the same ids
    QCOMPARE(stack->undoText(), u"Copy Grading Periods"_s);
    // A second copy overlaps the first; copying a class onto itself or from one without periods is refused.
    QVERIFY(!actions->periods().copyFrom(f->classId, otherId));
    QVERIFY(!actions->periods().copyFrom(f->classId, f->classId));
    QVERIFY(!actions->periods().copyFrom(emptyId, otherId));
    stack->undo();
    QVERIFY(GradingPeriodRepository(f->profile.store()).forClass(otherId).isEmpty());
}

void TestPeriods::assignExplicitlyOrByDueDate()
{
    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    QCOMPARE(*actions->periods().assign({f->assignments.at(0)}, q1), 1);
    QCOMPARE(assignment(0).gradingPeriodId, q1);
    QCOMPARE(*actions->periods().assign({f->assignments.at(0)}, q1), 0); // already there: no step
    QCOMPARE(*actions->periods().assign({f->assignments.at(0)}, QString()), 1);
    QCOMPARE(assignment(0).gradingPeriodId, QString());
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(assignment(0).gradingPeriodId, q1);
    // A period of another class is refused.
    SchoolClass other;
    other.name = u"Chemistry"_s;
    const QString otherId = *actions->classes().create(other);
    const QString foreign = *actions->periods().add(period(otherId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    QVERIFY(!actions->periods().assign({f->assignments.at(1)}, foreign));
    QVERIFY(!actions->periods().assign({f->assignments.at(1)}, u"no-such-period"_s));
}

void TestPeriods::membershipByDueDate()
{
    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    const QString q2 = *actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04"));
    const PeriodMembership m(periods());
    Assignment a;
    a.dueDate = d("2026-09-25");
    QCOMPARE(m.periodOf(a), q2);
    QVERIFY(!m.isExplicit(a));
    a.dueDate = d("2026-09-20"); // the last day of Q1 is in Q1
    QCOMPARE(m.periodOf(a), q1);
    a.dueDate = d("2026-09-21");
    QCOMPARE(m.periodOf(a), q2);
    a.dueDate = d("2026-10-05"); // after every period
    QCOMPARE(m.periodOf(a), QString());
    a.dueDate = QDate(); // no due date, no link: in no period
    QCOMPARE(m.periodOf(a), QString());
    a.gradingPeriodId = q1; // an explicit link wins over the due date
    a.dueDate = d("2026-09-25");
    QCOMPARE(m.periodOf(a), q1);
    QVERIFY(m.isExplicit(a));
    a.gradingPeriodId = u"deleted-elsewhere"_s; // a link to a period we do not have: the due date decides
    QCOMPARE(m.periodOf(a), q2);
    Assignment b;
    b.dueDate = d("2026-09-08");
    Assignment c;
    c.gradingPeriodId = q2;
    QCOMPARE(m.counts({a, b, c, Assignment()}), (QHash<QString, int>{{q1, 1}, {q2, 2}}));
}

void TestPeriods::gradebookFilterCountsExplicitAndByDate()
{
    // HW1 (10, Homework) due 09-10: Q1 by date. HW2 (10, Homework) due 09-25 (Q2's dates)
    // but put in Q1 explicitly. Test (50, Tests) due 09-28: Q2 by date.
    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    const QString q2 = *actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04"));
    setDue(0, "2026-09-10");
    setDue(1, "2026-09-25");
    setDue(2, "2026-09-28");
    QVERIFY(actions->periods().assign({f->assignments.at(1)}, q1));
    // Adams: HW1 8, HW2 6, Test 40.
    const QList<double> points{8, 6, 40};
    for (int a = 0; a < 3; ++a) {
        QVERIFY(actions->grades().setGrade(f->classId, assignment(a), f->students.at(0),
                                           {ScoreEdit::setPoints(points.at(a))}));
    }

    // All: Homework 14/20 = 70 %, Tests 40/50 = 80 %; final (40 x 70 + 60 x 80) / 100 = 76 %.
    // Q1: HW1 and HW2 -> Homework 70 %, Tests nothing: final 70 % (Tests drops out of the divisor).
    // Q2: Test only -> 80 %. (Going by the stored link alone, Q1 would be HW2's 60 % and Q2 empty.)
    GradebookData data = *GradebookData::load(f->profile.store(), f->classId);
    QCOMPARE(data.periodOf(0), q1);
    QCOMPARE(data.periodOf(1), q1);
    QCOMPARE(data.periodOf(2), q2);
    QCOMPARE(GradeEngine::round2(*data.gradeOf(0).finalPercent), 76.0);
    QCOMPARE(GradeEngine::round2(*data.engineFor(q1).compute(data.row(0)).finalPercent), 70.0);
    QCOMPARE(GradeEngine::round2(*data.engineFor(q2).compute(data.row(0)).finalPercent), 80.0);
    data = *GradebookData::load(f->profile.store(), f->classId, q2);
    QCOMPARE(GradeEngine::round2(*data.gradeOf(0).finalPercent), 80.0);

    // The grid: the period filter recomputes the final column the same way.
    GradebookModel model(f->profile.store(), stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f->classId);
    const auto finalText = [&] { return model.index(0, model.finalColumn()).data().toString(); };
    const QString all = finalText();
    QVERIFY2(all.startsWith(u"76"_s), qPrintable(all));
    model.setGradingPeriod(q1);
    QVERIFY2(finalText().startsWith(u"70"_s), qPrintable(finalText()));
    model.setGradingPeriod(q2);
    QVERIFY2(finalText().startsWith(u"80"_s), qPrintable(finalText()));
    // Moving Test's due date into Q1 moves it with no link written: Q2 is then empty.
    setDue(2, "2026-09-15");
    QCOMPARE(model.gradebook().periodOf(2), q1);
    QCOMPARE(finalText(), u"—"_s); // no final percentage
    model.setGradingPeriod(q1);
    // Q1 now: Homework 70 %, Tests 80 % -> 76 %.
    QVERIFY2(finalText().startsWith(u"76"_s), qPrintable(finalText()));
}

void TestPeriods::exportHasAColumnPerPeriod()
{
    const auto exported = [this] {
        const GradebookData data = *GradebookData::load(f->profile.store(), f->classId);
        return GradebookExport::toSheet(data, GradebookExport::Format::K12);
    };
    const auto texts = [](const QList<SheetCell> &row) {
        QStringList out;
        for (const SheetCell &c : row)
            out << c.text;
        return out;
    };
    // Without periods: the columns as before.
    QCOMPARE(texts(exported().rows.at(0)),
             (QStringList{u"Student"_s, u"Student Number"_s, u"HW1"_s, u"HW2"_s, u"Test"_s, u"Homework %"_s,
                          u"Tests %"_s, u"Final %"_s, u"Letter"_s}));

    const QString q1 = *actions->periods().add(period(f->classId, u"Q1"_s, "2026-09-07", "2026-09-20"));
    QVERIFY(actions->periods().add(period(f->classId, u"Q2"_s, "2026-09-21", "2026-10-04")));
    QVERIFY(actions->periods().add(period(f->classId, u"Q3"_s, "2026-10-05", "2026-10-18")));
    setDue(0, "2026-09-10");
    setDue(1, "2026-09-25");
    setDue(2, "2026-09-28");
    QVERIFY(actions->periods().assign({f->assignments.at(1)}, q1));
    const QList<QList<ScoreEdit>> adams{
        {ScoreEdit::setPoints(8)}, {ScoreEdit::setPoints(6)}, {ScoreEdit::setPoints(40)}};
    const QList<QList<ScoreEdit>> baker{{ScoreEdit::setPoints(10)}, {ScoreEdit::missing()}, {ScoreEdit::setPoints(45)}};
    for (int a = 0; a < 3; ++a) {
        QVERIFY(actions->grades().setGrade(f->classId, assignment(a), f->students.at(0), adams.at(a)));
        QVERIFY(actions->grades().setGrade(f->classId, assignment(a), f->students.at(1), baker.at(a)));
    }
    const Sheet sheet = exported();
    QCOMPARE(texts(sheet.rows.at(0)),
             (QStringList{u"Student"_s, u"Student Number"_s, u"HW1"_s, u"HW2"_s, u"Test"_s, u"Homework %"_s,
                          u"Tests %"_s, u"Final %"_s, u"Q1 %"_s, u"Q1 Letter"_s, u"Q2 %"_s, u"Q2 Letter"_s, u"Q3 %"_s,
                          u"Q3 Letter"_s, u"Letter"_s, u"Override Reason"_s}));
    QCOMPARE(sheet.rows.at(1).size(), 16); // the points row has a cell for each
    // Adams: Homework 14/20 = 70, Tests 40/50 = 80, final (40 x 70 + 60 x 80) / 100 = 76 (C);
    //   Q1 = HW1 + HW2 (linked) = 70 (Tests has nothing in Q1), Q2 = Test = 80, Q3 nothing.
    // Baker: HW2 missing counts 0: Homework 10/20 = 50, Tests 45/50 = 90, final 20 + 54 = 74 (C);
    //   Q1 = 50, Q2 = 90.
    // Clark: nothing graded, nothing anywhere.
    // Period letters on the default scale: 70 C-, 80 B-, 50 F, 90 A-; no override, no reason.
    QCOMPARE(texts(sheet.rows.at(2)).mid(5),
             (QStringList{u"70.00"_s, u"80.00"_s, u"76.00"_s, u"70.00"_s, u"C-"_s, u"80.00"_s, u"B-"_s, QString(),
                          QString(), u"C"_s, QString()}));
    QCOMPARE(texts(sheet.rows.at(3)).mid(5),
             (QStringList{u"50.00"_s, u"90.00"_s, u"74.00"_s, u"50.00"_s, u"F"_s, u"90.00"_s, u"A-"_s, QString(),
                          QString(), u"C"_s, QString()}));
    QCOMPARE(texts(sheet.rows.at(4)).mid(5), QStringList(11, QString()));

    // The file reads back as no change: the period columns are skipped as computed.
    const GradebookData data = *GradebookData::load(f->profile.store(), f->classId);
    GradebookExport::Options options;
    const ScoreImport::Plan plan =
        ScoreImport::analyze(GradebookExport::toCsv(data, options), u"export.csv"_s, data, {});
    QVERIFY(plan.ok());
    QCOMPARE(plan.changeCount(), 0);
    QStringList skipped;
    for (const ScoreImport::SkippedColumn &c : plan.skipped)
        skipped << c.column;
    QVERIFY2(skipped.contains(u"Q1 %"_s) && skipped.contains(u"Q3 %"_s), qPrintable(skipped.join(u'|')));

    // A period named like a category keeps its own column.
    QVERIFY(actions->periods().add(period(f->classId, u"Tests"_s, "2026-11-01", "2026-11-30")));
    QVERIFY(texts(exported().rows.at(0)).contains(u"Tests (period) %"_s));
}

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
