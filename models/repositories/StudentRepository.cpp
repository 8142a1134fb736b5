#include "StudentRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString StudentRepository::enrollmentId(const QString &classId, const QString &studentId)
{
    return pairId(u"enrollment"_s, classId, studentId);
}

QList<Student> StudentRepository::enrolledIn(const QString &classId) const
{
    return select(u"id IN (SELECT student_id FROM enrollment WHERE class_id = ? AND status = 'active' "
                  "AND deleted = 0)"_s,
                  {classId}, u"family_name COLLATE NOCASE, given_name COLLATE NOCASE, student_number"_s);
}

Result<Student> StudentRepository::resolveInClass(const QString &classId, const QString &numberOrId) const
{
    const QString enrolled =
        u"id IN (SELECT student_id FROM enrollment WHERE class_id = ? AND status = 'active' AND deleted = 0)"_s;
    QList<Student> found = select(enrolled + u" AND student_number = ?"_s, {classId, numberOrId});
    if (found.isEmpty() && isId(numberOrId))
        found = select(enrolled + u" AND id = ?"_s, {classId, numberOrId});
    if (found.isEmpty())
        return fail(tr("No student with number or id \"%1\" is enrolled in this class.").arg(numberOrId));
    if (found.size() > 1)
        return fail(tr("Several students in this class have the number \"%1\"; use the student id.").arg(numberOrId));
    return found.constFirst();
}

Status StudentRepository::enroll(const QList<Student> &students, const QString &classId, const QString &action)
{
    Result<ChangeList> changes = enrollChanges(students, classId, nullptr);
    if (!changes)
        return fail(changes.error());
    return toStatus(m_store.apply(action, *changes));
}

Result<ChangeList> StudentRepository::enrollChanges(const QList<Student> &students, const QString &classId,
                                                    QStringList *studentIds)
{
    ChangeList changes;
    changes.reserve(students.size() * 2);
    for (const Student &student : students) {
        if (const QString problem = student.problem(); !problem.isEmpty())
            return fail(problem);
        QString studentId = student.id;
        if (studentId.isEmpty() && !student.studentNumber.trimmed().isEmpty()) {
            // The same student in a second class is the same person: reuse the row.
            const QList<Student> known = select(u"student_number = ?"_s, {student.studentNumber.trimmed()});
            if (known.size() == 1)
                studentId = known.constFirst().id;
        }
        if (studentId.isEmpty())
            studentId = newId();
        changes.append(Change::upsert(m_def.name, studentId, student.toFields()));
        const Enrollment enrollment{{}, 0, classId, studentId, u"active"_s};
        changes.append(Change::upsert(u"enrollment"_s, enrollmentId(classId, studentId), enrollment.toFields()));
        if (studentIds)
            studentIds->append(studentId);
    }
    return changes;
}

Result<QString> StudentRepository::enrollOne(Student student, const QString &classId, const QString &action)
{
    if (student.id.isEmpty())
        student.id = newId();
    if (Status s = enroll({student}, classId, action); !s)
        return Error{s.error()};
    return student.id;
}

Status StudentRepository::unenroll(const QString &classId, const QStringList &studentIds, const QString &action)
{
    ChangeList changes;
    for (const QString &studentId : studentIds)
        changes.append(
            Change::upsert(u"enrollment"_s, enrollmentId(classId, studentId), {{u"status"_s, u"dropped"_s}}));
    return toStatus(m_store.apply(action, changes));
}

} // namespace k12
