#pragma once

#include "StoredRow.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace k12 {

class ServerDatabase;

// Bulk reads and writes of entity rows. A push touches hundreds of rows; one
// statement per row would cost a network round trip each on PostgreSQL, so rows
// are read with IN lists and written with multi-row upserts. Statement shapes
// come in a few fixed sizes so every one is prepared once per connection.
class RowStore
{
public:
    explicit RowStore(ServerDatabase &db)
        : m_db(db)
    {}

    // Adds the rows among ids that exist to *rows (keyed by id).
    Status load(const EntityDef &def, const QStringList &ids, QHash<QString, StoredRow> *rows);
    // Inserts or updates every row given (all columns).
    Status save(const EntityDef &def, const QList<const StoredRow *> &rows);

    // Runs `sql` (with %1 = the IN placeholder list) for every chunk of keys,
    // calling onRow for each result row. Extra leading parameters go first.
    Status selectIn(const QString &sql, const QVariantList &leading, const QStringList &keys,
                    const std::function<void(QSqlQuery &)> &onRow, const QString &what);

    // Multi-row INSERT of plain rows (audit entries, processed mutations).
    Status insertMany(const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                      const QString &what);

    static QString columnList(const EntityDef &def);
    // Reads a row from a query whose columns are columnList(def), starting at column 0.
    static StoredRow readRow(const EntityDef &def, const QSqlQuery &q);

private:
    ServerDatabase &m_db;
};

} // namespace k12
