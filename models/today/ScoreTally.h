#pragma once

#include "kernel/domain/Result.h"

#include <QString>
#include <QStringList>

namespace k12 {

class Database;

// Counts of the gradebook's cells kept up to date by SQLite triggers on score
// (and assignment), so the Today report (issue 20) reads a few thousand tally
// rows instead of recounting 1.1 million scores on every rebuild (1.7 s on the
// benchmark profile). Local only, never synced, made by local migration 7.
//
//   score_tally_assignment(assignment_id, filled): the live (deleted = 0)
//     scores of an assignment that the teacher has dealt with (filled()).
//   score_tally_student(class_id, student_id, filled, missing): per score
//     class and student, the live filled scores, and the live ones marked
//     missing (missingCell()) whose assignment exists and is not deleted.
//
// Whether a student is actively enrolled is not in the tally: it is checked
// per (class, student) row when the report is read, which is a few thousand
// look-ups, and the rare filled cells of students who are not active are
// subtracted then. So enrolling, dropping or deleting a student needs no
// trigger, and the counts mean exactly what a recount of the rows means.
//
// Triggers run inside the statement that writes the row, so every writer
// (ChangeWriter, LocalRowWriter, restores, migrations) keeps the tally in the
// same transaction as the scores; a rollback or a kill -9 leaves neither.
class ScoreTally
{
public:
    // A score the teacher has dealt with: points, a letter, or a flag.
    // `row` is an alias or NEW/OLD.
    static QString filled(const QString &row);
    // A score that counts as missing work (marked missing, no points, neither
    // excused nor exempt), without the assignment check.
    static QString missingCell(const QString &row);

    // The tables and their triggers (migration 7 runs these, then fill()).
    static QStringList schemaStatements();
    // Local migration 8 (issue 22): the score triggers stand aside while
    // ChangeWriter keeps the counts of the scores it writes (WriterTally).
    static QStringList writerKeptStatements();
    // Fills empty tally tables from the rows: the migration's and rebuild()'s.
    static QStringList fillStatements();

    // Empties and refills the tally in one transaction.
    [[nodiscard]] static Status rebuild(Database &db);
    // Rows of the tally that differ from a recount now (missing, extra or
    // other counts; rows of zero count as absent): 0 when consistent.
    [[nodiscard]] static Result<qint64> countMismatches(Database &db);
};

} // namespace k12
