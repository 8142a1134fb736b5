#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace k12::server {

class Database;

// One page of GET /sync/pull: the rows a teacher may see with rev > since, in
// increasing rev, read in ONE snapshot (REPEATABLE READ on PostgreSQL, one
// read transaction on SQLite) so the page is consistent across tables.
class PullReader
{
public:
    struct Page
    {
        QByteArray changes; // the rows' JSON objects in increasing rev, joined by ','
        int count = 0;      // how many rows `changes` holds
        qint64 nextCursor = 0;
        bool hasMore = false;
    };

    explicit PullReader(Database &db)
        : m_db(db)
    {}

    Result<Page> read(const QString &teacherId, qint64 since, int limit);

    // SQL condition selecting the rows of an entity the teacher may see; each
    // '?' takes the teacher id. walkRevisions (SQLite): written so SQLite walks
    // the rev index from the cursor (see the student case).
    static QString visibleCondition(const QString &entity, int *parameters, bool walkRevisions = false);

private:
    Database &m_db;
};

} // namespace k12::server
