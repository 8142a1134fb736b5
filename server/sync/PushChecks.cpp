#include "PushChecks.h"

#include "kernel/domain/Ids.h"
#include "kernel/domain/RowRules.h"
#include "server/store/Database.h"
#include "server/store/RowStore.h"
#include "server/store/Schema.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Mutation;
using Code = protocol::MutationResult::Code;

namespace {

const QString kClass = u"class"_s;
const QString kStudent = u"student"_s;
const QString kEnrollment = u"enrollment"_s;
const QString kScore = u"score"_s;
const QString kAssignment = u"assignment"_s;
const QChar kKeySeparator = QChar(0x1f);

// The unique key of a row as one string; empty when a part is NULL (SQL
// unique indexes let NULLs repeat).
QString keyOf(const EntityDef &def, const QStringList &columns, const QVariantList &values, int keyNumber)
{
    QString key = QString::number(keyNumber);
    for (const QString &column : columns) {
        const QVariant v = values.value(def.fieldIndex(column));
        if (v.isNull() || !v.isValid())
            return {};
        key += kKeySeparator + v.toString();
    }
    return key;
}

} // namespace

PushChecks::PushChecks(Database &db, const QString &teacherId, bool admin)
    : m_db(db)
    , m_teacherId(teacherId)
    , m_admin(admin)
{
    m_rows.reserve(EntitySchema::all().size());
    for (const EntityDef &def : EntitySchema::all())
        m_rows[&def];
}

Status PushChecks::load(const QList<Mutation> &mutations, const QSet<QString> &processed)
{
    for (Status s : {loadRows(mutations, processed), loadVisibility(), loadUniqueKeys(mutations)}) {
        if (!s)
            return s;
    }
    return {};
}

Status PushChecks::loadRows(const QList<Mutation> &mutations, const QSet<QString> &processed)
{
    QHash<const EntityDef *, QSet<QString>> needed;
    // A batch's mutations mostly name the same class and assignment one after
    // the other: a reference equal to the previous one of its field is known.
    QHash<const FieldDef *, QString> previous;
    for (const Mutation &m : mutations) {
        if (processed.contains(m.mutationId))
            continue;
        const EntityDef *def = EntitySchema::find(m.entity);
        if (!def)
            continue;
        needed[def].insert(m.id);
        for (const FieldDef &field : def->fields) {
            if (field.references.isEmpty())
                continue;
            const QJsonValue v = m.fields.value(field.name);
            if (!v.isString())
                continue;
            QString id = v.toString();
            QString &last = previous[&field];
            if (id == last || !isId(id))
                continue;
            if (const EntityDef *target = EntitySchema::find(field.references))
                needed[target].insert(id);
            last = std::move(id);
        }
    }
    RowStore store(m_db);
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        if (Status s = store.load(*it.key(), QStringList(it->cbegin(), it->cend()), &m_rows[it.key()]); !s)
            return s;
    }
    // An enrollment whose status changes names its student only in the stored
    // row; the student is needed to give it a new rev.
    const EntityDef *studentDef = EntitySchema::find(kStudent);
    const EntityDef *enrollmentDef = EntitySchema::find(kEnrollment);
    const int studentField = enrollmentDef->fieldIndex(u"student_id");
    QStringList students;
    const QHash<QString, StoredRow> &studentRows = m_rows[studentDef];
    for (const StoredRow &row : std::as_const(m_rows[enrollmentDef])) {
        const QString studentId = row.values.value(studentField).toString();
        if (!studentRows.contains(studentId))
            students.append(studentId);
    }
    if (Status s = store.load(*studentDef, students, &m_rows[studentDef]); !s)
        return s;
    // A score's points are checked against its assignment (the desktop's typo
    // rule): the assignments of the stored scores a batch changes.
    const EntityDef *scoreDef = EntitySchema::find(kScore);
    const EntityDef *assignmentDef = EntitySchema::find(kAssignment);
    const int assignmentField = scoreDef->fieldIndex(u"assignment_id");
    QStringList assignments;
    const QHash<QString, StoredRow> &assignmentRows = m_rows[assignmentDef];
    for (const StoredRow &row : std::as_const(m_rows[scoreDef])) {
        const QString assignmentId = row.values.value(assignmentField).toString();
        if (!assignmentId.isEmpty() && !assignmentRows.contains(assignmentId))
            assignments.append(assignmentId);
    }
    return store.load(*assignmentDef, assignments, &m_rows[assignmentDef]);
}

Status PushChecks::loadVisibility()
{
    if (m_admin)
        return {};
    QSqlQuery *q = m_db.prepared(u"SELECT \"id\" FROM \"class\" WHERE \"owner_id\" = ?"_s);
    q->bindValue(0, m_teacherId);
    if (Status s = m_db.run(q, u"reading the teacher's classes"_s); !s)
        return s;
    while (q->next())
        m_ownedClasses.insert(q->value(0).toString());
    q->finish();

    QStringList students;
    for (const StoredRow &row : std::as_const(m_rows[EntitySchema::find(kStudent)])) {
        if (row.teacherId != m_teacherId)
            students.append(row.id);
    }
    if (students.isEmpty())
        return {};
    RowStore store(m_db);
    return store.selectIn(
        u"SELECT DISTINCT e.\"student_id\" FROM \"enrollment\" e JOIN \"class\" c ON c.\"id\" = "
        "e.\"class_id\" WHERE c.\"owner_id\" = ? AND e.\"student_id\" %1"_s,
        {m_teacherId}, students, [&](QSqlQuery &row) { m_visibleStudents.insert(row.value(0).toString()); },
        u"reading visible students"_s);
}

Status PushChecks::loadUniqueKeys(const QList<Mutation> &mutations)
{
    RowStore store(m_db);
    for (const EntityDef &def : EntitySchema::all()) {
        const QList<QStringList> &keys = def.uniqueKeys;
        if (keys.isEmpty())
            continue;
        for (int k = 0; k < keys.size(); ++k) {
            const QStringList &columns = keys.at(k);
            const int first = def.fieldIndex(columns.first());
            const QHash<QString, StoredRow> &rows = m_rows[&def];
            // Only rows that are new or change a key column can collide: an
            // edit of a score's points needs no look at the other scores.
            QSet<QString> firstValues;
            for (const Mutation &m : mutations) {
                if (m.entity != def.name)
                    continue;
                const auto stored = rows.constFind(m.id);
                bool touchesKey = stored == rows.constEnd();
                for (const QString &column : columns)
                    touchesKey = touchesKey || m.fields.contains(column);
                if (!touchesKey)
                    continue;
                if (m.fields.value(columns.first()).isString())
                    firstValues.insert(m.fields.value(columns.first()).toString());
                else if (stored != rows.constEnd())
                    firstValues.insert(stored->values.value(first).toString());
            }
            if (firstValues.isEmpty())
                continue;
            QStringList quoted;
            for (const QString &c : columns)
                quoted.append(Database::quoted(c));
            QHash<QString, QString> &map = m_uniqueKeys[def.name];
            const Status s = store.selectIn(
                u"SELECT \"id\", "_s + quoted.join(u", "_s) + u" FROM "_s + def.table() + u" WHERE "_s +
                    quoted.first() + u" %1"_s,
                {}, QStringList(firstValues.cbegin(), firstValues.cend()),
                [&](QSqlQuery &q) {
                    QString key = QString::number(k);
                    for (int c = 0; c < columns.size(); ++c)
                        key += kKeySeparator + q.value(c + 1).toString();
                    map.insert(key, q.value(0).toString());
                },
                u"reading %1 keys"_s.arg(def.name));
            if (!s)
                return s;
        }
    }
    return {};
}

QString PushChecks::rowProblem(const EntityDef &def, const QVariantList &values)
{
    // The rules the desktop applies before it writes, in the same words.
    if (QString problem = RowRules::problem(def, values); !problem.isEmpty())
        return problem;
    if (def.name == kScore) {
        const QVariant points = values.value(def.fieldIndex(u"points"));
        const EntityDef &assignmentDef = *EntitySchema::find(kAssignment);
        const StoredRow &assignment = rowFor(assignmentDef, values.value(def.fieldIndex(u"assignment_id")).toString());
        if (!points.isNull() && assignment.exists) {
            return RowRules::scorePoints(
                points.toDouble(), assignment.values.value(assignmentDef.fieldIndex(u"points_possible")).toDouble(),
                assignment.values.value(assignmentDef.fieldIndex(u"title")).toString());
        }
    }
    return {};
}

StoredRow &PushChecks::rowFor(const EntityDef &def, const QString &id)
{
    QHash<QString, StoredRow> &rows = m_rows[&def];
    auto it = rows.find(id);
    if (it == rows.end()) {
        StoredRow row;
        row.def = &def;
        row.id = id;
        it = rows.insert(id, std::move(row));
    }
    return *it;
}

bool PushChecks::canSee(const StoredRow &row) const
{
    if (!row.exists)
        return false;
    if (m_admin)
        return true;
    if (row.def->name == kClass)
        return row.teacherId == m_teacherId;
    if (row.def->name == kStudent)
        return row.teacherId == m_teacherId || m_visibleStudents.contains(row.id);
    if (Schema::ownedByTeacher(*row.def))
        return row.teacherId == m_teacherId;
    if (!row.def->scopeField.isEmpty())
        return m_ownedClasses.contains(row.classId());
    return false;
}

QString PushChecks::checkReference(const EntityDef &def, const FieldDef &field, const QVariant &value,
                                   const QString &classId, Code *code)
{
    if (value.isNull() || !value.isValid() || field.references.isEmpty())
        return {};
    const EntityDef *target = EntitySchema::find(field.references);
    const QString targetId = value.toString();
    *code = Code::NotFound;
    if (!target || !isId(targetId))
        return u"%1.%2: %3 %4 was not found."_s.arg(def.name, field.name, field.references, targetId);
    const StoredRow &ref = rowFor(*target, targetId);
    if (!canSee(ref))
        return u"%1.%2: %3 %4 was not found."_s.arg(def.name, field.name, field.references, targetId);
    if (!target->scopeField.isEmpty() && ref.classId() != classId) {
        *code = Code::Validation;
        return u"%1.%2: %3 %4 belongs to another class."_s.arg(def.name, field.name, field.references, targetId);
    }
    return {};
}

QString PushChecks::checkUnique(const EntityDef &def, const QString &id, const QVariantList &values) const
{
    const QList<QStringList> &keys = def.uniqueKeys;
    const QHash<QString, QString> map = m_uniqueKeys.value(def.name);
    for (int k = 0; k < keys.size(); ++k) {
        const QString key = keyOf(def, keys.at(k), values, k);
        if (key.isEmpty())
            continue;
        const QString other = map.value(key);
        if (!other.isEmpty() && other != id) {
            return u"Another %1 (%2) already has the same %3; change that one instead."_s.arg(
                def.name, other, keys.at(k).join(u" and "_s));
        }
    }
    return {};
}

void PushChecks::rememberUnique(const EntityDef &def, const QString &id, const QVariantList &oldValues,
                                const QVariantList &newValues)
{
    const QList<QStringList> &keys = def.uniqueKeys;
    if (keys.isEmpty())
        return;
    QHash<QString, QString> &map = m_uniqueKeys[def.name];
    for (int k = 0; k < keys.size(); ++k) {
        const QString oldKey = oldValues.isEmpty() ? QString() : keyOf(def, keys.at(k), oldValues, k);
        if (!oldKey.isEmpty() && map.value(oldKey) == id)
            map.remove(oldKey);
        const QString newKey = keyOf(def, keys.at(k), newValues, k);
        if (!newKey.isEmpty())
            map.insert(newKey, id);
    }
}

} // namespace k12::server
