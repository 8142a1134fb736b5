#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "grading/GradeEngine.h"

#include <QCoreApplication>
#include <QList>

#include <limits>
#include <optional>
#include <vector>

namespace k12 {

class Store;

// A class's gradebook as a CSV file, in our own layout ("k12") or in the layout
// of a Canvas gradebook export ("canvas") so that Canvas's importer takes it.
// Grades come from GradeEngine, so the file shows what the grid shows. The
// layouts and cell tokens are described in the README ("Gradebook CSV export").
class GradebookExport
{
    Q_DECLARE_TR_FUNCTIONS(k12::GradebookExport)

public:
    enum class Format
    {
        K12,
        Canvas
    };

    struct Options
    {
        Format format = Format::K12;
        bool byteOrderMark = false;
    };

    // One student's stored score on one assignment, as much of it as the export writes.
    struct Cell
    {
        double points = std::numeric_limits<double>::quiet_NaN(); // NaN: no points entered
        QString letter;
        bool stored = false; // false: no score row at all
        bool missing = false;
        bool late = false;
        bool excused = false;
        bool exempt = false;
        int daysLate = 0;
    };

    // Everything an export reads, taken from the store in one go.
    struct Snapshot
    {
        SchoolClass schoolClass;
        QList<Category> categories;    // by position
        QList<Assignment> assignments; // by category (in category order), then position; uncategorised last
        QList<Student> students;       // active students, by family then given name
        QList<LetterCutoff> scale;     // the class's scale, or the default one
        std::vector<Cell> cells;       // students x assignments, row-major

        const Cell &cell(int student, int assignment) const
        {
            return cells[std::size_t(student) * std::size_t(assignments.size()) + std::size_t(assignment)];
        }
    };

    static Result<Snapshot> load(Store &store, const QString &classId);
    // One student's row as the grade engine reads it (letters turned into points).
    static std::vector<GradeCell> gradeCells(const Snapshot &snapshot, int student);
    static QByteArray toCsv(const Snapshot &snapshot, const Options &options);
    static Result<QByteArray> build(Store &store, const QString &classId, const Options &options);

    static std::optional<Format> formatFromKey(const QString &key); // "k12" or "canvas"

    // Students in export order: family name, then given name, ignoring case and
    // accents (so "Ávila" comes before "Baker"), then student number.
    static void sortStudents(QList<Student> &students);

    // Cell tokens of the k12 layout.
    static constexpr auto kExcused = "EX";
    static constexpr auto kExempt = "EXEMPT";
    static constexpr auto kMissing = "MISSING";
};

} // namespace k12
