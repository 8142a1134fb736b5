#include "StandardQueries.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/Repositories.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QList<Standard> StandardQueries::standards(const QString &classId) const
{
    QList<Standard> all = StandardRepository(m_store).forClass(classId);
    sortByCode(all);
    return all;
}

Result<Standard> StandardQueries::resolve(const QString &classId, const QString &codeOrId) const
{
    const QString wanted = codeOrId.trimmed();
    const QList<Standard> all = StandardRepository(m_store).forClass(classId);
    for (const Standard &s : all) {
        if (s.id == wanted)
            return s;
    }
    for (const Standard &s : all) {
        if (s.code.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    }
    return fail(tr("This class has no standard \"%1\".").arg(wanted));
}

QStringList StandardQueries::tagsOf(const QString &assignmentId) const
{
    QStringList ids;
    const QList<AssignmentStandard> tags =
        AssignmentStandardRepository(m_store).select(u"assignment_id = ?"_s, {assignmentId}, u"rowid"_s);
    for (const AssignmentStandard &t : tags)
        ids.append(t.standardId);
    return ids;
}

QList<AssignmentStandard> StandardQueries::tagsInClass(const QString &classId) const
{
    return AssignmentStandardRepository(m_store).forClass(classId);
}

QList<MasteryScore> StandardQueries::evidence(const QString &classId) const
{
    return MasteryScoreRepository(m_store).select(u"class_id = ?"_s, {classId}, u"assessed_at, rowid"_s);
}

QList<MasteryScore> StandardQueries::evidenceOf(const QString &classId, const QString &assignmentId) const
{
    return MasteryScoreRepository(m_store).select(u"class_id = ? AND assignment_id = ?"_s, {classId, assignmentId},
                                                  u"assessed_at, rowid"_s);
}

QString StandardQueries::evidenceId(const QString &assignmentId, const QString &standardId, const QString &studentId)
{
    // pairId takes two parts; the standard and the student together are the second.
    return pairId(u"mastery_score"_s, assignmentId, standardId + u'/' + studentId);
}

} // namespace k12
