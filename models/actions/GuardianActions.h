#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// A teacher's guardians and their links to students: add (linked to a
// student in the same step), edit, link to a sibling, unlink, remove. Each is
// one transaction and one undo step, checked by RowRules first. Guardians are
// matched by email without case, so siblings share one guardian.
class GuardianActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::GuardianActions)

public:
    explicit GuardianActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    struct Added
    {
        QString guardianId;
        bool existing = false; // a guardian with the same email was linked; its details were left as they were
    };
    Result<Added> add(const Guardian &guardian, const QString &studentId);
    Status edit(const Guardian &guardian);
    Status link(const QString &guardianId, const QString &studentId);
    // Takes the guardian off the student; a guardian left with no student is removed too.
    Status unlink(const QString &guardianId, const QString &studentId);
    // Removes the guardian and every link it has.
    Status remove(const QString &guardianId);

    // The rows a roster import adds for its guardians (studentIds and
    // guardians parallel): a guardian whose email is already in the profile or
    // earlier in the file is that one (without an email: the same name and
    // phone earlier in the file), and each pair is linked once.
    static Result<ChangeList> importChanges(Store &store, const QStringList &studentIds,
                                            const QList<QList<Guardian>> &guardians, int *newGuardians = nullptr);

private:
    Status checkStudent(const QString &studentId) const;
    Status checkEmailFree(const Guardian &guardian) const;
    static Change linkChange(const QString &studentId, const QString &guardianId);

    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
