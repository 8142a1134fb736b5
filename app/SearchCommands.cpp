#include "SearchCommands.h"

#include "models/search/SearchIndex.h"
#include "models/search/SearchQuery.h"
#include "models/store/Store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::SearchCommands)
};

QString groupTitle(SearchIndex::Kind kind)
{
    switch (kind) {
    case SearchIndex::Kind::Class:
        return Text::tr("Classes");
    case SearchIndex::Kind::Student:
        return Text::tr("Students");
    case SearchIndex::Kind::Guardian:
        return Text::tr("Guardians");
    case SearchIndex::Kind::Category:
        return Text::tr("Categories");
    case SearchIndex::Kind::Assignment:
        return Text::tr("Assignments");
    case SearchIndex::Kind::Standard:
        return Text::tr("Standards");
    case SearchIndex::Kind::Unit:
        return Text::tr("Units");
    case SearchIndex::Kind::Lesson:
        return Text::tr("Lessons");
    case SearchIndex::Kind::Comment:
        return Text::tr("Comments");
    }
    return {};
}

QJsonObject toJson(const SearchResult &r)
{
    return QJsonObject{{u"kind"_s, SearchIndex::kindName(r.kind)},
                       {u"id"_s, r.id},
                       {u"class"_s, r.classId.isEmpty() ? QJsonValue() : QJsonValue(r.className)},
                       {u"title"_s, SearchResult::plain(r.title)},
                       {u"snippet"_s, SearchResult::plain(r.snippet)},
                       {u"archived"_s, r.archived}};
}

int search(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"search"_s,
                    Text::tr("Search students, guardians, classes, assignments, categories, standards, units, lessons "
                             "and grade comments, archived classes included. Each word is the start of a word "
                             "(\"alg\" finds Algebra), all words must match, accents are ignored."));
    cli.addPositional(u"QUERY"_s, Text::tr("The words to look for."), u"QUERY..."_s);
    cli.addOption({u"json"_s},
                  Text::tr("Print a JSON array of {kind, id, class, title, snippet, archived}, best first."));
    cli.addOption({u"limit"_s}, Text::tr("At most N results (default 50)."), u"N"_s);
    cli.addOption({u"rebuild"_s}, Text::tr("Rebuild the search index from the records first (maintenance)."));
    if (auto code = cli.parse(args, 0, 100))
        return *code;
    const QString query = cli.positional().join(u' ');
    if (query.trimmed().isEmpty() && !cli.isSet(u"rebuild"_s))
        return cli.usageError(Text::tr("say what to search for"));
    std::optional<int> limit = 50;
    if (cli.isSet(u"limit"_s) && (!(limit = cli.integer(u"limit"_s)) || *limit < 1))
        return limit ? cli.usageError(Text::tr("--limit must be at least 1")) : int(ExitUsage);
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    if (cli.isSet(u"rebuild"_s)) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = SearchIndex::rebuild(store->database()); !s)
            return printUserError(s.error());
        if (query.trimmed().isEmpty()) {
            cliOut() << Text::tr("Rebuilt the search index in %1 ms.").arg(timer.elapsed()) << Qt::endl;
            return ExitOk;
        }
    }
    Result<QList<SearchResult>> results = SearchQuery(store->database()).run(query, *limit);
    if (!results)
        return printUserError(results.error());
    if (cli.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchResult &r : *results)
            array.append(toJson(r));
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    if (results->isEmpty()) {
        cliOut() << Text::tr("Nothing found for \"%1\".").arg(query) << Qt::endl;
        return ExitOk;
    }
    // Grouped by kind like the window's popup; matches in [ ].
    for (const QList<SearchResult> &group : SearchQuery::grouped(*results)) {
        cliOut() << groupTitle(group.constFirst().kind) << u'\n';
        for (const SearchResult &r : group) {
            QString line = u"  "_s + SearchResult::bracketed(r.title);
            if (!r.snippet.isEmpty())
                line += u" — "_s + SearchResult::bracketed(r.snippet);
            if (!r.classId.isEmpty())
                line += u"  ("_s + r.className +
                        (r.archived ? u", "_s + Text::tr("Archived (%1)").arg(r.classTerm) : QString()) + u')';
            cliOut() << line << u"\t"_s << r.id << u'\n';
        }
    }
    cliOut().flush();
    return ExitOk;
}

} // namespace

void addSearchCommands(QList<CliCommand> &commands)
{
    commands.append({{u"search"_s},
                     u"QUERY [--json] [--limit N] [--rebuild]"_s,
                     Text::tr("Search everything (students, classes, assignments, lessons, comments, ...)."),
                     search});
}

} // namespace k12
