#pragma once

#include "CsvReader.h"
#include "kernel/domain/Entities.h"

namespace k12 {

// Turns a roster CSV (header row; given_name, family_name, student_number,
// email in any order) into students, or into the full list of problems, each
// naming the file, line and column. Nothing is half-accepted.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(k12::RosterImport)

public:
    struct Outcome
    {
        QList<Student> students;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static Outcome fromTable(const CsvTable &table);
    static Outcome fromFile(const QString &path);
    // Header spellings teachers' spreadsheets use, folded to our column names.
    static QString canonicalColumn(const QString &header);
};

} // namespace k12
