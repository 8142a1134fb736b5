#include "FinalActions.h"

#include "kernel/domain/Ids.h"
#include "models/grading/TermFinals.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

bool shareDays(const GradingPeriod &a, const GradingPeriod &b)
{
    return a.startDate.isValid() && a.endDate.isValid() && b.startDate.isValid() && b.endDate.isValid() &&
           a.startDate <= b.endDate && b.startDate <= a.endDate;
}

} // namespace

QString FinalActions::formulaProblem(const QString &classId, const QString &periodId,
                                     const QList<FormulaPart> &parts) const
{
    Store &store = m_runner.store();
    return TermFinals::formulaProblem(periodId, parts, GradingPeriodRepository(store).forClass(classId),
                                      AssignmentRepository(store).inClass(classId),
                                      CategoryRepository(store).inClass(classId));
}

Status FinalActions::setFormula(const QString &periodId, const QList<FormulaPart> &parts)
{
    std::optional<GradingPeriod> p = GradingPeriodRepository(m_runner.store()).find(periodId);
    if (!p)
        return fail(tr("That grading period no longer exists."));
    if (const QString problem = formulaProblem(p->classId, periodId, parts); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Set Final Grade Formula"), u"period.formula"_s,
        {Change::upsert(u"grading_period"_s, periodId, {{u"formula"_s, GradingPeriod::formulaJson(parts)}})});
    return r ? Status{} : Status{fail(r.error())};
}

Status FinalActions::clearFormula(const QString &periodId)
{
    GradingPeriodRepository periods(m_runner.store());
    std::optional<GradingPeriod> p = periods.find(periodId);
    if (!p)
        return fail(tr("That grading period no longer exists."));
    if (p->formula.isEmpty())
        return fail(tr("\"%1\" has no formula: it is already graded by its own assignments.").arg(p->name));
    for (const GradingPeriod &o : periods.forClass(p->classId)) {
        if (o.id != periodId && o.formula.isEmpty() && shareDays(*p, o))
            return fail(tr("\"%1\" shares days with \"%2\": only a term computed by formula may. Remove the "
                           "term instead, or change its dates first.")
                            .arg(p->name, o.name));
    }
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Clear Final Grade Formula"), u"period.formula_clear"_s,
        {Change::upsert(u"grading_period"_s, periodId, {{u"formula"_s, GradingPeriod::formulaJson({})}})});
    return r ? Status{} : Status{fail(r.error())};
}

Result<QString> FinalActions::addTerm(const QString &classId, const QString &name, const QList<FormulaPart> &parts)
{
    const QList<GradingPeriod> periods = GradingPeriodRepository(m_runner.store()).forClass(classId);
    GradingPeriod term;
    term.id = newId();
    term.classId = classId;
    term.name = name.trimmed();
    term.formula = parts;
    if (term.name.isEmpty())
        return fail(tr("A grading period needs a name."));
    for (const GradingPeriod &o : periods) {
        if (o.name.trimmed().compare(term.name, Qt::CaseInsensitive) == 0)
            return fail(tr("This class already has a grading period \"%1\".").arg(term.name));
    }
    if (const QString problem = formulaProblem(classId, {}, parts); !problem.isEmpty())
        return fail(problem);
    // The term's dates: those of its period parts, else of all the class's periods.
    QList<GradingPeriod> spanned;
    for (const GradingPeriod &o : periods) {
        for (const FormulaPart &part : parts) {
            if (part.periodId == o.id)
                spanned << o;
        }
    }
    if (spanned.isEmpty())
        spanned = periods;
    for (const GradingPeriod &o : std::as_const(spanned)) {
        if (!term.startDate.isValid() || (o.startDate.isValid() && o.startDate < term.startDate))
            term.startDate = o.startDate;
        if (!term.endDate.isValid() || (o.endDate.isValid() && o.endDate > term.endDate))
            term.endDate = o.endDate;
    }
    if (!term.startDate.isValid() || !term.endDate.isValid())
        return fail(tr("A term takes its dates from its periods: add the class's grading periods first."));
    if (const QString problem = term.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Add Term"), u"period.add_term"_s,
                                                    {Change::upsert(u"grading_period"_s, term.id, term.toFields())});
    if (!r)
        return Error{r.error()};
    return term.id;
}

Status FinalActions::setOverride(const QString &classId, const QString &studentId, const QString &periodId,
                                 const QString &letter, const QString &reason)
{
    Store &store = m_runner.store();
    if (!StudentRepository(store).find(studentId))
        return fail(tr("That student no longer exists."));
    if (!periodId.isEmpty()) {
        std::optional<GradingPeriod> p = GradingPeriodRepository(store).find(periodId);
        if (!p || p->classId != classId)
            return fail(tr("That grading period no longer exists."));
    }
    const std::optional<GradingScale> stored = Repository<GradingScale>(store).find(GradingScale::idFor(classId));
    const QList<LetterCutoff> scale =
        stored && !stored->cutoffs.isEmpty() ? stored->cutoffs : GradingScale::defaultCutoffs();
    QString spelled;
    QStringList letters;
    for (const LetterCutoff &c : scale) {
        letters << c.letter;
        if (c.letter.trimmed().compare(letter.trimmed(), Qt::CaseInsensitive) == 0)
            spelled = c.letter.trimmed();
    }
    if (spelled.isEmpty())
        return fail(tr("\"%1\" is not a letter of this class's grading scale (%2).")
                        .arg(letter.trimmed().left(20), letters.join(u", "_s)));
    if (reason.trimmed().isEmpty())
        return fail(tr("Give a reason for overriding the final letter: it is kept with the grade."));
    FinalOverride o;
    o.id = FinalOverride::idFor(classId, studentId, periodId);
    o.classId = classId;
    o.studentId = studentId;
    o.gradingPeriodId = periodId;
    o.letter = spelled;
    o.reason = reason.trimmed();
    if (const QString problem = o.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Override Final Letter"), u"final.override"_s,
                                                    {Change::upsert(u"final_override"_s, o.id, o.toFields())});
    return r ? Status{} : Status{fail(r.error())};
}

Status FinalActions::clearOverride(const QString &classId, const QString &studentId, const QString &periodId)
{
    const QString id = FinalOverride::idFor(classId, studentId, periodId);
    if (!Repository<FinalOverride>(m_runner.store()).find(id))
        return fail(tr("That final letter is not overridden."));
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Clear Final Letter Override"), u"final.clear"_s, {Change::remove(u"final_override"_s, id)});
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace k12
