// Standards and mastery through the new entry path: standards added and
// imported, assignments tagged, per-standard levels entered as actions, and
// the mastery report computed from them. The numbers are tst_mastery's
// hand-worked cases, now reached through StandardActions and MasteryReport.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/csv/GradebookExport.h"
#include "models/mastery/MasteryExport.h"
#include "models/mastery/MasteryReport.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"
#include "models/sheet/XlsxReader.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestStandards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addChecksCodeOnce();
    void planPickerSharesTheCheck();
    void importAddsAndUpdatesInOneStep();
    void importReportsEveryProblemByLineAndWritesNothing();
    void tagAndUntagAreUndoable();
    void weightedAverageThroughActions();
    void decayingAverageThroughActions();
    void evidenceOrderedByDateThenEntry();
    void enteringAgainUpdatesTheSameRow();
    void assessedDefaultsToDueDateThenToday();
    void levelLimits();
    void scaleLabels();
    void classScaleFromJsonAndText();
    void classScaleLimitsLevelsAndLabelsTheReport();
    void standardMethodOverridesTheClass();
    void standardMethodChecksAndUndoes();
    void nMasteryWithoutResultHasNoLevel();
    void exportLayout();
    void xlsxGradebookHasAStandardsSheet();

private:
    QString addAssignment(const QString &title, const QDate &due = {});
    Assignment assignment(const QString &id) { return *AssignmentRepository(store()).find(id); }
    void setMethod(const QString &key, double param = 65);
    MasteryReport report()
    {
        Result<MasteryReport> r = MasteryReport::build(store(), m_classId);
        if (!r)
            qFatal("report: %s", qPrintable(r.error()));
        return std::move(r).value();
    }
    Store &store() { return m_profile->store(); }
    StandardActions standards() { return Actions(store(), &m_undo).standards(); }

    std::unique_ptr<test::TempProfile> m_profile;
    QUndoStack m_undo;
    QString m_classId;
    QStringList m_students; // Adams, Baker
    QString m_standard;     // RL.1
};

void TestStandards::init()
{
    m_undo.clear();
    m_profile = std::make_unique<test::TempProfile>();
    SchoolClass c;
    c.name = u"ELA 7"_s;
    m_classId = *ClassRepository(store()).create(c, u"x"_s);
    QList<Student> roster;
    for (const auto &[family, number] : {std::pair{u"Adams"_s, u"701"_s}, std::pair{u"Baker"_s, u"702"_s}}) {
        Student st;
        st.givenName = u"Ana"_s;
        st.familyName = family;
        st.studentNumber = number;
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    m_students.clear();
    for (const Student &st : StudentRepository(store()).enrolledIn(m_classId))
        m_students.append(st.id);
    Result<QString> id = standards().add(m_classId, u"RL.1"_s, u"Cite textual evidence"_s);
    QVERIFY2(id, qPrintable(id.error()));
    m_standard = *id;
    m_undo.clear();
}

void TestStandards::cleanup()
{
    Clock::reset();
}

QString TestStandards::addAssignment(const QString &title, const QDate &due)
{
    Assignment a;
    a.classId = m_classId;
    a.title = title;
    a.pointsPossible = 4;
    a.dueDate = due;
    Result<QString> id = Actions(store()).assignments().add(a);
    if (!id)
        qFatal("assignment: %s", qPrintable(id.error()));
    return *id;
}

void TestStandards::setMethod(const QString &key, double param)
{
    QVERIFY(
        ClassRepository(store()).update(m_classId, {{u"mastery_method"_s, key}, {u"mastery_param"_s, param}}, u"x"_s));
}

void TestStandards::addChecksCodeOnce()
{
    QCOMPARE(test::countRows(store(), u"standard"_s, u"deleted = 0"_s), 1);
    Result<QString> again = standards().add(m_classId, u"  rl.1 "_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"RL.1"_s) || again.error().contains(u"rl.1"_s), qPrintable(again.error()));
    QVERIFY(!standards().add(m_classId, u"   "_s)); // RowRules: the code is required
    Result<QString> second = standards().add(m_classId, u"RL.2"_s);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), u"Add Standard"_s);
    m_undo.undo();
    QCOMPARE(test::countRows(store(), u"standard"_s, u"deleted = 0"_s), 1);
}

void TestStandards::planPickerSharesTheCheck()
{
    UnitPlan u;
    u.classId = m_classId;
    u.title = u"Argument"_s;
    const QString unitId = *Actions(store()).plans().createUnit(u);
    Result<QString> dup = Actions(store()).plans().addStandard(m_classId, u"rl.1"_s, {}, u"unit_plan"_s, unitId, {});
    QVERIFY(!dup);
    QCOMPARE(dup.error(), StandardActions::checkNew(store(), m_classId, u"rl.1"_s, {}).error());
    QVERIFY(Actions(store()).plans().addStandard(m_classId, u"W.1"_s, {}, u"unit_plan"_s, unitId, {}));
    // The picker's standard is the gradebook's: the report has a column for it.
    QCOMPARE(report().standards().size(), 2);
}

void TestStandards::importAddsAndUpdatesInOneStep()
{
    const QByteArray csv = "Code,Description,Strand,Grade\r\n"
                           "RL.1,Cite several pieces of evidence,Key Ideas,7\r\n"
                           "RL.10,Read literature proficiently,Range of Reading,7\r\n"
                           "RL.2,Determine a theme,,7\r\n";
    Result<CsvTable> table = CsvReader::parse(csv, u"ela.csv"_s);
    QVERIFY(table);
    Result<StandardActions::ImportSummary> r = standards().importTable(m_classId, *table);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->added, 2);
    QCOMPARE(r->updated, 1); // RL.1 was there: same id, the file's description
    QCOMPARE(r->ignoredColumns, QStringList{u"Grade"_s});
    QCOMPARE(m_undo.count(), 1);
    const QList<Standard> all = StandardQueries(store()).standards(m_classId);
    QCOMPARE(all.size(), 3);
    // Numbers in codes compare as numbers: RL.2 before RL.10.
    QCOMPARE(all.at(0).code, u"RL.1"_s);
    QCOMPARE(all.at(1).code, u"RL.2"_s);
    QCOMPARE(all.at(2).code, u"RL.10"_s);
    QCOMPARE(all.at(0).id, m_standard);
    QCOMPARE(all.at(0).description, u"Strand: Key Ideas - Cite several pieces of evidence"_s);
    QCOMPARE(all.at(1).description, u"Determine a theme"_s);
    // The same file again changes nothing and adds no undo step.
    Result<StandardActions::ImportSummary> again = standards().importTable(m_classId, *table);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(m_undo.count(), 1);
    m_undo.undo();
    QCOMPARE(StandardQueries(store()).standards(m_classId).size(), 1);
    QCOMPARE(StandardQueries(store()).standards(m_classId).at(0).description, u"Cite textual evidence"_s);
}

void TestStandards::importReportsEveryProblemByLineAndWritesNothing()
{
    const QByteArray csv = "code,description\n"
                           "W.1,Write arguments\n"   // line 2: fine
                           ",No code here\n"         // line 3: empty code
                           "W.2,Write informative\n" // line 4: fine
                           "w.1,Same code again\n"   // line 5: W.1 is on line 2
                           "W.3," +
                           QByteArray(10001, 'x') + "\n"; // line 6: description too long
    Result<StandardActions::ImportSummary> r = standards().importTable(m_classId, *CsvReader::parse(csv, u"bad.csv"_s));
    QVERIFY(!r);
    const QStringList problems = r.error().split(u'\n');
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0), u"bad.csv, line 3, column code: the code is empty."_s);
    QCOMPARE(problems.at(1), u"bad.csv, line 5, column code: the code \"w.1\" is already on line 2."_s);
    QVERIFY2(problems.at(2).startsWith(u"bad.csv, line 6, column description: "_s), qPrintable(problems.at(2)));
    QCOMPARE(StandardQueries(store()).standards(m_classId).size(), 1); // all or nothing
    QCOMPARE(m_undo.count(), 0);

    Result<StandardActions::ImportSummary> noCode =
        standards().importTable(m_classId, *CsvReader::parse("name,description\nA,B\n", u"x.csv"_s));
    QVERIFY(!noCode);
    QVERIFY2(noCode.error().startsWith(u"x.csv, line 1: the header has no \"code\" column"_s),
             qPrintable(noCode.error()));
}

void TestStandards::tagAndUntagAreUndoable()
{
    const QString second = *standards().add(m_classId, u"RL.2"_s);
    const Assignment quiz = assignment(addAssignment(u"Quiz 1"_s));
    m_undo.clear();
    Result<int> tagged = standards().tag(quiz, {m_standard, second, m_standard});
    QVERIFY2(tagged, qPrintable(tagged.error()));
    QCOMPARE(*tagged, 2);
    QCOMPARE(StandardQueries(store()).tagsOf(quiz.id).size(), 2);
    QCOMPARE(*standards().tag(quiz, {m_standard}), 0); // already there: no step
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(test::countRows(store(), u"assignment_standard"_s, u"deleted = 0"_s), 2);
    const QString rowId = AssignmentStandard::idFor(quiz.id, m_standard);
    QCOMPARE(test::countRows(store(), u"assignment_standard"_s, u"id = '%1'"_s.arg(rowId)), 1);
    m_undo.undo();
    QCOMPARE(StandardQueries(store()).tagsOf(quiz.id).size(), 0);
    m_undo.redo();
    QCOMPARE(StandardQueries(store()).tagsOf(quiz.id).size(), 2);

    QCOMPARE(*standards().untag(quiz, {second}), 1);
    QCOMPARE(StandardQueries(store()).tagsOf(quiz.id), QStringList{m_standard});
    QCOMPARE(m_undo.undoText(), u"Remove Standards Tag"_s);
    m_undo.undo();
    QCOMPARE(StandardQueries(store()).tagsOf(quiz.id).size(), 2);
    // A standard of another class is refused.
    SchoolClass other;
    other.name = u"Other"_s;
    const QString otherClass = *ClassRepository(store()).create(other, u"x"_s);
    const QString foreign = *standards().add(otherClass, u"X.1"_s);
    QVERIFY(!standards().tag(quiz, {foreign}));
}

void TestStandards::weightedAverageThroughActions()
{
    setMethod(u"weighted_average"_s, 65);
    // Levels 1..5 on five assignments due on consecutive days: the newest (5)
    // weighs 65 %, the mean of 1..4 (2.5) 35 %: 3.25 + 0.875 = 4.125 -> 4.13.
    for (int k = 1; k <= 5; ++k) {
        const Assignment a = assignment(addAssignment(u"Task %1"_s.arg(k), QDate(2026, 9, k)));
        Result<QString> r = standards().setLevel(a, m_students.at(0), m_standard, k);
        QVERIFY2(r, qPrintable(r.error()));
    }
    const MasteryReport rep = report();
    QCOMPARE(rep.method(), Mastery::Method::WeightedAverage);
    const MasteryReport::Cell &cell = rep.cell(0, 0);
    QVERIFY(cell.score);
    QCOMPARE(*cell.score, 4.13);
    QCOMPARE(cell.level, u"Exceeding"_s);
    QCOMPARE(int(cell.evidence.size()), 5);
    QCOMPARE(cell.evidence.front().assignmentTitle, u"Task 1"_s);
    QCOMPARE(cell.evidence.back().date, QDate(2026, 9, 5));
    // Baker has no evidence: no score, no level.
    QVERIFY(!rep.cell(1, 0).score);
    QVERIFY(rep.cell(1, 0).level.isEmpty());
    // The tags came with the levels, in the same steps.
    QCOMPARE(test::countRows(store(), u"assignment_standard"_s, u"deleted = 0"_s), 5);
}

void TestStandards::decayingAverageThroughActions()
{
    setMethod(u"decaying_average"_s, 65);
    // d1 = 1, d2 = .35 x 1 + .65 x 2 = 1.65, d3 = .35 x 1.65 + .65 x 3 = 2.5275,
    // d4 = .35 x 2.5275 + .65 x 4 = 3.484625 -> 3.48, Proficient.
    for (int k = 1; k <= 4; ++k) {
        const Assignment a = assignment(addAssignment(u"Task %1"_s.arg(k)));
        QVERIFY(standards().setLevel(a, m_students.at(1), m_standard, k, QDate(2026, 10, k)));
    }
    const MasteryReport::Cell &cell = report().cell(1, 0);
    QCOMPARE(*cell.score, 3.48);
    QCOMPARE(cell.level, u"Proficient"_s);
    // The same evidence under another method, without reloading: mean 2.5.
    MasteryReport rep = report();
    rep.recompute(Mastery::Method::Mean, rep.params());
    QCOMPARE(*rep.cell(1, 0).score, 2.5);
    QCOMPARE(rep.cell(1, 0).level, u"Developing"_s);
    // A parameter given for the method: decaying at 50 %: 1, 1.5, 2.25, 3.125 -> 3.13.
    Result<MasteryReport> half = MasteryReport::build(store(), m_classId, Mastery::Method::DecayingAverage, 50.0);
    QCOMPARE(*half->cell(1, 0).score, 3.13);
}

void TestStandards::evidenceOrderedByDateThenEntry()
{
    setMethod(u"most_recent"_s);
    const Assignment late = assignment(addAssignment(u"Late one"_s));
    const Assignment early = assignment(addAssignment(u"Early one"_s));
    const Assignment sameDay = assignment(addAssignment(u"Same day"_s));
    // Entered newest first: the report still reads them by assessed date.
    QVERIFY(standards().setLevel(late, m_students.at(0), m_standard, 2, QDate(2026, 11, 20)));
    QVERIFY(standards().setLevel(early, m_students.at(0), m_standard, 4, QDate(2026, 11, 2)));
    QCOMPARE(*report().cell(0, 0).score, 2.0);
    // Two on the same day: the one entered later is the newer.
    QVERIFY(standards().setLevel(sameDay, m_students.at(0), m_standard, 3, QDate(2026, 11, 20)));
    const MasteryReport::Cell cell = report().cell(0, 0);
    QCOMPARE(*cell.score, 3.0);
    QStringList order;
    for (const MasteryReport::Evidence &e : cell.evidence)
        order.append(e.assignmentTitle);
    QCOMPARE(order, (QStringList{u"Early one"_s, u"Late one"_s, u"Same day"_s}));
}

void TestStandards::enteringAgainUpdatesTheSameRow()
{
    const Assignment a = assignment(addAssignment(u"Essay"_s, QDate(2026, 9, 10)));
    const QString first = *standards().setLevel(a, m_students.at(0), m_standard, 2);
    const QString second = *standards().setLevel(a, m_students.at(0), m_standard, 3, QDate(2026, 9, 12));
    QCOMPARE(second, first);
    QCOMPARE(test::countRows(store(), u"mastery_score"_s, u"deleted = 0"_s), 1);
    const MasteryReport::Cell cell = report().cell(0, 0);
    QCOMPARE(int(cell.evidence.size()), 1);
    QCOMPARE(cell.evidence.front().score, 3.0);
    QCOMPARE(cell.evidence.front().date, QDate(2026, 9, 12));
    m_undo.undo(); // back to 2 on the due date
    QCOMPARE(report().cell(0, 0).evidence.front().score, 2.0);
    m_undo.redo();

    QVERIFY(standards().clearLevel(a, m_students.at(0), m_standard));
    QVERIFY(report().cell(0, 0).evidence.empty());
    QVERIFY(!standards().clearLevel(a, m_students.at(0), m_standard)); // nothing left to clear
    m_undo.undo();
    QCOMPARE(report().cell(0, 0).evidence.size(), size_t(1));
    // Entered again after a clear: the same row comes back.
    QVERIFY(standards().clearLevel(a, m_students.at(0), m_standard));
    QCOMPARE(*standards().setLevel(a, m_students.at(0), m_standard, 1), first);
    QCOMPARE(test::countRows(store(), u"mastery_score"_s), 1);
}

void TestStandards::assessedDefaultsToDueDateThenToday()
{
    test::setToday(QDate(2026, 12, 1));
    const Assignment due = assignment(addAssignment(u"Due"_s, QDate(2026, 9, 30)));
    const Assignment undated = assignment(addAssignment(u"Undated"_s));
    QVERIFY(standards().setLevel(due, m_students.at(0), m_standard, 3));
    QVERIFY(standards().setLevel(undated, m_students.at(1), m_standard, 3));
    const MasteryReport rep = report();
    QCOMPARE(rep.cell(0, 0).evidence.front().date, QDate(2026, 9, 30));
    QCOMPARE(rep.cell(1, 0).evidence.front().date, QDate(2026, 12, 1));
}

void TestStandards::levelLimits()
{
    const Assignment a = assignment(addAssignment(u"Quiz"_s));
    QVERIFY(!standards().setLevel(a, m_students.at(0), m_standard, -1));
    Result<QString> typo = standards().setLevel(a, m_students.at(0), m_standard, 40);
    QVERIFY(!typo);
    QVERIFY2(typo.error().contains(u"8"_s), qPrintable(typo.error()));
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 8));
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 0));
    QVERIFY(!standards().setLevel(a, m_students.at(0), u"not-a-standard"_s, 3));
    QCOMPARE(test::countRows(store(), u"mastery_score"_s), 1);
}

void TestStandards::scaleLabels()
{
    const ProficiencyScale scale = ProficiencyScale::defaultScale();
    QCOMPARE(scale.levels().size(), 4);
    QCOMPARE(scale.label(2.6), u"Developing"_s); // the highest level at or below the score
    QCOMPARE(scale.label(3), u"Proficient"_s);
    QCOMPARE(scale.label(2.99), u"Developing"_s);
    QCOMPARE(scale.label(4.13), u"Exceeding"_s);
    QCOMPARE(scale.label(0.5), u"Beginning"_s); // below the first level: the first
    QCOMPARE(scale.label(1), u"Beginning"_s);
    QCOMPARE(scale.maximumEntry(), 8.0);
}

void TestStandards::classScaleFromJsonAndText()
{
    SchoolClass c;
    QVERIFY(ProficiencyScale::forClass(c).isDefault()); // none: the default 1-4
    c.proficiencyScale = u"[]"_s;
    QVERIFY(ProficiencyScale::forClass(c).isDefault());
    c.proficiencyScale = u"[{\"value\": 0, \"label\": \"Not yet\"}, {\"value\": 2.5, \"label\": \" Meets \"}]"_s;
    const ProficiencyScale two = ProficiencyScale::forClass(c);
    QCOMPARE(two.levels().size(), 2);
    QCOMPARE(two.label(2.49), u"Not yet"_s);
    QCOMPARE(two.label(2.5), u"Meets"_s); // trimmed
    QCOMPARE(two.top(), 2.5);
    QCOMPARE(two.maximumEntry(), 5.0);
    QCOMPARE(two.toJson(), u"[{\"label\":\"Not yet\",\"value\":0},{\"label\":\"Meets\",\"value\":2.5}]"_s);
    QCOMPARE(two.toText(), u"0=Not yet,2.5=Meets"_s);
    // A bad row from elsewhere (levels going down) reads as the default rather than breaking the view.
    c.proficiencyScale = u"[{\"value\": 3, \"label\": \"A\"}, {\"value\": 1, \"label\": \"B\"}]"_s;
    QVERIFY(ProficiencyScale::forClass(c).isDefault());
    // The CLI's text form.
    Result<ProficiencyScale> parsed =
        ProficiencyScale::parse(u" 1=Beginning , 2=Developing,3=Proficient,4=Exceeding"_s);
    QVERIFY(parsed);
    QVERIFY(parsed->isDefault());
    QCOMPARE(parsed->toJson(), QString()); // the default is stored as none
    QVERIFY(!ProficiencyScale::parse(u"1=A"_s));
    QVERIFY(!ProficiencyScale::parse(u"1=A,=B"_s));
    QVERIFY(!ProficiencyScale::parse(u"2=A,1=B"_s));
    QVERIFY(!ProficiencyScale::parse(u"1=A,1001=B"_s));
}

void TestStandards::classScaleLimitsLevelsAndLabelsTheReport()
{
    // A 0-3 scale: 0 Not yet, 1 Approaching, 2 Meeting, 3 Exceeding; levels up to 6.
    QUndoStack scaleUndo; // its own stack: the levels below go on m_undo
    QVERIFY(Actions(store(), &scaleUndo)
                .classes()
                .setProficiencyScale(m_classId,
                                     *ProficiencyScale::parse(u"0=Not yet,1=Approaching,2=Meeting,3=Exceeding"_s)));
    QCOMPARE(scaleUndo.count(), 1);
    QCOMPARE(scaleUndo.text(0), u"Change Proficiency Scale"_s);
    QCOMPARE(test::countRows(store(), u"audit_log"_s, u"action = 'class.proficiency_scale'"_s), 1);
    // Setting it again writes nothing.
    QCOMPARE(*Actions(store(), &scaleUndo)
                  .classes()
                  .setProficiencyScale(m_classId,
                                       *ProficiencyScale::parse(u"0=Not yet,1=Approaching,2=Meeting,3=Exceeding"_s)),
             false);
    QCOMPARE(scaleUndo.count(), 1);
    const Assignment a = assignment(addAssignment(u"A"_s, QDate(2026, 9, 1)));
    const Assignment b = assignment(addAssignment(u"B"_s, QDate(2026, 9, 2)));
    QVERIFY(!standards().setLevel(a, m_students.at(0), m_standard, 6.5)); // above twice the top (6)
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 6));
    QVERIFY(standards().setLevel(b, m_students.at(0), m_standard, 1.5));
    QVERIFY(standards().setLevel(a, m_students.at(1), m_standard, 0));
    const MasteryReport r = report();
    QCOMPARE(*r.cell(0, 0).score, 1.5); // most recent
    QCOMPARE(r.cell(0, 0).level, u"Approaching"_s);
    QCOMPARE(r.cell(0, 0).levelIndex, 1);
    QCOMPARE(r.cell(1, 0).level, u"Not yet"_s);
    // Undo: the default scale again (1.5 is Beginning there).
    scaleUndo.undo();
    QCOMPARE(report().cell(0, 0).level, u"Beginning"_s);
}

void TestStandards::standardMethodOverridesTheClass()
{
    // Two standards, the class on most recent. Adams on RL.1: 1, 4, 2; on RL.2: 2, 3.
    const QString rl2 = *standards().add(m_classId, u"RL.2"_s);
    const Assignment a = assignment(addAssignment(u"A"_s, QDate(2026, 9, 1)));
    const Assignment b = assignment(addAssignment(u"B"_s, QDate(2026, 9, 2)));
    const Assignment c = assignment(addAssignment(u"C"_s, QDate(2026, 9, 3)));
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 1));
    QVERIFY(standards().setLevel(b, m_students.at(0), m_standard, 4));
    QVERIFY(standards().setLevel(c, m_students.at(0), m_standard, 2));
    QVERIFY(standards().setLevel(a, m_students.at(0), rl2, 2));
    QVERIFY(standards().setLevel(b, m_students.at(0), rl2, 3));
    QCOMPARE(*report().cell(0, 0).score, 2.0);
    // RL.1 with weighted average, the newest weighted 80 %: 0.8 x 2 + 0.2 x (1 + 4) / 2 = 2.1.
    QVERIFY(*standards().setMethod(m_standard, u"weighted_average"_s, 80));
    MasteryReport r = report();
    QCOMPARE(r.methodFor(0), Mastery::Method::WeightedAverage);
    QVERIFY(r.isOverridden(0));
    QCOMPARE(r.paramsFor(0).param, 80.0);
    QCOMPARE(*r.cell(0, 0).score, 2.1);
    QCOMPARE(r.methodFor(1), Mastery::Method::MostRecent); // RL.2 follows the class
    QVERIFY(!r.isOverridden(1));
    QCOMPARE(*r.cell(0, 1).score, 3.0);
    QCOMPARE(r.method(), Mastery::Method::MostRecent); // the report's own method stays the class's
    // Without a parameter: the class's (65): 0.65 x 2 + 0.35 x 2.5 = 2.175 -> 2.18.
    QVERIFY(*standards().setMethod(m_standard, u"weighted_average"_s, std::nullopt));
    QCOMPARE(*report().cell(0, 0).score, 2.18);
    // n-mastery's parameter is n; the threshold stays the class's (3): one score (4) at or above 3.
    QVERIFY(*standards().setMethod(m_standard, u"n_mastery"_s, 1));
    QCOMPARE(*report().cell(0, 0).score, 4.0);
    // A method forced for all ignores the override; recomputeOwn brings it back.
    r = report();
    r.recompute(Mastery::Method::Highest, r.params());
    QVERIFY(!r.isOverridden(0));
    QCOMPARE(*r.cell(0, 0).score, 4.0);
    QCOMPARE(*r.cell(0, 1).score, 3.0);
    r.recompute(Mastery::Method::Mean, r.params());
    QCOMPARE(*r.cell(0, 0).score, 2.33); // (1 + 4 + 2) / 3
    r.recomputeOwn();
    QVERIFY(r.isOverridden(0));
    QCOMPARE(*r.cell(0, 0).score, 4.0);
    QCOMPARE(*r.cell(0, 1).score, 3.0);
    // The export takes each standard's method too.
    const QByteArray csv = MasteryExport::toCsv(report());
    QVERIFY2(csv.contains("4.00,3.00"), csv.constData());
}

void TestStandards::standardMethodChecksAndUndoes()
{
    QVERIFY(!standards().setMethod(m_standard, u"median"_s, std::nullopt));
    QVERIFY(!standards().setMethod(m_standard, u"highest"_s, 50)); // takes no parameter
    QVERIFY(!standards().setMethod(m_standard, u"weighted_average"_s, 0));
    QVERIFY(!standards().setMethod(m_standard, u"decaying_average"_s, 45));
    QVERIFY(!standards().setMethod(m_standard, u"n_mastery"_s, 2.5));
    QVERIFY(!standards().setMethod(u"no-such-id"_s, u"mean"_s, std::nullopt));
    QCOMPARE(m_undo.count(), 0);
    QVERIFY(*standards().setMethod(m_standard, u"decaying_average"_s, 75));
    QCOMPARE(*standards().setMethod(m_standard, u"decaying_average"_s, 75), false); // already so: nothing written
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.text(0), u"Set Standard's Method"_s);
    std::optional<Standard> s = StandardRepository(store()).find(m_standard);
    QCOMPARE(s->masteryMethod, u"decaying_average"_s);
    QCOMPARE(s->masteryParam, std::optional<double>(75));
    QVERIFY(*standards().clearMethod(m_standard));
    QCOMPARE(*standards().clearMethod(m_standard), false);
    s = StandardRepository(store()).find(m_standard);
    QVERIFY(s->masteryMethod.isEmpty() && !s->masteryParam);
    m_undo.undo();
    QCOMPARE(StandardRepository(store()).find(m_standard)->masteryMethod, u"decaying_average"_s);
    m_undo.undo();
    QVERIFY(StandardRepository(store()).find(m_standard)->masteryMethod.isEmpty());
    QCOMPARE(test::countRows(store(), u"audit_log"_s, u"action = 'standard.method'"_s), 1);
    QCOMPARE(test::countRows(store(), u"audit_log"_s, u"action = 'standard.method_clear'"_s), 1);
}

void TestStandards::nMasteryWithoutResultHasNoLevel()
{
    QVERIFY(ClassRepository(store()).update(
        m_classId, {{u"mastery_method"_s, u"n_mastery"_s}, {u"mastery_threshold"_s, 3}, {u"mastery_n"_s, 2}}, u"x"_s));
    const Assignment a = assignment(addAssignment(u"A"_s, QDate(2026, 9, 1)));
    const Assignment b = assignment(addAssignment(u"B"_s, QDate(2026, 9, 2)));
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 4));
    QVERIFY(standards().setLevel(b, m_students.at(0), m_standard, 2));
    QVERIFY(!report().cell(0, 0).score); // one score at 3 or above, two needed
    QVERIFY(report().cell(0, 0).level.isEmpty());
    QVERIFY(standards().setLevel(b, m_students.at(0), m_standard, 3.5));
    QCOMPARE(*report().cell(0, 0).score, 3.75); // (4 + 3.5) / 2
    // n given as the parameter: 3 needed, none.
    QVERIFY(!MasteryReport::build(store(), m_classId, Mastery::Method::NMastery, 3.0)->cell(0, 0).score);
}

void TestStandards::exportLayout()
{
    setMethod(u"mean"_s);
    const QString second = *standards().add(m_classId, u"RL.2"_s);
    const Assignment a = assignment(addAssignment(u"A"_s, QDate(2026, 9, 1)));
    const Assignment b = assignment(addAssignment(u"B"_s, QDate(2026, 9, 2)));
    QVERIFY(standards().setLevel(a, m_students.at(0), m_standard, 3));
    QVERIFY(standards().setLevel(b, m_students.at(0), m_standard, 2));
    QVERIFY(standards().setLevel(b, m_students.at(1), second, 4));
    const QByteArray csv = MasteryExport::toCsv(report());
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBFStudent,Student Number,RL.1,RL.2\r\n"
                             "\"Adams, Ana\",701,2.50,\r\n"
                             "\"Baker, Ana\",702,,4.00\r\n"));
    const QString path = m_profile->path() + u"/mastery.csv"_s;
    QVERIFY(MasteryExport::writeFile(store(), m_classId, path));
    QCOMPARE(test::readFile(path), csv);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

// The XLSX gradebook export carries the standards as a second sheet (scores as
// numbers); the import still reads the gradebook, the first sheet.
void TestStandards::xlsxGradebookHasAStandardsSheet()
{
    exportLayout(); // the same evidence: Adams 2.50 on RL.1, Baker 4.00 on RL.2
    GradebookExport::Options options;
    options.fileType = GradebookExport::FileType::Xlsx;
    const Result<QByteArray> xlsx = GradebookExport::build(store(), m_classId, options);
    QVERIFY2(xlsx.ok(), qPrintable(xlsx.error()));
    const Result<QStringList> sheets = XlsxReader::sheetNames(*xlsx, u"g.xlsx"_s);
    QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(1), u"Standards"_s);
    const Result<CsvTable> standards = XlsxReader::read(*xlsx, u"g.xlsx"_s, u"Standards"_s);
    QVERIFY2(standards.ok(), qPrintable(standards.error()));
    QCOMPARE(standards->header, (QStringList{u"Student"_s, u"Student Number"_s, u"RL.1"_s, u"RL.2"_s}));
    QCOMPARE(standards->rows.at(0).cells.value(2), u"2.5"_s); // a number, shown with 2 decimals
    QCOMPARE(standards->rows.at(1).cells.value(3), u"4"_s);
    const Result<CsvTable> first = XlsxReader::read(*xlsx, u"g.xlsx"_s);
    QVERIFY(first.ok());
    QCOMPARE(first->header.mid(0, 2), (QStringList{u"Student"_s, u"Student Number"_s}));
    QVERIFY(first->header.contains(u"Final %"_s));
}

QTEST_GUILESS_MAIN(TestStandards)
#include "tst_standards.moc"
