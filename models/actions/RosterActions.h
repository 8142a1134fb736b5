#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// Students on a class's roster: added one by one, imported or typed as a
// list (the walkthrough), edited, taken off the class.
class RosterActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::RosterActions)

public:
    explicit RosterActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The student's id (an existing student with the same number is enrolled, not copied).
    Result<QString> addStudent(const Student &student, const QString &classId);
    Status editStudent(const Student &student);
    Status removeStudents(const QString &classId, const QStringList &studentIds);
    // What importRoster would do, checked the same way, writing nothing (--dry-run).
    struct RosterPreview
    {
        int created = 0;   // new students
        int existing = 0;  // already in the profile (another class): updated and enrolled here
        int guardians = 0; // new guardians (one already in the profile, by email, is linked)
    };
    Result<RosterPreview> previewRoster(const QList<Student> &students, const QString &classId,
                                        const QList<QList<Guardian>> &guardians = {});
    // A roster file, all rows or none; with the file's guardians of each
    // student (parallel to students, may be empty), in the same step.
    Status importRoster(const QList<Student> &students, const QString &classId,
                        const QList<QList<Guardian>> &guardians = {});
    // Several students typed or read from a file at once (the walkthrough),
    // with the file's guardians of each (parallel, may be empty), one step.
    Status addStudents(const QList<Student> &students, const QString &classId,
                       const QList<QList<Guardian>> &guardians = {});

private:
    // The first student number already in the class, if any.
    QString numberTaken(const QList<Student> &students, const QString &classId);

    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
