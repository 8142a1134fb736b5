#include "SearchResultsModel.h"

#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SearchResultsModel::SearchResultsModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_search(std::make_unique<SearchQuery>(store.database()))
{
    // Rows written while the popup is open (a sync arriving) show on the next keystroke.
}

SearchResultsModel::~SearchResultsModel() = default;

QString SearchResultsModel::kindTitle(SearchIndex::Kind kind, int count)
{
    switch (kind) {
    case SearchIndex::Kind::Class:
        return tr("Classes (%n)", nullptr, count);
    case SearchIndex::Kind::Student:
        return tr("Students (%n)", nullptr, count);
    case SearchIndex::Kind::Guardian:
        return tr("Guardians (%n)", nullptr, count);
    case SearchIndex::Kind::Category:
        return tr("Categories (%n)", nullptr, count);
    case SearchIndex::Kind::Assignment:
        return tr("Assignments (%n)", nullptr, count);
    case SearchIndex::Kind::Standard:
        return tr("Standards (%n)", nullptr, count);
    case SearchIndex::Kind::Unit:
        return tr("Units (%n)", nullptr, count);
    case SearchIndex::Kind::Lesson:
        return tr("Lessons (%n)", nullptr, count);
    case SearchIndex::Kind::Comment:
        return tr("Comments (%n)", nullptr, count);
    }
    return {};
}

void SearchResultsModel::setQuery(const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    m_query = text;
    m_error.clear();
    Result<QList<SearchResult>> results = m_search->run(text);
    QList<Row> rows;
    if (!results) {
        m_error = results.error();
    } else {
        for (const QList<SearchResult> &group : SearchQuery::grouped(*results)) {
            Row header;
            header.header = true;
            header.kind = group.constFirst().kind;
            header.count = int(group.size());
            rows.append(header);
            for (qsizetype i = 0; i < group.size() && i < kPerGroup; ++i) {
                Row row;
                row.kind = header.kind;
                row.result = group.at(i);
                rows.append(row);
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_lastQueryMs = double(timer.nsecsElapsed()) / 1e6;
}

const SearchResult *SearchResultsModel::resultAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).header)
        return nullptr;
    return &m_rows.at(row).result;
}

int SearchResultsModel::resultCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.header; }));
}

int SearchResultsModel::nextResultRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (!m_rows.at(r).header)
            return r;
    }
    return -1;
}

QString SearchResultsModel::plainText(const Row &row) const
{
    if (row.header)
        return kindTitle(row.kind, row.count);
    const SearchResult &r = row.result;
    QString text = SearchResult::plain(r.title);
    if (!r.snippet.isEmpty())
        text += u" — "_s + SearchResult::plain(r.snippet);
    if (!r.className.isEmpty())
        text += u", "_s + r.className;
    if (r.archived)
        text += u", "_s + tr("Archived (%1)").arg(r.classTerm);
    return text;
}

QString SearchResultsModel::htmlText(const Row &row) const
{
    if (row.header)
        return u"<b>"_s + kindTitle(row.kind, row.count).toHtmlEscaped() + u"</b>"_s;
    const SearchResult &r = row.result;
    QString html = SearchResult::html(r.title);
    if (!r.snippet.isEmpty())
        html += u" <span style=\"color:#555\">— "_s + SearchResult::html(r.snippet) + u"</span>"_s;
    QString where = r.className.toHtmlEscaped();
    if (r.archived)
        where += u" · <i>"_s + tr("Archived (%1)").arg(r.classTerm).toHtmlEscaped() + u"</i>"_s;
    if (!where.isEmpty())
        html += u"&nbsp;&nbsp;<span style=\"color:#777\">"_s + where + u"</span>"_s;
    return html;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return plainText(row);
    case HtmlRole:
        return htmlText(row);
    case IsHeaderRole:
        return row.header;
    case KindRole:
        return int(row.kind);
    case IdRole:
        return row.header ? QVariant() : QVariant(row.result.id);
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Headers are labels: arrows and clicks skip them.
    return m_rows.at(index.row()).header ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace k12
