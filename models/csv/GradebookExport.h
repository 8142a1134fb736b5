#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

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

    // Everything an export reads, taken from the repositories in one go.
    struct Snapshot
    {
        SchoolClass schoolClass;
        QList<Category> categories;    // by position
        QList<Assignment> assignments; // by category (in category order), then position; uncategorised last
        QList<Student> students;       // active students, by family then given name
        QList<LetterCutoff> scale;     // the class's scale, or the default one
        QList<Score> scores;
        std::vector<int> cellScore; // students x assignments, row-major: index into scores, -1 = none

        const Score *score(int student, int assignment) const;
    };

    static Result<Snapshot> load(Store &store, const QString &classId);
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
