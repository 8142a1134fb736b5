#include "FamilyRows.h"

#include "kernel/domain/EntitySchema.h"
#include "server/store/Database.h"
#include "server/store/Schema.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// The account's guardians, their students (links of the guardian's own
// teacher) and the students' rows; everything live, the account enabled.
const QString kReach = u"FROM \"portal_link\" pl "
                       "JOIN \"portal_account\" pa ON pa.\"id\" = pl.\"account_id\" AND pa.\"disabled\" = 0 "
                       "JOIN \"guardian\" g ON g.\"id\" = pl.\"guardian_id\" AND g.\"deleted\" = 0 "
                       "JOIN \"student_guardian\" sg ON sg.\"guardian_id\" = g.\"id\" "
                       "AND sg.\"owner_id\" = g.\"owner_id\" AND sg.\"deleted\" = 0 "
                       "JOIN \"student\" s ON s.\"id\" = sg.\"student_id\" AND s.\"deleted\" = 0 "_s;

} // namespace

Result<QList<QVariantMap>> FamilyRows::query(const QString &sql, const QVariantList &binds, const QStringList &columns)
{
    QSqlQuery *q = m_db.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (const Status run = m_db.run(q, u"Cannot read the family data"_s); !run)
        return Error{run.error()};
    QList<QVariantMap> rows;
    while (q->next()) {
        QVariantMap row;
        for (int c = 0; c < columns.size(); ++c)
            row.insert(columns.at(c), q->value(c));
        rows.append(std::move(row));
    }
    q->finish();
    return rows;
}

Result<QList<QVariantMap>> FamilyRows::select(const QString &entity, const QString &where, const QVariantList &binds,
                                              const QString &orderBy)
{
    const EntityDef *def = EntitySchema::find(entity);
    if (!def)
        return fail(u"No entity %1"_s.arg(entity));
    QStringList columns{u"id"_s, u"rev"_s, u"updated_at"_s};
    for (const FieldDef &f : def->fields)
        columns.append(f.name);
    QStringList quoted;
    for (const QString &c : std::as_const(columns))
        quoted.append(Database::quoted(c));
    const QString teacher = Schema::teacherColumn(*def);
    if (!teacher.isEmpty()) {
        columns.append(teacher);
        quoted.append(Database::quoted(teacher));
    }
    const QString sql = u"SELECT %1 FROM %2 WHERE \"deleted\" = 0 AND (%3) ORDER BY %4"_s.arg(
        quoted.join(u", "_s), def->table(), where, orderBy);
    return query(sql, binds, columns);
}

Result<QVariantMap> FamilyRows::one(const QString &entity, const QString &where, const QVariantList &binds)
{
    Result<QList<QVariantMap>> rows = select(entity, where, binds);
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? QVariantMap() : rows->constFirst();
}

Result<QList<QVariantMap>> FamilyRows::students(const QString &accountId)
{
    return query(u"SELECT DISTINCT s.\"id\", s.\"given_name\", s.\"family_name\", g.\"owner_id\" "_s + kReach +
                     u"WHERE pl.\"account_id\" = ? ORDER BY s.\"family_name\", s.\"given_name\", s.\"id\""_s,
                 {accountId}, {u"id"_s, u"given_name"_s, u"family_name"_s, u"owner_id"_s});
}

Result<QList<FamilyAccess>> FamilyRows::access(const QString &accountId, const QString &studentId,
                                               const QString &classId)
{
    QString sql = u"SELECT DISTINCT s.\"id\", c.\"id\", c.\"name\", c.\"term\", c.\"owner_id\", t.\"name\" "_s +
                  kReach +
                  u"JOIN \"enrollment\" e ON e.\"student_id\" = s.\"id\" AND e.\"status\" = 'active' "
                  "AND e.\"deleted\" = 0 "
                  "JOIN \"class\" c ON c.\"id\" = e.\"class_id\" AND c.\"owner_id\" = g.\"owner_id\" "
                  "AND c.\"archived\" = 0 AND c.\"deleted\" = 0 "
                  "JOIN \"teacher\" t ON t.\"id\" = c.\"owner_id\" "
                  "WHERE pl.\"account_id\" = ?"_s;
    QVariantList binds{accountId};
    if (!studentId.isEmpty() || !classId.isEmpty()) {
        sql += u" AND s.\"id\" = ? AND c.\"id\" = ?"_s;
        binds << studentId << classId;
    }
    sql += u" ORDER BY c.\"name\", c.\"id\""_s;
    Result<QList<QVariantMap>> rows =
        query(sql, binds, {u"s"_s, u"c"_s, u"name"_s, u"term"_s, u"owner"_s, u"teacher"_s});
    if (!rows)
        return Error{rows.error()};
    QList<FamilyAccess> out;
    for (const QVariantMap &r : std::as_const(*rows)) {
        out.append({r.value(u"s"_s).toString(), r.value(u"c"_s).toString(), r.value(u"name"_s).toString(),
                    r.value(u"term"_s).toString(), r.value(u"owner"_s).toString(), r.value(u"teacher"_s).toString()});
    }
    return out;
}

Result<QString> FamilyRows::teacherName(const QString &teacherId)
{
    Result<QList<QVariantMap>> rows =
        query(u"SELECT \"name\" FROM \"teacher\" WHERE \"id\" = ?"_s, {teacherId}, {u"name"_s});
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? QString() : rows->constFirst().value(u"name"_s).toString();
}

} // namespace k12::server
