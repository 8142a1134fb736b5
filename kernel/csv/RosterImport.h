#pragma once

#include "CsvReader.h"
#include "kernel/domain/Entities.h"

namespace k12 {

// Turns a roster CSV (header row; given_name, family_name, student_number,
// email in any order) into students, or into the full list of problems, each
// naming the file, line and column. Nothing is half-accepted. A Canvas
// gradebook export is a roster too: "Student" is "Family, Given", "SIS User ID"
// the student number; its Points Possible row and test student are skipped.
// Guardian columns ("Guardian 1 Name", "Mother Email", ...) are read by
// GuardianColumns into each student's guardians.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(k12::RosterImport)

public:
    struct Outcome
    {
        QList<Student> students;
        QList<int> lines; // the file line of each student
        // The guardians of each student (GuardianColumns), parallel to students.
        QList<QList<Guardian>> guardians;
        QStringList problems;
        // Not fatal: names that look damaged (letters turned into '?' by an
        // encoding that could not hold them), in the same "file, line, column" form.
        QStringList warnings;
        QString encoding;          // of the file read, as CsvTable::encoding
        bool canvasExport = false; // the file was a Canvas gradebook export
        bool ok() const { return problems.isEmpty(); }
    };

    static Outcome fromTable(const CsvTable &table);
    static Outcome fromFile(const QString &path);
    // Header spellings teachers' spreadsheets use, folded to our column names.
    static QString canonicalColumn(const QString &header);
    // Whether a cell looks like letters were lost to '?' ("??", "Jos?", "M?ller").
    static bool looksLikeLostLetters(const QString &cell);
    // A Canvas "Student" cell, "Family, Given" (or "Given Family"), as {given, family}.
    static std::pair<QString, QString> splitCanvasName(const QString &name);

private:
    static Outcome fromCanvas(const CsvTable &table);
    static void checkStudents(const CsvTable &table, Outcome &out);
};

} // namespace k12
