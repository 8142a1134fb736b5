#include "SearchResultDelegate.h"

#include "models/search/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace k12 {

namespace {

void layOut(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(3);
    QString html = index.data(SearchResultsModel::HtmlRole).toString();
    // On the selection's colour the greys of the class and snippet would not
    // read: the selected row is all in the highlighted-text colour.
    if (option.state & QStyle::State_Selected)
        html.remove(QRegularExpression(QStringLiteral(" style=\"color:#[0-9a-fA-F]+\"")));
    doc.setHtml(html);
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool header = index.data(SearchResultsModel::IsHeaderRole).toBool();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (header)
        painter->fillRect(opt.rect, opt.palette.alternateBase());
    else
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layOut(doc, opt, index);
    const int indent = header ? 4 : 16;
    doc.setTextWidth(opt.rect.width() - indent);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(opt.rect.left() + indent, opt.rect.top());
    painter->setClipRect(QRect(0, 0, opt.rect.width() - indent, opt.rect.height()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    layOut(doc, option, index);
    // One line per row: a long snippet is cut at the view's edge.
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace k12
