#pragma once

#include "SearchQuery.h"

#include <QAbstractListModel>
#include <QElapsedTimer>

#include <memory>

namespace k12 {

class Store;

// The search popup's list: for each kind found, a header row ("Students (3)")
// and its best results (at most kPerGroup), the groups ordered by their best
// hit. Result rows carry the hit and its text as HTML (matches in <b>).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        HtmlRole = Qt::UserRole + 1, // the row as rich text, for the delegate
        IsHeaderRole,
        KindRole, // SearchIndex::Kind as int
        IdRole
    };
    static constexpr int kPerGroup = 8;

    explicit SearchResultsModel(Store &store, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // Runs the search now and resets the rows; the time it took is lastQueryMs().
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }
    double lastQueryMs() const { return m_lastQueryMs; }
    const QString &error() const { return m_error; }

    const SearchResult *resultAt(int row) const; // nullptr on a header row
    int resultCount() const;
    // The next result row from `row` in `step` direction (+1/-1), skipping headers; -1 when none.
    int nextResultRow(int row, int step) const;

    static QString kindTitle(SearchIndex::Kind kind, int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        bool header = false;
        SearchIndex::Kind kind = SearchIndex::Kind::Class;
        int count = 0; // a header's: results of its kind
        SearchResult result;
    };
    QString plainText(const Row &row) const;
    QString htmlText(const Row &row) const;

    Store &m_store;
    std::unique_ptr<SearchQuery> m_search;
    QString m_query;
    QString m_error;
    double m_lastQueryMs = 0;
    QList<Row> m_rows;
};

} // namespace k12
