#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/MutationResult.h"
#include "kernel/protocol/PushRequest.h"
#include "server/store/StoredRow.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace k12::server {

class Database;
class PushChecks;

// Applies one batch of mutations in ONE write transaction (DESIGN.md "Sync
// protocol"): idempotent by mutation_id, field-level conflicts, new revisions
// from the global counter; every mutation first passes PushChecks
// (authorisation, references, unique keys, the desktop's rules). Nothing is answered
// before COMMIT, so an "applied" answer always means durably applied.
class PushProcessor
{
public:
    // Who is writing. A teacher sees only their classes and what hangs off
    // them; the admin (roster import) sees everything and always wins conflicts.
    struct Actor
    {
        QString teacherId; // empty for the admin
        QString clientId;  // the pushing client's id, or "admin"
        bool admin = false;
    };

    struct Outcome
    {
        protocol::MutationResult::Status status = protocol::MutationResult::Status::Applied;
        qint64 rev = 0;
        QString reason;
        QByteArray answer; // the encoded result, as sent (and replayed) to the client
    };

    explicit PushProcessor(Database &db);

    // Runs build() inside the transaction after the revision lock is taken
    // (so a roster import can look rows up without racing other writers), then
    // applies what it returns. When `allOrNothing` is set, any rejected or
    // conflicting mutation rolls the whole batch back.
    using Builder = std::function<Result<QList<protocol::Mutation>>(Database &)>;
    Result<QList<Outcome>> run(const Actor &actor, const Builder &build, bool allOrNothing = false);
    Result<QList<Outcome>> push(const Actor &actor, const QList<protocol::Mutation> &mutations);

private:
    // One row of the mutation log: what a mutation changed (for the audit
    // trail) and what the server answered (replayed verbatim on a repeat).
    struct LogEntry
    {
        qint64 rev = 0; // the row's rev after the change; 0 when nothing changed
        QString entity;
        QString rowId;
        QString op; // create, update, delete, restore; or none, conflict, rejected
        QByteArray changes = QByteArrayLiteral("{}");
        QString mutationId;
        QByteArray answer;
    };

    Status lockRevisions();
    Status loadProcessed(const QList<protocol::Mutation> &mutations);
    Status save();

    Outcome process(const protocol::Mutation &m);
    protocol::MutationResult apply(const protocol::Mutation &m);
    protocol::MutationResult create(const protocol::Mutation &m, const QVariantMap &fields, StoredRow &row);
    protocol::MutationResult update(const protocol::Mutation &m, const QVariantMap &fields, StoredRow &row);
    protocol::MutationResult remove(const protocol::Mutation &m, StoredRow &row);

    void bumpStudent(const QString &studentId);
    qint64 nextRev() { return ++m_rev; }
    QByteArray encodeRow(const StoredRow &row) const;
    // Notes what the mutation being processed changed, for its log entry.
    void noteChange(const StoredRow &row, const QString &op, const QByteArray &changes);

    Database &m_db;
    Actor m_actor;
    PushChecks *m_checks = nullptr; // the batch's loaded rows and checks, alive during run()
    QString m_now;
    qint64 m_startRev = 0;
    qint64 m_rev = 0;
    QHash<QString, QByteArray> m_processed;               // mutation id -> first answer (earlier pushes)
    QHash<QString, QByteArray> m_newlyProcessed;          // the same, for this push
    QList<LogEntry> m_log;
    LogEntry m_current;
};

} // namespace k12::server
