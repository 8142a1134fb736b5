// Progress reports: the ProgressReport a class gives (hand-worked numbers),
// the PDF read back with pdftotext (published work only, the missing list on
// top, Final % and letter, "as of", a name with markup printed as text), the
// Spanish report, 0600 files, Cancel, and the comment bank and report comment
// actions with undo.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/ActionRunner.h"
#include "models/actions/ClassActions.h"
#include "models/actions/CommentBankActions.h"
#include "models/actions/ReportCommentActions.h"
#include "models/reports/CommentPlaceholders.h"
#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportDocument.h"
#include "models/reports/ReportPdf.h"
#include "models/reports/ReportText.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"pdftotext failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int mode(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { Clock::reset(); }
    void reportValues();
    void periodAndOverride();
    void standardsHideUnpublishedEvidence();
    void termWithFormula();
    void pdfContent();
    void spanish();
    void spanishStandardLevels();
    void batchFilesArePrivate();
    void cancelStopsBatch();
    void guardianLanguage();
    void commentBank();
    void reportComment();

private:
    QString addAssignment(const QString &title, double points, const QString &category, const QDate &due,
                          bool published = true, const QString &type = u"points"_s);
    void setScore(const QString &assignment, const QString &student, const std::function<void(Score &)> &edit);
    ReportBuilder builder(const QString &periodId = {});

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_class, m_homework, m_tests;
    QString m_ana, m_bo, m_carl;
    QString m_hw1, m_hw2, m_hw3, m_essay, m_secret, m_project;
    int m_position = 0;
};

void TestReports::initTestCase()
{
    ReportText::addSearchPath(QStringLiteral(K12_QM_DIR));
}

QString TestReports::addAssignment(const QString &title, double points, const QString &category, const QDate &due,
                                   bool published, const QString &type)
{
    Assignment a;
    a.classId = m_class;
    a.title = title;
    a.pointsPossible = points;
    a.categoryId = category;
    a.dueDate = due;
    a.published = published;
    a.gradingType = type;
    a.position = m_position++;
    return *AssignmentRepository(m_profile->store()).create(a, u"x"_s);
}

void TestReports::setScore(const QString &assignment, const QString &student, const std::function<void(Score &)> &edit)
{
    Score s;
    s.id = Score::idFor(assignment, student);
    s.classId = m_class;
    s.assignmentId = assignment;
    s.studentId = student;
    edit(s);
    QVERIFY(m_profile->store().apply(u"x"_s, {Change::upsert(u"score"_s, s.id, s.toFields())}).ok());
}

ReportBuilder TestReports::builder(const QString &periodId)
{
    ReportOptions o;
    o.gradingPeriodId = periodId;
    o.teacherName = u"Ms. Rivera"_s;
    o.schoolName = u"Lincoln Middle School"_s;
    Result<ReportBuilder> b = ReportBuilder::load(m_profile->store(), m_class, o);
    if (!b)
        qFatal("%s", qPrintable(b.error()));
    return std::move(b).value();
}

// Algebra I: Homework 40 %, Tests 60 %. Ana Ávila (101): HW 1 8.5/10, HW 2
// missing, HW 3 9/10 two school days late (no late penalty), Essay (letter
// graded, 20 points) A, Quiz Secret (unpublished) 10/50, Project excused.
// "Bo<script>" "Smith & Co" (102) and Carl Diaz (103) have HW 1 only.
void TestReports::init()
{
    test::setToday(QDate(2026, 12, 6));
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    m_class = *ClassRepository(s).create(c, u"x"_s);
    Category hw;
    hw.classId = m_class;
    hw.name = u"Homework"_s;
    hw.weight = 40;
    m_homework = *CategoryRepository(s).create(hw, u"x"_s);
    Category t = hw;
    t.id.clear();
    t.name = u"Tests"_s;
    t.weight = 60;
    t.position = 1;
    m_tests = *CategoryRepository(s).create(t, u"x"_s);
    QList<Student> roster;
    for (const auto &[given, family, number] :
         {std::tuple{u"Ana"_s, u"Ávila"_s, u"101"_s}, std::tuple{u"Bo<script>"_s, u"Smith & Co"_s, u"102"_s},
          std::tuple{u"Carl"_s, u"Diaz"_s, u"103"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        st.studentNumber = number;
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, m_class, u"x"_s).ok());
    for (const Student &st : StudentRepository(s).enrolledIn(m_class)) {
        (st.studentNumber == u"101"_s ? m_ana : st.studentNumber == u"102"_s ? m_bo : m_carl) = st.id;
    }
    m_position = 0;
    m_hw1 = addAssignment(u"HW 1"_s, 10, m_homework, QDate(2026, 9, 10));
    m_hw2 = addAssignment(u"HW 2"_s, 10, m_homework, QDate(2026, 9, 17));
    m_hw3 = addAssignment(u"HW 3"_s, 10, m_homework, QDate(2026, 9, 24));
    m_essay = addAssignment(u"Essay"_s, 20, m_tests, QDate(2026, 9, 25), true, u"letter"_s);
    m_secret = addAssignment(u"Quiz Secret"_s, 50, m_tests, QDate(2026, 9, 26), false);
    m_project = addAssignment(u"Project"_s, 30, m_tests, QDate(2026, 9, 30));
    setScore(m_hw1, m_ana, [](Score &x) { x.points = 8.5; });
    setScore(m_hw2, m_ana, [](Score &x) { x.missing = true; });
    setScore(m_hw3, m_ana, [](Score &x) {
        x.points = 9;
        x.late = true;
        x.daysLate = 2;
    });
    setScore(m_essay, m_ana, [](Score &x) { x.letter = u"A"_s; });
    setScore(m_secret, m_ana, [](Score &x) { x.points = 10; });
    setScore(m_project, m_ana, [](Score &x) { x.excused = true; });
    setScore(m_hw1, m_bo, [](Score &x) { x.points = 7; });
    setScore(m_hw1, m_carl, [](Score &x) { x.points = 10; });
}

void TestReports::reportValues()
{
    const ReportBuilder b = builder();
    QCOMPARE(b.students().size(), 3);
    const ProgressReport r = b.report(b.studentIndex(m_ana));
    QCOMPARE(r.displayName(), u"Ana Ávila"_s);
    QCOMPARE(r.className, u"Algebra I"_s);
    QCOMPARE(r.teacherName, u"Ms. Rivera"_s);
    QCOMPARE(r.asOf, QDate(2026, 12, 6));
    QVERIFY(r.periodName.isEmpty());
    // Homework (8.5 + 0 + 9) / 30 = 58.33 %; Tests: the Essay's A is 20/20 (the
    // unpublished quiz does not count, the project is excused) = 100 %;
    // Final 0.4 x 58.333 + 0.6 x 100 = 83.33 % = B- (80 <= x < 84).
    QCOMPARE(r.categories.size(), 2);
    QCOMPARE(r.categories.at(0).name, u"Homework"_s);
    QCOMPARE(r.categories.at(0).weight, 40.0);
    QCOMPARE(GradeEngine::round2(*r.categories.at(0).percent), 58.33);
    QCOMPARE(GradeEngine::round2(*r.categories.at(1).percent), 100.0);
    QCOMPARE(GradeEngine::round2(*r.finalPercent), 83.33);
    QCOMPARE(r.finalLetter, u"B-"_s);
    QVERIFY(!r.letterOverridden);
    // Published assignments only, in gradebook order.
    QStringList titles;
    for (const auto &a : r.assignments)
        titles << a.title;
    QCOMPARE(titles, (QStringList{u"HW 1"_s, u"HW 2"_s, u"HW 3"_s, u"Essay"_s, u"Project"_s}));
    QCOMPARE(r.missing.size(), 1);
    QCOMPARE(r.missing.at(0).title, u"HW 2"_s);
    QVERIFY(r.assignments.at(2).late);
    QCOMPARE(r.assignments.at(2).daysLate, 2);
    QCOMPARE(r.assignments.at(3).letter, u"A"_s);
    QVERIFY(r.assignments.at(3).letterGraded);
    QVERIFY(r.assignments.at(4).excused);
    QCOMPARE(r.missingCount(), 1);
}

void TestReports::periodAndOverride()
{
    GradingPeriod q1;
    q1.classId = m_class;
    q1.name = u"Q1"_s;
    q1.startDate = QDate(2026, 9, 1);
    q1.endDate = QDate(2026, 9, 15);
    const QString q1Id = *GradingPeriodRepository(m_profile->store()).create(q1, u"x"_s);
    FinalOverride o;
    o.id = FinalOverride::idFor(m_class, m_carl, q1Id);
    o.classId = m_class;
    o.studentId = m_carl;
    o.gradingPeriodId = q1Id;
    o.letter = u"A-"_s;
    o.reason = u"Retake"_s;
    QVERIFY(Repository<FinalOverride>(m_profile->store()).save(o, u"x"_s).ok());

    const ReportBuilder b = builder(q1Id);
    const ProgressReport carl = b.report(b.studentIndex(m_carl));
    QCOMPARE(carl.periodName, u"Q1"_s);
    QCOMPARE(carl.assignments.size(), 1); // only HW 1 is due in Q1
    QCOMPARE(carl.assignments.at(0).title, u"HW 1"_s);
    QCOMPARE(GradeEngine::round2(*carl.finalPercent), 100.0);
    QCOMPARE(carl.finalLetter, u"A-"_s); // the teacher's letter, not the computed A
    QVERIFY(carl.letterOverridden);
    // The whole course has no override for Carl.
    const ReportBuilder course = builder();
    QCOMPARE(course.report(course.studentIndex(m_carl)).letterOverridden, false);
    // A period of another class is refused.
    ReportOptions other;
    other.gradingPeriodId = u"nope"_s;
    QVERIFY(!ReportBuilder::load(m_profile->store(), m_class, other).ok());
}

void TestReports::standardsHideUnpublishedEvidence()
{
    Standard st;
    st.classId = m_class;
    st.code = u"ALG.1"_s;
    st.description = u"Solve linear equations"_s;
    const QString standard = *StandardRepository(m_profile->store()).create(st, u"x"_s);
    // Most recent (the class's method): 3 from HW 1, then 1 from the unpublished quiz.
    for (const auto &[assignment, score, at] :
         {std::tuple{m_hw1, 3.0, u"2026-09-10T10:00:00"_s}, std::tuple{m_secret, 1.0, u"2026-09-26T10:00:00"_s}}) {
        MasteryScore m;
        m.classId = m_class;
        m.standardId = standard;
        m.studentId = m_ana;
        m.assignmentId = assignment;
        m.score = score;
        m.assessedAt = at;
        QVERIFY(MasteryScoreRepository(m_profile->store()).create(m, u"x"_s).ok());
    }
    const ReportBuilder b = builder();
    const ProgressReport ana = b.report(b.studentIndex(m_ana));
    QCOMPARE(ana.standards.size(), 1);
    QCOMPARE(ana.standards.at(0).code, u"ALG.1"_s);
    QCOMPARE(ana.standards.at(0).level, u"Proficient"_s);        // 3, not the unpublished 1 (Beginning)
    QVERIFY(b.report(b.studentIndex(m_bo)).standards.isEmpty()); // no evidence, no line
}

// S1 = 50 % Q1 + 50 % Q2: no assignment of its own; the report lists the published work of its parts and
// takes the term's Final % from TermFinals. Carl has HW 1 10/10 in Q1 and nothing graded in Q2: Q2 has no
// value, so S1 is Q1's 100 % (the weights renormalised).
void TestReports::termWithFormula()
{
    GradingPeriodRepository periods(m_profile->store());
    GradingPeriod q1;
    q1.classId = m_class;
    q1.name = u"Q1"_s;
    q1.startDate = QDate(2026, 9, 1);
    q1.endDate = QDate(2026, 9, 15);
    const QString q1Id = *periods.create(q1, u"x"_s);
    GradingPeriod q2 = q1;
    q2.id.clear();
    q2.name = u"Q2"_s;
    q2.startDate = QDate(2026, 9, 16);
    q2.endDate = QDate(2026, 10, 31);
    const QString q2Id = *periods.create(q2, u"x"_s);
    GradingPeriod s1 = q1;
    s1.id.clear();
    s1.name = u"S1"_s;
    s1.endDate = QDate(2026, 10, 31);
    s1.formula = {FormulaPart{q1Id, {}, {}, 50}, FormulaPart{q2Id, {}, {}, 50}};
    const QString s1Id = *periods.create(s1, u"x"_s);

    const ReportBuilder b = builder(s1Id);
    const ProgressReport carl = b.report(b.studentIndex(m_carl));
    QStringList titles;
    for (const auto &a : carl.assignments)
        titles << a.title;
    QCOMPARE(titles, (QStringList{u"HW 1"_s, u"HW 2"_s, u"HW 3"_s, u"Essay"_s, u"Project"_s}));
    QVERIFY(carl.categories.isEmpty()); // a term's weights are its formula's
    QCOMPARE(GradeEngine::round2(*carl.finalPercent), 100.0);
    QCOMPARE(carl.finalLetter, u"A"_s);
    QCOMPARE(carl.periodName, u"S1"_s);
}

void TestReports::pdfContent()
{
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    QVERIFY(ReportCommentActions(ActionRunner(m_profile->store()))
                .set(m_class, m_ana, {}, u"Ana works hard.\nKeep reading every night."_s)
                .ok());
    const ReportBuilder b = builder();
    QList<ProgressReport> reports;
    for (int i = 0; i < b.students().size(); ++i)
        reports << b.report(i);
    const QString path = m_profile->dir.filePath(u"all.pdf"_s);
    Result<ReportPdf::Outcome> written = ReportPdf::writeCombined(reports, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->reports, 3);
    QCOMPARE(mode(path), 0600);
    const QString text = pdfText(path);
    // One page per student: the footers say "Page 1 of 1" three times.
    QCOMPARE(text.count(u"Page 1 of 1"_s), 3);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    const QString ana = pages.at(0); // Ávila, Ana comes first in gradebook order
    QVERIFY2(ana.contains(u"Ana Ávila"_s), qPrintable(ana));
    QVERIFY(ana.contains(u"Lincoln Middle School"_s));
    QVERIFY(ana.contains(u"Ms. Rivera"_s));
    QVERIFY(ana.contains(u"Grades as of December 6, 2026"_s));
    QVERIFY(ana.contains(u"Whole course"_s));
    // The missing work is called out above everything else, in words.
    const qsizetype missingAt = ana.indexOf(u"MISSING WORK: 1 assignment not turned in"_s);
    QVERIFY2(missingAt >= 0, qPrintable(ana));
    QVERIFY(missingAt < ana.indexOf(u"Final grade:"_s));
    QVERIFY(missingAt < ana.indexOf(u"Categories"_s));
    QVERIFY(ana.indexOf(u"HW 2"_s, missingAt) < ana.indexOf(u"Final grade:"_s));
    QVERIFY(ana.contains(u"due Sep 17"_s));
    QVERIFY2(ana.contains(QRegularExpression(u"Final grade: 83\\.33 %\\s+B-"_s)), qPrintable(ana));
    QVERIFY(ana.contains(u"58.33 %"_s));
    QVERIFY(ana.contains(u"100.00 %"_s));
    QVERIFY(ana.contains(u"40.00 %"_s));
    QVERIFY(ana.contains(u"8.5 / 10"_s));
    QVERIFY(ana.contains(u"Late (2 school days)"_s));
    QVERIFY(ana.contains(u"Excused"_s));
    QVERIFY(ana.contains(u"Missing"_s));
    QVERIFY(ana.contains(u"Essay"_s));
    QVERIFY(ana.contains(u"Keep reading every night."_s));
    // The unpublished quiz appears nowhere a family looks.
    QVERIFY(!text.contains(u"Quiz Secret"_s));
    // Markup in a name is printed as text.
    QVERIFY2(text.contains(u"Bo<script> Smith & Co"_s), qPrintable(pages.at(1)));
    QVERIFY(text.contains(u"No missing work."_s));
}

void TestReports::spanish()
{
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    QVERIFY2(ReportText::hasTranslation(u"es"_s), "k12_teacher_es.qm not found in " K12_QM_DIR);
    const ReportBuilder b = builder();
    ProgressReport r = b.report(b.studentIndex(m_ana));
    r.language = u"es"_s;
    const QString path = m_profile->dir.filePath(u"ana-es.pdf"_s);
    QVERIFY(ReportPdf::writeCombined({r}, path).ok());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Informe de progreso"_s), qPrintable(text));
    QVERIFY(text.contains(u"Calificaciones al 6 de diciembre de 2026"_s));
    QVERIFY(text.contains(u"TRABAJO PENDIENTE: 1 tarea sin entregar"_s));
    QVERIFY(text.contains(QRegularExpression(u"Calificación final: 83,33 %\\s+B-"_s)));
    QVERIFY(text.contains(u"83,33 %"_s)); // a decimal comma
    QVERIFY(text.contains(u"Tarde (2 días escolares)"_s));
    QVERIFY(text.contains(u"Justificado"_s));
    QVERIFY(text.contains(u"Todo el curso"_s));
    QVERIFY(!text.contains(u"Progress Report"_s));
    QVERIFY(!text.contains(u"Final grade"_s));
    // A language with no translation prints in English.
    QCOMPARE(ReportText(u"de"_s).language(), u"en"_s);
    QCOMPARE(ReportText(u"es-MX"_s).language(), u"es"_s);
}

// The default proficiency levels print in the report's language whatever the window's is (here English);
// a class's own labels print as the teacher typed them.
void TestReports::spanishStandardLevels()
{
    QVERIFY2(ReportText::hasTranslation(u"es"_s), "k12_teacher_es.qm not found in " K12_QM_DIR);
    Standard st;
    st.classId = m_class;
    st.code = u"ALG.1"_s;
    st.description = u"Solve linear equations"_s;
    const QString standard = *StandardRepository(m_profile->store()).create(st, u"x"_s);
    MasteryScore m;
    m.classId = m_class;
    m.standardId = standard;
    m.studentId = m_ana;
    m.assignmentId = m_hw1;
    m.score = 3; // 3 Proficient on the default scale
    m.assessedAt = u"2026-09-10T10:00:00"_s;
    QVERIFY(MasteryScoreRepository(m_profile->store()).create(m, u"x"_s).ok());
    const auto standardsOf = [this](const QString &language) {
        const ReportBuilder b = builder();
        ProgressReport r = b.report(b.studentIndex(m_ana));
        r.language = language;
        const QString html = ReportDocument::html(r, ReportText(language), false);
        return html.mid(html.indexOf(u"ALG.1"_s));
    };
    QString es = standardsOf(u"es"_s);
    QVERIFY2(es.contains(u">Competente<"_s), qPrintable(es));
    QVERIFY(!es.contains(u"Proficient"_s));
    QVERIFY2(standardsOf(u"fr"_s).contains(u">Compétent<"_s), qPrintable(standardsOf(u"fr"_s)));
    QVERIFY(standardsOf(u"en"_s).contains(u">Proficient<"_s));
    if (const QString dir = qEnvironmentVariable("K12_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const ReportBuilder b = builder(); // the Spanish report as printed, to look at (pdftoppm)
        ProgressReport r = b.report(b.studentIndex(m_ana));
        r.language = u"es"_s;
        QVERIFY(ReportPdf::writeCombined({r}, dir + u"/report-standards-es.pdf"_s).ok());
    }

    // The teacher's own scale: "Solid" stays "Solid" in a Spanish report.
    const Result<ProficiencyScale> own = ProficiencyScale::parse(u"1=Starting,2=Growing,3=Solid,4=Stellar"_s);
    QVERIFY(own.ok());
    QVERIFY(ClassActions(ActionRunner(m_profile->store())).setProficiencyScale(m_class, *own).ok());
    es = standardsOf(u"es"_s);
    QVERIFY2(es.contains(u">Solid<"_s), qPrintable(es));
    QVERIFY(!es.contains(u"Competente"_s));
}

void TestReports::batchFilesArePrivate()
{
    const ReportBuilder b = builder();
    QList<ProgressReport> reports;
    for (int i = 0; i < b.students().size(); ++i)
        reports << b.report(i);
    const QString folder = m_profile->dir.filePath(u"reports"_s);
    QVERIFY(QDir().mkpath(folder));
    // A file already there with a looser mode is made private when written again.
    test::writeFile(QDir(folder).filePath(u"Diaz, Carl.pdf"_s), "old");
    QVERIFY(QFile::setPermissions(QDir(folder).filePath(u"Diaz, Carl.pdf"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    Result<ReportPdf::Outcome> written = ReportPdf::writeEach(reports, folder);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->files.size(), 3);
    QStringList names;
    for (const QString &f : written->files) {
        names << QFileInfo(f).fileName();
        QCOMPARE(mode(f), 0600);
        QVERIFY(QFileInfo(f).size() > 1000);
    }
    // Names from family and given name; unsafe characters replaced; a name already there gets " (2)".
    QCOMPARE(names, (QStringList{u"Ávila, Ana.pdf"_s, u"Diaz, Carl (2).pdf"_s, u"Smith & Co, Bo script.pdf"_s}));
}

void TestReports::cancelStopsBatch()
{
    const ReportBuilder b = builder();
    QList<ProgressReport> reports;
    for (int i = 0; i < b.students().size(); ++i)
        reports << b.report(i);
    const QString folder = m_profile->dir.filePath(u"cancelled"_s);
    QList<int> seen;
    Result<ReportPdf::Outcome> each = ReportPdf::writeEach(reports, folder, [&](int done, int total) {
        seen << done;
        return !(done == 1 && total == 3); // Cancel after the first
    });
    QVERIFY(each.ok());
    QVERIFY(each->cancelled);
    QCOMPARE(seen, QList<int>{1});
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);

    const QString path = m_profile->dir.filePath(u"cancelled.pdf"_s);
    seen.clear();
    Result<ReportPdf::Outcome> combined = ReportPdf::writeCombined(reports, path, [&](int done, int) {
        seen << done;
        return done < 2;
    });
    QVERIFY(combined.ok());
    QVERIFY(combined->cancelled);
    QCOMPARE(seen, (QList<int>{1, 2}));
    QVERIFY(!QFileInfo::exists(path)); // no half-written file left behind
}

void TestReports::guardianLanguage()
{
    Store &s = m_profile->store();
    Guardian quiet;
    quiet.givenName = u"Luis"_s;
    quiet.familyName = u"Ávila"_s;
    quiet.language = u"fr"_s;
    quiet.receivesReports = false;
    const QString quietId = *Repository<Guardian>(s).create(quiet, u"x"_s);
    Guardian mother;
    mother.givenName = u"María"_s;
    mother.familyName = u"Ávila"_s;
    mother.language = u"es"_s;
    const QString motherId = *Repository<Guardian>(s).create(mother, u"x"_s);
    for (const QString &g : {quietId, motherId}) {
        StudentGuardian link;
        link.id = StudentGuardian::idFor(m_ana, g);
        link.studentId = m_ana;
        link.guardianId = g;
        QVERIFY(Repository<StudentGuardian>(s).save(link, u"x"_s).ok());
    }
    const ReportBuilder b = builder();
    // The first guardian does not receive reports: the second one's language counts.
    QCOMPARE(b.guardianLanguage(m_ana), u"es"_s);
    QCOMPARE(b.guardianLanguage(m_bo), QString());
}

void TestReports::commentBank()
{
    QUndoStack undo;
    CommentBankActions bank(ActionRunner(m_profile->store(), &undo));
    Store &s = m_profile->store();
    const QString a = *bank.add(u"{first_name} is a joy to teach."_s, u"Praise"_s);
    const QString b = *bank.add(u"{first_name} has {missing_count} missing assignment(s)."_s, u"Work"_s);
    const QString c = *bank.add(u"Final letter: {final_letter}."_s);
    QVERIFY(!bank.add(u"   "_s).ok()); // no empty comment
    const auto ids = [&] {
        QStringList list;
        for (const CommentTemplate &t : CommentBankActions::list(s))
            list << t.id;
        return list;
    };
    QCOMPARE(ids(), (QStringList{a, b, c}));
    QVERIFY(bank.move(c, 0).ok());
    QCOMPARE(ids(), (QStringList{c, a, b}));
    undo.undo();
    QCOMPARE(ids(), (QStringList{a, b, c}));
    QVERIFY(bank.edit(a, u"{first_name} shines."_s, u"Praise"_s).ok());
    QCOMPARE(CommentBankActions::list(s).at(0).text, u"{first_name} shines."_s);
    QVERIFY(bank.remove(b).ok());
    QCOMPARE(ids(), (QStringList{a, c}));
    undo.undo();
    QCOMPARE(ids(), (QStringList{a, b, c}));
    QCOMPARE(test::countRows(s, u"outbox"_s) > 0, true);

    const ReportBuilder builderNow = builder();
    const ProgressReport ana = builderNow.report(builderNow.studentIndex(m_ana));
    QCOMPARE(CommentPlaceholders::expand(CommentBankActions::list(s).at(1).text, ana),
             u"Ana has 1 missing assignment(s)."_s);
    QCOMPARE(CommentPlaceholders::expand(u"Final letter: {final_letter}. {unknown}"_s, ana),
             u"Final letter: B-. {unknown}"_s);
}

void TestReports::reportComment()
{
    QUndoStack undo;
    ReportCommentActions comments(ActionRunner(m_profile->store(), &undo));
    QVERIFY(comments.set(m_class, m_ana, {}, u"Good term."_s).ok());
    QCOMPARE(ReportCommentActions::commentFor(m_profile->store(), m_class, m_ana, {}), u"Good term."_s);
    QVERIFY(comments.set(m_class, m_ana, {}, u"Better term."_s).ok());
    undo.undo();
    QCOMPARE(ReportCommentActions::commentFor(m_profile->store(), m_class, m_ana, {}), u"Good term."_s);
    QVERIFY(comments.set(m_class, m_ana, {}, QString()).ok()); // cleared
    QCOMPARE(ReportCommentActions::commentFor(m_profile->store(), m_class, m_ana, {}), QString());
    QVERIFY(!comments.set(m_class, u"someone-else"_s, {}, u"x"_s).ok());
    QVERIFY(!comments.set(m_class, m_ana, u"no-such-period"_s, u"x"_s).ok());
    const ReportBuilder b = builder();
    QCOMPARE(b.report(b.studentIndex(m_ana)).comment, QString());
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
