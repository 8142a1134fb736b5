#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

#include <QHash>

namespace k12 {

// Reading a teacher's guardians (kernel/domain Guardian, StudentGuardian):
// the guardians of a student, of every student of a class, the students of a
// guardian, and a guardian by email. Writes go through GuardianActions.
class GuardianRepository : public Repository<Guardian>
{
public:
    using Repository::Repository;

    // A student's guardians, by family then given name.
    QList<Guardian> ofStudent(const QString &studentId) const;
    // The guardians of each actively enrolled student of the class (student id -> guardians).
    QHash<QString, QList<Guardian>> ofClass(const QString &classId) const;
    // The students a guardian is linked to.
    QStringList studentsOf(const QString &guardianId) const;
    // The guardian with this email, compared without case (siblings share one).
    std::optional<Guardian> findByEmail(const QString &email) const;
    // Guardians linked to any student but this one: the "Link Existing" choices.
    QList<Guardian> linkableTo(const QString &studentId) const;
};

} // namespace k12
