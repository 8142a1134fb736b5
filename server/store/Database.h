#pragma once

#include "DatabaseConfig.h"
#include "kernel/domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <mutex>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace k12 {
class WalCheckpointer;
} // namespace k12

namespace k12::server {

// One connection of the server to its database (QSQLITE or QPSQL). A
// connection belongs to the thread that opened it: every worker thread of the
// server opens its own. Statements are prepared once and kept per connection.
class Database
{
public:
    enum class TxKind
    {
        // Writers. SQLite: BEGIN IMMEDIATE (the write lock up front). PostgreSQL:
        // READ COMMITTED; writers serialise on the revision counter row.
        Write,
        // Readers that need one consistent snapshot over several statements
        // (a pull page reads every entity table). PostgreSQL: REPEATABLE READ.
        Snapshot
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    SqlDialect dialect() const { return m_config.dialect(); }
    const DatabaseConfig &config() const { return m_config; }
    QSqlDatabase &connection() { return m_db; }

    // A prepared statement for sql, cached for the life of the connection.
    // Callers bind with bindValue(i, ...) and must finish() what they read.
    QSqlQuery *prepared(const QString &sql);
    // Runs a prepared statement; the message names `what` and the driver's text.
    Status run(QSqlQuery *query, const QString &what);
    // Runs a statement without parameters (DDL, transaction control).
    Status execute(const QString &sql);

    // SQLite only: a statement prepared on the same connection through the
    // SQLite API itself, for bulk writes. Binding through QSqlQuery costs more
    // than the insert (Qt 6.4 builds a placeholder name string per bound value);
    // these bind directly. Cached and finalized with the connection.
    sqlite3_stmt *sqliteStatement(const QString &sql, QString *error);
    QString sqliteError() const;

    // SQLite writers (TxKind::Write) of this process first take the database
    // file's write gate, a mutex held until commit or rollback: they queue and
    // are woken the moment the previous writer ends, instead of polling
    // SQLite's busy handler (which sleeps up to 100 ms between tries and made
    // the tail of a busy server). Readers never touch it (WAL: they read
    // while a writer writes). Other processes still meet the busy timeout.
    Status begin(TxKind kind);
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Group commit (SQLite): a push worker runs the pushes that queued up
    // while the previous writer held the gate as ONE write transaction, each
    // push's own transaction (begin(Write) ... commit()) a savepoint inside
    // it, and commits once: one fsync (synchronous=FULL) for the group
    // instead of one per push. The caller sends the answers only after
    // commitGroup() succeeded, so "applied" still means durable, and readers
    // see the whole group at once or none of it (revisions stay gap-free and
    // in commit order: the pushes take them one after the other).
    Status beginGroup();
    bool inGroup() const { return m_group; }
    // False once SQLite rolled the group's transaction back on its own (a
    // full disk, an I/O error): nothing of the group may be answered applied.
    bool groupIntact() const;
    // COMMIT (ROLLBACK when the group is no longer intact); ends the group either way.
    Status commitGroup();
    void rollbackGroup();

    // True when the last failure means "try again later" (locked, serialization, connection).
    static bool isTransient(const QString &driverText);

    // "?, ?, ?" for an IN list or a VALUES row.
    static QString placeholders(int count);
    // Identifiers are quoted everywhere: entity and field names include SQL words ("class", "date").
    static QString quoted(const QString &identifier) { return u'"' + identifier + u'"'; }

    // How long a writer waits for the gate (and SQLite for another process's
    // write lock) before answering "database is locked" (transient: 503).
    static constexpr int kWriteWaitMs = 15000;

private:
    Database(QSqlDatabase db, DatabaseConfig config);
    Status configure();
    void releaseWriteGate();
    void abandonGroupTransaction();

    QSqlDatabase m_db;
    DatabaseConfig m_config;
    bool m_inTransaction = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    sqlite3 *m_sqlite = nullptr;
    std::unordered_map<QString, sqlite3_stmt *> m_sqliteStatements;
    std::shared_ptr<WalCheckpointer> m_checkpointer; // SQLite: shared by the process's connections
    std::shared_ptr<std::timed_mutex> m_writeGate;   // SQLite: shared by the process's connections to the file
    bool m_holdsWriteGate = false;
    bool m_group = false;     // a group transaction is open
    bool m_savepoint = false; // the open transaction is a savepoint inside the group
};

// Rolls back unless committed.
class Transaction
{
public:
    Transaction(Database &db, Database::TxKind kind)
        : m_db(db)
        , m_status(db.begin(kind))
    {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_status.ok(); }
    const QString &error() const { return m_status.error(); }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace k12::server
