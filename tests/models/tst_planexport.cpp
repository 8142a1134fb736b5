// A unit and a lesson rendered to PDF with QTextDocument + QPdfWriter: the
// file is private (0600) and, read back with pdftotext, holds the class, the
// dates, the lessons, objectives, activities, materials, homework and standards.
#include "tests/common/TestSupport.h"

#include "models/plans/PlanDocument.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestPlanExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unitPdfHasEverything();
    void lessonPdfHasEverything();
    void existingFileBecomesPrivate();
    void unknownIdsFailAndWriteNothing();
    void htmlEscapesTeacherText();
    void fileNamesAreSafe();

private:
    QString pdfText(const QString &path);

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_unitId;
    QString m_lessonId;
};

void TestPlanExport::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    c.subject = u"Mathematics"_s;
    c.gradeLevel = u"9"_s;
    c.term = u"2026-27 Fall"_s;
    c.period = u"3"_s;
    const QString classId = *ClassRepository(s).create(c, u"x"_s);
    Standard st;
    st.classId = classId;
    st.code = u"CCSS.MATH.6.RP.A.1"_s;
    st.description = u"Understand the concept of a ratio"_s;
    const QString standardId = *StandardRepository(s).create(st, u"x"_s);
    Assignment quiz;
    quiz.classId = classId;
    quiz.title = u"Ratio quiz"_s;
    const QString quizId = *AssignmentRepository(s).create(quiz, u"x"_s);
    UnitPlan u;
    u.classId = classId;
    u.title = u"Ratios and Rates"_s;
    u.startDate = QDate(2026, 9, 7);
    u.endDate = QDate(2026, 9, 25);
    u.summary = u"Students compare quantities with ratios."_s;
    u.essentialQuestions = u"When is comparing by division better than by subtraction?"_s;
    u.standardIds = {standardId};
    m_unitId = *UnitPlanRepository(s).create(u, u"x"_s);
    Lesson l1;
    l1.classId = classId;
    l1.unitId = m_unitId;
    l1.date = QDate(2026, 9, 7);
    l1.title = u"What is a ratio"_s;
    l1.objectives = u"Write a ratio three ways"_s;
    l1.activities =
        u"<html><body><p><b>Warm-up:</b> recipe cards</p><ul><li>Pairs sort cards</li></ul></body></html>"_s;
    l1.materials = u"Recipe cards, floor tape"_s; // "fl": no ligature, so the PDF text is searchable
    l1.homework = u"Workbook page 12"_s;
    l1.standardIds = {standardId};
    l1.assignmentId = quizId;
    l1.position = 0;
    m_lessonId = *LessonRepository(s).create(l1, u"x"_s);
    Lesson l2 = l1;
    l2.id.clear();
    l2.title = u"Ratio tables"_s;
    l2.objectives = u"Complete a ratio table"_s;
    l2.activities = u"Plain text activity"_s;
    l2.date = QDate(2026, 9, 8);
    l2.position = 1;
    QVERIFY(LessonRepository(s).create(l2, u"x"_s).ok());
}

QString TestPlanExport::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // Collapse the layout's spacing, so a phrase split over columns still matches.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

void TestPlanExport::unitPdfHasEverything()
{
    const QString path = m_profile->dir.filePath(u"unit.pdf"_s);
    const Status s = PlanDocument::exportUnit(m_profile->store(), m_unitId, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(test::readFile(path).startsWith("%PDF-"));
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    const QString text = pdfText(path);
    for (const QString &expected : {u"Ratios and Rates"_s,
                                    u"Algebra I"_s,
                                    u"Mathematics"_s,
                                    u"Period 3"_s,
                                    u"2026-27 Fall"_s,
                                    u"Students compare quantities with ratios."_s,
                                    u"When is comparing by division better"_s,
                                    u"CCSS.MATH.6.RP.A.1"_s,
                                    u"Understand the concept of a ratio"_s,
                                    u"What is a ratio"_s,
                                    u"Write a ratio three ways"_s,
                                    u"Warm-up: recipe cards"_s,
                                    u"Pairs sort cards"_s,
                                    u"Recipe cards, floor tape"_s,
                                    u"Workbook page 12"_s,
                                    u"Ratio quiz"_s,
                                    u"Ratio tables"_s,
                                    u"Complete a ratio table"_s,
                                    u"Plain text activity"_s,
                                    u"2026"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text.left(2000)));
    }
}

void TestPlanExport::lessonPdfHasEverything()
{
    const QString path = m_profile->dir.filePath(u"lesson.pdf"_s);
    const Status s = PlanDocument::exportLesson(m_profile->store(), m_lessonId, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(modeOf(path), 0600);
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    const QString text = pdfText(path);
    for (const QString &expected : {u"What is a ratio"_s, u"Algebra I"_s, u"Unit: Ratios and Rates"_s, u"Objectives"_s,
                                    u"Write a ratio three ways"_s, u"Activities"_s, u"Pairs sort cards"_s,
                                    u"Materials"_s, u"Homework"_s, u"CCSS.MATH.6.RP.A.1"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    }
    QVERIFY(!text.contains(u"Ratio tables"_s)); // only the one lesson
}

void TestPlanExport::existingFileBecomesPrivate()
{
    const QString path = m_profile->dir.filePath(u"shared.pdf"_s);
    test::writeFile(path, "old");
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    QCOMPARE(modeOf(path), 0644);
    QVERIFY(PlanDocument::exportUnit(m_profile->store(), m_unitId, path).ok());
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(test::readFile(path).startsWith("%PDF-"));
}

void TestPlanExport::unknownIdsFailAndWriteNothing()
{
    const QString path = m_profile->dir.filePath(u"none.pdf"_s);
    const Status unit = PlanDocument::exportUnit(m_profile->store(), newId(), path);
    QVERIFY(!unit.ok());
    QVERIFY(unit.error().contains(u"No unit"_s));
    QVERIFY(!PlanDocument::exportLesson(m_profile->store(), newId(), path).ok());
    QVERIFY(!QFile::exists(path));
    const Status badFolder =
        PlanDocument::exportUnit(m_profile->store(), m_unitId, m_profile->dir.filePath(u"no/such/dir/x.pdf"_s));
    QVERIFY(!badFolder.ok());
    QVERIFY2(badFolder.error().contains(u"Cannot write"_s), qPrintable(badFolder.error()));
}

void TestPlanExport::htmlEscapesTeacherText()
{
    QVERIFY(UnitPlanRepository(m_profile->store())
                .update(m_unitId, {{u"summary"_s, u"a < b & <script>x</script>"_s}}, u"x"_s)
                .ok());
    const Result<QString> html = PlanDocument::unitHtml(m_profile->store(), m_unitId);
    QVERIFY(html.ok());
    QVERIFY(html->contains(u"a &lt; b &amp; &lt;script&gt;"_s));
    QVERIFY(!html->contains(u"<script>"_s));
}

void TestPlanExport::fileNamesAreSafe()
{
    QCOMPARE(PlanDocument::suggestedFileName(u"Unit 1: Ratios/Rates?"_s), u"Unit 1 Ratios Rates.pdf"_s);
    QCOMPARE(PlanDocument::suggestedFileName(u"  "_s), u"Plan.pdf"_s);
}

QTEST_MAIN(TestPlanExport)
#include "tst_planexport.moc"
