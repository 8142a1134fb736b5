#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

namespace k12 {

class StudentRepository : public Repository<Student>
{
    Q_DECLARE_TR_FUNCTIONS(k12::StudentRepository)

public:
    using Repository::Repository;

    // Students actively enrolled in the class, by family then given name.
    QList<Student> enrolledIn(const QString &classId) const;
    // A student of the class by student number or id.
    Result<Student> resolveInClass(const QString &classId, const QString &numberOrId) const;

    // Creates the students that are new, enrolls all of them, in one transaction.
    Status enroll(const QList<Student> &students, const QString &classId, const QString &action);
    // The changes enroll writes, and each student's id (for rows written with them: guardians).
    Result<ChangeList> enrollChanges(const QList<Student> &students, const QString &classId, QStringList *studentIds);
    Result<QString> enrollOne(Student student, const QString &classId, const QString &action);
    // Marks the enrollment dropped; the student's scores stay in the gradebook history.
    Status unenroll(const QString &classId, const QStringList &studentIds, const QString &action);

    static QString enrollmentId(const QString &classId, const QString &studentId);
};

} // namespace k12
