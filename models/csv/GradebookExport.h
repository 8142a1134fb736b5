#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/grading/GradeEngine.h"
#include "models/grading/GradebookData.h"

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

    static QByteArray toCsv(const GradebookData &gradebook, const Options &options);
    static Result<QByteArray> build(Store &store, const QString &classId, const Options &options);

    static std::optional<Format> formatFromKey(const QString &key); // "k12" or "canvas"

    // Cell tokens of the k12 layout.
    static constexpr auto kExcused = "EX";
    static constexpr auto kExempt = "EXEMPT";
    static constexpr auto kMissing = "MISSING";
};

} // namespace k12
