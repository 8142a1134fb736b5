#include "GradebookExport.h"

#include "CsvWriter.h"
#include "grading/GradeEngine.h"
#include "repositories/CategoryRepository.h"
#include "repositories/ClassRepository.h"
#include "repositories/ScoreRepository.h"
#include "repositories/StudentRepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// Column names and tokens in the files are a format, not UI text: importers
// (ours, Canvas's, teachers' spreadsheet formulas) match them literally, so
// they are not translated.

namespace k12 {

namespace {

// Percentages and Canvas numbers: 2 decimals, '.' as decimal mark, no grouping.
QString fixed2(double value)
{
    double r = GradeEngine::round2(value);
    if (r == 0)
        r = 0; // never "-0.00"
    return QString::number(r, 'f', 2);
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? fixed2(*percent) : QString();
}

// Points as entered, in the shortest form that reads back the same (9.5, 10, 8.25).
QString pointsText(double points)
{
    if (points == 0)
        points = 0;
    return QString::number(points, 'f', QLocale::FloatingPointShortest);
}

// Case- and accent-insensitive sort key: "Ávila" -> "avila".
QString sortKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded();
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
    return GradeEngine(std::move(policy), base.categories(), std::move(list));
}

std::vector<GradeCell> cellsOf(const GradebookExport::Snapshot &s, int student)
{
    std::vector<GradeCell> cells(s.assignments.size());
    for (int a = 0; a < int(s.assignments.size()); ++a) {
        if (const Score *score = s.score(student, a))
            cells[a] = GradeEngine::cellFor(*score, s.assignments.at(a), s.scale);
    }
    return cells;
}

QString k12Cell(const Score *score)
{
    if (!score)
        return {};
    if (score->excused)
        return QString::fromLatin1(GradebookExport::kExcused);
    if (score->exempt)
        return QString::fromLatin1(GradebookExport::kExempt);
    if (score->points)
        return pointsText(*score->points);
    if (!score->letter.isEmpty())
        return score->letter;
    if (score->missing)
        return QString::fromLatin1(GradebookExport::kMissing);
    return {};
}

// What Canvas should record: the points that count (after a late penalty and
// letter conversion), "EX" for anything left out, 0 for missing work when
// missing counts as zero.
QString canvasCell(const Score *score, const GradeCell &cell, const GradeEngine &engine)
{
    if (!score)
        return {};
    if (cell.excused || cell.exempt)
        return u"EX"_s;
    if (cell.hasPoints())
        return fixed2(cell.late ? engine.afterLatePenalty(cell.points, cell.daysLate) : cell.points);
    if (cell.missing && engine.policy().missingCountsAsZero)
        return fixed2(0);
    return {};
}

QByteArray k12Csv(const GradebookExport::Snapshot &s, const GradebookExport::Options &options)
{
    const GradeEngine engine = GradeEngine::forClass(s.schoolClass, s.categories, s.assignments, s.scale);
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
            row << k12Cell(s.score(st, a));
        const std::vector<GradeCell> cells = cellsOf(s, st);
        const StudentGrade grade = engine.compute(cells.data());
        for (const CategoryResult &c : grade.categories)
            row << percentText(c.percent);
        row << percentText(grade.finalPercent) << grade.letter;
        csv.addRow(row);
    }
    return csv.data();
}

QByteArray canvasCsv(const GradebookExport::Snapshot &s, const GradebookExport::Options &options)
{
    const GradeEngine base = GradeEngine::forClass(s.schoolClass, s.categories, s.assignments, s.scale);
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
        const std::vector<GradeCell> cells = cellsOf(s, st);
        // ID is Canvas's own user id, which we do not know: left empty so that
        // Canvas matches the student by SIS User ID (the student number), then by name.
        QStringList row{student.displayName(), QString(), student.studentNumber, QString(), s.schoolClass.name};
        row.reserve(header.size());
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << canvasCell(s.score(st, a), cells[a], base);
        const StudentGrade current = engines.current.compute(cells.data());
        const StudentGrade unpostedCurrent = engines.unpostedCurrent.compute(cells.data());
        const StudentGrade finalGrade = engines.finalScore.compute(cells.data());
        const StudentGrade unpostedFinal = engines.unpostedFinal.compute(cells.data());
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

const Score *GradebookExport::Snapshot::score(int student, int assignment) const
{
    const int i = cellScore[std::size_t(student) * std::size_t(assignments.size()) + std::size_t(assignment)];
    return i < 0 ? nullptr : &scores.at(i);
}

void GradebookExport::sortStudents(QList<Student> &students)
{
    struct Keyed
    {
        QString family;
        QString given;
        Student student;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(students.size());
    for (Student &s : students)
        keyed.push_back({sortKey(s.familyName), sortKey(s.givenName), std::move(s)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (const int c = a.family.compare(b.family); c != 0)
            return c < 0;
        if (const int c = a.given.compare(b.given); c != 0)
            return c < 0;
        if (const int c = a.student.studentNumber.compare(b.student.studentNumber); c != 0)
            return c < 0;
        return a.student.id < b.student.id;
    });
    students.clear();
    for (Keyed &k : keyed)
        students.append(std::move(k.student));
}

Result<GradebookExport::Snapshot> GradebookExport::load(Store &store, const QString &classId)
{
    Snapshot s;
    std::optional<SchoolClass> schoolClass = ClassRepository(store).find(classId);
    if (!schoolClass)
        return fail(tr("That class no longer exists."));
    s.schoolClass = std::move(*schoolClass);
    s.categories = CategoryRepository(store).inClass(classId);

    // Grouped like the gradebook grid: by category in category order, uncategorised last.
    QHash<QString, int> categoryIndex;
    for (qsizetype i = 0; i < s.categories.size(); ++i)
        categoryIndex.insert(s.categories.at(i).id, int(i));
    s.assignments = AssignmentRepository(store).inClass(classId);
    const int uncategorised = int(s.categories.size());
    std::stable_sort(s.assignments.begin(), s.assignments.end(), [&](const Assignment &a, const Assignment &b) {
        return categoryIndex.value(a.categoryId, uncategorised) < categoryIndex.value(b.categoryId, uncategorised);
    });

    s.students = StudentRepository(store).enrolledIn(classId);
    sortStudents(s.students);

    const std::optional<GradingScale> scale = Repository<GradingScale>(store).find(GradingScale::idFor(classId));
    s.scale = scale && !scale->cutoffs.isEmpty() ? scale->cutoffs : GradingScale::defaultCutoffs();

    s.scores = ScoreRepository(store).inClass(classId);
    QHash<QString, int> studentIndex;
    studentIndex.reserve(s.students.size());
    for (qsizetype i = 0; i < s.students.size(); ++i)
        studentIndex.insert(s.students.at(i).id, int(i));
    QHash<QString, int> assignmentIndex;
    assignmentIndex.reserve(s.assignments.size());
    for (qsizetype i = 0; i < s.assignments.size(); ++i)
        assignmentIndex.insert(s.assignments.at(i).id, int(i));
    s.cellScore.assign(std::size_t(s.students.size()) * std::size_t(s.assignments.size()), -1);
    for (qsizetype i = 0; i < s.scores.size(); ++i) {
        const Score &score = s.scores.at(i);
        const int st = studentIndex.value(score.studentId, -1); // -1: a student no longer enrolled
        const int a = assignmentIndex.value(score.assignmentId, -1);
        if (st >= 0 && a >= 0)
            s.cellScore[std::size_t(st) * std::size_t(s.assignments.size()) + std::size_t(a)] = int(i);
    }
    return s;
}

QByteArray GradebookExport::toCsv(const Snapshot &snapshot, const Options &options)
{
    return options.format == Format::Canvas ? canvasCsv(snapshot, options) : k12Csv(snapshot, options);
}

Result<QByteArray> GradebookExport::build(Store &store, const QString &classId, const Options &options)
{
    Result<Snapshot> snapshot = load(store, classId);
    if (!snapshot)
        return Error{snapshot.error()};
    return toCsv(*snapshot, options);
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
