#include "GradebookData.h"

#include "repositories/CategoryRepository.h"
#include "repositories/ClassRepository.h"
#include "repositories/ScoreRepository.h"
#include "repositories/StudentRepository.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QList<Assignment> GradebookData::groupedByCategory(const QList<Assignment> &assignments,
                                                   const QList<Category> &categories)
{
    QHash<QString, int> order;
    for (int i = 0; i < categories.size(); ++i)
        order.insert(categories.at(i).id, i);
    QList<Assignment> sorted = assignments;
    // Stable: inside a category the repository's order (position, due date, title) stays.
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Assignment &a, const Assignment &b) {
        return order.value(a.categoryId, INT_MAX) < order.value(b.categoryId, INT_MAX);
    });
    return sorted;
}

Result<GradebookData> GradebookData::load(Store &store, const QString &classId, const QString &gradingPeriodId)
{
    std::optional<SchoolClass> schoolClass = ClassRepository(store).find(classId);
    if (!schoolClass)
        return fail(tr("That class no longer exists."));
    GradebookData data;
    data.schoolClass = *schoolClass;
    data.gradingPeriodId = gradingPeriodId;
    data.categories = CategoryRepository(store).inClass(classId);
    data.assignments = groupedByCategory(AssignmentRepository(store).inClass(classId), data.categories);
    data.students = StudentRepository(store).enrolledIn(classId);
    const std::optional<GradingScale> scale = Repository<GradingScale>(store).find(GradingScale::idFor(classId));
    data.scale = scale && !scale->cutoffs.isEmpty() ? scale->cutoffs : GradingScale::defaultCutoffs();

    for (int i = 0; i < data.students.size(); ++i)
        data.m_studentIndex.insert(data.students.at(i).id, i);
    for (int i = 0; i < data.assignments.size(); ++i)
        data.m_assignmentIndex.insert(data.assignments.at(i).id, i);
    data.m_cells.assign(size_t(data.students.size()) * size_t(data.assignments.size()), GradeCell{});
    data.rebuildEngine();

    // Column by position, no field maps: this is the load path of 200,000 scores.
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT assignment_id, student_id, points, letter, missing, late, excused, exempt, days_late, "
              "comment FROM score WHERE class_id = ? AND deleted = 0"_s);
    q.bindValue(0, classId);
    if (!q.exec())
        return fail(tr("Cannot read the gradebook."));
    while (q.next()) {
        const int a = data.assignmentIndex(q.value(0).toString());
        const int s = data.studentIndex(q.value(1).toString());
        if (a < 0 || s < 0)
            continue; // a dropped student or a deleted assignment
        Score score;
        if (const QVariant points = q.value(2); !points.isNull())
            score.points = points.toDouble();
        score.letter = q.value(3).toString();
        score.missing = q.value(4).toInt() != 0;
        score.late = q.value(5).toInt() != 0;
        score.excused = q.value(6).toInt() != 0;
        score.exempt = q.value(7).toInt() != 0;
        score.daysLate = q.value(8).toInt();
        data.m_cells[size_t(data.cellKey(s, a))] = GradeEngine::cellFor(score, data.assignments.at(a), data.scale);
        const QString comment = q.value(9).toString();
        if (!score.letter.isEmpty() || !comment.isEmpty())
            data.m_extras.insert(data.cellKey(s, a), CellExtra{score.letter, comment});
    }
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

void GradebookData::setScore(int student, int assignment, const Score &score)
{
    m_cells[size_t(cellKey(student, assignment))] = GradeEngine::cellFor(score, assignments.at(assignment), scale);
    if (score.letter.isEmpty() && score.comment.isEmpty())
        m_extras.remove(cellKey(student, assignment));
    else
        m_extras.insert(cellKey(student, assignment), CellExtra{score.letter, score.comment});
}

void GradebookData::rebuildEngine()
{
    m_engine = GradeEngine::forClass(schoolClass, categories, assignments, scale, gradingPeriodId);
}

} // namespace k12
