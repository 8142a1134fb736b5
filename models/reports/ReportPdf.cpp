#include "ReportPdf.h"

#include "ReportDocument.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Printed pages are read at arm's length: 10 pt body text, clear headings.
const auto kStyleSheet = u"h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 4px; }"
                         "h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; color: #1d3f73; }"
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

constexpr int kResolution = 300; // QPdfWriter's 1200 dpi default only makes the arithmetic large
constexpr qreal kMarginMm = 16;
constexpr qreal kFooterMm = 10; // the footer band inside the bottom margin

QFont printFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    // Text copied or searched in the PDF must read "fl", not a ligature.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QPageSize paperForLocale()
{
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

// The school's logo, read once per batch; an unreadable file prints no logo (the report still prints).
class LogoCache
{
public:
    const QImage &get(const QString &path)
    {
        auto it = m_images.find(path);
        if (it == m_images.end()) {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            it = m_images.emplace(path, path.isEmpty() ? QImage() : reader.read()).first;
        }
        return it->second;
    }

private:
    std::map<QString, QImage> m_images;
};

Status openPrivate(QFile &file)
{
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Reports hold grades: the file is the teacher's alone, also when it existed before with another mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, userOnly))
        return fail(ReportPdf::tr("Cannot write \"%1\": %2").arg(file.fileName(), file.errorString()));
    if (!file.setPermissions(userOnly)) {
        file.close();
        file.remove();
        return fail(ReportPdf::tr("Cannot make \"%1\" private to you: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

} // namespace

Result<int> ReportPdf::paint(const QList<ProgressReport> &reports, QIODevice *device, const Progress &progress,
                             int done, int total, bool *cancelled)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setCreator(u"K12 Teacher"_s);
    writer.setTitle(reports.size() == 1 ? reports.constFirst().displayName() : tr("Progress reports"));
    writer.setPageLayout(
        QPageLayout(paperForLocale(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const auto mm = [](qreal v) { return v * kResolution / 25.4; };
    const QRectF sheet = writer.pageLayout().fullRectPixels(kResolution);
    const QRectF body(mm(kMarginMm), mm(kMarginMm), sheet.width() - 2 * mm(kMarginMm),
                      sheet.height() - mm(kMarginMm) - mm(kMarginMm + kFooterMm / 2));
    const QRectF footer(body.left(), sheet.height() - mm(kMarginMm), body.width(), mm(kFooterMm / 2));

    QFont footerFont = printFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    LogoCache logos;
    std::map<QString, std::unique_ptr<ReportText>> texts; // one translator per language in the batch

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("The PDF could not be drawn."));
    int painted = 0;
    bool firstPage = true;
    for (const ProgressReport &report : reports) {
        auto &text = texts[report.language];
        if (!text)
            text = std::make_unique<ReportText>(report.language);
        const QImage &logo = logos.get(report.schoolLogoPath);

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(printFont());
        QTextOption option = doc.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setDefaultStyleSheet(kStyleSheet);
        if (!logo.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(ReportDocument::logoResource)),
                            logo);
        doc.setHtml(ReportDocument::html(report, *text, !logo.isNull()));
        doc.setPageSize(body.size()); // QTextDocument cuts it into pages between lines and table rows

        const int pages = doc.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (!firstPage)
                writer.newPage();
            firstPage = false;
            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            doc.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();

            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2)));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.setFont(footerFont);
            const QString line = ReportDocument::footer(report, *text, page + 1, pages);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             footerMetrics.elidedText(line, Qt::ElideMiddle, footer.width()));
        }
        ++painted;
        if (progress && !progress(done + painted, total)) {
            *cancelled = true;
            break;
        }
    }
    if (!painter.end())
        return fail(tr("The PDF could not be drawn."));
    return painted;
}

Result<ReportPdf::Outcome> ReportPdf::writeCombined(const QList<ProgressReport> &reports, const QString &path,
                                                    const Progress &progress)
{
    if (reports.isEmpty())
        return fail(tr("There is no report to write."));
    QFile file(path);
    if (Status opened = openPrivate(file); !opened)
        return Error{opened.error()};
    bool cancelled = false;
    Result<int> painted = paint(reports, &file, progress, 0, int(reports.size()), &cancelled);
    file.close();
    if (!painted || cancelled || file.error() != QFileDevice::NoError) {
        const QString why = !painted ? painted.error() : file.errorString();
        file.remove();
        if (cancelled && painted)
            return Outcome{{}, 0, true};
        return fail(tr("Cannot write \"%1\": %2").arg(path, why));
    }
    return Outcome{{path}, *painted, false};
}

Result<ReportPdf::Outcome> ReportPdf::writeEach(const QList<ProgressReport> &reports, const QString &folder,
                                                const Progress &progress)
{
    if (reports.isEmpty())
        return fail(tr("There is no report to write."));
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(tr("Cannot make the folder \"%1\".").arg(folder));
    Outcome outcome;
    QStringList taken = dir.entryList(QDir::Files);
    for (int i = 0; i < reports.size(); ++i) {
        const QString name = fileNameFor(reports.at(i), taken);
        taken << name;
        QFile file(dir.filePath(name));
        if (Status opened = openPrivate(file); !opened)
            return Error{opened.error()};
        bool cancelled = false;
        Result<int> painted = paint({reports.at(i)}, &file, {}, i, int(reports.size()), &cancelled);
        file.close();
        if (!painted || file.error() != QFileDevice::NoError) {
            const QString why = !painted ? painted.error() : file.errorString();
            file.remove();
            return fail(tr("Cannot write \"%1\": %2").arg(file.fileName(), why));
        }
        outcome.files << file.fileName();
        ++outcome.reports;
        if (progress && !progress(i + 1, int(reports.size()))) {
            outcome.cancelled = i + 1 < reports.size();
            break;
        }
    }
    return outcome;
}

Result<QByteArray> ReportPdf::toBytes(const QList<ProgressReport> &reports)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool cancelled = false;
    Result<int> painted = paint(reports, &buffer, {}, 0, int(reports.size()), &cancelled);
    if (!painted)
        return Error{painted.error()};
    buffer.close();
    return bytes;
}

QString ReportPdf::fileNameFor(const ProgressReport &report, const QStringList &taken)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString base = (report.familyName.trimmed() + u", "_s + report.givenName.trimmed());
    base.replace(unsafe, u" "_s);
    base = base.simplified();
    while (base.startsWith(u'.') || base.startsWith(u','))
        base = base.mid(1).trimmed(); // no hidden files, no leading comma for a student with no family name
    if (base.isEmpty())
        base = report.studentNumber.isEmpty() ? tr("Student") : report.studentNumber;
    base = base.left(80).trimmed();
    QString name = base + u".pdf"_s;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = u"%1 (%2).pdf"_s.arg(base).arg(n);
    return name;
}

} // namespace k12
