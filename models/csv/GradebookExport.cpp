#include "GradebookExport.h"

#include "CsvWriter.h"
#include "GradebookColumns.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/GradeEngine.h"
#include "models/mastery/MasteryExport.h"
#include "models/mastery/MasteryReport.h"
#include "models/sheet/XlsxWriter.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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

SheetCell text(const QString &value)
{
    return SheetCell::ofText(value);
}

SheetCell points2(double value) // percentages, Canvas's points possible
{
    SheetCell cell = SheetCell::ofNumber(GradeEngine::round2(value), fixed2(value));
    cell.decimals = 2;
    return cell;
}

SheetCell percent(const std::optional<double> &value)
{
    return value ? points2(*value) : SheetCell::empty();
}

SheetCell pointsCell(double points)
{
    return SheetCell::ofNumber(points, pointsText(points));
}

// Canvas shows points with two decimals; a score with more keeps them all, so
// that it reads back the same.
SheetCell canvasPoints(double points)
{
    return GradeEngine::round2(points) == points ? points2(points) : pointsCell(points);
}

// A cell as the teacher entered it: a letter, the points, or a token.
SheetCell k12Cell(const GradeCell &cell, const GradebookData::CellExtra *extra)
{
    if (cell.excused)
        return text(QString::fromLatin1(GradebookExport::kExcused));
    if (cell.exempt)
        return text(QString::fromLatin1(GradebookExport::kExempt));
    if (extra && !extra->letter.isEmpty())
        return text(extra->letter);
    if (cell.hasPoints())
        return pointsCell(cell.points);
    if (cell.missing)
        return text(QString::fromLatin1(GradebookExport::kMissing));
    return {};
}

// What Canvas should record. A letter stays the letter: Canvas's importer
// takes a letter for a letter-graded assignment and maps it through the
// course's scheme, while points would be re-graded by Canvas's scale and may
// land on another letter. Late work carries the points that count after the
// penalty. "EX" for anything left out. Missing work is left empty: a 0 would
// be a grade Canvas keeps even after the work comes in, and Canvas marks
// missing work by its own missing-submission policy.
SheetCell canvasCell(const GradeCell &cell, const GradebookData::CellExtra *extra, const GradeEngine &engine)
{
    if (cell.excused || cell.exempt)
        return text(u"EX"_s);
    if (extra && !extra->letter.isEmpty())
        return text(extra->letter);
    if (cell.hasPoints())
        return cell.late ? points2(engine.afterLatePenalty(cell.points, cell.daysLate)) : canvasPoints(cell.points);
    return {};
}

// A student number Canvas must read as it is: written without the apostrophe
// that guards other cells when it is only an @, + or - before letters and
// digits (it cannot run as a formula: no operator, reference range or call).
SheetCell sisId(const QString &number)
{
    static const QRegularExpression plainId(u"^[@+-][A-Za-z0-9._]+$"_s);
    SheetCell cell = text(number);
    cell.verbatim = plainId.match(number).hasMatch();
    return cell;
}

// Header of each assignment: its title, or "Title (id)" when the title alone
// would be read as another column (a second assignment of the same title, a
// computed or identity column, a blank).
QStringList assignmentHeaders(const GradebookData &s, bool (*isReserved)(const QString &))
{
    QHash<QString, int> uses;
    for (const Assignment &a : s.assignments)
        ++uses[GradebookColumns::folded(a.title)];
    QStringList headers;
    headers.reserve(s.assignments.size());
    for (const Assignment &a : s.assignments) {
        const QString key = GradebookColumns::folded(a.title);
        const bool ambiguous = key.isEmpty() || uses.value(key) > 1 || isReserved(a.title) ||
                               isReserved(a.title.simplified()) || a.title != a.title.trimmed() ||
                               !GradebookColumns::trailingId(a.title).isEmpty();
        headers << (ambiguous ? GradebookColumns::withId(a.title, a.id) : a.title);
    }
    return headers;
}

bool k12Reserved(const QString &h)
{
    return GradebookColumns::isK12Identity(h) || GradebookColumns::isK12Computed(h) ||
           !GradebookColumns::genericSkipReason(h).isEmpty() || GradebookColumns::isStudentNumber(h);
}

bool canvasReserved(const QString &h)
{
    return GradebookColumns::isCanvasIdentity(h) || GradebookColumns::isCanvasComputed(h) ||
           !GradebookColumns::genericSkipReason(h).isEmpty() || GradebookColumns::isStudentNumber(h);
}

QList<SheetCell> textRow(const QStringList &cells)
{
    QList<SheetCell> row;
    row.reserve(cells.size());
    for (const QString &c : cells)
        row << text(c);
    return row;
}

Sheet k12Sheet(const GradebookData &s)
{
    const GradeEngine &engine = s.engine();
    Sheet sheet;
    QStringList header{u"Student"_s, u"Student Number"_s};
    header << assignmentHeaders(s, k12Reserved);
    QList<SheetCell> points{text(u"Points Possible"_s), {}};
    for (const Assignment &a : s.assignments)
        points << pointsCell(a.pointsPossible);
    for (const Category &c : s.categories) {
        header << c.name + u" %"_s;
        points << SheetCell();
    }
    header << u"Final %"_s;
    points << SheetCell();
    // Per grading period, after the year's: "<Period> %" (TermFinals: its own
    // assignments by link or due date, or its formula) and "<Period> Letter"
    // (an override applied). Names end " %" / " Letter", so ScoreImport skips
    // them as computed. A class without periods or overrides exports as before.
    const FinalGrades finals(s);
    QStringList periodIds;
    for (const GradingPeriod &p : s.periods.periods()) {
        QString name = p.name + u" %"_s;
        QString letter = p.name + u" Letter"_s;
        if (header.contains(name) || header.contains(letter)) { // a category of the same name
            name = p.name + u" (period) %"_s;
            letter = p.name + u" (period) Letter"_s;
        }
        header << name << letter;
        points << SheetCell() << SheetCell();
        periodIds << p.id;
    }
    header << u"Letter"_s;
    points << SheetCell();
    // The reasons of overridden letters, one column for the row, when there are any.
    const bool reasons = !s.periods.periods().isEmpty() || finals.hasOverrides();
    if (reasons) {
        header << u"Override Reason"_s;
        points << SheetCell();
    }
    sheet.rows.reserve(s.students.size() + 2);
    sheet.rows << textRow(header) << points;

    for (int st = 0; st < int(s.students.size()); ++st) {
        const Student &student = s.students.at(st);
        QList<SheetCell> row;
        row.reserve(header.size());
        row << text(student.displayName()) << text(student.studentNumber);
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << k12Cell(s.cell(st, a), s.extra(st, a));
        const StudentGrade grade = engine.compute(s.row(st));
        for (const CategoryResult &c : grade.categories)
            row << percent(c.percent);
        row << percent(grade.finalPercent);
        QStringList notes;
        const auto note = [&](const QString &period, const FinalGrade &g) {
            if (g.overridden)
                notes << u"%1: %2 (computed %3): %4"_s.arg(
                    period, g.letter, g.computedLetter.isEmpty() ? u"none"_s : g.computedLetter, g.reason);
        };
        for (int p = 0; p < periodIds.size(); ++p) {
            const FinalGrade g = finals.of(st, periodIds.at(p));
            row << percent(g.percent) << text(g.letter);
            note(s.periods.periods().at(p).name, g);
        }
        // The year's letter from the engine of the selected period (as the Final %), an override applied.
        FinalGrade course = finals.of(st, {});
        QString letter = grade.letter;
        if (s.gradingPeriodId.isEmpty() && course.overridden) {
            letter = course.letter;
            note(u"Final"_s, course);
        }
        row << text(letter);
        if (reasons)
            row << text(notes.join(u"; "_s));
        sheet.rows << row;
    }
    sheet.frozenRows = 2;
    sheet.frozenColumns = 1;
    sheet.columnWidths = {28, 17};
    return sheet;
}

Sheet canvasSheet(const GradebookData &s)
{
    const GradeEngine &base = s.engine();
    const Engines engines{base, variant(base, s.assignments, false, true), variant(base, s.assignments, true, false),
                          variant(base, s.assignments, true, true)};
    Sheet sheet;

    // The header must start Student, ID and run through Section, or Canvas's importer refuses the file.
    // Assignments go by their bare title: Canvas reads only digits between the brackets as its own id,
    // and matches a column without one by title.
    QStringList header{u"Student"_s, u"ID"_s, u"SIS User ID"_s, u"SIS Login ID"_s, u"Section"_s};
    header << assignmentHeaders(s, canvasReserved);
    QList<SheetCell> points{text(u"    Points Possible"_s), {}, {}, {}, {}};
    for (const Assignment &a : s.assignments)
        points << canvasPoints(a.pointsPossible);
    const SheetCell readOnly = text(u"(read only)"_s);
    for (const Category &c : s.categories) {
        header << c.name + u" Current Score"_s << c.name + u" Unposted Current Score"_s << c.name + u" Final Score"_s
               << c.name + u" Unposted Final Score"_s;
        points << readOnly << readOnly << readOnly << readOnly;
    }
    header << u"Current Score"_s << u"Unposted Current Score"_s << u"Final Score"_s << u"Unposted Final Score"_s
           << u"Current Grade"_s << u"Unposted Current Grade"_s << u"Final Grade"_s << u"Unposted Final Grade"_s;
    for (int i = 0; i < 8; ++i)
        points << readOnly;
    sheet.rows.reserve(s.students.size() + 2);
    sheet.rows << textRow(header) << points;

    for (int st = 0; st < int(s.students.size()); ++st) {
        const Student &student = s.students.at(st);
        const GradeCell *cells = s.row(st);
        // ID is Canvas's own user id, which we do not know: left empty so that
        // Canvas matches the student by SIS User ID (the student number), then by name.
        QList<SheetCell> row{
            text(student.displayName()), {}, sisId(student.studentNumber), {}, text(s.schoolClass.name)};
        row.reserve(header.size());
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << canvasCell(cells[a], s.extra(st, a), base);
        const StudentGrade current = engines.current.compute(cells);
        const StudentGrade unpostedCurrent = engines.unpostedCurrent.compute(cells);
        const StudentGrade finalGrade = engines.finalScore.compute(cells);
        const StudentGrade unpostedFinal = engines.unpostedFinal.compute(cells);
        for (std::size_t c = 0; c < current.categories.size(); ++c) {
            row << percent(current.categories[c].percent) << percent(unpostedCurrent.categories[c].percent)
                << percent(finalGrade.categories[c].percent) << percent(unpostedFinal.categories[c].percent);
        }
        row << percent(current.finalPercent) << percent(unpostedCurrent.finalPercent)
            << percent(finalGrade.finalPercent) << percent(unpostedFinal.finalPercent) << text(current.letter)
            << text(unpostedCurrent.letter) << text(finalGrade.letter) << text(unpostedFinal.letter);
        sheet.rows << row;
    }
    sheet.frozenRows = 2;
    sheet.frozenColumns = 1;
    sheet.columnWidths = {28, 8, 14, 14, 16};
    return sheet;
}

} // namespace

Sheet GradebookExport::toSheet(const GradebookData &gradebook, Format format)
{
    Sheet sheet = format == Format::Canvas ? canvasSheet(gradebook) : k12Sheet(gradebook);
    sheet.name = gradebook.schoolClass.name;
    // Every column wide enough for its header (within reason), so titles are readable when opened.
    const QList<SheetCell> &header = sheet.rows.constFirst();
    for (qsizetype c = sheet.columnWidths.size(); c < header.size(); ++c)
        sheet.columnWidths << std::clamp(double(header.at(c).text.size()) + 2., 8., 32.);
    return sheet;
}

QByteArray GradebookExport::toCsv(const GradebookData &gradebook, const Options &options)
{
    CsvWriter::Dialect dialect;
    dialect.delimiter = options.delimiter;
    dialect.decimalComma = options.decimalComma;
    dialect.byteOrderMark = options.byteOrderMark;
    return CsvWriter::fromSheet(toSheet(gradebook, options.format), dialect);
}

Result<QByteArray> GradebookExport::toBytes(const GradebookData &gradebook, const Options &options)
{
    if (options.fileType == FileType::Xlsx)
        return XlsxWriter::toBytes(toSheet(gradebook, options.format));
    return toCsv(gradebook, options);
}

Result<QByteArray> GradebookExport::build(Store &store, const QString &classId, const Options &options)
{
    Result<GradebookData> gradebook = GradebookData::load(store, classId);
    if (!gradebook)
        return Error{gradebook.error()};
    if (options.fileType != FileType::Xlsx)
        return toBytes(*gradebook, options);
    // A workbook has room for the standards too: a second sheet, as `export mastery` writes it,
    // after the gradebook (which the import reads, being the first).
    QList<Sheet> sheets{toSheet(*gradebook, options.format)};
    Result<MasteryReport> mastery = MasteryReport::build(store, classId);
    if (!mastery)
        return Error{mastery.error()};
    if (!mastery->standards().isEmpty())
        sheets.append(MasteryExport::toSheet(*mastery));
    return XlsxWriter::toBytes(sheets);
}

Status GradebookExport::writeFile(Store &store, const QString &classId, const Options &options, const QString &path)
{
    Result<QByteArray> bytes = build(store, classId, options);
    if (!bytes)
        return fail(bytes.error());
    return CsvWriter::writeFile(path, *bytes);
}

GradebookExport::Options GradebookExport::localeDefaults(const QLocale &locale)
{
    Options options;
    options.decimalComma = locale.decimalPoint() == u","_s;
    options.delimiter = options.decimalComma ? u';' : u',';
    return options;
}

QString GradebookExport::suggestedFileName(const QString &className, const Options &options)
{
    QString base = className.trimmed().isEmpty() ? u"gradebook"_s : className.trimmed();
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s);
    base.replace(unsafe, u"_"_s);
    if (options.format == Format::Canvas)
        base += u" (Canvas)"_s;
    return base + (options.fileType == FileType::Xlsx ? u".xlsx"_s : u".csv"_s);
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

std::optional<GradebookExport::FileType> GradebookExport::fileTypeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"csv"_s)
        return FileType::Csv;
    if (k == u"xlsx"_s)
        return FileType::Xlsx;
    return std::nullopt;
}

} // namespace k12
