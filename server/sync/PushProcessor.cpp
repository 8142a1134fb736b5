#include "PushProcessor.h"

#include "server/store/Schema.h"

#include "PushChecks.h"

#include "kernel/domain/Ids.h"
#include "kernel/domain/RowRules.h"
#include "kernel/protocol/FieldCodec.h"
#include "kernel/protocol/JsonWriter.h"
#include "kernel/protocol/ProtocolConstants.h"
#include "server/ServerLog.h"
#include "server/store/Database.h"
#include "server/store/RowStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

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
// Marks a processed mutation whose answer was pruned (never valid JSON).
const QByteArray kPrunedAnswer = QByteArrayLiteral("\x01pruned");

QString notFound(const QString &entity, const QString &id)
{
    return u"%1 %2 was not found."_s.arg(entity, id);
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

PushProcessor::PushProcessor(Database &db)
    : m_db(db)
{}

Result<QList<PushProcessor::Outcome>> PushProcessor::push(const Actor &actor, const QList<Mutation> &mutations)
{
    return run(actor, [&](Database &) -> Result<QList<Mutation>> { return mutations; });
}

Result<QList<PushProcessor::Outcome>> PushProcessor::run(const Actor &actor, const Builder &build, bool allOrNothing)
{
    m_actor = actor;
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_processed.clear();
    m_newlyProcessed.clear();
    m_log.clear();

    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(u"Cannot start the write transaction: %1"_s.arg(tx.error()));
    if (Status s = lockRevisions(); !s)
        return Error{s.error()};
    Result<QList<Mutation>> built = build(m_db);
    if (!built)
        return Error{built.error()};
    const QList<Mutation> &mutations = *built;

    if (Status s = loadProcessed(mutations); !s)
        return Error{s.error()};
    PushChecks checks(m_db, actor.teacherId, actor.admin);
    m_checks = &checks;
    // Pruned replays need their row (answered with its current rev), so only
    // mutations with a kept answer skip loading.
    QSet<QString> processed;
    for (auto it = m_processed.cbegin(); it != m_processed.cend(); ++it) {
        if (it.value() != kPrunedAnswer)
            processed.insert(it.key());
    }
    if (Status s = checks.load(mutations, processed); !s)
        return Error{s.error()};

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
        [&](QSqlQuery &q) {
            // A NULL answer was pruned (`admin prune`): the mutation was
            // processed, only its first answer is no longer kept.
            m_processed.insert(q.value(0).toString(),
                               q.value(1).isNull() ? kPrunedAnswer : q.value(1).toString().toUtf8());
        },
        u"reading processed mutations"_s);
}

void PushProcessor::bumpStudent(const QString &studentId)
{
    // A teacher whose cursor is already past the student's rev must still
    // pull the student once it is enrolled in their class: the student gets a
    // new rev in the same transaction as the enrollment.
    const EntityDef *def = EntitySchema::find(kStudent);
    StoredRow &student = m_checks->rowFor(*def, studentId);
    if (!student.exists)
        return;
    student.rev = nextRev();
    student.dirty = true;
    if (!m_actor.admin)
        m_checks->seeStudent(studentId);
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
    if (previous == kPrunedAnswer) {
        // A repeat older than the replay retention: its answer was pruned but
        // its (teacher, mutation id) row was kept, so it is still not applied
        // twice. It is answered "applied" with the row's current rev; any
        // conflict it had was answered long ago (README, "The server").
        const EntityDef *def = EntitySchema::find(m.entity);
        qint64 rev = 0;
        if (def) {
            const StoredRow &row = m_checks->rowFor(*def, m.id);
            rev = m_checks->canSee(row) ? row.rev : 0; // nothing about others' rows
        }
        const MutationResult result = MutationResult::applied(m.mutationId, rev);
        outcome.status = result.status;
        outcome.rev = rev;
        outcome.answer = result.toJson();
        m_newlyProcessed.insert(m.mutationId, outcome.answer);
        return outcome;
    }
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

    StoredRow &row = m_checks->rowFor(*def, m.id);
    if (m.op == MutationOp::Delete) {
        if (!m_checks->canSee(row))
            return MutationResult::rejected(m.mutationId, Code::NotFound, notFound(def->name, m.id));
        return remove(m, row);
    }
    if (!m_checks->canSee(row))
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
        if (!m_checks->canSee(m_checks->rowFor(*classDef, classId))) {
            return MutationResult::rejected(m.mutationId, Code::NotFound,
                                            u"%1.%2: class %3 was not found."_s.arg(def.name, def.scopeField, classId));
        }
    }
    for (qsizetype i = 0; i < def.fields.size(); ++i) {
        const FieldDef &field = def.fields.at(i);
        if (field.name == def.scopeField)
            continue;
        Code code = Code::Validation;
        if (const QString problem = m_checks->checkReference(def, field, values.at(i), classId, &code);
            !problem.isEmpty())
            return MutationResult::rejected(m.mutationId, code, problem);
    }
    if (const QString problem = m_checks->checkUnique(def, m.id, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);
    if (const QString problem = m_checks->rowProblem(def, values); !problem.isEmpty())
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
    if (def.name == kClass || def.name == kStudent || Schema::ownedByTeacher(def))
        row.teacherId = m_actor.teacherId;
    if (def.name == kClass && !m_actor.admin)
        m_checks->own(row.id);
    m_checks->rememberUnique(def, row.id, {}, values);

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
        if (const QString problem = m_checks->checkReference(def, def.fields.at(i), values.at(i), classId, &code);
            !problem.isEmpty())
            return MutationResult::rejected(m.mutationId, code, problem);
    }
    if (changed.isEmpty() && !resurrect) {
        if (conflicts.isEmpty())
            return MutationResult::applied(m.mutationId, row.rev);
        return conflictAnswer(conflicts);
    }
    if (const QString problem = m_checks->checkUnique(def, row.id, values); !problem.isEmpty())
        return MutationResult::rejected(m.mutationId, Code::Validation, problem);
    if (const QString problem = m_checks->rowProblem(def, values); !problem.isEmpty())
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

    m_checks->rememberUnique(def, row.id, row.values, values);
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
        for (const StoredRow &row : std::as_const(m_checks->rows()[&def])) {
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
        // changes and answer are UTF-8 JSON already: bound as they are.
        log.append({m_now, e.rev, actor, teacher, m_actor.clientId, e.mutationId, e.entity, e.rowId, e.op,
                    QVariant(e.changes), e.answer.isEmpty() ? QVariant() : QVariant(e.answer)});
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

} // namespace k12::server
