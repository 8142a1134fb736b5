#include "GradebookExport.h"

#include "CsvWriter.h"
#include "grading/GradeEngine.h"
#include "repositories/CategoryRepository.h"
#include "repositories/ClassRepository.h"
#include "repositories/StudentRepository.h"
#include "store/Store.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

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
    return {std::move(policy), base.categories(), std::move(list)};
}

QString k12Cell(const GradebookExport::Cell &cell)
{
    if (!cell.stored)
        return {};
    if (cell.excused)
        return QString::fromLatin1(GradebookExport::kExcused);
    if (cell.exempt)
        return QString::fromLatin1(GradebookExport::kExempt);
    if (!std::isnan(cell.points))
        return pointsText(cell.points);
    if (!cell.letter.isEmpty())
        return cell.letter;
    if (cell.missing)
        return QString::fromLatin1(GradebookExport::kMissing);
    return {};
}

// What Canvas should record: the points that count (after a late penalty and
// letter conversion), "EX" for anything left out, 0 for missing work when
// missing counts as zero.
QString canvasCell(const GradebookExport::Cell &stored, const GradeCell &cell, const GradeEngine &engine)
{
    if (!stored.stored)
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
            row << k12Cell(s.cell(st, a));
        const std::vector<GradeCell> cells = GradebookExport::gradeCells(s, st);
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
        const std::vector<GradeCell> cells = GradebookExport::gradeCells(s, st);
        // ID is Canvas's own user id, which we do not know: left empty so that
        // Canvas matches the student by SIS User ID (the student number), then by name.
        QStringList row{student.displayName(), QString(), student.studentNumber, QString(), s.schoolClass.name};
        row.reserve(header.size());
        for (int a = 0; a < int(s.assignments.size()); ++a)
            row << canvasCell(s.cell(st, a), cells[a], base);
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

// Row index of an id. Looking 200,000 scores' ids up in a QHash<QString, int>
// was a quarter of reading a large class (hashing 36 characters twice per
// score); ids are random UUIDs, so 16 of their characters make a good 64-bit
// key, and one comparison with the stored id keeps the lookup exact. Scores of
// one student or one assignment tend to be stored together, so the last match
// is tried first.
class IdIndex
{
public:
    template<typename Record> explicit IdIndex(const QList<Record> &records)
    {
        m_ids.reserve(records.size());
        for (const Record &r : records)
            m_ids.append(r.id);
        m_byKey.reserve(m_ids.size());
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const auto it = m_byKey.constFind(key(m_ids.at(i)));
            if (it == m_byKey.cend()) {
                m_byKey.insert(key(m_ids.at(i)), int(i));
                continue;
            }
            // Two ids share the key (not UUIDs, or a rare coincidence): both go to the exact table.
            if (*it != kShared)
                m_shared.insert(m_ids.at(*it), *it);
            m_shared.insert(m_ids.at(i), int(i));
            m_byKey[key(m_ids.at(i))] = kShared;
        }
    }

    int find(const QString &id) const
    {
        if (m_last >= 0 && m_ids.at(m_last) == id)
            return m_last;
        const auto it = m_byKey.constFind(key(id));
        if (it == m_byKey.cend())
            return -1;
        const int found = *it == kShared ? m_shared.value(id, -1) : (m_ids.at(*it) == id ? *it : -1);
        if (found >= 0)
            m_last = found;
        return found;
    }

private:
    static constexpr int kShared = -2;

    static quint64 key(const QString &id)
    {
        quint64 k = 14695981039346656037ULL; // FNV-1a over the first 16 characters
        for (qsizetype i = 0, n = std::min<qsizetype>(16, id.size()); i < n; ++i)
            k = (k ^ id.at(i).unicode()) * 1099511628211ULL;
        return k;
    }

    QStringList m_ids;
    QHash<quint64, int> m_byKey;
    QHash<QString, int> m_shared;
    mutable int m_last = -1;
};

} // namespace

std::vector<GradeCell> GradebookExport::gradeCells(const Snapshot &s, int student)
{
    std::vector<GradeCell> cells(s.assignments.size());
    for (int a = 0; a < int(s.assignments.size()); ++a) {
        const Cell &stored = s.cell(student, a);
        if (!stored.stored)
            continue;
        GradeCell &cell = cells[a];
        if (!std::isnan(stored.points)) {
            cell.points = stored.points;
        } else if (!stored.letter.isEmpty()) {
            // Same rule as GradeEngine::cellFor: the top of the letter's range.
            if (const std::optional<double> percent = GradeEngine::percentForLetter(stored.letter, s.scale))
                cell.points = *percent / 100.0 * s.assignments.at(a).pointsPossible;
        }
        cell.missing = stored.missing;
        cell.late = stored.late;
        cell.excused = stored.excused;
        cell.exempt = stored.exempt;
        cell.daysLate = stored.daysLate;
    }
    return cells;
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

    const IdIndex studentIndex(s.students);
    const IdIndex assignmentIndex(s.assignments);
    s.cells.assign(std::size_t(s.students.size()) * std::size_t(s.assignments.size()), Cell{});

    // Not ScoreRepository::inClass: that builds complete Score objects (ids,
    // revisions, comments) and is 2-3 times slower on a 200,000-score class;
    // the export reads only what it writes, the four flags packed in one
    // column, because with QtSql every column costs as much as the row.
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT assignment_id, student_id, points, letter, "
              "missing | (late << 1) | (excused << 2) | (exempt << 3), days_late "
              "FROM score WHERE class_id = ? AND deleted = 0"_s);
    q.bindValue(0, classId);
    if (!q.exec())
        return fail(tr("Could not read the scores of the class: %1").arg(q.lastError().text()));
    while (q.next()) {
        const int a = assignmentIndex.find(q.value(0).toString());
        const int st = studentIndex.find(q.value(1).toString()); // -1: a student no longer enrolled
        if (a < 0 || st < 0)
            continue;
        Cell &cell = s.cells[std::size_t(st) * std::size_t(s.assignments.size()) + std::size_t(a)];
        cell.stored = true;
        if (const QVariant points = q.value(2); !points.isNull())
            cell.points = points.toDouble();
        cell.letter = q.value(3).toString();
        const int flags = q.value(4).toInt();
        cell.missing = flags & 1;
        cell.late = flags & 2;
        cell.excused = flags & 4;
        cell.exempt = flags & 8;
        cell.daysLate = q.value(5).toInt();
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
