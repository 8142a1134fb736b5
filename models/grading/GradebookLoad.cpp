#include "GradebookData.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include "kernel/sqlite/SqliteStatement.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

// GradebookData from the local store (k12_models); the rest of the class is
// pure computation in k12_gradecore, which the server links too.
Result<GradebookData> GradebookData::load(Store &store, const QString &classId, const QString &gradingPeriodId)
{
    std::optional<SchoolClass> schoolClass = ClassRepository(store).find(classId);
    if (!schoolClass)
        return fail(tr("That class no longer exists."));
    Parts parts;
    parts.schoolClass = *schoolClass;
    parts.periods = GradingPeriodRepository(store).forClass(classId);
    parts.finalOverrides = Repository<FinalOverride>(store).forClass(classId);
    parts.categories = CategoryRepository(store).inClass(classId);
    parts.assignments = AssignmentRepository(store).inClass(classId);
    parts.students = StudentRepository(store).enrolledIn(classId);
    parts.scale = Repository<GradingScale>(store).find(GradingScale::idFor(classId));
    GradebookData data = assemble(std::move(parts), gradingPeriodId);

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

} // namespace k12
