#include "SearchQuery.h"

#include "kernel/sqlite/SqliteStatement.h"
#include "models/store/Database.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

enum StatementIndex
{
    kMatch,
    kClass,
    kComment,
    kStudent,
    kStudentClass
};

QString render(const QString &marked, const QString &open, const QString &close, bool escape)
{
    QString out;
    out.reserve(marked.size() + 16);
    qsizetype from = 0;
    for (qsizetype i = 0; i <= marked.size(); ++i) {
        if (i < marked.size() && marked.at(i) != SearchResult::kMatchStart && marked.at(i) != SearchResult::kMatchEnd)
            continue;
        const QString piece = marked.mid(from, i - from);
        out += escape ? piece.toHtmlEscaped() : piece;
        if (i < marked.size())
            out += marked.at(i) == SearchResult::kMatchStart ? open : close;
        from = i + 1;
    }
    return out;
}

} // namespace

QString SearchResult::plain(const QString &marked)
{
    return render(marked, {}, {}, false);
}

QString SearchResult::html(const QString &marked)
{
    return render(marked, u"<b>"_s, u"</b>"_s, true);
}

QString SearchResult::bracketed(const QString &marked)
{
    return render(marked, u"["_s, u"]"_s, false);
}

SearchQuery::SearchQuery(Database &db)
    : m_db(db)
{}

SearchQuery::~SearchQuery() = default;

SqliteStatement &SearchQuery::statement(int index, const QString &sql)
{
    if (!m_statements[index])
        m_statements[index] = std::make_unique<SqliteStatement>(SqliteStatement::handleOf(m_db.connection()), sql);
    return *m_statements[index];
}

QString SearchQuery::matchExpression(const QString &text)
{
    // Each word a quoted prefix phrase: quoting keeps FTS5's operators
    // (AND, NEAR, -, ^, :) as plain words; a word made of punctuation alone
    // has no token to look for and is left out.
    QStringList phrases;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString trimmed = word.trimmed();
        if (std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = trimmed;
        quoted.replace(u'"', u"\"\""_s);
        phrases << u'"' + quoted + u"\"*"_s;
    }
    return phrases.join(u' ');
}

const SearchQuery::ClassInfo &SearchQuery::classInfo(const QString &id)
{
    auto it = m_classes.find(id);
    if (it != m_classes.end())
        return *it;
    SqliteStatement &q =
        statement(kClass, u"SELECT name, term, archived FROM \"class\" WHERE id = ? AND deleted = 0"_s);
    q.bindText(0, id);
    ClassInfo info;
    if (q.next())
        info = ClassInfo{true, q.text(0), q.text(1), q.integer(2) != 0};
    q.reset();
    return *m_classes.insert(id, info);
}

bool SearchQuery::complete(SearchResult *result)
{
    using Kind = SearchIndex::Kind;
    if (result->kind == Kind::Comment) {
        // "Ana López · Essay 3": whose comment, on what.
        SqliteStatement &q = statement(
            kComment, u"SELECT st.id, st.given_name || ' ' || st.family_name, a.id, a.title FROM score s JOIN student "
                      "st ON st.id = s.student_id AND st.deleted = 0 JOIN assignment a ON a.id = s.assignment_id "
                      "AND a.deleted = 0 WHERE s.id = ?"_s);
        q.bindText(0, result->id);
        const bool found = q.next();
        if (found) {
            result->studentId = q.text(0);
            result->assignmentId = q.text(2);
            result->title = q.text(1) + u" · "_s + q.text(3);
        }
        q.reset();
        return found;
    }
    if (result->kind == Kind::Guardian) {
        // The guardian's name as matched, then whose guardian; the student's
        // class where the student is (an active class before an archived one).
        SqliteStatement &q = statement(kStudent, u"SELECT given_name || ' ' || family_name FROM student WHERE id = ? "
                                                 "AND deleted = 0"_s);
        q.bindText(0, result->id);
        const bool found = q.next();
        const QString student = found ? q.text(0) : QString();
        q.reset();
        if (!found)
            return false;
        result->studentId = result->id;
        result->title = QObject::tr("%1 (guardian of %2)").arg(result->title, student);
        SqliteStatement &c = statement(
            kStudentClass, u"SELECT e.class_id FROM enrollment e JOIN \"class\" c ON c.id = e.class_id AND c.deleted "
                           "= 0 WHERE e.student_id = ? AND e.deleted = 0 ORDER BY c.archived, e.status LIMIT 1"_s);
        c.bindText(0, result->id);
        if (c.next())
            result->classId = c.text(0);
        c.reset();
        return true;
    }
    if (result->kind == Kind::Student)
        result->studentId = result->id;
    if (result->kind == Kind::Assignment)
        result->assignmentId = result->id;
    return true;
}

Result<QList<SearchResult>> SearchQuery::run(const QString &text, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<SearchResult>{};
    m_classes.clear();
    // Titles weigh ten times a body: a student named Alma before a comment
    // that mentions "almost".
    SqliteStatement &q =
        statement(kMatch, u"SELECT kind, row_id, class_id, highlight(search_index, 3, char(1), char(2)), "
                          "snippet(search_index, 4, char(1), char(2), '…', 12), "
                          "bm25(search_index, 0, 0, 0, 10.0, 1.0) AS score FROM search_index WHERE search_index "
                          "MATCH ? ORDER BY score LIMIT ?"_s);
    if (!q.isValid())
        return fail(QObject::tr("Search failed: %1").arg(q.error()));
    q.bindText(0, match);
    q.bindInt(1, limit);
    QList<SearchResult> results;
    while (q.next()) {
        SearchResult r;
        if (!SearchIndex::kindFromName(q.text(0), &r.kind))
            continue;
        r.id = q.text(1);
        r.classId = q.text(2);
        r.title = q.text(3);
        r.snippet = q.text(4);
        r.rank = q.real(5);
        results.append(std::move(r));
    }
    if (!q.error().isEmpty()) {
        const QString error = q.error();
        q.reset();
        return fail(QObject::tr("Search failed: %1").arg(error));
    }
    q.reset();

    QList<SearchResult> live;
    live.reserve(results.size());
    for (SearchResult &r : results) {
        if (!complete(&r))
            continue;
        if (!r.classId.isEmpty()) {
            const ClassInfo &info = classInfo(r.classId);
            if (!info.live)
                continue; // a deleted class's rows are gone for the teacher
            r.className = info.name;
            r.classTerm = info.term;
            r.archived = info.archived;
        }
        if (SearchResult::plain(r.snippet) == SearchResult::plain(r.title) ||
            !r.snippet.contains(SearchResult::kMatchStart))
            r.snippet = r.kind == SearchIndex::Kind::Comment ? r.snippet : QString();
        live.append(std::move(r));
    }
    std::stable_sort(live.begin(), live.end(), [](const SearchResult &a, const SearchResult &b) {
        return a.rank != b.rank ? a.rank < b.rank : int(a.kind) < int(b.kind);
    });
    return live;
}

QList<QList<SearchResult>> SearchQuery::grouped(const QList<SearchResult> &results)
{
    QList<QList<SearchResult>> groups;
    QHash<int, qsizetype> groupOf;
    for (const SearchResult &r : results) {
        auto it = groupOf.find(int(r.kind));
        if (it == groupOf.end()) {
            it = groupOf.insert(int(r.kind), groups.size());
            groups.append(QList<SearchResult>());
        }
        groups[*it].append(r);
    }
    return groups;
}

} // namespace k12
