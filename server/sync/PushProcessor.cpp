#include "PushProcessor.h"

#include "kernel/domain/Ids.h"
#include "kernel/domain/RowRules.h"
#include "kernel/protocol/FieldCodec.h"
#include "kernel/protocol/JsonWriter.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "server/ServerLog.h"
#include "server/store/RowStore.h"
#include "server/store/ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using protocol::FieldCodec;
using protocol::Mutation;
using protocol::MutationOp;
using protocol::MutationResult;
using Code = protocol::MutationResult::Code;

namespace {

const QString kClass = u"class"_s;
const QString kStudent = u"student"_s;
const QString kEnrollment = u"enrollment"_s;
const QString kScore = u"score"_s;
const QString kAssignment = u"assignment"_s;
const QString kDeleted = u"deleted"_s;
const QChar kKeySeparator = QChar(0x1f);

QString notFound(const QString &entity, const QString &id)
{
    return u"%1 %2 was not found."_s.arg(entity, id);
}

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

// {"field": {"old": v, "new": v}}; a new row's fields have no "old".
void writeChange(protocol::JsonWriter &w, const FieldDef &field, const QVariant &before, const QVariant &after,
                 bool created = false)
{
    w.key(field.name);
    w.beginObject();
    if (!created) {
        w.key("old");
        FieldCodec::writeValue(w, field, before);
    }
    w.key("new");
    FieldCodec::writeValue(w, field, after);
    w.endObject();
}

} // namespace

PushProcessor::PushProcessor(ServerDatabase &db)
    : m_db(db)
{}

Result<QList<PushProcessor::Outcome>> PushProcessor::push(const Actor &actor, const QList<Mutation> &mutations)
{
    return run(actor, [&](ServerDatabase &) -> Result<QList<Mutation>> { return mutations; });
}

Result<QList<PushProcessor::Outcome>> PushProcessor::run(const Actor &actor, const Builder &build, bool allOrNothing)
{
    m_actor = actor;
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_rows.clear();
    m_ownedClasses.clear();
    m_visibleStudents.clear();
    m_uniqueKeys.clear();
    m_processed.clear();
    m_newlyProcessed.clear();
    m_log.clear();

    ServerTransaction tx(m_db, ServerDatabase::TxKind::Write);
    if (!tx.begun())
        return fail(u"Cannot start the write transaction: %1"_s.arg(tx.error()));
    if (Status s = lockRevisions(); !s)
        return Error{s.error()};
    Result<QList<Mutation>> built = build(m_db);
    if (!built)
        return Error{built.error()};
    const QList<Mutation> &mutations = *built;

    for (Status s : {loadProcessed(mutations), loadRows(mutations), loadVisibility(), loadUniqueKeys(mutations)}) {
        if (!s)
            return Error{s.error()};
    }

    QList<Outcome> outcomes;
    outcomes.reserve(mutations.size());
    for (const Mutation &m : mutations)
        outcomes.append(process(m));

    if (allOrNothing) {
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).status != MutationResult::Status::Applied)
                return outcomes; // the transaction rolls back: nothing of the batch is written
        }
    }
    if (Status s = save(); !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return fail(u"Cannot commit the push: %1"_s.arg(s.error()));
    return outcomes;
}

Status PushProcessor::lockRevisions()
{
    // The revision counter row is the writers' lock: SQLite already holds the
    // write lock (BEGIN IMMEDIATE); on PostgreSQL FOR UPDATE makes every other
    // writer wait here until this transaction commits. So revisions are handed
    // out in commit order and a reader never sees rev N+1 before rev N.
    const QString sql = m_db.dialect() == SqlDialect::PostgreSQL
                            ? u"SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1 FOR UPDATE"_s
                            : u"SELECT \"value\" FROM \"rev_counter\" WHERE \"id\" = 1"_s;
    QSqlQuery *q = m_db.prepared(sql);
    if (Status s = m_db.run(q, u"locking the revision counter"_s); !s)
        return s;
    if (!q->next()) {
        q->finish();
        return fail(u"The revision counter is missing; run `k12-server admin migrate`."_s);
    }
    m_startRev = m_rev = q->value(0).toLongLong();
    q->finish();
    return {};
}

Status PushProcessor::loadProcessed(const QList<Mutation> &mutations)
{
    if (m_actor.admin)
        return {};
    QStringList ids;
    ids.reserve(mutations.size());
    for (const Mutation &m : mutations)
        ids.append(m.mutationId);
    RowStore store(m_db);
    return store.selectIn(
        u"SELECT \"mutation_id\", \"answer\" FROM \"mutation_log\" WHERE \"teacher_id\" = ? AND "
        "\"mutation_id\" %1"_s,
        {m_actor.teacherId}, ids,
        [&](QSqlQuery &q) { m_processed.insert(q.value(0).toString(), q.value(1).toString().toUtf8()); },
        u"reading processed mutations"_s);
}

Status PushProcessor::loadRows(const QList<Mutation> &mutations)
{
    QHash<const EntityDef *, QSet<QString>> needed;
    for (const Mutation &m : mutations) {
        if (m_processed.contains(m.mutationId))
            continue;
        const EntityDef *def = EntitySchema::find(m.entity);
        if (!def)
            continue;
        needed[def].insert(m.id);
        for (const FieldDef &field : def->fields) {
            if (field.references.isEmpty())
                continue;
            const QJsonValue v = m.fields.value(field.name);
            if (v.isString() && isId(v.toString())) {
                if (const EntityDef *target = EntitySchema::find(field.references))
                    needed[target].insert(v.toString());
            }
        }
    }
    RowStore store(m_db);
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        if (Status s = store.load(*it.key(), QStringList(it->cbegin(), it->cend()), &m_rows[it.key()->name]); !s)
            return s;
    }
    // An enrollment whose status changes names its student only in the stored
    // row; the student is needed to give it a new rev.
    const EntityDef *studentDef = EntitySchema::find(kStudent);
    const EntityDef *enrollmentDef = EntitySchema::find(kEnrollment);
    const int studentField = enrollmentDef->fieldIndex(u"student_id");
    QStringList students;
    const QHash<QString, StoredRow> &studentRows = m_rows[kStudent];
    for (const StoredRow &row : std::as_const(m_rows[kEnrollment])) {
        const QString studentId = row.values.value(studentField).toString();
        if (!studentRows.contains(studentId))
            students.append(studentId);
    }
    if (Status s = store.load(*studentDef, students, &m_rows[kStudent]); !s)
        return s;
    // A score's points are checked against its assignment (the desktop's typo
    // rule): the assignments of the stored scores a batch changes.
    const EntityDef *scoreDef = EntitySchema::find(kScore);
    const EntityDef *assignmentDef = EntitySchema::find(kAssignment);
    const int assignmentField = scoreDef->fieldIndex(u"assignment_id");
    QStringList assignments;
    const QHash<QString, StoredRow> &assignmentRows = m_rows[kAssignment];
    for (const StoredRow &row : std::as_const(m_rows[kScore])) {
        const QString assignmentId = row.values.value(assignmentField).toString();
        if (!assignmentId.isEmpty() && !assignmentRows.contains(assignmentId))
            assignments.append(assignmentId);
    }
    return store.load(*assignmentDef, assignments, &m_rows[kAssignment]);
}

Status PushProcessor::loadVisibility()
{
    if (m_actor.admin)
        return {};
    QSqlQuery *q = m_db.prepared(u"SELECT \"id\" FROM \"class\" WHERE \"owner_id\" = ?"_s);
    q->bindValue(0, m_actor.teacherId);
    if (Status s = m_db.run(q, u"reading the teacher's classes"_s); !s)
        return s;
    while (q->next())
        m_ownedClasses.insert(q->value(0).toString());
    q->finish();

    QStringList students;
    for (const StoredRow &row : std::as_const(m_rows[kStudent])) {
        if (row.teacherId != m_actor.teacherId)
            students.append(row.id);
    }
    if (students.isEmpty())
        return {};
    RowStore store(m_db);
    return store.selectIn(
        u"SELECT DISTINCT e.\"student_id\" FROM \"enrollment\" e JOIN \"class\" c ON c.\"id\" = "
        "e.\"class_id\" WHERE c.\"owner_id\" = ? AND e.\"student_id\" %1"_s,
        {m_actor.teacherId}, students, [&](QSqlQuery &row) { m_visibleStudents.insert(row.value(0).toString()); },
        u"reading visible students"_s);
}

Status PushProcessor::loadUniqueKeys(const QList<Mutation> &mutations)
{
    RowStore store(m_db);
    for (const EntityDef &def : EntitySchema::all()) {
        const QList<QStringList> &keys = def.uniqueKeys;
        if (keys.isEmpty())
            continue;
        for (int k = 0; k < keys.size(); ++k) {
            const QStringList &columns = keys.at(k);
            const int first = def.fieldIndex(columns.first());
            const QHash<QString, StoredRow> &rows = m_rows[def.name];
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
                quoted.append(ServerDatabase::quoted(c));
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

QString PushProcessor::rowProblem(const EntityDef &def, const QVariantList &values)
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

StoredRow &PushProcessor::rowFor(const EntityDef &def, const QString &id)
{
    QHash<QString, StoredRow> &rows = m_rows[def.name];
    auto it = rows.find(id);
    if (it == rows.end()) {
        StoredRow row;
        row.def = &def;
        row.id = id;
        it = rows.insert(id, std::move(row));
    }
    return *it;
}

bool PushProcessor::canSee(const StoredRow &row) const
{
    if (!row.exists)
        return false;
    if (m_actor.admin)
        return true;
    if (row.def->name == kClass)
        return row.teacherId == m_actor.teacherId;
    if (row.def->name == kStudent)
        return row.teacherId == m_actor.teacherId || m_visibleStudents.contains(row.id);
    if (!row.def->scopeField.isEmpty())
        return m_ownedClasses.contains(row.classId());
    return false;
}

QString PushProcessor::checkReference(const EntityDef &def, const FieldDef &field, const QVariant &value,
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

QString PushProcessor::checkUnique(const EntityDef &def, const QString &id, const QVariantList &values) const
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

void PushProcessor::rememberUnique(const EntityDef &def, const QString &id, const QVariantList &oldValues,
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

void PushProcessor::bumpStudent(const QString &studentId)
{
    // A teacher whose cursor is already past the student's rev must still
    // pull the student once it is enrolled in their class: the student gets a
    // new rev in the same transaction as the enrollment.
    const EntityDef *def = EntitySchema::find(kStudent);
    StoredRow &student = rowFor(*def, studentId);
    if (!student.exists)
        return;
    student.rev = nextRev();
    student.dirty = true;
    if (!m_actor.admin)
        m_visibleStudents.insert(studentId);
}

QByteArray PushProcessor::encodeRow(const StoredRow &row) const
{
    QByteArray out;
    protocol::JsonWriter w(&out);
    protocol::SyncRow::write(w, *row.def, row.id, row.rev, row.deleted, row.updatedAt, row.values.constData());
    return out;
}

void PushProcessor::noteChange(const StoredRow &row, const QString &op, const QByteArray &changes)
{
    m_current.rev = row.rev;
    m_current.op = op;
    m_current.changes = changes;
}

PushProcessor::Outcome PushProcessor::process(const Mutation &m)
{
    Outcome outcome;
    QByteArray previous = m_processed.value(m.mutationId);
    if (previous.isEmpty())
        previous = m_newlyProcessed.value(m.mutationId);
    if (!previous.isEmpty()) {
        // A repeat: the first answer, byte for byte, and nothing applied again.
        outcome.answer = previous;
        const QJsonObject object = QJsonDocument::fromJson(previous).object();
        const QString status = object.value(u"status").toString();
        outcome.status = status == u"rejected"_s   ? MutationResult::Status::Rejected
                         : status == u"conflict"_s ? MutationResult::Status::Conflict
                                                   : MutationResult::Status::Applied;
        outcome.rev = object.value(u"rev").toInteger();
        return outcome;
    }
    m_current = LogEntry{};
    const MutationResult result = apply(m);
    outcome.status = result.status;
    outcome.rev = result.rev;
    outcome.reason = result.reason;
    outcome.answer = result.toJson();
    LogEntry entry = std::move(m_current);
    entry.entity = m.entity.left(64);
    entry.rowId = m.id;
    entry.mutationId = m.mutationId;
    if (entry.op.isEmpty()) {
        entry.op = result.status == MutationResult::Status::Rejected   ? u"rejected"_s
                   : result.status == MutationResult::Status::Conflict ? u"conflict"_s
                                                                       : u"none"_s;
    }
    if (!m_actor.admin) {
        m_newlyProcessed.insert(m.mutationId, outcome.answer);
        entry.answer = outcome.answer;
        m_log.append(std::move(entry));
    } else if (entry.rev > 0) {
        m_log.append(std::move(entry)); // the admin's changes are audited; its answers are not kept
    }
    return outcome;
}

MutationResult PushProcessor::apply(const Mutation &m)
{
    const EntityDef *def = EntitySchema::find(m.entity);
    if (!def) {
        return MutationResult::rejected(
            m.mutationId, Code::Validation,
            u"Unknown entity \"%1\" (this server knows: %2)."_s.arg(m.entity, EntitySchema::names().join(u", "_s)));
    }
    Result<QVariantMap> fields = FieldCodec::decode(*def, m.fields);
    if (!fields)
        return MutationResult::rejected(m.mutationId, Code::Validation, fields.error());

    StoredRow &row = rowFor(*def, m.id);
    if (m.op == MutationOp::Delete) {
        if (!canSee(row))
            return MutationResult::rejected(m.mutationId, Code::NotFound, notFound(def->name, m.id));
        return remove(m, row);
    }
    if (!canSee(row))
        return create(m, *fields, row); // also when the id is taken by a row this teacher cannot see
    return update(m, *fields, row);
}

MutationResult PushProcessor::create(const Mutation &m, const QVariantMap &fields, StoredRow &row)
{
    const EntityDef &def = *row.def;
    QVariantList values = def.defaults();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const int i = def.fieldIndex(it.key());
        values[i] = EntitySchema::toSql(def.fields.at(i), it.value());
    }
    // A row the server does not have must arrive whole: without its references
    // it is a partial edit of a row this server never got. Other required
    // fields are RowRules' (the desktop's words), below.
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        const FieldDef &field = def.fields.at(i);
        if (field.requiredOnCreate && !field.references.isEmpty() && values.at(i).toString().trimmed().isEmpty()) {
            return MutationResult::rejected(m.mutationId, Code::Validation,
                                            u"A new %1 needs a value for %1.%2."_s.arg(def.name, field.name));
        }
    }
    QString classId;
    if (def.name == kClass) {
        if (m_actor.admin)
            return MutationResult::rejected(m.mutationId, Code::Permission, u"A class needs a teacher to own it."_s);
        classId = m.id;
    } else if (!def.scopeField.isEmpty()) {
        classId = values.at(def.fieldIndex(def.scopeField)).toString();
        const EntityDef *classDef = EntitySchema::find(kClass);
        if (!canSee(rowFor(*classDef, classId))) {
            return MutationResult::rejected(m.mutationId, Code::NotFound,
                                            u"%1.%2: class %3 was not found."_s.arg(def.name, def.scopeField, classId));
        }
    }
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        const FieldDef &field = def.fields.at(i);
        if (field.name == def.scopeField)
            continue;
        Code code = Code::Validation;
        if (const QString problem = checkReference(def, field, values.at(i), classId, &code); !problem.isEmpty())
            return MutationResult::rejected(m.mutationId, code, problem);
    }
    if (const QString problem = checkUnique(def, m.id, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);
    if (const QString problem = rowProblem(def, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);
    if (row.exists) {
        // The id belongs to a row this teacher cannot see: answered like any
        // other unknown row, so nothing about it is revealed.
        return MutationResult::rejected(m.mutationId, Code::NotFound, notFound(def.name, m.id));
    }

    row.exists = true;
    row.deleted = false;
    row.rev = nextRev();
    row.updatedAt = m_now;
    row.values = values;
    row.dirty = true;
    row.clearStamps();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        row.setStamp(it.key(), FieldStamp{row.rev, m_actor.clientId});
    if (def.name == kClass || def.name == kStudent)
        row.teacherId = m_actor.teacherId;
    if (def.name == kClass && !m_actor.admin)
        m_ownedClasses.insert(row.id);
    rememberUnique(def, row.id, {}, values);

    QByteArray changes;
    protocol::JsonWriter w(&changes);
    w.beginObject();
    for (qsizetype i = 0; i < def.fields.size(); ++i)
        writeChange(w, def.fields.at(i), QVariant(), values.at(i), true);
    w.endObject();
    noteChange(row, u"create"_s, changes);

    const qint64 rev = row.rev;
    if (def.name == kEnrollment)
        bumpStudent(values.at(def.fieldIndex(u"student_id")).toString());
    return MutationResult::applied(m.mutationId, rev);
}

MutationResult PushProcessor::update(const Mutation &m, const QVariantMap &fields, StoredRow &row)
{
    const EntityDef &def = *row.def;
    const qint64 baseRev = m_actor.admin ? protocol::kMaxJsonInteger : m.baseRev;
    auto conflictsWith = [&](const QString &field) {
        const FieldStamp stamp = row.stamp(field);
        return stamp.rev > baseRev && stamp.clientId != m_actor.clientId;
    };
    auto conflictAnswer = [&](const QList<protocol::FieldConflict> &conflicts) {
        MutationResult result;
        result.mutationId = m.mutationId;
        result.status = MutationResult::Status::Conflict;
        result.rev = row.rev;
        result.conflicts = conflicts;
        Result<protocol::SyncRow> decoded =
            protocol::SyncRow::fromJsonObject(QJsonDocument::fromJson(encodeRow(row)).object());
        if (decoded)
            result.row = *decoded;
        return result;
    };

    bool resurrect = false;
    if (row.deleted) {
        // Another client deleted the row after this client last saw it: the
        // teacher decides; an upsert never brings a row back silently.
        if (conflictsWith(kDeleted))
            return conflictAnswer({protocol::FieldConflict{kDeleted, false, true}});
        resurrect = true;
    }
    if (!def.scopeField.isEmpty() && fields.contains(def.scopeField) &&
        fields.value(def.scopeField).toString() != row.classId()) {
        return MutationResult::rejected(
            m.mutationId, Code::Permission,
            u"%1.%2 cannot change: a row stays in its class."_s.arg(def.name, def.scopeField));
    }

    QVariantList values = row.values;
    QList<protocol::FieldConflict> conflicts;
    QList<int> changed;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const int i = def.fieldIndex(it.key());
        const FieldDef &field = def.fields.at(i);
        const QVariant value = EntitySchema::toSql(field, it.value());
        if (StoredRow::sameValue(field, value, values.at(i)))
            continue; // both sides agree: nothing to apply, nothing to report
        if (conflictsWith(field.name)) {
            conflicts.append({field.name, m.fields.value(field.name), FieldCodec::encodeValue(field, values.at(i))});
            continue;
        }
        values[i] = value;
        changed.append(i);
    }
    const QString classId = row.classId();
    for (int i : std::as_const(changed)) {
        Code code = Code::Validation;
        if (const QString problem = checkReference(def, def.fields.at(i), values.at(i), classId, &code);
            !problem.isEmpty())
            return MutationResult::rejected(m.mutationId, code, problem);
    }
    if (changed.isEmpty() && !resurrect) {
        if (conflicts.isEmpty())
            return MutationResult::applied(m.mutationId, row.rev);
        return conflictAnswer(conflicts);
    }
    if (const QString problem = checkUnique(def, row.id, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);
    if (const QString problem = rowProblem(def, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);

    const int statusField = def.name == kEnrollment ? def.fieldIndex(u"status") : -1;
    const int studentField = def.name == kEnrollment ? def.fieldIndex(u"student_id") : -1;
    // Re-enrolled (dropped -> active, or a deleted enrollment restored), or the
    // enrollment now names another student: that student must reach the teacher.
    const bool reEnrolled =
        statusField >= 0 && (resurrect || changed.contains(studentField) ||
                             (changed.contains(statusField) && values.at(statusField).toString() == u"active"_s));

    QByteArray changes;
    protocol::JsonWriter w(&changes);
    w.beginObject();
    for (int i : std::as_const(changed))
        writeChange(w, def.fields.at(i), row.values.at(i), values.at(i));
    if (resurrect) {
        w.key("deleted");
        w.beginObject();
        w.key("old");
        w.boolean(true);
        w.key("new");
        w.boolean(false);
        w.endObject();
    }
    w.endObject();

    rememberUnique(def, row.id, row.values, values);
    row.rev = nextRev();
    row.values = values;
    row.updatedAt = m_now;
    row.dirty = true;
    for (int i : std::as_const(changed))
        row.setStamp(def.fields.at(i).name, FieldStamp{row.rev, m_actor.clientId});
    if (resurrect) {
        row.deleted = false;
        row.setStamp(kDeleted, FieldStamp{row.rev, m_actor.clientId});
    }
    noteChange(row, resurrect ? u"restore"_s : u"update"_s, changes);

    const qint64 rev = row.rev;
    if (reEnrolled)
        bumpStudent(values.at(studentField).toString());
    if (conflicts.isEmpty())
        return MutationResult::applied(m.mutationId, rev);
    return conflictAnswer(conflicts);
}

MutationResult PushProcessor::remove(const Mutation &m, StoredRow &row)
{
    if (row.deleted)
        return MutationResult::applied(m.mutationId, row.rev); // already a tombstone: nothing to do
    // A delete wins over edits made since base_rev by other clients: those
    // edits stay in the tombstone's fields and in the audit log, and a client
    // that edits the row later gets a "deleted" conflict to decide on.
    row.deleted = true;
    row.rev = nextRev();
    row.updatedAt = m_now;
    row.dirty = true;
    row.setStamp(kDeleted, FieldStamp{row.rev, m_actor.clientId});
    noteChange(row, u"delete"_s, QByteArrayLiteral("{\"deleted\":{\"old\":false,\"new\":true}}"));
    return MutationResult::applied(m.mutationId, row.rev);
}

Status PushProcessor::save()
{
    RowStore store(m_db);
    for (const EntityDef &def : EntitySchema::all()) {
        QList<const StoredRow *> dirty;
        for (const StoredRow &row : std::as_const(m_rows[def.name])) {
            if (row.dirty)
                dirty.append(&row);
        }
        // Deterministic order keeps lock order stable between concurrent writers.
        std::sort(dirty.begin(), dirty.end(), [](const StoredRow *a, const StoredRow *b) { return a->rev < b->rev; });
        if (Status s = store.save(def, dirty); !s)
            return s;
    }
    // The mutation log: one row per mutation (and per admin change).
    QList<QVariantList> log;
    log.reserve(m_log.size());
    const QString actor = m_actor.admin ? u"admin"_s : u"teacher"_s;
    const QVariant teacher = m_actor.teacherId.isEmpty() ? QVariant() : QVariant(m_actor.teacherId);
    for (const LogEntry &e : std::as_const(m_log)) {
        log.append({m_now, e.rev, actor, teacher, m_actor.clientId, e.mutationId, e.entity, e.rowId, e.op,
                    QString::fromUtf8(e.changes),
                    e.answer.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(e.answer))});
    }
    using Type = RowStore::ColumnType;
    const QList<RowStore::Column> logColumns{
        {u"at"_s, Type::Text},         {u"rev"_s, Type::Integer},    {u"actor"_s, Type::Text},
        {u"teacher_id"_s, Type::Text}, {u"client_id"_s, Type::Text}, {u"mutation_id"_s, Type::Text},
        {u"entity"_s, Type::Text},     {u"row_id"_s, Type::Text},    {u"op"_s, Type::Text},
        {u"changes"_s, Type::Text},    {u"answer"_s, Type::Text}};
    if (Status s = store.insertMany(u"mutation_log"_s, logColumns, log, u"writing the mutation log"_s); !s)
        return s;
    if (m_rev != m_startRev) {
        QSqlQuery *q = m_db.prepared(u"UPDATE \"rev_counter\" SET \"value\" = ? WHERE \"id\" = 1"_s);
        q->bindValue(0, m_rev);
        if (Status s = m_db.run(q, u"advancing the revision counter"_s); !s)
            return s;
    }
    return {};
}

} // namespace k12
