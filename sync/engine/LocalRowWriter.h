#pragma once

#include "domain/Result.h"
#include "protocol/SyncRow.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <unordered_map>

namespace k12 {

class Database;
class SqliteStatement;

// Writes rows as the server has them into the local replica (pulled rows,
// the server side of a conflict), outside the one rule: these are not local
// changes, so they make no outbox entries. Fields that have a local change
// still waiting in the outbox keep the local value, so a pull never undoes an
// edit the teacher made while it ran.
class LocalRowWriter
{
public:
    explicit LocalRowWriter(Database &db);
    ~LocalRowWriter();

    // Reads which fields of which rows wait in the outbox (call at the start of
    // each transaction that writes server rows).
    Status loadPendingFields();
    // One queued mutation was answered and left the outbox: its fields stop
    // holding the local value (unless another queued mutation has them too).
    void forgetPending(const QString &entity, const QString &id, const QStringList &fields);
    // Inside the caller's transaction. Rows of unknown entities are skipped.
    Status write(const protocol::SyncRow &row);
    // Raises a row's rev to what the server answered for our own change.
    Status raiseRev(const QString &entity, const QString &id, qint64 rev);

private:
    SqliteStatement &prepared(const QString &sql);

    Database &m_db;
    // "entity/id" -> field -> how many queued mutations change it
    QHash<QString, QHash<QString, int>> m_pending;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace k12
