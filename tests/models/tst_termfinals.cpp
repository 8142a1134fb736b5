// Term finals: a period's formula (S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam)
// computed by hand below, a part with no value left out and the weights
// renormalised, formulas refused when they name nothing, weigh nothing or go
// round in a circle; final-letter overrides set, cleared, undone, audited and
// exported with their reason. Every number is worked by hand in the comments.
#include "tests/common/GradebookFixture.h"

#include "models/actions/Actions.h"
#include "models/csv/GradebookExport.h"
#include "models/csv/ScoreImport.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/GradebookData.h"
#include "models/grading/TermFinals.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/Repositories.h"
#include "models/sheet/XlsxReader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

FormulaPart periodPart(const QString &id, double weight)
{
    return {id, {}, {}, weight};
}
FormulaPart assignmentPart(const QString &id, double weight)
{
    return {{}, id, {}, weight};
}
FormulaPart categoryPart(const QString &id, double weight)
{
    return {{}, {}, id, weight};
}

} // namespace

class TestTermFinals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void semesterIsFortyFortyTwenty();
    void categoryPartWithinTheTermsDates();
    void formulaRefusals();
    void termMayShareDaysAndClearingIsGuarded();
    void overrideSetClearUndoAudit();
    void exportHasTermFinalsLettersAndReasons();
    void gridFollowsEditsAndOverrides();

private:
    Assignment assignment(const QString &id) const { return *AssignmentRepository(f->profile.store()).find(id); }
    void grade(int student, const QString &assignmentId, const QList<ScoreEdit> &edits);
    QString addAssignment(const QString &title, double points, const QString &category, const char *due);
    GradebookData load() const { return *GradebookData::load(f->profile.store(), f->classId); }

    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<Actions> actions;
    QString q1, q2, quiz2, exam;
};

void TestTermFinals::grade(int student, const QString &assignmentId, const QList<ScoreEdit> &edits)
{
    QVERIFY(actions->grades().setGrade(f->classId, assignment(assignmentId), f->students.at(student), edits));
}

QString TestTermFinals::addAssignment(const QString &title, double points, const QString &category, const char *due)
{
    Assignment a;
    a.classId = f->classId;
    a.title = title;
    a.pointsPossible = points;
    a.categoryId = category;
    a.dueDate = d(due);
    return *actions->assignments().add(a);
}

// The fixture's class (Homework 40, Tests 60) with Q1 (Sep-Oct) and Q2
// (Nov-Dec), a late penalty of 10 % a day, and:
//   Q1: HW1 (10, due 09-15), Test (50, 10-15); Q2: HW2 (10, 11-15), Quiz2
//   (Tests, 20, 12-01); Final Exam (Tests, 100, due 2027-01-12: in no period).
void TestTermFinals::init()
{
    f = std::make_unique<test::GradebookFixture>();
    stack = std::make_unique<QUndoStack>();
    actions = std::make_unique<Actions>(f->profile.store(), stack.get());
    Store &s = f->profile.store();
    QVERIFY(ClassRepository(s).update(
        f->classId,
        {{u"late_penalty_enabled"_s, true}, {u"late_penalty_per_day"_s, 10.0}, {u"late_penalty_floor"_s, 0.0}},
        u"x"_s));
    GradingPeriod p;
    p.classId = f->classId;
    p.name = u"Q1"_s;
    p.startDate = d("2026-09-01");
    p.endDate = d("2026-10-31");
    q1 = *actions->periods().add(p);
    p.name = u"Q2"_s;
    p.startDate = d("2026-11-01");
    p.endDate = d("2026-12-31");
    q2 = *actions->periods().add(p);
    for (const auto &[i, due] : {std::pair{0, "2026-09-15"}, std::pair{1, "2026-11-15"}, std::pair{2, "2026-10-15"}}) {
        Assignment before = assignment(f->assignments.at(i));
        Assignment after = before;
        after.dueDate = d(due);
        QVERIFY(actions->assignments().edit(before, after));
    }
    quiz2 = addAssignment(u"Quiz2"_s, 20, f->tests, "2026-12-01");
    exam = addAssignment(u"Final Exam"_s, 100, f->tests, "2027-01-12");
    const QString hw1 = f->assignments.at(0), hw2 = f->assignments.at(1), test = f->assignments.at(2);

    // Adams (0): HW1 9, Test 40, HW2 7, Quiz2 18, exam 88.
    grade(0, hw1, {ScoreEdit::setPoints(9)});
    grade(0, test, {ScoreEdit::setPoints(40)});
    grade(0, hw2, {ScoreEdit::setPoints(7)});
    grade(0, quiz2, {ScoreEdit::setPoints(18)});
    grade(0, exam, {ScoreEdit::setPoints(88)});
    // Baker (1): HW1 10, Test 45, HW2 8, Quiz2 15, exam not graded yet.
    grade(1, hw1, {ScoreEdit::setPoints(10)});
    grade(1, test, {ScoreEdit::setPoints(45)});
    grade(1, hw2, {ScoreEdit::setPoints(8)});
    grade(1, quiz2, {ScoreEdit::setPoints(15)});
    // Clark (2): HW1 missing, Test 50, nothing in Q2, exam 90 three days late.
    grade(2, hw1, {ScoreEdit::missing()});
    grade(2, test, {ScoreEdit::setPoints(50)});
    grade(2, exam, {ScoreEdit::setPoints(90), ScoreEdit::late(true, 3)});
}

void TestTermFinals::cleanup()
{
    actions.reset();
    stack.reset();
    f.reset();
}

void TestTermFinals::semesterIsFortyFortyTwenty()
{
    // S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam, a term over Q1 and Q2.
    Result<QString> s1 = actions->finals().addTerm(f->classId, u"S1"_s,
                                                   {periodPart(q1, 40), periodPart(q2, 40), assignmentPart(exam, 20)});
    QVERIFY2(s1, qPrintable(s1 ? QString() : s1.error()));
    const GradingPeriod term = *GradingPeriodRepository(f->profile.store()).find(*s1);
    QCOMPARE(term.startDate, d("2026-09-01")); // the span of its period parts
    QCOMPARE(term.endDate, d("2026-12-31"));

    const GradebookData data = load();
    // The exam is in no period: the term holds no assignments by date.
    QVERIFY(data.periodOf(data.assignmentIndex(exam)).isEmpty());
    QCOMPARE(TermFinals::formulaText(term, data.periods.periods(), data.assignments, data.categories),
             u"S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"_s);
    const TermFinals finals(data);
    // Adams: Q1 = 40 x 90 % (HW1 9/10) + 60 x 80 % (Test 40/50) = 36 + 48 = 84.
    //        Q2 = 40 x 70 % (HW2 7/10) + 60 x 90 % (Quiz2 18/20) = 28 + 54 = 82.
    //        S1 = 0.4 x 84 + 0.4 x 82 + 0.2 x 88 = 33.6 + 32.8 + 17.6 = 84.0 -> B (84 and up).
    QCOMPARE(GradeEngine::round2(*finals.percent(0, q1)), 84.0);
    QCOMPARE(GradeEngine::round2(*finals.percent(0, q2)), 82.0);
    QCOMPARE(GradeEngine::round2(*finals.percent(0, *s1)), 84.0);
    QCOMPARE(finals.letterFor(finals.percent(0, *s1)), u"B"_s);
    // Baker: Q1 = 40 x 100 + 60 x 90 % = 94; Q2 = 40 x 80 + 60 x 75 % = 32 + 45 = 77;
    //        the exam has no value yet: (0.4 x 94 + 0.4 x 77) / 0.8 = 68.4 / 0.8 = 85.5 -> B.
    QCOMPARE(GradeEngine::round2(*finals.percent(1, *s1)), 85.5);
    // Clark: Q1 = 40 x 0 % (HW1 missing counts 0) + 60 x 100 % = 60; Q2 nothing graded;
    //        exam 90 three days late keeps 100 - 3 x 10 = 70 %: 63 %.
    //        S1 = (0.4 x 60 + 0.2 x 63) / 0.6 = 36.6 / 0.6 = 61.0 -> D- (61 and up).
    QVERIFY(!finals.percent(2, q2));
    QCOMPARE(GradeEngine::round2(*finals.percent(2, *s1)), 61.0);
    // The term's own category columns cover the assignments of its parts (Q1, Q2, the exam):
    // Adams Homework (9 + 7) / 20 = 80 %, Tests (40 + 18 + 88) / (50 + 20 + 100) = 146 / 170 = 85.88 %.
    const StudentGrade inTerm = data.engineFor(*s1).compute(data.row(0));
    QCOMPARE(GradeEngine::round2(*inTerm.categories.at(size_t(data.categoryIndex(f->homework))).percent), 80.0);
    QCOMPARE(GradeEngine::round2(*inTerm.categories.at(size_t(data.categoryIndex(f->tests))).percent), 85.88);
    QCOMPARE(finals.letterFor(finals.percent(2, *s1)), u"D-"_s);

    // A term of a term: Y = 50 % S1 + 50 % exam. Adams (84 + 88) / 2 = 86.
    Result<QString> y = actions->finals().addTerm(f->classId, u"Y"_s, {periodPart(*s1, 50), assignmentPart(exam, 50)});
    QVERIFY(y);
    const GradebookData again = load();
    QCOMPARE(GradeEngine::round2(*TermFinals(again).percent(0, *y)), 86.0);

    // A period without formula keeps its own assignments (as before): Q1 via the engine.
    QCOMPARE(GradeEngine::round2(*again.engineFor(q1).compute(again.row(0)).finalPercent), 84.0);
}

void TestTermFinals::categoryPartWithinTheTermsDates()
{
    // T = 50 % Q1 + 50 % Tests, its dates those of Q1 (09-01..10-31): Tests there is
    // only Test (Quiz2 is in Q2, the exam after). Adams: (84 + 80) / 2 = 82.
    Result<QString> t = actions->finals().addTerm(f->classId, u"T"_s, {periodPart(q1, 50), categoryPart(f->tests, 50)});
    QVERIFY(t);
    const GradebookData data = load();
    QCOMPARE(GradeEngine::round2(*TermFinals(data).percent(0, *t)), 82.0);
    // Re-dated to the whole year: Tests = (40 + 18 + 88) / (50 + 20 + 100) = 146 / 170 = 85.882...
    // T = (84 + 85.88235) / 2 = 84.94.
    QVERIFY(f->profile.store().apply(u"x"_s,
                                     {Change::upsert(u"grading_period"_s, *t, {{u"end_date"_s, u"2027-06-30"_s}})}));
    const GradebookData wider = load();
    QCOMPARE(GradeEngine::round2(*TermFinals(wider).percent(0, *t)), 84.94);
}

void TestTermFinals::formulaRefusals()
{
    FinalActions finals = actions->finals();
    const qint64 before = test::countRows(f->profile.store(), u"audit_log"_s);
    QCOMPARE(finals.setFormula(q1, {periodPart(q1, 100)}).error(), u"A period cannot be part of its own formula."_s);
    QCOMPARE(finals.setFormula(q1, {periodPart(q2, 0)}).error(),
             u"The weight of each part must be a number above 0."_s);
    QCOMPARE(finals.setFormula(q1, {assignmentPart(u"nope"_s, 10)}).error(),
             u"The formula names an assignment this class does not have."_s);
    QCOMPARE(finals.setFormula(q1, {}).error(),
             u"A formula needs at least one part; clear it to grade the period by its own assignments."_s);
    // A cycle: Q2 = Q1, then Q1 = Q2 goes round.
    QVERIFY(finals.setFormula(q2, {periodPart(q1, 100)}));
    QCOMPARE(finals.setFormula(q1, {periodPart(q2, 50), assignmentPart(exam, 50)}).error(),
             u"\"Q2\" is already computed from this period: a formula cannot go round in a circle."_s);
    // Only the one good formula was written.
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s), before + 1);
    QCOMPARE(GradingPeriodRepository(f->profile.store()).find(q1)->formula, QList<FormulaPart>());
    // A cycle written by two devices still computes (the cyclic part has no value).
    QVERIFY(f->profile.store().apply(
        u"x"_s,
        {Change::upsert(u"grading_period"_s, q1, {{u"formula"_s, GradingPeriod::formulaJson({periodPart(q2, 1)})}})}));
    const GradebookData data = load();
    QVERIFY(!TermFinals(data).percent(0, q1));
}

void TestTermFinals::termMayShareDaysAndClearingIsGuarded()
{
    Result<QString> s1 = actions->finals().addTerm(f->classId, u"S1"_s, {periodPart(q1, 50), periodPart(q2, 50)});
    QVERIFY(s1);
    // A period with its own assignments still may not share days with another.
    GradingPeriod extra;
    extra.classId = f->classId;
    extra.name = u"X"_s;
    extra.startDate = d("2026-10-01");
    extra.endDate = d("2026-10-02");
    QVERIFY(!actions->periods().add(extra));
    // A term holds no assignments: putting one in it is refused.
    Result<int> put = actions->periods().assign({exam}, *s1);
    QVERIFY(!put);
    QCOMPARE(put.error(), u"\"S1\" is computed by its formula and holds no assignments; put the assignment in one "
                          "of its periods."_s);
    Assignment linked = assignment(exam);
    linked.gradingPeriodId = *s1;
    QCOMPARE(actions->assignments().edit(assignment(exam), linked).error(), put.error());
    linked.id.clear();
    QCOMPARE(actions->assignments().add(linked).error(), put.error());
    // Clearing S1's formula would make it a period sharing days with Q1: refused.
    Status cleared = actions->finals().clearFormula(*s1);
    QVERIFY(!cleared);
    QVERIFY2(cleared.error().contains(u"shares days with \"Q1\""_s), qPrintable(cleared.error()));
    // Undo takes the term away again.
    stack->undo();
    QVERIFY(!GradingPeriodRepository(f->profile.store()).find(*s1));
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s, u"action = 'period.add_term'"_s), 1);
}

void TestTermFinals::overrideSetClearUndoAudit()
{
    FinalActions finals = actions->finals();
    const QString adams = f->students.at(0);
    QCOMPARE(finals.setOverride(f->classId, adams, q1, u"Z"_s, u"why"_s).error(),
             u"\"Z\" is not a letter of this class's grading scale (A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F)."_s);
    QCOMPARE(finals.setOverride(f->classId, adams, q1, u"b+"_s, u"  "_s).error(),
             u"Give a reason for overriding the final letter: it is kept with the grade."_s);
    QVERIFY(finals.setOverride(f->classId, adams, q1, u"b+"_s, u"Retook the unit test"_s));

    // Q1 84 % is B; the override reports B+ (as the scale spells it), the percentage stays.
    GradebookData data = load();
    FinalGrade g = FinalGrades(data).of(0, q1);
    QCOMPARE(GradeEngine::round2(*g.percent), 84.0);
    QCOMPARE(g.computedLetter, u"B"_s);
    QCOMPARE(g.letter, u"B+"_s);
    QVERIFY(g.overridden);
    QCOMPARE(FinalGrades::shownLetter(g), u"B+ *"_s);
    QCOMPARE(FinalGrades::overrideNote(g), u"Overridden from B: Retook the unit test"_s);
    // Other students and the course final are untouched.
    QVERIFY(!FinalGrades(data).of(0, {}).overridden);

    // The audit keeps the reason.
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s,
                             u"action = 'final.override' AND changes LIKE '%Retook the unit test%'"_s),
             1);

    // Cleared, then undone: back.
    QVERIFY(finals.clearOverride(f->classId, adams, q1));
    QCOMPARE(Repository<FinalOverride>(f->profile.store()).forClass(f->classId).size(), 0);
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s, u"action = 'final.clear'"_s), 1);
    QVERIFY(!finals.clearOverride(f->classId, adams, q1)); // nothing to clear
    stack->undo();
    QCOMPARE(Repository<FinalOverride>(f->profile.store()).forClass(f->classId).size(), 1);
    stack->undo(); // the override itself
    QCOMPARE(Repository<FinalOverride>(f->profile.store()).forClass(f->classId).size(), 0);
    stack->redo();
    QCOMPARE(Repository<FinalOverride>(f->profile.store()).forClass(f->classId).constFirst().letter, u"B+"_s);
}

void TestTermFinals::exportHasTermFinalsLettersAndReasons()
{
    Result<QString> s1 = actions->finals().addTerm(f->classId, u"S1"_s,
                                                   {periodPart(q1, 40), periodPart(q2, 40), assignmentPart(exam, 20)});
    QVERIFY(s1);
    QVERIFY(actions->finals().setOverride(f->classId, f->students.at(2), *s1, u"D"_s, u"Exam retake, \"late\""_s));
    const GradebookData data = load();
    const Sheet sheet = GradebookExport::toSheet(data, GradebookExport::Format::K12);
    QStringList header;
    for (const SheetCell &c : sheet.rows.at(0))
        header << c.text;
    const auto column = [&](const QString &name) { return header.indexOf(name); };
    for (const QString &name : {u"Q1 %"_s, u"Q1 Letter"_s, u"Q2 %"_s, u"S1 %"_s, u"S1 Letter"_s, u"Override Reason"_s})
        QVERIFY2(column(name) >= 0, qPrintable(name + u" in "_s + header.join(u'|')));
    const auto cell = [&](int student, const QString &name) { return sheet.rows.at(2 + student).at(column(name)); };
    // Adams S1 84.00 B; Clark S1 61.00 computed D-, reported D with the reason.
    QCOMPARE(cell(0, u"S1 %"_s).number, 84.0);
    QCOMPARE(cell(0, u"S1 Letter"_s).text, u"B"_s);
    QCOMPARE(cell(2, u"S1 %"_s).number, 61.0);
    QCOMPARE(cell(2, u"S1 Letter"_s).text, u"D"_s);
    QCOMPARE(cell(2, u"Override Reason"_s).text, u"S1: D (computed D-): Exam retake, \"late\""_s);
    QCOMPARE(cell(0, u"Override Reason"_s).text, QString());

    // Importing the exported file back ignores every computed column and changes nothing.
    const ScoreImport::Plan plan = ScoreImport::analyze(GradebookExport::toCsv(data, {}), u"back.csv"_s, data, {});
    QVERIFY(plan.ok());
    QCOMPARE(plan.changeCount(), 0);
    QStringList skipped;
    for (const ScoreImport::SkippedColumn &c : plan.skipped)
        skipped << c.column;
    for (const QString &name : {u"S1 %"_s, u"S1 Letter"_s, u"Q1 Letter"_s, u"Override Reason"_s})
        QVERIFY2(skipped.contains(name), qPrintable(name + u" not in "_s + skipped.join(u'|')));

    // The XLSX file has the same columns, and reads back as no change too.
    GradebookExport::Options xlsx;
    xlsx.fileType = GradebookExport::FileType::Xlsx;
    const Result<QByteArray> bytes = GradebookExport::toBytes(data, xlsx);
    QVERIFY(bytes);
    const Result<CsvTable> table = XlsxReader::read(*bytes, u"back.xlsx"_s);
    QVERIFY2(table, qPrintable(table ? QString() : table.error()));
    const int reason = int(table->header.indexOf(u"Override Reason"_s));
    const int letter = int(table->header.indexOf(u"S1 Letter"_s));
    QVERIFY(reason >= 0 && letter >= 0);
    QCOMPARE(table->rows.at(3).cells.at(letter), u"D"_s); // after the Points Possible row: Clark
    QCOMPARE(table->rows.at(3).cells.at(reason), u"S1: D (computed D-): Exam retake, \"late\""_s);
    const ScoreImport::Plan fromXlsx = ScoreImport::analyze(*bytes, u"back.xlsx"_s, data, {});
    QVERIFY(fromXlsx.ok());
    QCOMPARE(fromXlsx.changeCount(), 0);
}

void TestTermFinals::gridFollowsEditsAndOverrides()
{
    Result<QString> s1 = actions->finals().addTerm(f->classId, u"S1"_s,
                                                   {periodPart(q1, 40), periodPart(q2, 40), assignmentPart(exam, 20)});
    QVERIFY(s1);
    GradebookModel model(f->profile.store(), stack.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f->classId);
    model.setGradingPeriod(*s1);
    const GradebookData &data = model.gradebook();
    const int adams = data.studentIndex(f->students.at(0));
    const int baker = data.studentIndex(f->students.at(1));
    QCOMPARE(GradeEngine::round2(*model.finalOf(adams).percent), 84.0);
    QCOMPARE(GradeEngine::round2(*model.finalOf(baker).percent), 85.5);
    // Baker's exam typed in the grid: 70 -> S1 = 0.4 x 94 + 0.4 x 77 + 0.2 x 70 = 37.6 + 30.8 + 14 = 82.4 (B-).
    QVERIFY(model.setData(model.index(baker, model.columnForAssignment(data.assignmentIndex(exam))), u"70"_s));
    QCOMPARE(GradeEngine::round2(*model.finalOf(baker).percent), 82.4);
    QCOMPARE(model.data(model.index(baker, model.letterColumn())).toString(), u"B-"_s);
    QCOMPARE(GradeEngine::round2(*model.finalOf(adams).percent), 84.0); // the other rows keep theirs
    // An override written by another front end (the CLI, sync) shows without a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(actions->finals().setOverride(f->classId, f->students.at(1), *s1, u"B"_s, u"Oral exam"_s));
    QCOMPARE(model.data(model.index(baker, model.letterColumn())).toString(), u"B *"_s);
    QCOMPARE(model.data(model.index(baker, model.finalColumn()), Qt::ToolTipRole).toString(),
             u"Overridden from B-: Oral exam"_s);
    QCOMPARE(resets.count(), 0);
    stack->undo();
    QCOMPARE(model.data(model.index(baker, model.letterColumn())).toString(), u"B-"_s);
}

QTEST_GUILESS_MAIN(TestTermFinals)
#include "tst_termfinals.moc"
