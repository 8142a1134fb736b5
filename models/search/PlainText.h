#pragma once

#include <QString>

struct sqlite3;

namespace k12 {

// The words of a rich-text field (a lesson's activities are HTML from the plan
// editor): tags, the <head>/<style> block and comments dropped, entities
// decoded. Hand-rolled rather than QTextDocument: it runs inside SQLite
// triggers on any thread (the sync worker's too), for every lesson written.
class PlainText
{
public:
    static QString fromHtml(const QString &html);
    // Registers k12_plain_text(text) on a connection. The search triggers call
    // it, so every connection that writes lessons needs it (Database::open).
    static bool registerSqlFunction(sqlite3 *db);
};

} // namespace k12
