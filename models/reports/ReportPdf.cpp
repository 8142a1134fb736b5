#include "ReportPdf.h"

#include "ReportDocument.h"
#include "ReportLayouts.h"

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

Result<int> ReportPdf::paint(ReportLayouts &layouts, int first, int count, QIODevice *device, const Progress &progress,
                             int done, int total, bool *cancelled)
{
    const PageGeometry &g = layouts.geometry();
    QPdfWriter writer(device);
    ReportLayouts::setUp(writer);
    writer.setTitle(count == 1 ? layouts.report(first).displayName() : tr("Progress reports"));
    QFont footerFont = ReportLayouts::printFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF footerMetrics(footerFont, &writer);

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("The PDF could not be drawn."));
    int painted = 0;
    for (int i = first; i < first + count; ++i) {
        const ProgressReport &report = layouts.report(i);
        const ReportText &text = layouts.text(i);
        const std::unique_ptr<QTextDocument> doc = layouts.take(i);
        const int pages = doc->pageCount();
        for (int page = 0; page < pages; ++page) {
            if (i > first || page > 0)
                writer.newPage();
            painter.save();
            painter.translate(g.body.left(), g.body.top() - page * g.body.height());
            doc->drawContents(&painter, QRectF(0, page * g.body.height(), g.body.width(), g.body.height()));
            painter.restore();

            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), g.mm(0.2)));
            painter.drawLine(g.footer.topLeft(), g.footer.topRight());
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.setFont(footerFont);
            const QString line = ReportDocument::footer(report, text, page + 1, pages);
            painter.drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter,
                             footerMetrics.elidedText(line, Qt::ElideMiddle, g.footer.width()));
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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    QFile file(path);
    if (Status opened = openPrivate(file); !opened)
        return Error{opened.error()};
    bool cancelled = false;
    ReportLayouts layouts(reports);
    Result<int> painted = paint(layouts, 0, int(reports.size()), &file, progress, 0, int(reports.size()), &cancelled);
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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    Outcome outcome;
    ReportLayouts layouts(reports); // lays out ahead on the other cores while each file is painted
    QStringList taken = dir.entryList(QDir::Files);
    for (int i = 0; i < reports.size(); ++i) {
        const QString name = fileNameFor(reports.at(i), taken);
        taken << name;
        QFile file(dir.filePath(name));
        if (Status opened = openPrivate(file); !opened)
            return Error{opened.error()};
        bool cancelled = false;
        Result<int> painted = paint(layouts, i, 1, &file, {}, i, int(reports.size()), &cancelled);
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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool cancelled = false;
    ReportLayouts layouts(reports);
    Result<int> painted = paint(layouts, 0, int(reports.size()), &buffer, {}, 0, int(reports.size()), &cancelled);
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
