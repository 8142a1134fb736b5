#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>
#include <vector>

// How a plan's HTML becomes printed pages: the print font and style, and a
// pagination that cuts only between rows of lines. QTextDocument's own
// pagination cuts wherever a page is full: a heading can end a page, a line can
// fall into the bottom margin, and nothing can be repeated. So the document is
// laid out as one endless page and cut into pages here, at gaps between rows
// of lines only. Internal to PlanDocument.
namespace k12::planprint {

// Lesson headings carry this anchor: they are the ones repeated "(continued)" on a next page.
QString lessonAnchor();

// The printed text: 10.5 pt, Latin without ligatures, CJK fallbacks.
QFont printFont();

// A document laid out for the PDF itself (point sizes are real points on paper), `width` wide and unpaginated.
std::unique_ptr<QTextDocument> printDocument(QPaintDevice *device, qreal width, const QString &html);

// Lines of the document that overlap vertically (a table row's cells side by
// side) form one band; a page may only end between bands.
struct Band
{
    qreal top = 0;
    qreal bottom = 0;
    bool heading = false;     // part of an h1-h6
    bool blank = true;        // only empty blocks (a rule, spacing)
    int lesson = -1;          // the lesson it belongs to (index into LessonHeading), -1 before the first
    bool lessonStart = false; // the lesson's own heading
    // A paragraph goes on into the next band. Qt also paints the line just above the visible part of a
    // paragraph (clipped from sight, but its text stays in the PDF, found by search and copy, and a list
    // item's number is painted at its first line): pages end between paragraphs whenever they can.
    bool splitsBlock = false;
    int block = -1; // while collecting lines: the block's number
};

struct LessonHeading
{
    int level = 3;
    QString text;
};

struct PageSlice
{
    int first = 0; // bands first..last
    int last = -1;
    int continued = -1; // the lesson whose heading is repeated on top, or -1
};

// The document's rows as bands, and the lessons whose headings it holds.
std::vector<Band> documentBands(QTextDocument &doc, QList<LessonHeading> *lessons);

// Cuts the bands into pages of `bodyHeight`: a heading keeps its first rows of
// text with it, and a page that starts inside a lesson has room for the
// lesson's repeated heading (`continuedHeight`).
QList<PageSlice> paginate(const std::vector<Band> &bands, qreal bodyHeight,
                          const std::function<qreal(int lesson)> &continuedHeight);

// Paints document rows top..bottom with their top at `at`.
void drawRows(QPainter &painter, QTextDocument &doc, const QPointF &at, qreal top, qreal bottom);

} // namespace k12::planprint
