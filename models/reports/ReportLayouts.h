#pragma once

#include "ProgressReport.h"
#include "ReportText.h"

#include <QImage>
#include <QList>
#include <QPdfWriter>
#include <QRectF>
#include <QTextDocument>

#include <map>
#include <memory>

class QBuffer;

namespace k12 {

// Where a report goes on the sheet, in the writer's pixels.
struct PageGeometry
{
    static constexpr int resolution = 300; // QPdfWriter's 1200 dpi default only makes the arithmetic large
    QRectF sheet;
    QRectF body;   // the report's text, page by page
    QRectF footer; // a band under the body: who and which page
    static qreal mm(qreal v) { return v * resolution / 25.4; }
};

// The batch's reports laid out as QTextDocuments (HTML in the report's
// language, cut into pages on the batch's paper), one at a time as the
// writer takes them. Translators and logos are loaded once per batch.
// Laying out on the thread pool was tried: QTextDocument's layout starts
// timers in the thread that lays it out, which then cannot be stopped from
// the painting thread, and on this 2-core machine it gained nothing measurable.
class ReportLayouts
{
public:
    explicit ReportLayouts(const QList<ProgressReport> &reports);
    ~ReportLayouts();
    ReportLayouts(const ReportLayouts &) = delete;
    ReportLayouts &operator=(const ReportLayouts &) = delete;

    const PageGeometry &geometry() const { return m_geometry; }
    const ProgressReport &report(int index) const { return m_reports.at(index); }
    const ReportText &text(int index) const;
    // The laid-out document of report `index`.
    std::unique_ptr<QTextDocument> take(int index);

    // The body text's font: 10 pt, unhinted (paper needs no hinting), no ligatures in copied text.
    static QFont printFont();
    // A4 or Letter from the locale, no margins (the geometry places everything), 300 dpi.
    static void setUp(QPdfWriter &writer);

private:
    QList<ProgressReport> m_reports;
    PageGeometry m_geometry;
    std::unique_ptr<QBuffer> m_sink;       // where the metrics writer would write: nothing is painted on it
    std::unique_ptr<QPdfWriter> m_metrics; // the paint device every layout measures fonts on
    std::map<QString, std::unique_ptr<ReportText>> m_texts;
    std::map<QString, QImage> m_logos;
};

} // namespace k12
