#include "TermFinals.h"

#include "GradebookData.h"

#include <QLocale>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const GradingPeriod *periodById(const QList<GradingPeriod> &periods, const QString &id)
{
    for (const GradingPeriod &p : periods) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

template<typename T> const T *byId(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

int kinds(const FormulaPart &part)
{
    return int(!part.periodId.isEmpty()) + int(!part.assignmentId.isEmpty()) + int(!part.categoryId.isEmpty());
}

// True when following period parts from `from` reaches `target`; `formulaOf`
// gives each period's formula (the proposed one for the period being edited).
bool reaches(const QString &from, const QString &target,
             const std::function<QList<FormulaPart>(const QString &)> &formulaOf, QSet<QString> &seen)
{
    if (from == target)
        return true;
    if (seen.contains(from))
        return false;
    seen.insert(from);
    for (const FormulaPart &part : formulaOf(from)) {
        if (!part.periodId.isEmpty() && reaches(part.periodId, target, formulaOf, seen))
            return true;
    }
    return false;
}

} // namespace

TermFinals::TermFinals(const GradebookData &data, const QList<int> &students)
    : m_data(data)
{
    if (students.isEmpty()) {
        for (int s = 0; s < data.studentCount(); ++s)
            m_students.push_back(s);
    } else {
        for (int s : students) {
            if (s >= 0 && s < data.studentCount())
                m_students.push_back(s);
        }
    }
}

const std::vector<std::optional<double>> &TermFinals::percents(const QString &periodId) const
{
    return compute(periodId);
}

std::optional<double> TermFinals::percent(int student, const QString &periodId) const
{
    const std::vector<std::optional<double>> &all = compute(periodId);
    return student >= 0 && size_t(student) < all.size() ? all[size_t(student)] : std::nullopt;
}

QString TermFinals::letterFor(const std::optional<double> &percent) const
{
    return percent ? GradeEngine::letterFor(*percent, m_data.scale) : QString();
}

const std::vector<std::optional<double>> &TermFinals::compute(const QString &periodId) const
{
    if (const auto it = m_cache.find(periodId); it != m_cache.end())
        return it->second;
    const GradingPeriod *period = m_data.periods.find(periodId);
    std::vector<std::optional<double>> result;
    if (period && !period->formula.isEmpty()) {
        if (m_inProgress.contains(periodId)) {
            // A cycle (two devices each added half of it): the part has no value.
            result.assign(size_t(m_data.studentCount()), std::nullopt);
            return m_cache.insert_or_assign(u"\x01cycle"_s, std::move(result)).first->second;
        }
        m_inProgress.insert(periodId);
        result = fromFormula(*period);
        m_inProgress.remove(periodId);
    } else {
        result = fromEngine(m_data.engineFor(period ? periodId : QString()));
    }
    return m_cache.insert_or_assign(periodId, std::move(result)).first->second;
}

std::vector<std::optional<double>> TermFinals::fromEngine(const GradeEngine &engine, int category) const
{
    std::vector<std::optional<double>> result(size_t(m_data.studentCount()));
    for (int s : m_students) {
        const StudentGrade grade = engine.compute(m_data.row(s));
        result[size_t(s)] = category < 0 ? grade.finalPercent : grade.categories.at(size_t(category)).percent;
    }
    return result;
}

std::vector<std::optional<double>> TermFinals::fromFormula(const GradingPeriod &period) const
{
    const size_t students = size_t(m_data.studentCount());
    std::vector<double> weightedSum(students, 0.0);
    std::vector<double> weightTotal(students, 0.0);
    const GradeEngine &base = m_data.engine();

    for (const FormulaPart &part : period.formula) {
        if (!(part.weight > 0))
            continue;
        std::vector<std::optional<double>> values;
        if (!part.periodId.isEmpty()) {
            if (!m_data.periods.find(part.periodId))
                continue; // removed on another device: no value
            values = compute(part.periodId);
        } else if (!part.assignmentId.isEmpty()) {
            const int a = m_data.assignmentIndex(part.assignmentId);
            if (a < 0)
                continue;
            // One assignment alone, uncategorised: its percentage after the late and
            // missing rules. An engine of that one assignment reads just its cell.
            const GradeEngine one(base.policy(), {}, {{-1, m_data.assignments.at(a).pointsPossible, true}});
            values.assign(students, std::nullopt);
            for (int s : m_students)
                values[size_t(s)] = one.compute(m_data.row(s) + a).finalPercent;
        } else if (!part.categoryId.isEmpty()) {
            const int c = m_data.categoryIndex(part.categoryId);
            if (c < 0)
                continue;
            // The category over the assignments inside the term's dates.
            std::vector<EngineAssignment> inTerm = m_data.engineFor({}).assignments();
            for (int i = 0; i < m_data.assignmentCount(); ++i)
                inTerm[size_t(i)].counts = inTermDates(period, i);
            values = fromEngine(GradeEngine(base.policy(), base.categories(), std::move(inTerm)), c);
        } else {
            continue;
        }
        for (int st : m_students) {
            const size_t s = size_t(st);
            if (values[s]) {
                weightedSum[s] += part.weight * *values[s];
                weightTotal[s] += part.weight;
            }
        }
    }
    std::vector<std::optional<double>> result(students);
    for (size_t s = 0; s < students; ++s) {
        if (weightTotal[s] > 0)
            result[s] = weightedSum[s] / weightTotal[s];
    }
    return result;
}

bool TermFinals::inTermDates(const GradingPeriod &term, int assignment) const
{
    if (!term.startDate.isValid() || !term.endDate.isValid())
        return true;
    QDate when = m_data.assignments.at(assignment).dueDate;
    if (const GradingPeriod *p = m_data.periods.find(m_data.periodOf(assignment)))
        when = p->startDate;
    return when.isValid() && term.startDate <= when && when <= term.endDate;
}

std::vector<bool> TermFinals::assignmentsIn(const QString &periodId) const
{
    std::vector<bool> in(size_t(m_data.assignmentCount()), false);
    QSet<QString> seen;
    markIn(periodId, in, seen);
    return in;
}

void TermFinals::markIn(const QString &periodId, std::vector<bool> &in, QSet<QString> &seen) const
{
    if (seen.contains(periodId))
        return;
    seen.insert(periodId);
    const GradingPeriod *period = m_data.periods.find(periodId);
    if (!period || period->formula.isEmpty()) {
        for (int a = 0; a < m_data.assignmentCount(); ++a)
            in[size_t(a)] = in[size_t(a)] || periodId.isEmpty() || m_data.periodOf(a) == periodId;
        return;
    }
    for (const FormulaPart &part : period->formula) {
        if (!part.periodId.isEmpty()) {
            markIn(part.periodId, in, seen);
        } else if (const int a = m_data.assignmentIndex(part.assignmentId); a >= 0) {
            in[size_t(a)] = true;
        } else if (!part.categoryId.isEmpty()) {
            for (int i = 0; i < m_data.assignmentCount(); ++i) {
                if (m_data.assignments.at(i).categoryId == part.categoryId && inTermDates(*period, i))
                    in[size_t(i)] = true;
            }
        }
    }
}

QString TermFinals::formulaProblem(const QString &periodId, const QList<FormulaPart> &parts,
                                   const QList<GradingPeriod> &periods, const QList<Assignment> &assignments,
                                   const QList<Category> &categories)
{
    if (parts.isEmpty())
        return tr("A formula needs at least one part; clear it to grade the period by its own assignments.");
    QSet<QString> listed;
    double total = 0;
    for (const FormulaPart &part : parts) {
        if (kinds(part) != 1)
            return tr("Each part of a formula is one period, one assignment or one category.");
        if (!std::isfinite(part.weight) || part.weight <= 0)
            return tr("The weight of each part must be a number above 0.");
        total += part.weight;
        QString key;
        if (!part.periodId.isEmpty()) {
            if (part.periodId == periodId)
                return tr("A period cannot be part of its own formula.");
            if (!periodById(periods, part.periodId))
                return tr("The formula names a grading period this class does not have.");
            key = u"p:"_s + part.periodId;
        } else if (!part.assignmentId.isEmpty()) {
            if (!byId(assignments, part.assignmentId))
                return tr("The formula names an assignment this class does not have.");
            key = u"a:"_s + part.assignmentId;
        } else {
            if (!byId(categories, part.categoryId))
                return tr("The formula names a category this class does not have.");
            key = u"c:"_s + part.categoryId;
        }
        if (listed.contains(key))
            return tr("The formula lists the same part twice.");
        listed.insert(key);
    }
    if (!(total > 0))
        return tr("The weights of a formula must add up to more than 0.");
    if (periodId.isEmpty())
        return {}; // a new term: nothing refers to it yet, so it closes no cycle
    const auto formulaOf = [&](const QString &id) -> QList<FormulaPart> {
        if (id == periodId)
            return parts;
        const GradingPeriod *p = periodById(periods, id);
        return p ? p->formula : QList<FormulaPart>();
    };
    for (const FormulaPart &part : parts) {
        QSet<QString> seen;
        if (!part.periodId.isEmpty() && reaches(part.periodId, periodId, formulaOf, seen)) {
            const GradingPeriod *p = periodById(periods, part.periodId);
            return tr("\"%1\" is already computed from this period: a formula cannot go round in a circle.")
                .arg(p ? p->name : part.periodId);
        }
    }
    return {};
}

QString TermFinals::weightText(double weight)
{
    return QLocale().toString(GradeEngine::round2(weight), 'g', 15);
}

QString TermFinals::formulaText(const GradingPeriod &period, const QList<GradingPeriod> &periods,
                                const QList<Assignment> &assignments, const QList<Category> &categories)
{
    QStringList terms;
    for (const FormulaPart &part : period.formula) {
        QString name = u"?"_s;
        if (const GradingPeriod *p = periodById(periods, part.periodId))
            name = p->name;
        else if (const Assignment *a = byId(assignments, part.assignmentId))
            name = a->title;
        else if (const Category *c = byId(categories, part.categoryId))
            name = c->name;
        terms << tr("%1 % %2").arg(weightText(part.weight), name);
    }
    return tr("%1 = %2").arg(period.name, terms.join(u" + "_s));
}

} // namespace k12
