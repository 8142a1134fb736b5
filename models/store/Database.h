#pragma once

#include "kernel/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace k12 {

class WalCheckpointer;

// One named QSQLITE connection to the local replica. A Database belongs to the
// thread that opened it; the sync thread opens its own.
class Database
{
public:
    static constexpr auto kFileName = "k12.sqlite";

    // Opens (creating user-only if needed) and migrates the database at path.
    // A schema newer than this build knows is refused and the file left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion();

private:
    Database(QSqlDatabase db, QString path);
    Status configure();
    Status migrate();

    void startCheckpointer();

    QSqlDatabase m_db;
    QString m_path;
    std::shared_ptr<WalCheckpointer> m_checkpointer; // shared with this file's other connections
};

// RAII transaction. BEGIN IMMEDIATE takes the write lock up front, so two
// connections (UI and sync thread) never deadlock upgrading a read lock.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

// Runs a statement and reports a failure with the driver's text.
Status exec(QSqlDatabase &db, const QString &sql);

} // namespace k12
