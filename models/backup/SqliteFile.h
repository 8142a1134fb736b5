#pragma once

#include "kernel/domain/Result.h"

#include <QString>

struct sqlite3;

namespace k12 {

// One raw SQLite connection to a file, for work Qt SQL cannot do: the online
// backup API (page copies that see one consistent snapshot and commit as one
// transaction on the destination). Closed by the destructor.
class SqliteFile
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    static Result<SqliteFile> open(const QString &path, Mode mode);

    SqliteFile(SqliteFile &&other) noexcept;
    SqliteFile &operator=(SqliteFile &&other) noexcept;
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;
    ~SqliteFile();

    sqlite3 *handle() const { return m_db; }

    Status exec(const QString &sql);
    // PRAGMA user_version, or -1 when the file cannot be read as a database.
    int userVersion();
    // The first row of a PRAGMA ...check: "ok", or the problems it names (empty on failure to run).
    QString check(const QString &pragma);

    // Copies every page of `from` into this connection's main database with the online
    // backup API, in one step: the reader sees one snapshot and the destination commits
    // once (a kill mid-copy leaves the destination as it was).
    Status copyFrom(SqliteFile &from);

private:
    explicit SqliteFile(sqlite3 *db);
    QString lastError() const;

    sqlite3 *m_db = nullptr;
};

} // namespace k12
