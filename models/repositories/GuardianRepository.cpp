#include "GuardianRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QString kByName = u"family_name COLLATE NOCASE, given_name COLLATE NOCASE"_s;

} // namespace

QList<Guardian> GuardianRepository::ofStudent(const QString &studentId) const
{
    return select(u"id IN (SELECT guardian_id FROM student_guardian WHERE student_id = ? AND deleted = 0)"_s,
                  {studentId}, kByName);
}

QHash<QString, QList<Guardian>> GuardianRepository::ofClass(const QString &classId) const
{
    const QString students =
        u"SELECT student_id FROM enrollment WHERE class_id = ? AND status = 'active' AND deleted = 0"_s;
    const EntityDef &linkDef = *EntitySchema::find(u"student_guardian");
    QHash<QString, QStringList> studentsOfGuardian;
    for (const QVariantMap &row : m_store.rows(linkDef, u"student_id IN ("_s + students + u")"_s, {classId}))
        studentsOfGuardian[row.value(u"guardian_id"_s).toString()].append(row.value(u"student_id"_s).toString());
    QHash<QString, QList<Guardian>> result;
    // Guardians in name order, so each student's list comes out sorted.
    const QList<Guardian> guardians = select(
        u"id IN (SELECT guardian_id FROM student_guardian WHERE deleted = 0 AND student_id IN ("_s + students + u"))"_s,
        {classId}, kByName);
    for (const Guardian &g : guardians) {
        for (const QString &studentId : studentsOfGuardian.value(g.id))
            result[studentId].append(g);
    }
    return result;
}

QStringList GuardianRepository::studentsOf(const QString &guardianId) const
{
    QStringList ids;
    const EntityDef &links = *EntitySchema::find(u"student_guardian");
    for (const QVariantMap &row : m_store.rows(links, u"guardian_id = ?"_s, {guardianId}))
        ids.append(row.value(u"student_id"_s).toString());
    return ids;
}

std::optional<Guardian> GuardianRepository::findByEmail(const QString &email) const
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // NOCASE folds ASCII only; the comparison below settles the rest.
    for (const Guardian &g : select(u"email = ? COLLATE NOCASE"_s, {wanted})) {
        if (g.email.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return g;
    }
    const bool ascii = std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        return std::nullopt;
    for (const Guardian &g : select(u"email <> ''"_s)) {
        if (g.email.trimmed().toCaseFolded() == wanted.toCaseFolded())
            return g;
    }
    return std::nullopt;
}

QList<Guardian> GuardianRepository::linkableTo(const QString &studentId) const
{
    return select(u"id IN (SELECT guardian_id FROM student_guardian WHERE deleted = 0) AND id NOT IN "
                  "(SELECT guardian_id FROM student_guardian WHERE student_id = ? AND deleted = 0)"_s,
                  {studentId}, kByName);
}

} // namespace k12
