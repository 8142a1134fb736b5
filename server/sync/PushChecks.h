#pragma once

#include "kernel/protocol/MutationResult.h"
#include "kernel/protocol/PushRequest.h"
#include "server/store/StoredRow.h"

#include <QHash>
#include <QSet>

namespace k12::server {

class Database;

// The checking half of a push (PushProcessor applies): the rows a batch
// touches and everything they refer to, loaded once inside the batch's
// transaction, and the questions a mutation must pass before it is applied:
// may this teacher see the row, does a reference point at a row of the same
// class, would a unique key repeat, does the row keep the desktop's rules
// (RowRules, and a score its assignment's typo limit).
class PushChecks
{
public:
    PushChecks(Database &db, const QString &teacherId, bool admin);

    // Loads the batch's rows (mutations already processed are skipped), the
    // teacher's classes and students, and the unique keys the batch could hit.
    Status load(const QList<protocol::Mutation> &mutations, const QSet<QString> &processed);

    // The loaded row (an empty, not existing one when it is not stored).
    StoredRow &rowFor(const EntityDef &def, const QString &id);
    // Every entity's loaded rows, keyed by its EntityDef (EntitySchema::all()).
    QHash<const EntityDef *, QHash<QString, StoredRow>> &rows() { return m_rows; }
    bool canSee(const StoredRow &row) const;
    // Why a reference field cannot take this value (empty: it can).
    QString checkReference(const EntityDef &def, const FieldDef &field, const QVariant &value, const QString &classId,
                           protocol::MutationResult::Code *code);
    QString checkUnique(const EntityDef &def, const QString &id, const QVariantList &values) const;
    // Keeps the unique keys current as the batch changes rows.
    void rememberUnique(const EntityDef &def, const QString &id, const QVariantList &oldValues,
                        const QVariantList &newValues);
    // What RowRules (and, for a score, its assignment) say is wrong with a row.
    QString rowProblem(const EntityDef &def, const QVariantList &values);
    // A class created in this batch belongs to its teacher from now on.
    void own(const QString &classId) { m_ownedClasses.insert(classId); }
    // A student enrolled in this batch is visible to its teacher from now on.
    void seeStudent(const QString &studentId) { m_visibleStudents.insert(studentId); }

private:
    Status loadRows(const QList<protocol::Mutation> &mutations, const QSet<QString> &processed);
    Status loadVisibility();
    Status loadUniqueKeys(const QList<protocol::Mutation> &mutations);

    Database &m_db;
    QString m_teacherId;
    bool m_admin = false;
    // entity -> id -> row. Keyed by the definition, not its name: rowFor runs
    // several times per mutation. Every entity has its entry from the start,
    // so references into it stay valid (the outer hash never grows).
    QHash<const EntityDef *, QHash<QString, StoredRow>> m_rows;
    QSet<QString> m_ownedClasses;
    QSet<QString> m_visibleStudents;
    QHash<QString, QHash<QString, QString>> m_uniqueKeys; // entity -> key -> row id
};

} // namespace k12::server
