#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// Term finals: a period's formula (S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam)
// set or cleared, a term added with its formula, and a student's final letter
// overridden with a reason or the override cleared. Each is one undo step
// with its audit entry; the reason stays in the override row and the audit.
class FinalActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::FinalActions)

public:
    explicit FinalActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // Parts must exist in the period's class, weights be above 0, no part name
    // the period itself or a period computed from it (TermFinals::formulaProblem).
    Status setFormula(const QString &periodId, const QList<FormulaPart> &parts);
    // Back to the period's own assignments; refused while the period shares
    // days with another period (only a term with a formula may).
    Status clearFormula(const QString &periodId);
    // A new term computed by formula, e.g. S1 over Q1 and Q2. Its dates span
    // its period parts (else the class's periods): a term may share days with
    // other periods, as it holds no assignments of its own. Returns its id.
    Result<QString> addTerm(const QString &classId, const QString &name, const QList<FormulaPart> &parts);

    // periodId empty: the course's final. The letter must be one of the
    // class's scale (written as the scale spells it); the reason is required.
    Status setOverride(const QString &classId, const QString &studentId, const QString &periodId, const QString &letter,
                       const QString &reason);
    Status clearOverride(const QString &classId, const QString &studentId, const QString &periodId);

private:
    QString formulaProblem(const QString &classId, const QString &periodId, const QList<FormulaPart> &parts) const;

    ActionRunner m_runner;
};

} // namespace k12
