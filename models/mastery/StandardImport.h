#pragma once

#include "kernel/csv/CsvReader.h"
#include "kernel/domain/Entities.h"

namespace k12 {

// A standards CSV (header row; code, description and an optional parent or
// strand column, any order, other columns ignored) checked against the
// class's standards: what would be added, what would get a new description,
// or every problem, each naming the file, line and column. The schema has no
// parent field, so a parent/strand is kept as a "Strand: ... - " prefix of the
// description.
class StandardImport
{
    Q_DECLARE_TR_FUNCTIONS(k12::StandardImport)

public:
    struct Outcome
    {
        QList<Standard> added;   // new standards, with ids
        QList<Standard> updated; // known codes whose description changes
        int unchanged = 0;
        QStringList ignoredColumns;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static Outcome check(const CsvTable &table, const QString &classId, const QList<Standard> &existing);
    // The description a row becomes: the strand (when there is one) first.
    static QString describe(const QString &strand, const QString &description);
};

} // namespace k12
