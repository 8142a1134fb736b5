#include "MasteryReport.h"

#include "StandardQueries.h"
#include "models/grading/GradebookData.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Mastery::Method MasteryReport::methodOf(const SchoolClass &c)
{
    return Mastery::methodFromKey(c.masteryMethod).value_or(Mastery::Method::MostRecent);
}

Mastery::Params MasteryReport::paramsOf(const SchoolClass &c)
{
    Mastery::Params p;
    p.param = c.masteryParam;
    p.threshold = c.masteryThreshold;
    p.n = c.masteryN;
    return p;
}

bool MasteryReport::takesParam(Mastery::Method method)
{
    return method == Mastery::Method::WeightedAverage || method == Mastery::Method::DecayingAverage ||
           method == Mastery::Method::NMastery;
}

Mastery::Params MasteryReport::withParam(Mastery::Params params, Mastery::Method method, double param)
{
    if (method == Mastery::Method::NMastery)
        params.n = int(param);
    else if (takesParam(method))
        params.param = param;
    return params;
}

QString MasteryReport::methodName(Mastery::Method method)
{
    switch (method) {
    case Mastery::Method::MostRecent:
        return tr("Most recent");
    case Mastery::Method::Highest:
        return tr("Highest");
    case Mastery::Method::Mean:
        return tr("Mean");
    case Mastery::Method::Mode:
        return tr("Mode");
    case Mastery::Method::WeightedAverage:
        return tr("Weighted average");
    case Mastery::Method::DecayingAverage:
        return tr("Decaying average");
    case Mastery::Method::NMastery:
        return tr("n-mastery");
    case Mastery::Method::PowerLaw:
        return tr("Power law");
    }
    return {};
}

QString MasteryReport::describe(Mastery::Method method, const Mastery::Params &params)
{
    const QLocale locale;
    switch (method) {
    case Mastery::Method::WeightedAverage:
        return tr("%1 (newest score weighted %2 %)").arg(methodName(method), locale.toString(params.param));
    case Mastery::Method::DecayingAverage:
        return tr("%1 (rate %2 %)").arg(methodName(method), locale.toString(params.param));
    case Mastery::Method::NMastery:
        return tr("%1 (%2 scores at or above %3)")
            .arg(methodName(method))
            .arg(params.n)
            .arg(locale.toString(params.threshold));
    default:
        return methodName(method);
    }
}

Result<MasteryReport> MasteryReport::build(Store &store, const QString &classId, std::optional<Mastery::Method> method,
                                           std::optional<double> param)
{
    std::optional<SchoolClass> c = ClassRepository(store).find(classId);
    if (!c)
        return fail(tr("That class no longer exists."));
    MasteryReport report;
    report.m_class = *c;
    report.m_scale = ProficiencyScale::defaultScale();
    report.m_students = StudentRepository(store).enrolledIn(classId);
    GradebookData::sortStudents(report.m_students);
    const StandardQueries queries(store);
    report.m_standards = queries.standards(classId);
    report.m_cells.assign(size_t(report.m_students.size()) * size_t(report.m_standards.size()), Cell{});

    QHash<QString, int> studentIndex;
    for (int i = 0; i < report.m_students.size(); ++i)
        studentIndex.insert(report.m_students.at(i).id, i);
    QHash<QString, int> standardIndex;
    for (int i = 0; i < report.m_standards.size(); ++i)
        standardIndex.insert(report.m_standards.at(i).id, i);
    QHash<QString, QString> titles;
    for (const Assignment &a : AssignmentRepository(store).forClass(classId))
        titles.insert(a.id, a.title);

    // Already oldest first (assessed date, then entry): appending keeps the order.
    for (const MasteryScore &m : queries.evidence(classId)) {
        const int s = studentIndex.value(m.studentId, -1);
        const int t = standardIndex.value(m.standardId, -1);
        if (s < 0 || t < 0)
            continue; // a dropped student or a deleted standard
        // Evidence of a deleted assignment goes with it, as its points do; undo brings both back.
        if (!m.assignmentId.isEmpty() && !titles.contains(m.assignmentId))
            continue;
        Evidence e;
        e.id = m.id;
        e.date = QDate::fromString(m.assessedAt.left(10), Qt::ISODate);
        e.assignmentId = m.assignmentId;
        e.assignmentTitle = titles.value(m.assignmentId);
        e.score = m.score;
        report.m_cells[size_t(s) * size_t(report.m_standards.size()) + size_t(t)].evidence.push_back(std::move(e));
    }

    const Mastery::Method chosen = method.value_or(methodOf(*c));
    Mastery::Params params = paramsOf(*c);
    if (param)
        params = withParam(params, chosen, *param);
    report.recompute(chosen, params);
    return report;
}

void MasteryReport::recompute(Mastery::Method method, const Mastery::Params &params)
{
    m_method = method;
    m_params = params;
    std::vector<double> scores;
    for (Cell &cell : m_cells) {
        scores.clear();
        for (const Evidence &e : cell.evidence)
            scores.push_back(e.score);
        cell.score = Mastery::compute(method, scores, params);
        cell.levelIndex = cell.score ? m_scale.levelIndex(*cell.score) : -1;
        cell.level = cell.score ? m_scale.levels().at(cell.levelIndex).label : QString();
    }
}

} // namespace k12
