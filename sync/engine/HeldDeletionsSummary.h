#pragma once

#include "HeldRows.h"

#include <QList>
#include <QString>

namespace k12 {

class Database;

// What the held deletions amount to, per class, in the words the window's
// notice uses: how many grades (scores), students (enrollments) and
// assignments the server removed that this computer still has. Read from the
// held rows and the local rows they would delete (still live here).
struct HeldDeletionsSummary
{
    struct ClassPart
    {
        QString classId;
        QString className; // "Algebra I (2025-26)"
        int grades = 0;
        int students = 0;
        int assignments = 0;
        int other = 0;
        int total() const { return grades + students + assignments + other; }
    };

    QList<ClassPart> classes; // most rows first
    int total = 0;

    static HeldDeletionsSummary of(Database &db, const QList<HeldRow> &held);
    static HeldDeletionsSummary read(Database &db);
};

} // namespace k12
