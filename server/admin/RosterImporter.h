#pragma once

#include "kernel/domain/Result.h"

#include <QString>
#include <QStringList>

namespace k12::server {

class Database;

// admin import-roster: the school's information system pushes a class
// roster. Students are matched by student number (or, without one, by name
// among the class's students), created or updated, and enrolled in the class,
// all in ONE transaction through the same write path as a push, with new
// revisions, so the owning teacher pulls the changes like any other.
// Guardian columns (the desktop's roster format: "Guardian 1 Name", "Mother
// Email", ... read by GuardianColumns) make guardians and their links to the
// students, owned by the class's teacher as if they had entered them: a
// guardian is matched by email among the teacher's guardians (or, without
// one, by name among the student's), and a link that exists is left alone.
class RosterImporter
{
public:
    struct Summary
    {
        int created = 0;
        int updated = 0;
        int enrolled = 0;
        int unchanged = 0;
        int guardiansCreated = 0;
        int guardiansLinked = 0; // new links between a student and a guardian
    };

    // On failure the message lists every problem by file, line and column; nothing is written.
    static Result<Summary> run(Database &db, const QString &csvPath, const QString &classId);
};

} // namespace k12::server
