#include "RosterActions.h"

#include "models/backup/BackupService.h"

#include "GuardianActions.h"
#include "models/repositories/StudentRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString RosterActions::numberTaken(const QList<Student> &students, const QString &classId)
{
    StudentRepository repository(m_runner.store());
    for (const Student &s : students) {
        if (!s.studentNumber.trimmed().isEmpty() && repository.resolveInClass(classId, s.studentNumber.trimmed()))
            return s.studentNumber.trimmed();
    }
    return {};
}

Result<QString> RosterActions::addStudent(const Student &student, const QString &classId)
{
    if (const QString taken = numberTaken({student}, classId); !taken.isEmpty())
        return fail(tr("A student with number \"%1\" is already in this class.").arg(taken));
    QString id;
    const Status s = m_runner.record(tr("Add Student"), u"student.add"_s, [&] {
        Result<QString> r = StudentRepository(m_runner.store()).enrollOne(student, classId, u"student.add"_s);
        if (r)
            id = *r;
        return r ? Status{} : Status{fail(r.error())};
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status RosterActions::editStudent(const Student &student)
{
    return m_runner.record(tr("Edit Student"), u"student.edit"_s,
                           [&] { return StudentRepository(m_runner.store()).save(student, u"student.edit"_s); });
}

Status RosterActions::removeStudents(const QString &classId, const QStringList &studentIds)
{
    return m_runner.record(tr("Remove Students"), u"student.remove"_s, [&] {
        return StudentRepository(m_runner.store()).unenroll(classId, studentIds, u"student.remove"_s);
    });
}

Result<RosterActions::RosterPreview> RosterActions::previewRoster(const QList<Student> &students,
                                                                  const QString &classId,
                                                                  const QList<QList<Guardian>> &guardians)
{
    if (const QString taken = numberTaken(students, classId); !taken.isEmpty())
        return fail(tr("a student with number \"%1\" is already in this class.").arg(taken));
    StudentRepository repository(m_runner.store());
    RosterPreview preview;
    for (const Student &s : students) {
        if (const QString problem = s.problem(); !problem.isEmpty())
            return fail(problem);
        // The rule StudentRepository::enroll follows: one known student with the number is the same person.
        const QString number = s.studentNumber.trimmed();
        const bool known =
            !s.id.isEmpty() || (!number.isEmpty() && repository.select(u"student_number = ?"_s, {number}).size() == 1);
        ++(known ? preview.existing : preview.created);
    }
    if (!guardians.isEmpty()) {
        QStringList ids;
        Result<ChangeList> enroll = repository.enrollChanges(students, classId, &ids);
        if (!enroll)
            return fail(enroll.error());
        Result<ChangeList> linked =
            GuardianActions::importChanges(m_runner.store(), ids, guardians, &preview.guardians);
        if (!linked)
            return fail(linked.error());
    }
    return preview;
}

Status RosterActions::importRoster(const QList<Student> &students, const QString &classId,
                                   const QList<QList<Guardian>> &guardians)
{
    if (const QString taken = numberTaken(students, classId); !taken.isEmpty())
        return fail(tr("a student with number \"%1\" is already in this class.").arg(taken));
    // The window's and the CLI's roster imports both come here: the backup before them is taken once.
    if (Status kept = BackupService::keepBefore(m_runner.store().profileDir(), BackupReason::beforeImport); !kept)
        return kept;
    // Students, enrollments and guardians in one transaction: a bad guardian imports nothing.
    QStringList ids;
    Result<ChangeList> changes = StudentRepository(m_runner.store()).enrollChanges(students, classId, &ids);
    if (!changes)
        return fail(changes.error());
    Result<ChangeList> guardianChanges = GuardianActions::importChanges(m_runner.store(), ids, guardians);
    if (!guardianChanges)
        return fail(guardianChanges.error());
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Import Roster"), u"roster.import"_s, *changes + *guardianChanges);
    return r ? Status{} : Status{fail(r.error())};
}

Status RosterActions::addStudents(const QList<Student> &students, const QString &classId,
                                  const QList<QList<Guardian>> &guardians)
{
    QStringList ids;
    Result<ChangeList> changes = StudentRepository(m_runner.store()).enrollChanges(students, classId, &ids);
    if (!changes)
        return fail(changes.error());
    Result<ChangeList> guardianChanges = GuardianActions::importChanges(m_runner.store(), ids, guardians);
    if (!guardianChanges)
        return fail(guardianChanges.error());
    Result<QList<AppliedChange>> r = m_runner.write(tr("Add %n Student(s)", nullptr, int(students.size())),
                                                    u"roster.add"_s, *changes + *guardianChanges);
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace k12
