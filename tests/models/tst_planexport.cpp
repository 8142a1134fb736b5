// A unit and a lesson rendered to PDF with QTextDocument + QPdfWriter: the
// file is private (0600) and, read back with pdftotext, holds the class, the
// dates, the lessons, objectives, activities, materials, homework and standards.
// A 14-lesson unit is read back word by word (pdftotext -bbox-layout) to prove
// the pagination: nothing in the margins but the footer in its band, "Page N of
// M" on every page, headings kept with their text and repeated "(continued)",
// CJK text extracted exactly from an embedded CJK font.
#include "tests/common/TestSupport.h"

#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

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

// The page geometry the PDF promises, in points (1 mm = 72 / 25.4 pt): body text
// only inside the margins, the footer only in its band at the bottom.
constexpr double kMm = 72.0 / 25.4;
constexpr double kLeft = 18 * kMm;
constexpr double kRight = 18 * kMm;
constexpr double kTop = 16 * kMm;
constexpr double kBottom = 22 * kMm;      // below the body
constexpr double kFooterTop = 16 * kMm;   // from the bottom edge: the footer band starts here...
constexpr double kFooterBottom = 8 * kMm; // ...and ends here
constexpr double kSlack = 0.5;            // poppler's word boxes use the font's ascent/descent

struct Word
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    QString text;
};

// One visual row of a page: the words whose boxes share a line (table cells side by side included).
struct Row
{
    double y0 = 0, y1 = 0;
    QList<Word> words;
    QString text() const
    {
        QStringList parts;
        for (const Word &w : words)
            parts << w.text;
        return parts.join(u' ');
    }
    // Spaces removed: poppler splits CJK runs into words where Qt put none.
    QString compact() const { return text().remove(QRegularExpression(u"\\s+"_s)); }
};

struct Page
{
    double width = 0, height = 0;
    QList<Row> body;   // top to bottom
    QList<Row> footer; // rows below the body
};

QString compact(QString s)
{
    return s.remove(QRegularExpression(u"\\s+"_s));
}

// Runs a poppler tool; a missing tool is a failure of the test (never a skip).
bool runTool(const QString &name, const QStringList &args, QString *out)
{
    const QString tool = QStandardPaths::findExecutable(name);
    if (tool.isEmpty())
        return false;
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

QList<Page> readPages(const QString &xhtml)
{
    QList<Page> pages;
    QList<QList<Word>> words;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"page"_s) {
            Page p;
            p.width = a.value(u"width"_s).toDouble();
            p.height = a.value(u"height"_s).toDouble();
            pages.append(p);
            words.append(QList<Word>());
        } else if (xml.name() == u"word"_s && !pages.isEmpty()) {
            Word w{a.value(u"xMin"_s).toDouble(),
                   a.value(u"yMin"_s).toDouble(),
                   a.value(u"xMax"_s).toDouble(),
                   a.value(u"yMax"_s).toDouble(),
                   {}};
            w.text = xml.readElementText();
            words.last().append(w);
        }
    }
    for (int i = 0; i < pages.size(); ++i) {
        QList<Word> &ws = words[i];
        std::sort(ws.begin(), ws.end(), [](const Word &a, const Word &b) { return a.y0 < b.y0; });
        QList<Row> rows;
        for (const Word &w : ws) {
            // Same row when the boxes overlap by more than half the smaller height.
            if (!rows.isEmpty() &&
                rows.last().y1 - w.y0 > 0.5 * std::min(w.y1 - w.y0, rows.last().y1 - rows.last().y0)) {
                rows.last().words.append(w);
                rows.last().y1 = std::max(rows.last().y1, w.y1);
            } else {
                rows.append({w.y0, w.y1, {w}});
            }
        }
        for (Row &r : rows) {
            std::sort(r.words.begin(), r.words.end(), [](const Word &a, const Word &b) { return a.x0 < b.x0; });
            (r.y0 >= pages[i].height - kBottom ? pages[i].footer : pages[i].body).append(r);
        }
    }
    return pages;
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
    void longUnitPaginates();
    void longLessonPaginates();

private:
    QString pdfText(const QString &path);
    QString makeLongUnit(QStringList *headings);
    // Every check of the pagination on one PDF; `headings` are the lesson headings as printed.
    void checkPagination(const QString &path, const QString &title, const QStringList &headings, int minPages);

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

// Fourteen lessons as a teacher writes them: some one line, some a page of
// steps; Chinese, Japanese, Korean and Arabic text among them.
QString TestPlanExport::makeLongUnit(QStringList *headings)
{
    Store &s = m_profile->store();
    const QString classId = UnitPlanRepository(s).find(m_unitId)->classId;
    UnitPlan u;
    u.classId = classId;
    u.title = u"Proportional Reasoning"_s;
    u.startDate = QDate(2026, 10, 5);
    u.endDate = QDate(2026, 10, 30);
    // Five short lines: with them the old layout put lesson 5's heading last on page 2, the reported defect.
    u.summary = u"Four weeks on ratios, rates, percents and scale drawings, ending with a project.\n"
                "Week 1: ratio language.\nWeek 2: unit rates.\nWeek 3: percents.\nWeek 4: scale and project."_s;
    u.essentialQuestions = u"How do we know two quantities grow together?\nWhen does a unit rate help?"_s;
    const QString unitId = *UnitPlanRepository(s).create(u, u"x"_s);
    const QString sentence = u"Students work in pairs, explain their reasoning aloud and record a worked example "
                             "in their notebooks before the class compares strategies. "_s;
    const QStringList titles{u"Launch: what grows together"_s,
                             u"Ratio language"_s,
                             u"Equivalent ratios with tape diagrams"_s,
                             u"分数与比例：比较两个数量"_s,
                             u"Double number lines"_s,
                             u"Unit rates in the grocery store"_s,
                             u"Station rotation: rates everywhere"_s,
                             u"Quiz and reflection"_s,
                             u"Percent as a rate per 100"_s,
                             u"Percent of a quantity"_s,
                             u"Scale drawings and maps"_s,
                             u"Project work day"_s,
                             u"Gallery walk of projects"_s,
                             u"Review and unit test"_s};
    for (int i = 0; i < titles.size(); ++i) {
        Lesson l;
        l.classId = classId;
        l.unitId = unitId;
        l.date = QDate(2026, 10, 5).addDays(i + 2 * (i / 5));
        l.title = titles.at(i);
        l.position = i;
        const int steps = (i == 6 || i == 11) ? 40 : (i % 4 == 1 ? 1 : 3 + i % 5); // two lessons longer than a page
        if (i != 7)
            l.objectives = u"Students can "_s + titles.at(i).toLower() + u" and justify each step. "_s +
                           QString(sentence).repeated(i % 3);
        QString activities = u"<html><body><p><b>Warm-up (5 min):</b> a number talk.</p><ol>"_s;
        for (int k = 0; k < steps; ++k)
            activities += u"<li>Step %1: "_s.arg(k + 1) + QString(sentence).repeated(1 + k % 2) + u"</li>"_s;
        activities += u"</ol></body></html>"_s;
        if (i != 12)
            l.activities = activities;
        if (i == 3) {
            l.objectives = u"学生能够用比例比较两个数量。日本語：割合を表で表す。한국어: 비율을 이해한다."_s;
            l.materials = u"练习本、彩色铅笔；المسطرة والآلة الحاسبة"_s;
        } else if (i % 2 == 0) {
            l.materials = u"Grid paper, colored pencils, calculators"_s;
        }
        if (i % 3 == 0)
            l.homework = u"Practice set %1, problems 1-12"_s.arg(i + 1);
        if (!LessonRepository(s).create(l, u"x"_s).ok())
            return {}; // the caller's QVERIFY on the unit id fails

        headings->append(u"%1. %2"_s.arg(i + 1).arg(l.title));
    }
    return unitId;
}

void TestPlanExport::checkPagination(const QString &path, const QString &title, const QStringList &headings,
                                     int minPages)
{
    QString xhtml;
    if (!runTool(u"pdftotext"_s, {u"-bbox-layout"_s, path, u"-"_s}, &xhtml))
        QFAIL("pdftotext (poppler-utils) is missing or failed; scripts/setup installs it");
    const QList<Page> pages = readPages(xhtml);
    QVERIFY2(pages.size() >= minPages, qPrintable(u"only %1 pages"_s.arg(pages.size())));

    const auto isHeading = [&headings](const Row &r) {
        for (const QString &h : headings) {
            if (r.compact() == compact(h))
                return true;
        }
        return false;
    };
    int continued = 0;
    int lastHeading = -1; // the lesson whose heading was printed last
    for (int n = 0; n < pages.size(); ++n) {
        const Page &p = pages.at(n);
        const QString where = u"page %1: "_s.arg(n + 1);
        QVERIFY2(!p.body.isEmpty(), qPrintable(where + u"no text"_s));
        // Margins: body words inside the body rectangle, nothing but the footer below it.
        for (const Row &r : p.body) {
            for (const Word &w : r.words) {
                QVERIFY2(
                    w.x0 >= kLeft - kSlack && w.x1 <= p.width - kRight + kSlack && w.y0 >= kTop - kSlack &&
                        w.y1 <= p.height - kBottom + kSlack,
                    qPrintable(
                        where +
                        u"\"%1\" at (%2, %3)-(%4, %5) is in a margin"_s.arg(w.text).arg(w.x0).arg(w.y0).arg(w.x1).arg(
                            w.y1)));
            }
        }
        // The footer: one row in its band, the title and "Page N of M".
        QCOMPARE(p.footer.size(), 1);
        const Row &footer = p.footer.first();
        for (const Word &w : footer.words) {
            QVERIFY2(w.x0 >= kLeft - kSlack && w.x1 <= p.width - kRight + kSlack &&
                         w.y0 >= p.height - kFooterTop - kSlack && w.y1 <= p.height - kFooterBottom + kSlack,
                     qPrintable(where + u"footer word \"%1\" outside its band"_s.arg(w.text)));
        }
        QVERIFY2(footer.compact().endsWith(compact(u"Page %1 of %2"_s.arg(n + 1).arg(pages.size()))),
                 qPrintable(where + footer.text()));
        QVERIFY2(footer.compact().startsWith(compact(title)), qPrintable(where + footer.text()));
        // A heading is followed on its page by at least two rows of its text.
        for (int r = 0; r < p.body.size(); ++r) {
            if (isHeading(p.body.at(r)) || p.body.at(r).text().endsWith(u"(continued)"_s))
                QVERIFY2(r + 2 < p.body.size(), qPrintable(where + u"heading at the bottom: "_s + p.body.at(r).text()));
        }
        // A page that starts inside a lesson repeats its heading, marked "(continued)".
        if (n > 0 && lastHeading >= 0) {
            // A long heading wraps: read rows down to the marker.
            QString top;
            for (int r = 0; r < std::min<int>(3, p.body.size()) && !top.contains(u"(continued)"_s); ++r)
                top += p.body.at(r).compact();
            if (top.contains(u"(continued)"_s)) {
                QCOMPARE(top, compact(headings.at(lastHeading) + u" (continued)"_s));
                ++continued;
            } else {
                QVERIFY2(isHeading(p.body.first()),
                         qPrintable(where + u"starts inside a lesson without its heading: "_s + p.body.first().text()));
            }
        }
        for (const Row &r : p.body) {
            for (int h = 0; h < headings.size(); ++h) {
                if (r.compact() == compact(headings.at(h)))
                    lastHeading = h;
            }
        }
    }
    QVERIFY2(continued > 0, "no lesson continued on a next page: the data must make one");
}

void TestPlanExport::longUnitPaginates()
{
    QStringList headings;
    const QString unitId = makeLongUnit(&headings);
    QVERIFY(!unitId.isEmpty());
    const QString path = m_profile->dir.filePath(u"long-unit.pdf"_s);
    const Status s = PlanDocument::exportUnit(m_profile->store(), unitId, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // A copy to look at (docs/screenshots are rendered from it): K12_KEEP_PDF=/path/unit.pdf.
    if (const QString keep = qEnvironmentVariable("K12_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(path, keep));
    }
    checkPagination(path, u"Proportional Reasoning"_s, headings, 4);
    if (QTest::currentTestFailed())
        return;

    // CJK comes out as the characters themselves; Arabic is there (poppler may give it in presentation forms).
    QString text;
    QVERIFY(runTool(u"pdftotext"_s, {path, u"-"_s}, &text));
    const QString flat = compact(text);
    for (const QString &cjk : {u"分数与比例：比较两个数量"_s, u"学生能够用比例比较两个数量。"_s, u"割合を表で表す。"_s,
                               u"비율을이해한다."_s, u"练习本、彩色铅笔；"_s}) {
        QVERIFY2(flat.contains(compact(cjk)), qPrintable(cjk + u" not in: "_s + text.left(3000)));
    }
    const QString arabic = compact(text.normalized(QString::NormalizationForm_KC));
    QVERIFY2(arabic.contains(u"المسطرة"_s) || arabic.contains(u"ةرطسملا"_s), "Arabic text missing");

    // The CJK glyphs come from an embedded font that has them.
    QString fonts;
    QVERIFY2(runTool(u"pdffonts"_s, {path}, &fonts), "pdffonts (poppler-utils) is missing or failed");
    bool embeddedCjk = false;
    static const QRegularExpression cjkFont(u"WenQuanYi|CJK|Source ?Han|Droid ?Sans ?Fallback|Micro ?Hei"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : fonts.split(u'\n')) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 6 && line.contains(cjkFont) && cols.at(cols.size() - 5) == u"yes"_s)
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(u"no embedded CJK font:\n"_s + fonts));
}

void TestPlanExport::longLessonPaginates()
{
    QStringList headings;
    const QString unitId = makeLongUnit(&headings);
    QVERIFY(!unitId.isEmpty());
    // Lesson 7 has forty steps: on its own it fills more than a page.
    const QList<Lesson> lessons = PlanQueries(m_profile->store()).lessons(unitId);
    QString lessonId;
    for (const Lesson &l : lessons) {
        if (l.title == u"Station rotation: rates everywhere"_s)
            lessonId = l.id;
    }
    QVERIFY(!lessonId.isEmpty());
    const QString path = m_profile->dir.filePath(u"long-lesson.pdf"_s);
    const Status s = PlanDocument::exportLesson(m_profile->store(), lessonId, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // The lesson's own page: its title is the heading that repeats; section headings stay with their text.
    checkPagination(path, u"Station rotation: rates everywhere"_s, {u"Station rotation: rates everywhere"_s}, 2);
}

QTEST_MAIN(TestPlanExport)
#include "tst_planexport.moc"
