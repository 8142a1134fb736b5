#include "PeriodActions.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString shortDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool isSchoolDay(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

QString PeriodActions::problemWith(const GradingPeriod &period, const QList<GradingPeriod> &others) const
{
    if (const QString problem = period.problem(); !problem.isEmpty())
        return problem;
    if (!period.startDate.isValid() || !period.endDate.isValid())
        return tr("A grading period needs a start date and an end date.");
    const QString name = period.name.trimmed();
    for (const GradingPeriod &o : others) {
        if (o.id == period.id)
            continue;
        if (o.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("This class already has a grading period \"%1\".").arg(name);
        // A term computed by formula (S1 over Q1 and Q2) holds no assignments, so it may share days.
        if (period.formula.isEmpty() && o.formula.isEmpty() && o.startDate.isValid() && o.endDate.isValid() &&
            period.startDate <= o.endDate && o.startDate <= period.endDate)
            return tr("\"%1\" (%2 to %3) overlaps \"%4\" (%5 to %6): the periods of a class cannot share a day.")
                .arg(name, shortDate(period.startDate), shortDate(period.endDate), o.name, shortDate(o.startDate),
                     shortDate(o.endDate));
    }
    return {};
}

Result<QString> PeriodActions::add(GradingPeriod period)
{
    period.name = period.name.trimmed();
    if (period.id.isEmpty())
        period.id = newId();
    const QList<GradingPeriod> others = GradingPeriodRepository(m_runner.store()).forClass(period.classId);
    if (const QString problem = problemWith(period, others); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Add Grading Period"), u"period.add"_s, {Change::upsert(u"grading_period"_s, period.id, period.toFields())});
    if (!r)
        return Error{r.error()};
    return period.id;
}

Status PeriodActions::rename(const QString &periodId, const QString &name)
{
    GradingPeriodRepository periods(m_runner.store());
    std::optional<GradingPeriod> p = periods.find(periodId);
    if (!p)
        return fail(tr("That grading period no longer exists."));
    p->name = name.trimmed();
    if (const QString problem = problemWith(*p, periods.forClass(p->classId)); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Rename Grading Period"), u"period.rename"_s,
                       {Change::upsert(u"grading_period"_s, p->id, {{u"name"_s, p->name}})});
    return r ? Status{} : Status{fail(r.error())};
}

Status PeriodActions::setDates(const QString &periodId, const QDate &start, const QDate &end)
{
    GradingPeriodRepository periods(m_runner.store());
    std::optional<GradingPeriod> p = periods.find(periodId);
    if (!p)
        return fail(tr("That grading period no longer exists."));
    p->startDate = start;
    p->endDate = end;
    if (const QString problem = problemWith(*p, periods.forClass(p->classId)); !problem.isEmpty())
        return fail(problem);
    const QVariantMap fields = p->toFields();
    Result<QList<AppliedChange>> r = m_runner.write(tr("Change Grading Period Dates"), u"period.dates"_s,
                                                    {Change::upsert(u"grading_period"_s, p->id,
                                                                    {{u"start_date"_s, fields.value(u"start_date"_s)},
                                                                     {u"end_date"_s, fields.value(u"end_date"_s)}})});
    return r ? Status{} : Status{fail(r.error())};
}

Status PeriodActions::remove(const QString &periodId)
{
    std::optional<GradingPeriod> p = GradingPeriodRepository(m_runner.store()).find(periodId);
    if (!p)
        return fail(tr("That grading period no longer exists."));
    // Unlinked first, in the same transaction: the assignment's reference must
    // never point at a tombstone, here or on the server.
    ChangeList changes;
    for (const Assignment &a : AssignmentRepository(m_runner.store()).inClass(p->classId)) {
        if (a.gradingPeriodId == periodId)
            changes.append(Change::upsert(u"assignment"_s, a.id, {{u"grading_period_id"_s, QVariant()}}));
    }
    changes.append(Change::remove(u"grading_period"_s, periodId));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Remove Grading Period"), u"period.remove"_s, changes);
    return r ? Status{} : Status{fail(r.error())};
}

QList<GradingPeriod> PeriodActions::presetPeriods(Preset preset, const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return {};
    QList<QDate> schoolDays;
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        if (isSchoolDay(d))
            schoolDays.append(d);
    }
    const int parts = preset == Preset::Quarters ? 4 : 2;
    const qsizetype n = schoolDays.size();
    if (n < parts)
        return {};
    QList<GradingPeriod> periods;
    for (int i = 0; i < parts; ++i) {
        GradingPeriod p;
        p.name = preset == Preset::Quarters ? tr("Q%1").arg(i + 1) : tr("S%1").arg(i + 1);
        p.startDate = i == 0 ? start : schoolDays.at(i * n / parts);
        periods.append(p);
    }
    for (int i = 0; i < parts; ++i)
        periods[i].endDate = i + 1 < parts ? periods.at(i + 1).startDate.addDays(-1) : end;
    return periods;
}

Result<QStringList> PeriodActions::addPreset(const QString &classId, Preset preset, const QDate &start,
                                             const QDate &end)
{
    if (!start.isValid() || !end.isValid())
        return fail(tr("The school year needs a start date and an end date."));
    if (end < start)
        return fail(tr("The school year cannot end before it starts."));
    QList<GradingPeriod> periods = presetPeriods(preset, start, end);
    if (periods.isEmpty())
        return fail(
            tr("%1 to %2 has too few school days to split into %3.")
                .arg(shortDate(start), shortDate(end), preset == Preset::Quarters ? tr("quarters") : tr("semesters")));
    QList<GradingPeriod> existing = GradingPeriodRepository(m_runner.store()).forClass(classId);
    ChangeList changes;
    QStringList ids;
    for (GradingPeriod &p : periods) {
        p.id = newId();
        p.classId = classId;
        if (const QString problem = problemWith(p, existing); !problem.isEmpty())
            return fail(problem);
        existing.append(p);
        changes.append(Change::upsert(u"grading_period"_s, p.id, p.toFields()));
        ids.append(p.id);
    }
    Result<QList<AppliedChange>> r = m_runner.write(
        preset == Preset::Quarters ? tr("Add Quarters") : tr("Add Semesters"), u"period.preset"_s, changes);
    if (!r)
        return Error{r.error()};
    return ids;
}

Result<QStringList> PeriodActions::copyFrom(const QString &fromClassId, const QString &toClassId)
{
    if (fromClassId == toClassId)
        return fail(tr("Choose another class to copy the grading periods from."));
    GradingPeriodRepository repository(m_runner.store());
    const QList<GradingPeriod> source = repository.forClass(fromClassId, u"start_date"_s);
    if (source.isEmpty())
        return fail(tr("That class has no grading periods to copy."));
    QList<GradingPeriod> existing = repository.forClass(toClassId);
    ChangeList changes;
    QStringList ids;
    for (GradingPeriod p : source) {
        p.id = newId();
        p.rev = 0;
        p.classId = toClassId;
        if (const QString problem = problemWith(p, existing); !problem.isEmpty())
            return fail(problem);
        existing.append(p);
        changes.append(Change::upsert(u"grading_period"_s, p.id, p.toFields()));
        ids.append(p.id);
    }
    Result<QList<AppliedChange>> r = m_runner.write(tr("Copy Grading Periods"), u"period.copy"_s, changes);
    if (!r)
        return Error{r.error()};
    return ids;
}

Result<int> PeriodActions::assign(const QStringList &assignmentIds, const QString &periodId)
{
    AssignmentRepository assignments(m_runner.store());
    std::optional<GradingPeriod> period;
    if (!periodId.isEmpty()) {
        period = GradingPeriodRepository(m_runner.store()).find(periodId);
        if (!period)
            return fail(tr("That grading period no longer exists."));
        // A term's grade is its formula: its work belongs in the periods it is made of.
        if (!period->formula.isEmpty())
            return fail(tr("\"%1\" is computed by its formula and holds no assignments; put the assignment in "
                           "one of its periods.")
                            .arg(period->name));
    }
    ChangeList changes;
    for (const QString &id : assignmentIds) {
        const std::optional<Assignment> a = assignments.find(id);
        if (!a)
            return fail(tr("That assignment no longer exists."));
        if (period && a->classId != period->classId)
            return fail(tr("\"%1\" is not in the class of grading period \"%2\".").arg(a->title, period->name));
        if (a->gradingPeriodId != periodId)
            changes.append(Change::upsert(u"assignment"_s, a->id,
                                          {{u"grading_period_id"_s, periodId.isEmpty() ? QVariant() : periodId}}));
    }
    if (changes.isEmpty())
        return 0;
    const int n = int(changes.size());
    Result<QList<AppliedChange>> r =
        m_runner.write(period ? tr("Put %n Assignment(s) in %1", nullptr, n).arg(period->name)
                              : tr("Put %n Assignment(s) in a Period by Due Date", nullptr, n),
                       u"period.assign"_s, changes);
    if (!r)
        return Error{r.error()};
    return n;
}

} // namespace k12
