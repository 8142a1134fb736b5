#pragma once

#include "models/grading/GradebookData.h"
#include "models/store/Change.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace k12 {

// Reads scores from a CSV or XLSX file into a class's gradebook, in three layouts,
// detected from the header (README "Importing scores"):
//  - K12 Teacher's own export: Student, Student Number, <assignment titles>..., computed columns;
//  - a Canvas gradebook export: Student, ID, SIS User ID, SIS Login ID, Section, `<title> (<id>)`...;
//  - a generic sheet: a student number column and one column per assignment title.
// Nothing is written here: analyze() returns the plan with every problem by
// line and column, and changes() turns a valid plan into one batch of writes.
class ScoreImport
{
    Q_DECLARE_TR_FUNCTIONS(k12::ScoreImport)

public:
    enum class Format
    {
        Unknown,
        K12,
        Canvas,
        Generic
    };

    struct Problem
    {
        int line = 0;
        QString column; // header text of the column, empty for the whole row/file
        QString message;
        QString text(const QString &fileName) const;
    };

    struct Entry
    {
        int line = 0;
        Score score; // the score after import
    };

    struct Options
    {
        bool createAssignments = false;
        QString sheet; // XLSX: the worksheet to read (default: the first)
    };

    // A column read on purpose as something other than scores (names,
    // sections, computed grades), shown in the preview and by the CLI.
    struct SkippedColumn
    {
        QString column;
        QString reason;
    };

    struct Plan
    {
        QString fileName;
        QString encoding;
        Format format = Format::Unknown;
        int rows = 0;
        int studentsMatched = 0;
        int assignmentColumns = 0;
        int unchanged = 0; // cells whose value is already in the gradebook
        QList<Problem> problems;
        QList<SkippedColumn> skipped;
        QList<Entry> entries;             // changed cells
        QList<Assignment> newAssignments; // to create (only with Options::createAssignments)
        bool cancelled = false;

        bool headerProblem() const; // a problem no row skipping can fix
        bool ok() const { return problems.isEmpty() && !cancelled; }
        int changeCount() const { return int(entries.size() + newAssignments.size()); }
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Plan analyze(const QByteArray &bytes, const QString &fileName, const GradebookData &data,
                        const Options &options, const Progress &progress = {},
                        const std::atomic<bool> *cancel = nullptr);
    // The writes of a plan: new assignments first, then the scores. With
    // skipBadRows, rows that have a problem are left out.
    static ChangeList changes(const Plan &plan, bool skipBadRows = false);
    static QString formatName(Format format);
};

} // namespace k12
