#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/grading/GradeEngine.h"
#include "models/grading/GradebookData.h"
#include "models/sheet/Sheet.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QLocale;

namespace k12 {

class Store;

// A class's gradebook as a file, in our own layout ("k12") or in the layout
// of a Canvas gradebook export ("canvas") so that Canvas's importer takes it,
// as CSV (any delimiter, decimal point or comma) or XLSX. The layout is built
// once as a Sheet of typed cells; the file type only decides how cells are
// written. Grades come from GradeEngine, so the file shows what the grid
// shows. Every file imports back into the same class with no change
// (ScoreImport). Layouts and cell tokens: README "Gradebook export".
class GradebookExport
{
    Q_DECLARE_TR_FUNCTIONS(k12::GradebookExport)

public:
    enum class Format
    {
        K12,
        Canvas
    };
    enum class FileType
    {
        Csv,
        Xlsx
    };

    struct Options
    {
        Format format = Format::K12;
        FileType fileType = FileType::Csv;
        bool byteOrderMark = true; // CSV: Excel needs it to read UTF-8
        QChar delimiter = u',';    // CSV
        bool decimalComma = false; // CSV: 9,5 instead of 9.5
    };

    static Sheet toSheet(const GradebookData &gradebook, Format format);
    static QByteArray toCsv(const GradebookData &gradebook, const Options &options);
    static Result<QByteArray> toBytes(const GradebookData &gradebook, const Options &options);
    static Result<QByteArray> build(Store &store, const QString &classId, const Options &options);
    // Builds and writes the file (0600, replaced atomically; "-" = standard output).
    static Status writeFile(Store &store, const QString &classId, const Options &options, const QString &path);

    // The CSV dialect a spreadsheet in this locale opens without turning numbers into text:
    // `;` and decimal commas where the decimal mark is a comma.
    static Options localeDefaults(const QLocale &locale);
    static QString suggestedFileName(const QString &className, const Options &options);

    static std::optional<Format> formatFromKey(const QString &key);     // "k12" or "canvas"
    static std::optional<FileType> fileTypeFromKey(const QString &key); // "csv" or "xlsx"

    // Cell tokens of the k12 layout.
    static constexpr auto kExcused = "EX";
    static constexpr auto kExempt = "EXEMPT";
    static constexpr auto kMissing = "MISSING";
};

} // namespace k12
