#include "GuardianActions.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/GuardianRepository.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const EntityDef &linkDef()
{
    return *EntitySchema::find(u"student_guardian");
}

bool linked(Store &store, const QString &studentId, const QString &guardianId)
{
    return store.row(linkDef(), StudentGuardian::idFor(studentId, guardianId)).has_value();
}

} // namespace

Change GuardianActions::linkChange(const QString &studentId, const QString &guardianId)
{
    StudentGuardian link;
    link.studentId = studentId;
    link.guardianId = guardianId;
    return Change::upsert(u"student_guardian"_s, StudentGuardian::idFor(studentId, guardianId), link.toFields());
}

Status GuardianActions::checkStudent(const QString &studentId) const
{
    if (studentId.isEmpty() || !m_runner.store().row(*EntitySchema::find(u"student"), studentId))
        return fail(tr("That student no longer exists."));
    return {};
}

Status GuardianActions::checkEmailFree(const Guardian &guardian) const
{
    const std::optional<Guardian> other = GuardianRepository(m_runner.store()).findByEmail(guardian.email);
    if (other && other->id != guardian.id)
        return fail(
            tr("Another guardian, %1, already has the email \"%2\".").arg(other->displayName(), guardian.email));
    return {};
}

Result<GuardianActions::Added> GuardianActions::add(const Guardian &guardian, const QString &studentId)
{
    if (const QString problem = guardian.problem(); !problem.isEmpty())
        return fail(problem);
    if (Status s = checkStudent(studentId); !s)
        return Error{s.error()};
    Added added;
    ChangeList changes;
    if (const std::optional<Guardian> known = GuardianRepository(m_runner.store()).findByEmail(guardian.email)) {
        // A sibling's guardian: the same person, linked once more.
        added.guardianId = known->id;
        added.existing = true;
        if (linked(m_runner.store(), studentId, known->id))
            return fail(tr("%1 is already a guardian of this student.").arg(known->displayName()));
    } else {
        added.guardianId = guardian.id.isEmpty() ? newId() : guardian.id;
        changes.append(Change::upsert(u"guardian"_s, added.guardianId, guardian.toFields()));
    }
    changes.append(linkChange(studentId, added.guardianId));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Add Guardian"), u"guardian.add"_s, changes);
    if (!r)
        return Error{r.error()};
    return added;
}

Status GuardianActions::edit(const Guardian &guardian)
{
    if (!GuardianRepository(m_runner.store()).find(guardian.id))
        return fail(tr("That guardian no longer exists."));
    if (const QString problem = guardian.problem(); !problem.isEmpty())
        return fail(problem);
    if (Status s = checkEmailFree(guardian); !s)
        return s;
    Result<QList<AppliedChange>> r = m_runner.write(tr("Edit Guardian"), u"guardian.edit"_s,
                                                    {Change::upsert(u"guardian"_s, guardian.id, guardian.toFields())});
    return r ? Status{} : Status{fail(r.error())};
}

Status GuardianActions::link(const QString &guardianId, const QString &studentId)
{
    const std::optional<Guardian> guardian = GuardianRepository(m_runner.store()).find(guardianId);
    if (!guardian)
        return fail(tr("That guardian no longer exists."));
    if (Status s = checkStudent(studentId); !s)
        return s;
    if (linked(m_runner.store(), studentId, guardianId))
        return fail(tr("%1 is already a guardian of this student.").arg(guardian->displayName()));
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Link Guardian"), u"guardian.link"_s, {linkChange(studentId, guardianId)});
    return r ? Status{} : Status{fail(r.error())};
}

Status GuardianActions::unlink(const QString &guardianId, const QString &studentId)
{
    if (!linked(m_runner.store(), studentId, guardianId))
        return fail(tr("That guardian is not linked to this student."));
    ChangeList changes{Change::remove(u"student_guardian"_s, StudentGuardian::idFor(studentId, guardianId))};
    // A guardian of no student is no one's to keep: it goes too (undo brings both back).
    if (GuardianRepository(m_runner.store()).studentsOf(guardianId) == QStringList{studentId})
        changes.append(Change::remove(u"guardian"_s, guardianId));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Remove Guardian"), u"guardian.unlink"_s, changes);
    return r ? Status{} : Status{fail(r.error())};
}

Status GuardianActions::remove(const QString &guardianId)
{
    GuardianRepository repository(m_runner.store());
    if (!repository.find(guardianId))
        return fail(tr("That guardian no longer exists."));
    ChangeList changes;
    // Links first, the guardian last: undo restores in reverse, the guardian before its links.
    for (const QString &studentId : repository.studentsOf(guardianId))
        changes.append(Change::remove(u"student_guardian"_s, StudentGuardian::idFor(studentId, guardianId)));
    changes.append(Change::remove(u"guardian"_s, guardianId));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Delete Guardian"), u"guardian.remove"_s, changes);
    return r ? Status{} : Status{fail(r.error())};
}

Result<ChangeList> GuardianActions::importChanges(Store &store, const QStringList &studentIds,
                                                  const QList<QList<Guardian>> &guardians, int *newGuardians)
{
    GuardianRepository repository(store);
    ChangeList changes;
    QHash<QString, QString> byEmail;   // case-folded email -> guardian id, this file
    QHash<QString, QString> byNameKey; // given|family|phone, case-folded -> guardian id (no email)
    QSet<QString> links;
    int created = 0;
    for (qsizetype i = 0; i < studentIds.size() && i < guardians.size(); ++i) {
        for (const Guardian &g : guardians.at(i)) {
            if (const QString problem = g.problem(); !problem.isEmpty())
                return fail(problem);
            const QString email = g.email.trimmed().toCaseFolded();
            const QString nameKey =
                QStringList{g.givenName.simplified(), g.familyName.simplified(), g.phone.simplified()}
                    .join(u'|')
                    .toCaseFolded();
            QString id = email.isEmpty() ? byNameKey.value(nameKey) : byEmail.value(email);
            if (id.isEmpty() && !email.isEmpty()) {
                if (const std::optional<Guardian> known = repository.findByEmail(email))
                    id = known->id;
            }
            if (id.isEmpty() && email.isEmpty()) {
                // Imported again: the student's guardian of that name is this one.
                for (const Guardian &known : repository.ofStudent(studentIds.at(i))) {
                    if (known.givenName.simplified().compare(g.givenName.simplified(), Qt::CaseInsensitive) == 0 &&
                        known.familyName.simplified().compare(g.familyName.simplified(), Qt::CaseInsensitive) == 0)
                        id = known.id;
                }
            }
            if (id.isEmpty()) {
                id = newId();
                changes.append(Change::upsert(u"guardian"_s, id, g.toFields()));
                ++created;
            }
            (email.isEmpty() ? byNameKey[nameKey] : byEmail[email]) = id;
            const QString linkId = StudentGuardian::idFor(studentIds.at(i), id);
            if (links.contains(linkId) || linked(store, studentIds.at(i), id))
                continue;
            links.insert(linkId);
            changes.append(linkChange(studentIds.at(i), id));
        }
    }
    if (newGuardians)
        *newGuardians = created;
    return changes;
}

} // namespace k12
