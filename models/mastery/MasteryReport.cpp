#include "MasteryReport.h"

#include "StandardQueries.h"
#include "models/grading/GradebookData.h"

#include <algorithm>

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

std::optional<std::pair<Mastery::Method, Mastery::Params>> MasteryReport::overrideOf(const SchoolClass &c,
                                                                                     const Standard &s)
{
    const std::optional<Mastery::Method> method = Mastery::methodFromKey(s.masteryMethod);
    if (s.masteryMethod.isEmpty() || !method)
        return std::nullopt;
    Mastery::Params params = paramsOf(c);
    if (s.masteryParam)
        params = withParam(params, *method, *s.masteryParam);
    return std::pair{*method, params};
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
        return tr("%1 (%n score(s) at or above %2)", nullptr, params.n)
            .arg(methodName(method), locale.toString(params.threshold));
    default:
        return methodName(method);
    }
}

void MasteryReport::begin(const SchoolClass &c, QList<Student> students, QList<Standard> standards)
{
    m_class = c;
    m_scale = ProficiencyScale::forClass(c);
    m_students = std::move(students);
    GradebookData::sortStudents(m_students);
    m_standards = std::move(standards);
    StandardQueries::sortByCode(m_standards);
    m_cells.assign(size_t(m_students.size()) * size_t(m_standards.size()), Cell{});
}

void MasteryReport::finish(std::optional<Mastery::Method> method, std::optional<double> param)
{
    // Oldest first: by assessed date, then by the order of entry.
    for (Cell &cell : m_cells) {
        std::sort(cell.evidence.begin(), cell.evidence.end(), [](const Evidence &a, const Evidence &b) {
            if (a.date != b.date)
                return a.date < b.date; // an undated row (invalid date) sorts first
            return a.entry < b.entry;
        });
    }
    if (!method) {
        recomputeOwn(param);
        return;
    }
    Mastery::Params params = paramsOf(m_class);
    if (param)
        params = withParam(params, *method, *param);
    recompute(*method, params);
}

MasteryReport MasteryReport::fromRows(const SchoolClass &c, QList<Student> students, QList<Standard> standards,
                                      const QHash<QString, QString> &assignmentTitles,
                                      const QList<EvidenceRow> &evidence)
{
    MasteryReport report;
    report.begin(c, std::move(students), std::move(standards));
    QHash<QString, int> studentIndex;
    for (int i = 0; i < report.m_students.size(); ++i)
        studentIndex.insert(report.m_students.at(i).id, i);
    QHash<QString, int> standardIndex;
    for (int i = 0; i < report.m_standards.size(); ++i)
        standardIndex.insert(report.m_standards.at(i).id, i);
    const auto columns = size_t(report.m_standards.size());
    for (const EvidenceRow &row : evidence) {
        const int s = studentIndex.value(row.studentId, -1);
        const int t = standardIndex.value(row.standardId, -1);
        if (s < 0 || t < 0)
            continue; // a dropped student or a deleted standard
        Evidence e = row.evidence;
        if (!e.assignmentId.isEmpty()) {
            const auto title = assignmentTitles.constFind(e.assignmentId);
            if (title == assignmentTitles.cend())
                continue; // evidence of a deleted assignment goes with it, as in build()
            e.assignmentTitle = title.value();
        }
        report.m_cells[size_t(s) * columns + size_t(t)].evidence.push_back(std::move(e));
    }
    report.finish(std::nullopt, std::nullopt);
    return report;
}

void MasteryReport::recompute(Mastery::Method method, const Mastery::Params &params)
{
    m_method = method;
    m_params = params;
    m_columns.assign(size_t(m_standards.size()), Column{method, params, false});
    computeCells();
}

void MasteryReport::recomputeOwn(std::optional<double> classParam)
{
    m_method = methodOf(m_class);
    m_params = paramsOf(m_class);
    if (classParam)
        m_params = withParam(m_params, m_method, *classParam);
    m_columns.assign(size_t(m_standards.size()), Column{m_method, m_params, false});
    for (int t = 0; t < m_standards.size(); ++t) {
        if (const auto own = overrideOf(m_class, m_standards.at(t)))
            m_columns[size_t(t)] = Column{own->first, own->second, true};
    }
    computeCells();
}

void MasteryReport::computeCells()
{
    const size_t columns = m_columns.size();
    std::vector<double> scores;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        Cell &cell = m_cells[i];
        const Column &column = m_columns[i % columns]; // cells are row-major: student x standard
        scores.clear();
        for (const Evidence &e : cell.evidence)
            scores.push_back(e.score);
        cell.score = Mastery::compute(column.method, scores, column.params);
        cell.levelIndex = cell.score ? m_scale.levelIndex(*cell.score) : -1;
        cell.level = cell.score ? m_scale.levels().at(cell.levelIndex).label : QString();
    }
}

} // namespace k12
