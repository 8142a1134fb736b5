#include "GradebookData.h"

#include "TermFinals.h"

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QList<Assignment> GradebookData::groupedByCategory(const QList<Assignment> &assignments,
                                                   const QList<Category> &categories)
{
    QHash<QString, int> order;
    for (int i = 0; i < categories.size(); ++i)
        order.insert(categories.at(i).id, i);
    // Stable: inside a category the repository's order (position, due date, title) stays.
    // Sorted as (category order, position) pairs: 1,000 assignments are not copied
    // back and forth, nor their category ids hashed, at every comparison.
    std::vector<std::pair<int, int>> keys;
    keys.reserve(size_t(assignments.size()));
    for (int i = 0; i < assignments.size(); ++i)
        keys.emplace_back(order.value(assignments.at(i).categoryId, INT_MAX), i);
    std::sort(keys.begin(), keys.end());
    QList<Assignment> sorted;
    sorted.reserve(assignments.size());
    for (const auto &key : keys)
        sorted.append(assignments.at(key.second));
    return sorted;
}

namespace {

// Case- and accent-insensitive sort key: "Ávila" -> "avila".
QString sortKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded();
}

} // namespace

void GradebookData::sortStudents(QList<Student> &students)
{
    struct Keyed
    {
        QString family;
        QString given;
        Student student;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(students.size());
    for (Student &s : students)
        keyed.push_back({sortKey(s.familyName), sortKey(s.givenName), std::move(s)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (const int c = a.family.compare(b.family); c != 0)
            return c < 0;
        if (const int c = a.given.compare(b.given); c != 0)
            return c < 0;
        if (const int c = a.student.studentNumber.compare(b.student.studentNumber); c != 0)
            return c < 0;
        return a.student.id < b.student.id;
    });
    students.clear();
    for (Keyed &k : keyed)
        students.append(std::move(k.student));
}

GradebookData GradebookData::assemble(Parts parts, const QString &gradingPeriodId)
{
    GradebookData data;
    data.schoolClass = std::move(parts.schoolClass);
    data.gradingPeriodId = gradingPeriodId;
    data.periods = PeriodMembership(std::move(parts.periods));
    data.finalOverrides = std::move(parts.finalOverrides);
    data.categories = std::move(parts.categories);
    data.assignments = groupedByCategory(parts.assignments, data.categories);
    data.students = std::move(parts.students);
    sortStudents(data.students);
    data.scale = parts.scale && !parts.scale->cutoffs.isEmpty() ? parts.scale->cutoffs : GradingScale::defaultCutoffs();

    for (int i = 0; i < data.students.size(); ++i)
        data.m_studentIndex.insert(data.students.at(i).id, i);
    for (int i = 0; i < data.assignments.size(); ++i)
        data.m_assignmentIndex.insert(data.assignments.at(i).id, i);
    data.m_cells.assign(size_t(data.students.size()) * size_t(data.assignments.size()), GradeCell{});
    data.m_stored.assign(data.m_cells.size(), false);
    data.rebuildEngine();
    return data;
}

int GradebookData::categoryIndex(const QString &categoryId) const
{
    for (int i = 0; i < categories.size(); ++i) {
        if (categories.at(i).id == categoryId)
            return i;
    }
    return -1;
}

const GradebookData::CellExtra *GradebookData::extra(int student, int assignment) const
{
    const auto it = m_extras.constFind(cellKey(student, assignment));
    return it == m_extras.cend() ? nullptr : &*it;
}

Score GradebookData::scoreAt(int student, int assignment) const
{
    const Assignment &a = assignments.at(assignment);
    const Student &st = students.at(student);
    const GradeCell &c = cell(student, assignment);
    Score s;
    s.id = Score::idFor(a.id, st.id);
    s.classId = schoolClass.id;
    s.assignmentId = a.id;
    s.studentId = st.id;
    s.missing = c.missing;
    s.late = c.late;
    s.excused = c.excused;
    s.exempt = c.exempt;
    s.daysLate = c.daysLate;
    const CellExtra *x = extra(student, assignment);
    if (x) {
        s.letter = x->letter;
        s.comment = x->comment;
    }
    // A letter grade's points are derived from the scale, not stored.
    if (c.hasPoints() && s.letter.isEmpty())
        s.points = c.points;
    return s;
}

QVariantMap GradebookData::changeTo(const Score &after) const
{
    const int s = studentIndex(after.studentId);
    const int a = assignmentIndex(after.assignmentId);
    if (after.classId != schoolClass.id || s < 0 || a < 0 || !isStored(s, a))
        return after.toFields();
    return after.changedFields(scoreAt(s, a));
}

void GradebookData::setScore(int student, int assignment, const Score &score, bool stored)
{
    m_stored[size_t(cellKey(student, assignment))] = stored;
    m_cells[size_t(cellKey(student, assignment))] = GradeEngine::cellFor(score, assignments.at(assignment), scale);
    if (score.letter.isEmpty() && score.comment.isEmpty())
        m_extras.remove(cellKey(student, assignment));
    else
        m_extras.insert(cellKey(student, assignment), CellExtra{score.letter, score.comment});
}

GradeEngine GradebookData::engineFor(const QString &periodId) const
{
    if (periodId.isEmpty())
        return GradeEngine::forClass(schoolClass, categories, assignments, scale);
    if (const GradingPeriod *term = periods.find(periodId); term && !term->formula.isEmpty()) {
        // A term computed by a formula holds no assignments of its own: its
        // category percentages cover the assignments of its parts (the columns
        // the grid shows for it). Its Final % comes from the formula (TermFinals).
        const GradeEngine whole = GradeEngine::forClass(schoolClass, categories, assignments, scale);
        std::vector<EngineAssignment> inTerm = whole.assignments();
        const std::vector<bool> in = TermFinals(*this).assignmentsIn(periodId);
        for (size_t i = 0; i < inTerm.size() && i < in.size(); ++i)
            inTerm[i].counts = in[i];
        return GradeEngine(whole.policy(), whole.categories(), std::move(inTerm));
    }
    // The engine filters on the stored link; an assignment that falls into a
    // period by its due date gets that period here, so both kinds count.
    QList<Assignment> resolved = assignments;
    for (Assignment &a : resolved)
        a.gradingPeriodId = periods.periodOf(a);
    return GradeEngine::forClass(schoolClass, categories, resolved, scale, periodId);
}

void GradebookData::rebuildEngine()
{
    m_engine = engineFor(gradingPeriodId);
}

} // namespace k12
