#include "GradebookData.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include "kernel/sqlite/SqliteStatement.h"

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

Result<GradebookData> GradebookData::load(Store &store, const QString &classId, const QString &gradingPeriodId)
{
    std::optional<SchoolClass> schoolClass = ClassRepository(store).find(classId);
    if (!schoolClass)
        return fail(tr("That class no longer exists."));
    GradebookData data;
    data.schoolClass = *schoolClass;
    data.gradingPeriodId = gradingPeriodId;
    data.periods = PeriodMembership(GradingPeriodRepository(store).forClass(classId));
    data.finalOverrides = Repository<FinalOverride>(store).forClass(classId);
    data.categories = CategoryRepository(store).inClass(classId);
    data.assignments = groupedByCategory(AssignmentRepository(store).inClass(classId), data.categories);
    data.students = StudentRepository(store).enrolledIn(classId);
    sortStudents(data.students);
    const std::optional<GradingScale> scale = Repository<GradingScale>(store).find(GradingScale::idFor(classId));
    data.scale = scale && !scale->cutoffs.isEmpty() ? scale->cutoffs : GradingScale::defaultCutoffs();

    for (int i = 0; i < data.students.size(); ++i)
        data.m_studentIndex.insert(data.students.at(i).id, i);
    for (int i = 0; i < data.assignments.size(); ++i)
        data.m_assignmentIndex.insert(data.assignments.at(i).id, i);
    data.m_cells.assign(size_t(data.students.size()) * size_t(data.assignments.size()), GradeCell{});
    data.m_stored.assign(data.m_cells.size(), false);
    data.rebuildEngine();

    // Straight from SQLite, ids looked up as UTF-8 bytes without copies: this
    // is the load path of 200,000 scores and it runs whenever a class opens.
    QHash<QByteArray, int> assignmentByUtf8;
    QHash<QByteArray, int> studentByUtf8;
    for (int i = 0; i < data.assignments.size(); ++i)
        assignmentByUtf8.insert(data.assignments.at(i).id.toUtf8(), i);
    for (int i = 0; i < data.students.size(); ++i)
        studentByUtf8.insert(data.students.at(i).id.toUtf8(), i);
    SqliteStatement q(SqliteStatement::handleOf(store.database().connection()),
                      u"SELECT assignment_id, student_id, points, letter, missing, late, excused, exempt, days_late, "
                      "comment FROM score WHERE class_id = ? AND deleted = 0"_s);
    q.bindText(0, classId);
    Score score; // reused: only the fields the engine reads are set per row
    while (q.next()) {
        const int a = assignmentByUtf8.value(q.rawUtf8(0), -1);
        const int s = studentByUtf8.value(q.rawUtf8(1), -1);
        if (a < 0 || s < 0)
            continue; // a dropped student or a deleted assignment
        score.points = q.isNull(2) ? std::nullopt : std::optional<double>(q.real(2));
        score.letter = q.isNull(3) ? QString() : q.text(3);
        score.missing = q.integer(4) != 0;
        score.late = q.integer(5) != 0;
        score.excused = q.integer(6) != 0;
        score.exempt = q.integer(7) != 0;
        score.daysLate = int(q.integer(8));
        data.m_cells[size_t(data.cellKey(s, a))] = GradeEngine::cellFor(score, data.assignments.at(a), data.scale);
        data.m_stored[size_t(data.cellKey(s, a))] = true;
        const QString comment = q.text(9);
        if (!score.letter.isEmpty() || !comment.isEmpty())
            data.m_extras.insert(data.cellKey(s, a), CellExtra{score.letter, comment});
    }
    if (!q.error().isEmpty())
        return fail(tr("Cannot read the gradebook: %1").arg(q.error()));
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
