#include "ScoreRepository.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Score ScoreRepository::scoreFor(const QString &classId, const QString &assignmentId, const QString &studentId) const
{
    const QString id = Score::idFor(assignmentId, studentId);
    if (std::optional<Score> found = find(id))
        return *found;
    Score empty;
    empty.id = id;
    empty.classId = classId;
    empty.assignmentId = assignmentId;
    empty.studentId = studentId;
    return empty;
}

QList<Score> ScoreRepository::inClass(const QString &classId) const
{
    // Read columns by position rather than through field maps: a large class has
    // hundreds of thousands of scores and this is the gradebook's load path.
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, rev, assignment_id, student_id, points, letter, missing, late, excused, exempt, "
              "days_late, comment FROM score WHERE class_id = ? AND deleted = 0"_s);
    q.bindValue(0, classId);
    QList<Score> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Score s;
        s.id = q.value(0).toString();
        s.rev = q.value(1).toLongLong();
        s.classId = classId;
        s.assignmentId = q.value(2).toString();
        s.studentId = q.value(3).toString();
        if (const QVariant points = q.value(4); !points.isNull())
            s.points = points.toDouble();
        s.letter = q.value(5).toString();
        s.missing = q.value(6).toInt() != 0;
        s.late = q.value(7).toInt() != 0;
        s.excused = q.value(8).toInt() != 0;
        s.exempt = q.value(9).toInt() != 0;
        s.daysLate = q.value(10).toInt();
        s.comment = q.value(11).toString();
        result.append(std::move(s));
    }
    return result;
}

Status ScoreRepository::saveAll(const QList<Score> &scores, const QString &action)
{
    ChangeList changes;
    changes.reserve(scores.size());
    for (const Score &score : scores) {
        if (const QString problem = score.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(m_def.name, score.id, score.toFields()));
    }
    return toStatus(m_store.apply(action, changes));
}

} // namespace k12
