#pragma once

#include "StoredRow.h"
#include "kernel/domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace k12::server {

class Database;

// Bulk reads and writes of entity rows. A push touches hundreds of rows: one
// statement per row would cost a round trip each on PostgreSQL, and binding
// thousands of parameters one by one costs more than the SQL itself in Qt.
// So a whole set of keys or rows travels as ONE JSON parameter that the
// database unpacks (SQLite json_each, PostgreSQL json_array_elements): still a
// prepared statement, one shape per table, prepared once per connection.
class RowStore
{
public:
    // SQL column types, for unpacking JSON values in PostgreSQL.
    enum class ColumnType
    {
        Text,
        Integer,
        Real
    };
    struct Column
    {
        QString name;
        ColumnType type = ColumnType::Text;
    };

    explicit RowStore(Database &db)
        : m_db(db)
    {}

    // Adds the rows among ids that exist to *rows (keyed by id).
    Status load(const EntityDef &def, const QStringList &ids, QHash<QString, StoredRow> *rows);
    // Inserts or updates every row given (all columns).
    Status save(const EntityDef &def, const QList<const StoredRow *> &rows);
    // INSERT of plain rows (audit entries, processed mutations); values per column.
    Status insertMany(const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows,
                      const QString &what);

    // Runs `sql`, where %1 stands for "is one of the keys" after a column
    // ("\"id\" %1"), calling onRow for every result row. Leading parameters are
    // bound first.
    Status selectIn(const QString &sql, const QVariantList &leading, const QStringList &keys,
                    const std::function<void(QSqlQuery &)> &onRow, const QString &what);

    static QString columnList(const EntityDef &def);
    // Reads a row from a query whose columns are columnList(def), starting at column 0.
    static StoredRow readRow(const EntityDef &def, const QSqlQuery &q);

private:
    // INSERT INTO table (columns) <rows> [suffix]: on SQLite one bound row at a
    // time through the SQLite API (no round trips in-process); on PostgreSQL
    // all rows in one statement, unpacked from a JSONB parameter.
    Status writeRows(const QString &table, const QList<Column> &columns, const QList<QVariantList> &rows,
                     const QString &suffix, const QString &what);
    QString keysPredicate() const;

    Database &m_db;
};

} // namespace k12::server
