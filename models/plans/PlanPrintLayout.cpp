#include "PlanPrintLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHash>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::planprint {

namespace {

// Printed pages are read at arm's length: 10.5 pt body text, clear headings.
const auto kStyleSheet = u"h1 { font-size: 17pt; margin-bottom: 2px; }"
                         "h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; color: #1d3f73; }"
                         "h3 { font-size: 11.5pt; margin-top: 10px; margin-bottom: 2px; }"
                         "p.meta { color: #555555; margin-top: 0px; }"
                         "p.none { color: #777777; font-style: italic; }"
                         "td.label { color: #1d3f73; font-weight: bold; }"
                         "ul { margin-top: 0px; margin-bottom: 0px; }"_s;

// A heading keeps at least this many rows of what follows it on its page.
constexpr int kLinesAfterHeading = 2;

} // namespace

QString lessonAnchor()
{
    return u"k12-lesson"_s;
}

// The printed text: 10.5 pt, plain Latin without ligatures (text copied or
// searched in the PDF must read "floor", not "ﬂoor"), and CJK faces named as
// fallbacks so Han, kana and hangul get real glyphs (embedded by QPdfWriter)
// rather than boxes, whatever fontconfig would have picked.
QFont printFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    // The resolved face, not the "Sans Serif" alias: with an alias first in the list, bold text fell
    // through to the CJK face.
    QStringList families{QFontInfo(font).family()};
    const QStringList installed = QFontDatabase::families();
    for (const QString &cjk :
         {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Noto Sans CJK JP"_s, u"Noto Sans CJK KR"_s,
          u"Noto Sans CJK TC"_s, u"Source Han Sans SC"_s, u"Droid Sans Fallback"_s}) {
        if (installed.contains(cjk))
            families << cjk;
    }
    font.setFamilies(families);
    return font;
}

// A document laid out for the PDF itself (point sizes are real points on paper), `width` wide and unpaginated.
std::unique_ptr<QTextDocument> printDocument(QPaintDevice *device, qreal width, const QString &html)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(printFont());
    // A long web address must wrap rather than run into the right margin.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(kStyleSheet);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

std::vector<Band> documentBands(QTextDocument &doc, QList<LessonHeading> *lessons)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    std::vector<Band> lines;
    int lesson = -1;
    // Blocks come in document order, table cells included, so a lesson's table follows its heading.
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        if (!tl || !b.isVisible())
            continue;
        const int level = b.blockFormat().headingLevel();
        bool lessonStart = false;
        for (auto it = b.begin(); !it.atEnd() && !lessonStart; ++it)
            lessonStart = it.fragment().charFormat().anchorNames().contains(lessonAnchor());
        if (lessonStart) {
            lessons->append({std::clamp(level, 1, 6), b.text().trimmed()});
            lesson = int(lessons->size()) - 1;
        }
        // The layout's position is relative to its frame or table cell; the bounding rect is in the document.
        const qreal originY = layout->blockBoundingRect(b).top() - tl->boundingRect().top();
        const bool blank = b.text().trimmed().isEmpty();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const qreal top = originY + line.y();
            lines.push_back({top, top + line.height(), level > 0, blank, lesson, lessonStart, false, b.blockNumber()});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Band &a, const Band &b) { return a.top < b.top; });
    std::vector<Band> bands;
    QHash<int, std::pair<int, int>> blockBands; // block number -> its first and last band
    for (const Band &l : lines) {
        if (!bands.empty() && l.top < bands.back().bottom - 0.01) {
            Band &b = bands.back();
            b.bottom = std::max(b.bottom, l.bottom);
            b.heading = b.heading || l.heading;
            b.blank = b.blank && l.blank;
            b.lessonStart = b.lessonStart || l.lessonStart;
        } else {
            bands.push_back(l);
        }
        const int band = int(bands.size()) - 1;
        auto it = blockBands.find(l.block);
        if (it == blockBands.end())
            blockBands.insert(l.block, {band, band});
        else
            it->second = std::max(it->second, band);
    }
    for (const auto &[first, last] : std::as_const(blockBands)) {
        for (int i = first; i < last; ++i)
            bands[size_t(i)].splitsBlock = true;
    }
    return bands;
}

QList<PageSlice> paginate(const std::vector<Band> &bands, qreal bodyHeight,
                          const std::function<qreal(int lesson)> &continuedHeight)
{
    const int n = int(bands.size());
    // keep[i]: no page may end after band i.
    std::vector<bool> keep(bands.size(), false);
    for (int i = 0; i < n; ++i) {
        if (!bands[i].heading)
            continue;
        int rows = 0;
        for (int j = i + 1; j < n && rows < kLinesAfterHeading; ++j) {
            keep[j - 1] = true;
            if (!bands[j].heading && !bands[j].blank)
                ++rows;
        }
    }
    QList<PageSlice> pages;
    int s = 0;
    while (s < n) {
        while (s < n && bands[s].blank) // a rule or an empty line does not start a page
            ++s;
        if (s == n)
            break;
        PageSlice page;
        page.first = s;
        page.continued = bands[s].lessonStart ? -1 : bands[s].lesson;
        const qreal room = bodyHeight - (page.continued >= 0 ? continuedHeight(page.continued) : 0);
        int lastFit = s;
        int best = -1;    // between paragraphs, a heading with its text
        int between = -1; // between paragraphs
        for (int k = s; k < n && bands[k].bottom - bands[s].top <= room; ++k) {
            lastFit = k;
            const bool end = k == n - 1;
            if (end || !bands[k].splitsBlock) {
                between = k;
                if (end || !keep[k])
                    best = k;
            }
        }
        // A heading and its first rows that fit nowhere, or a paragraph longer than a page (never seen
        // in real plans): the page is filled as far as it goes instead.
        page.last = best >= s ? best : between >= s ? between : lastFit;
        pages.append(page);
        s = page.last + 1;
    }
    if (pages.isEmpty())
        pages.append(PageSlice{});
    return pages;
}

void drawRows(QPainter &painter, QTextDocument &doc, const QPointF &at, qreal top, qreal bottom)
{
    painter.save();
    painter.translate(at.x(), at.y() - top);
    QAbstractTextDocumentLayout::PaintContext context;
    // Qt skips the paragraphs outside the clip, so the rows of the neighbouring pages are not even
    // written (a painter clip alone would hide them but leave their text in the PDF, found by search
    // and copy). Table cells are placed in whole 1/64 px, so the clip stays a hair (2 px at 300 dpi,
    // inside the line's leading) off the rows' edges for the rounding.
    context.clip = QRectF(0, top + 2, doc.textWidth(), bottom - top - 3);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace k12::planprint
