#include "ReportLayouts.h"

#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Printed pages are read at arm's length: 10 pt body text, clear headings.
const auto kStyleSheet = u"h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 4px; }"
                         "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1d3f73; }"
                         "p.school { font-size: 11pt; color: #1d3f73; font-weight: bold; margin-bottom: 2px; }"
                         "p.asof { color: #444444; margin-top: 4px; margin-bottom: 8px; }"
                         "p.final { font-size: 12.5pt; margin-top: 10px; }"
                         "p.ok { color: #2d5f2d; }"
                         "p.missinghead { font-size: 11.5pt; font-weight: bold; margin: 0px; }"
                         "table.missing { border-color: #9a1b1b; background-color: #fdf0f0; }"
                         "table.grid { border-color: #999999; }"
                         "th { background-color: #e8edf5; font-weight: bold; }"
                         "td.label { color: #1d3f73; font-weight: bold; padding-right: 8px; }"
                         ".meta { color: #555555; }"_s;

constexpr qreal kMarginMm = 16;
constexpr qreal kFooterMm = 10; // the footer band inside the bottom margin

std::unique_ptr<QTextDocument> layOut(const ProgressReport &report, const ReportText &text, const QImage &logo,
                                      QPaintDevice *device, const QSizeF &page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(ReportLayouts::printFont());
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(kStyleSheet);
    if (!logo.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(ReportDocument::logoResource)), logo);
    doc->setHtml(ReportDocument::html(report, text, !logo.isNull()));
    doc->setPageSize(page); // QTextDocument cuts it into pages between lines and table rows
    return doc;
}

} // namespace

QFont ReportLayouts::printFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    // Text copied or searched in the PDF must read "fl", not a ligature.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // Paper needs no hinting, and FreeType's bytecode interpreter was the largest single cost of a batch.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void ReportLayouts::setUp(QPdfWriter &writer)
{
    writer.setResolution(PageGeometry::resolution);
    writer.setCreator(u"K12 Teacher"_s);
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    writer.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

ReportLayouts::ReportLayouts(const QList<ProgressReport> &reports)
    : m_reports(reports)
    , m_sink(std::make_unique<QBuffer>())
{
    m_sink->open(QIODevice::WriteOnly);
    m_metrics = std::make_unique<QPdfWriter>(m_sink.get());
    setUp(*m_metrics);
    const auto mm = &PageGeometry::mm;
    m_geometry.sheet = m_metrics->pageLayout().fullRectPixels(PageGeometry::resolution);
    m_geometry.body = QRectF(mm(kMarginMm), mm(kMarginMm), m_geometry.sheet.width() - 2 * mm(kMarginMm),
                             m_geometry.sheet.height() - mm(kMarginMm) - mm(kMarginMm + kFooterMm / 2));
    m_geometry.footer = QRectF(m_geometry.body.left(), m_geometry.sheet.height() - mm(kMarginMm),
                               m_geometry.body.width(), mm(kFooterMm / 2));
    for (const ProgressReport &r : reports) {
        if (!m_texts.count(r.language))
            m_texts.emplace(r.language, std::make_unique<ReportText>(r.language));
        if (!m_logos.count(r.schoolLogoPath)) {
            // An unreadable logo prints no logo; the report still prints.
            QImageReader reader(r.schoolLogoPath);
            reader.setAutoTransform(true);
            m_logos.emplace(r.schoolLogoPath, r.schoolLogoPath.isEmpty() ? QImage() : reader.read());
        }
    }
}

ReportLayouts::~ReportLayouts() = default;

const ReportText &ReportLayouts::text(int index) const
{
    return *m_texts.at(m_reports.at(index).language);
}

std::unique_ptr<QTextDocument> ReportLayouts::take(int index)
{
    const ProgressReport &r = m_reports.at(index);
    return layOut(r, text(index), m_logos.at(r.schoolLogoPath), m_metrics.get(), m_geometry.body.size());
}

} // namespace k12
