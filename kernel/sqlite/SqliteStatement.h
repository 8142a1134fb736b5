#pragma once

#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace k12 {

// A prepared statement on the SQLite handle under a QSqlDatabase, for the
// write path that runs hundreds of thousands of times in one transaction
// (bulk edits, imports, pulls): binding typed values straight into SQLite
// costs a fraction of QSqlQuery's QVariant round trips. Same connection, same
// transaction as the QSqlDatabase it comes from.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool isValid() const { return m_stmt != nullptr; }
    const QString &error() const { return m_error; }

    // Parameters are 0-based here (SQLite's are 1-based). Text is bound as
    // UTF-8 (what the database stores) from a buffer the statement keeps until
    // the next bind of that parameter, so SQLite neither converts nor copies it.
    void bindNull(int index);
    void bindText(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    // Binds by the value's type: null, integer (and bool), real or text.
    void bind(int index, const QVariant &value);

    // Runs a statement that returns no rows; resets it for the next run.
    bool exec();
    // The rowid of the row the connection's last INSERT wrote.
    qint64 lastInsertRowId() const;
    // Steps a query: true while a row is available.
    bool next();
    void reset();

    int columnCount() const;
    QVariant value(int column) const; // qint64, double, QString or null, as QSQLITE returns them
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // The column's UTF-8 bytes without a copy: valid until the next step.
    QByteArray rawUtf8(int column) const;

private:
    bool fail();

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    std::vector<QByteArray> m_bound; // UTF-8 of the bound text parameters
};

} // namespace k12
