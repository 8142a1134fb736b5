#pragma once

#include "kernel/domain/Result.h"

#include <QString>
#include <QStringList>

namespace k12 {

class Database;

// The global search's full-text index (issue 20): one local-only FTS5 table,
// search_index, kept by SQLite triggers on the synced tables. A trigger runs
// inside the statement that wrote the row, so the index is written in the same
// transaction whoever writes: ChangeWriter (actions, undo, bulk edits),
// LocalRowWriter (pulled rows), migrations. A transaction that rolls back or a
// process killed mid-write leaves neither the rows nor their index entries.
//
// A document's FTS rowid is its source row's SQLite rowid * 16 + its kind, so
// a trigger replaces a document by key instead of scanning the index.
class SearchIndex
{
public:
    enum class Kind
    {
        Class = 1,
        Student = 2,  // one document per enrollment: the student found in each class
        Guardian = 3, // one per student-guardian link: finds the student
        Category = 4,
        Assignment = 5,
        Standard = 6,
        Unit = 7,
        Lesson = 8,
        Comment = 9 // a score's comment; scores without one are not indexed
    };
    static constexpr int kKindCount = 9;
    static QString kindName(Kind kind); // "student", "comment": the CLI's and the JSON's names
    static bool kindFromName(const QString &name, Kind *kind);

    // The table and its triggers (migration 5 runs these, then fill()).
    static QStringList schemaStatements();
    // INSERT ... SELECT of every document from the rows: the rebuild's and the migration's.
    static QStringList fillStatements();
    // Local migration 8 (issue 22): the update triggers again, each limited to
    // the columns its WHEN reads (deleted and the watched ones), so an UPDATE
    // that sets none of them (every grade edit: points, updated_at) does not
    // run the trigger at all; what they index is the same.
    static QStringList narrowUpdateTriggerStatements();

    // Empties and refills the index in one transaction (`search --rebuild`).
    [[nodiscard]] static Status rebuild(Database &db);
    // Documents of the live index that differ from what a rebuild makes now
    // (missing, extra or with other text): 0 when consistent. For tests and the
    // maintenance check.
    [[nodiscard]] static Result<qint64> countMismatches(Database &db);
};

} // namespace k12
