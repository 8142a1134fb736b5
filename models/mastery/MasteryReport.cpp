#include "MasteryReport.h"

#include "StandardQueries.h"
#include "kernel/sqlite/SqliteStatement.h"
#include "models/grading/GradebookData.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <algorithm>

#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// "2026-09-07" or "2026-09-07T10:00:00" read without building a QString.
QDate isoDate(const QByteArray &text)
{
    if (text.size() < 10 || text.at(4) != '-' || text.at(7) != '-')
        return {};
    bool ok[3] = {};
    const int y = text.left(4).toInt(&ok[0]);
    const int m = text.mid(5, 2).toInt(&ok[1]);
    const int d = text.mid(8, 2).toInt(&ok[2]);
    return ok[0] && ok[1] && ok[2] ? QDate(y, m, d) : QDate();
}

} // namespace

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
    report.m_scale = ProficiencyScale::forClass(*c);
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

    // Straight from SQLite with ids looked up as UTF-8 bytes: a class of 200
    // students x 100 standards x 20 levels is 400,000 rows, and the Mastery
    // tab reloads after every level entered.
    QHash<QByteArray, int> studentByUtf8;
    QHash<QByteArray, int> standardByUtf8;
    for (auto it = studentIndex.cbegin(); it != studentIndex.cend(); ++it)
        studentByUtf8.insert(it.key().toUtf8(), it.value());
    for (auto it = standardIndex.cbegin(); it != standardIndex.cend(); ++it)
        standardByUtf8.insert(it.key().toUtf8(), it.value());
    QHash<QByteArray, QString> titleByUtf8;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        titleByUtf8.insert(it.key().toUtf8(), it.value());
    SqliteStatement q(SqliteStatement::handleOf(store.database().connection()),
                      u"SELECT student_id, standard_id, assignment_id, score, assessed_at, rowid, id "
                      "FROM mastery_score WHERE class_id = ? AND deleted = 0"_s);
    q.bindText(0, classId);
    const auto columns = size_t(report.m_standards.size());
    while (q.next()) {
        const int s = studentByUtf8.value(q.rawUtf8(0), -1);
        const int t = standardByUtf8.value(q.rawUtf8(1), -1);
        if (s < 0 || t < 0)
            continue; // a dropped student or a deleted standard
        Evidence e;
        if (!q.isNull(2)) {
            const QByteArray assignment = q.rawUtf8(2);
            const auto title = titleByUtf8.constFind(assignment);
            // Evidence of a deleted assignment goes with it, as its points do; undo brings both back.
            if (title == titleByUtf8.cend()) {
                if (!assignment.isEmpty())
                    continue;
            } else {
                e.assignmentId = QString::fromUtf8(assignment);
                e.assignmentTitle = title.value();
            }
        }
        e.score = q.real(3);
        e.date = isoDate(q.rawUtf8(4));
        e.entry = q.integer(5);
        e.id = q.text(6);
        report.m_cells[size_t(s) * columns + size_t(t)].evidence.push_back(std::move(e));
    }
    if (!q.error().isEmpty())
        return fail(tr("Cannot read the mastery evidence: %1").arg(q.error()));
    // Oldest first: by assessed date, then by the order of entry.
    for (Cell &cell : report.m_cells) {
        std::sort(cell.evidence.begin(), cell.evidence.end(), [](const Evidence &a, const Evidence &b) {
            if (a.date != b.date)
                return a.date < b.date; // an undated row (invalid date) sorts first
            return a.entry < b.entry;
        });
    }

    if (!method) {
        report.recomputeOwn(param);
        return report;
    }
    Mastery::Params params = paramsOf(*c);
    if (param)
        params = withParam(params, *method, *param);
    report.recompute(*method, params);
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
