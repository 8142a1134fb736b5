#pragma once

#include <QStyledItemDelegate>

namespace k12 {

// Draws a search result row as rich text (SearchResultsModel::HtmlRole: the
// matched words in bold), headers on a tinted band.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace k12
