#include "GradebookData.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include "kernel/sqlite/SqliteStatement.h"

#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Row index of an id read as UTF-8 from SQLite, without hashing most of them:
// the score rows of a class come in runs (one assignment's students, or one
// student's assignments, in the order they were written), so the id is
// checked first against the previous row's and then against the one that
// followed that id last time; only a miss is looked up in the hash.
class IdIndex
{
public:
    template<typename Rows> explicit IdIndex(const Rows &rows)
    {
        m_utf8.reserve(size_t(rows.size()));
        m_next.assign(size_t(rows.size()), -1);
        for (const auto &row : rows) {
            m_index.insert(row.id.toUtf8(), int(m_utf8.size()));
            m_utf8.push_back(row.id.toUtf8());
        }
    }

    int find(const QByteArray &utf8)
    {
        if (m_last >= 0) {
            if (is(m_last, utf8))
                return m_last;
            if (const int guess = m_next[size_t(m_last)]; guess >= 0 && is(guess, utf8))
                return m_last = guess;
        }
        const int found = m_index.value(utf8, -1);
        if (m_last >= 0)
            m_next[size_t(m_last)] = found;
        m_last = found;
        return found;
    }

private:
    bool is(int row, const QByteArray &utf8) const
    {
        const QByteArray &id = m_utf8[size_t(row)];
        return id.size() == utf8.size() && std::memcmp(id.constData(), utf8.constData(), size_t(id.size())) == 0;
    }

    QHash<QByteArray, int> m_index;
    std::vector<QByteArray> m_utf8;
    std::vector<int> m_next; // the row that came after this one last time
    int m_last = -1;
};

} // namespace

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

    // Straight from SQLite, as few column reads per row as it takes: this is
    // the load path of 200,000 scores and it runs whenever a class opens. The
    // rare parts (a letter, a comment) are read only for the rows that have one.
    IdIndex assignmentIds(data.assignments);
    IdIndex studentIds(data.students);
    SqliteStatement q(
        SqliteStatement::handleOf(store.database().connection()),
        u"SELECT assignment_id, student_id, points, missing, late, excused, exempt, days_late, "
        "letter IS NOT NULL OR comment <> '', letter, comment FROM score WHERE class_id = ? AND deleted = 0"_s);
    q.bindText(0, classId);
    Score score; // reused: only the fields the engine reads are set per row
    while (q.next()) {
        const int a = assignmentIds.find(q.rawUtf8(0));
        const int s = studentIds.find(q.rawUtf8(1));
        if (a < 0 || s < 0)
            continue; // a dropped student or a deleted assignment
        score.points = q.isNull(2) ? std::nullopt : std::optional<double>(q.real(2));
        score.missing = q.integer(3) != 0;
        score.late = q.integer(4) != 0;
        score.excused = q.integer(5) != 0;
        score.exempt = q.integer(6) != 0;
        score.daysLate = int(q.integer(7));
        const qsizetype key = data.cellKey(s, a);
        const bool extras = q.integer(8) != 0;
        score.letter = extras && !q.isNull(9) ? q.text(9) : QString();
        data.m_cells[size_t(key)] = GradeEngine::cellFor(score, data.assignments.at(a), data.scale);
        data.m_stored[size_t(key)] = true;
        if (extras) {
            const QString comment = q.text(10);
            if (!score.letter.isEmpty() || !comment.isEmpty())
                data.m_extras.insert(key, CellExtra{score.letter, comment});
        }
    }
    if (!q.error().isEmpty())
        return fail(tr("Cannot read the gradebook: %1").arg(q.error()));
    return data;
}

} // namespace k12
