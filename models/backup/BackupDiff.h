#pragma once

#include "kernel/domain/Result.h"

#include <QList>
#include <QString>

namespace k12 {

// What a restore would undo: per class, what was added, removed or changed since the
// backup (now compared with the backup, by id and rev/updated_at), counted.
struct RowDelta
{
    int added = 0;   // here now, not in the backup: the restore removes them
    int removed = 0; // in the backup, gone now: the restore brings them back
    int changed = 0; // in both, edited since
    bool isEmpty() const { return added == 0 && removed == 0 && changed == 0; }
};

struct ClassDelta
{
    enum class State
    {
        Same,    // the class row itself is unchanged (its contents may differ)
        Added,   // created since the backup
        Removed, // deleted since the backup
        Changed  // renamed, settings edited
    };
    QString classId;
    QString name; // now, or the backup's when removed
    State state = State::Same;
    RowDelta students; // enrollments, and the enrolled students' own rows
    RowDelta assignments;
    RowDelta scores;
    int studentsNow = 0;
    int studentsThen = 0;
    bool isEmpty() const
    {
        return state == State::Same && students.isEmpty() && assignments.isEmpty() && scores.isEmpty();
    }
};

class BackupDiff
{
public:
    // Opens the live database and the backup read-only (the backup ATTACHed) and
    // compares them. Classes without a difference are left out.
    static Result<QList<ClassDelta>> compare(const QString &databasePath, const QString &backupPath);
};

} // namespace k12
