#include "StandardQueries.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/Repositories.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Codes compared run by run: digits as numbers, the rest without case. Our
// own, not QCollator's numeric mode, which the C locale (CI, the CLI in a
// cron job) does not offer.
int compareCodes(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype si = i;
            const qsizetype sj = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            QStringView na = a.mid(si, i - si);
            QStringView nb = b.mid(sj, j - sj);
            while (na.size() > 1 && na.front() == u'0')
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == u'0')
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c;
            continue;
        }
        if (const int c = a.mid(i, 1).compare(b.mid(j, 1), Qt::CaseInsensitive); c != 0)
            return c;
        ++i;
        ++j;
    }
    return int(a.size() - i > 0) - int(b.size() - j > 0);
}

} // namespace

void StandardQueries::sortByCode(QList<Standard> &standards)
{
    std::stable_sort(standards.begin(), standards.end(), [](const Standard &a, const Standard &b) {
        if (const int c = compareCodes(a.code.trimmed(), b.code.trimmed()); c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

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
