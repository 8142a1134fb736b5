#pragma once

#include "SearchIndex.h"

#include "kernel/domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace k12 {

class Database;
class SqliteStatement;

// One search hit. Titles and snippets carry the matched words between
// kMatchStart and kMatchEnd; plain(), html() and bracketed() render them.
struct SearchResult
{
    SearchIndex::Kind kind = SearchIndex::Kind::Class;
    QString id;      // the row the hit opens: class, student, assignment, lesson, ... or score id
    QString classId; // empty when the thing has no class
    QString className;
    QString classTerm;
    bool archived = false; // in an archived class ("Archived (term)")
    QString title;         // marked
    QString snippet;       // marked; empty when the match is the title alone
    QString studentId;     // student, guardian and comment hits: the student's row
    QString assignmentId;  // comment hits: the score's column
    double rank = 0;       // bm25: lower is better

    static constexpr QChar kMatchStart = QChar(0x01);
    static constexpr QChar kMatchEnd = QChar(0x02);
    static QString plain(const QString &marked);
    static QString html(const QString &marked);      // escaped, matches in <b>
    static QString bracketed(const QString &marked); // matches in [ ]
};

// Runs searches against the index (SearchIndex). Each word of the text is a
// prefix ("alg" finds Algebra), all words must match, accents are ignored
// (the tokenizer folds them), best first by bm25 then kind. Keep one per
// connection: its statements stay prepared.
class SearchQuery
{
public:
    explicit SearchQuery(Database &db);
    ~SearchQuery();

    // The FTS5 MATCH expression for what the teacher typed, or empty when it
    // has no word to look for.
    static QString matchExpression(const QString &text);

    Result<QList<SearchResult>> run(const QString &text, int limit = 200);

    // The results in groups of one kind, the groups ordered by their best hit.
    static QList<QList<SearchResult>> grouped(const QList<SearchResult> &results);

private:
    struct ClassInfo
    {
        bool live = false;
        QString name, term;
        bool archived = false;
    };
    const ClassInfo &classInfo(const QString &id);
    bool complete(SearchResult *result); // false: its student or assignment is gone
    SqliteStatement &statement(int index, const QString &sql);

    Database &m_db;
    std::unique_ptr<SqliteStatement> m_statements[5];
    QHash<QString, ClassInfo> m_classes; // per run()
};

} // namespace k12
