#include "GradebookExport.h"

#include "CsvWriter.h"
#include "models/grading/GradeEngine.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

// Column names and tokens in the files are a format, not UI text: importers
// (ours, Canvas's, teachers' spreadsheet formulas) match them literally, so
// they are not translated.

namespace k12 {

namespace {

// Percentages and Canvas numbers: 2 decimals, '.' as decimal mark, no
// grouping. Written by hand from the rounded hundredths: a large class has
// hundreds of thousands of them, and this is several times faster than a
// general double formatter (round2's result is within far less than a
// hundredth of an integer number of hundredths, so llround is exact).
QString fixed2(double value)
{
    const long long cents = std::llround(GradeEngine::round2(value) * 100.0);
    const long long whole = std::llabs(cents) / 100;
    const int fraction = int(std::llabs(cents) % 100);
    QString text;
    text.reserve(24);
    if (cents < 0)
        text += u'-';
    text += QString::number(whole);
    text += u'.';
    text += QChar(u'0' + fraction / 10);
    text += QChar(u'0' + fraction % 10);
    return text;
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? fixed2(*percent) : QString();
}

// Points as entered, in the shortest form that reads back the same (9.5, 10, 8.25).
QString pointsText(double points)
{
    if (points == std::floor(points) && std::fabs(points) < 1e15)
        return QString::number(qint64(points)); // the common case, and never "-0"
    return QString::number(points, 'f', QLocale::FloatingPointShortest);
}

struct Engines
{
    GradeEngine unpostedCurrent; // every assignment, ungraded left out (what the grid shows)
    GradeEngine unpostedFinal;   // every assignment, ungraded counted as 0
    GradeEngine current;         // published assignments only, ungraded left out
    GradeEngine finalScore;      // published assignments only, ungraded counted as 0
};

GradeEngine variant(const GradeEngine &base, const QList<Assignment> &assignments, bool publishedOnly,
                    bool ungradedAsZero)
{
    GradePolicy policy = base.policy();
    policy.ungradedCountsAsZero = ungradedAsZero;
    std::vector<EngineAssignment> list = base.assignments();
    if (publishedOnly) {
        for (std::size_t i = 0; i < list.size(); ++i)
            list[i].counts = list[i].counts && assignments.at(qsizetype(i)).published;
    }
    return {std::move(policy), base.categories(), std::move(list)};
}

// A cell as the teacher entered it: a letter, the points, or a token.
QString k12Cell(const GradeCell &cell, const GradebookData::CellExtra *extra)
{
    if (cell.excused)
        return QString::fromLatin1(GradebookExport::kExcused);
    if (cell.exempt)
        return QString::fromLatin1(GradebookExport::kExempt);
    if (extra && !extra->letter.isEmpty())
        return extra->letter;
    if (cell.hasPoints())
        return pointsText(cell.points);
    if (cell.missing)
        return QString::fromLatin1(GradebookExport::kMissing);
    return {};
}

// What Canvas should record: the points that count (after a late penalty and
// letter conversion), "EX" for anything left out, 0 for missing work when
// missing counts as zero.
QString canvasCell(const GradeCell &cell, const GradeEngine &engine)
{
    if (cell.excused || cell.exempt)
        return u"EX"_s;
    if (cell.hasPoints())
        return fixed2(cell.late ? engine.afterLatePenalty(cell.points, cell.daysLate) : cell.points);
    if (cell.missing && engine.policy().missingCountsAsZero)
        return fixed2(0);
    return {};
}

QByteArray k12Csv(const GradebookData &s, const GradebookExport::Options &options)
{
    const GradeEngine &engine = s.engine();
    CsvWriter csv(options.byteOrderMark);

    QStringList header{u"Student"_s, u"Student Number"_s};
    QStringList points{u"Points Possible"_s, QString()};
    for (const Assignment &a : s.assignments) {
        header << a.title;
        points << pointsText(a.pointsPossible);
    }
    for (const Category &c : s.categories) {
        header << c.name + u" %"_s;
        points << QString();
    }
    header << u"Final %"_s << u"Letter"_s;
    points << QString() << QString();
    csv.addRow(header);
    csv.addRow(points);

    for (int st = 0; st < int(s.students.size()); ++st) {
        const Student &student = s.students.at(st);
        QStringList row;
        row.reserve(header.size());
        row << student.displayName() << student.studentNumber;
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << k12Cell(s.cell(st, a), s.extra(st, a));
        const StudentGrade grade = engine.compute(s.row(st));
        for (const CategoryResult &c : grade.categories)
            row << percentText(c.percent);
        row << percentText(grade.finalPercent) << grade.letter;
        csv.addRow(row);
    }
    return csv.data();
}

QByteArray canvasCsv(const GradebookData &s, const GradebookExport::Options &options)
{
    const GradeEngine &base = s.engine();
    const Engines engines{base, variant(base, s.assignments, false, true), variant(base, s.assignments, true, false),
                          variant(base, s.assignments, true, true)};
    CsvWriter csv(options.byteOrderMark);

    // The header must start Student, ID and run through Section, or Canvas's importer refuses the file.
    QStringList header{u"Student"_s, u"ID"_s, u"SIS User ID"_s, u"SIS Login ID"_s, u"Section"_s};
    QStringList points{u"    Points Possible"_s, QString(), QString(), QString(), QString()};
    for (const Assignment &a : s.assignments) {
        header << a.title + u" ("_s + a.id + u')';
        points << fixed2(a.pointsPossible);
    }
    const QString readOnly = u"(read only)"_s;
    for (const Category &c : s.categories) {
        header << c.name + u" Current Score"_s << c.name + u" Unposted Current Score"_s << c.name + u" Final Score"_s
               << c.name + u" Unposted Final Score"_s;
        points << readOnly << readOnly << readOnly << readOnly;
    }
    header << u"Current Score"_s << u"Unposted Current Score"_s << u"Final Score"_s << u"Unposted Final Score"_s
           << u"Current Grade"_s << u"Unposted Current Grade"_s << u"Final Grade"_s << u"Unposted Final Grade"_s;
    for (int i = 0; i < 8; ++i)
        points << readOnly;
    csv.addRow(header);
    csv.addRow(points);

    for (int st = 0; st < int(s.students.size()); ++st) {
        const Student &student = s.students.at(st);
        const GradeCell *cells = s.row(st);
        // ID is Canvas's own user id, which we do not know: left empty so that
        // Canvas matches the student by SIS User ID (the student number), then by name.
        QStringList row{student.displayName(), QString(), student.studentNumber, QString(), s.schoolClass.name};
        row.reserve(header.size());
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << canvasCell(cells[a], base);
        const StudentGrade current = engines.current.compute(cells);
        const StudentGrade unpostedCurrent = engines.unpostedCurrent.compute(cells);
        const StudentGrade finalGrade = engines.finalScore.compute(cells);
        const StudentGrade unpostedFinal = engines.unpostedFinal.compute(cells);
        for (std::size_t c = 0; c < current.categories.size(); ++c) {
            row << percentText(current.categories[c].percent) << percentText(unpostedCurrent.categories[c].percent)
                << percentText(finalGrade.categories[c].percent) << percentText(unpostedFinal.categories[c].percent);
        }
        row << percentText(current.finalPercent) << percentText(unpostedCurrent.finalPercent)
            << percentText(finalGrade.finalPercent) << percentText(unpostedFinal.finalPercent) << current.letter
            << unpostedCurrent.letter << finalGrade.letter << unpostedFinal.letter;
        csv.addRow(row);
    }
    return csv.data();
}

} // namespace

QByteArray GradebookExport::toCsv(const GradebookData &gradebook, const Options &options)
{
    return options.format == Format::Canvas ? canvasCsv(gradebook, options) : k12Csv(gradebook, options);
}

Result<QByteArray> GradebookExport::build(Store &store, const QString &classId, const Options &options)
{
    Result<GradebookData> gradebook = GradebookData::load(store, classId);
    if (!gradebook)
        return Error{gradebook.error()};
    return toCsv(*gradebook, options);
}

std::optional<GradebookExport::Format> GradebookExport::formatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"k12"_s)
        return Format::K12;
    if (k == u"canvas"_s)
        return Format::Canvas;
    return std::nullopt;
}

} // namespace k12
