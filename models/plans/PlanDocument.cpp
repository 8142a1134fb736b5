#include "PlanDocument.h"

#include "PlanPrintLayout.h"
#include "PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using namespace planprint;

namespace {

// Page geometry in millimetres. Nothing is drawn in the margins; the footer has
// its own band inside the bottom margin, clear of the body.
constexpr qreal kMarginLeftMm = 18;
constexpr qreal kMarginRightMm = 18;
constexpr qreal kMarginTopMm = 16;
constexpr qreal kMarginBottomMm = 22; // below the body: a gap, then the footer band
constexpr qreal kFooterTopMm = 16;    // the footer band, measured from the bottom edge
constexpr qreal kFooterBottomMm = 8;
constexpr int kResolution = 300; // QPdfWriter's 1200 dpi default only makes the arithmetic large

QString escapedText(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

// Rich text from the lesson editor is a whole Qt HTML document; only its body goes on the page.
QString richBody(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return u"<p>"_s + escapedText(text) + u"</p>"_s;
    static const QRegularExpression body(u"<body[^>]*>(.*)</body>"_s, QRegularExpression::DotMatchesEverythingOption |
                                                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = body.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

QString section(const QString &heading, const QString &bodyHtml)
{
    return u"<h2>"_s + heading.toHtmlEscaped() + u"</h2>"_s + bodyHtml;
}

QString textSection(const QString &heading, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return section(heading, u"<p>"_s + escapedText(text) + u"</p>"_s);
}

QString standardsList(Store &store, const QStringList &ids)
{
    const QList<Standard> standards = PlanQueries(store).standardsByIds(ids);
    if (standards.isEmpty())
        return {};
    QString html = u"<ul>"_s;
    for (const Standard &s : standards) {
        html += u"<li><b>"_s + s.code.toHtmlEscaped() + u"</b>"_s;
        if (!s.description.trimmed().isEmpty())
            html += u" — "_s + s.description.trimmed().toHtmlEscaped();
        html += u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

QString classLine(const SchoolClass &c)
{
    QStringList parts{c.name};
    if (!c.subject.isEmpty())
        parts << c.subject;
    if (!c.gradeLevel.isEmpty())
        parts << PlanDocument::tr("Grade %1").arg(c.gradeLevel);
    if (!c.term.isEmpty())
        parts << c.term;
    if (!c.period.isEmpty())
        parts << PlanDocument::tr("Period %1").arg(c.period);
    return parts.join(u"  ·  "_s).toHtmlEscaped();
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : PlanDocument::tr("no date");
}

QString dateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return PlanDocument::tr("No dates yet");
    if (!to.isValid())
        return PlanDocument::tr("From %1").arg(longDate(from));
    if (!from.isValid())
        return PlanDocument::tr("Until %1").arg(longDate(to));
    return PlanDocument::tr("%1 to %2").arg(longDate(from), longDate(to));
}

// The parts of a lesson below its heading. On its own page each part gets a
// heading; inside a unit the parts are rows of a compact two-column table, so
// a unit of fifteen lessons stays a few pages long.
QString lessonBody(Store &store, const Lesson &l, bool compact)
{
    QList<std::pair<QString, QString>> parts; // label, HTML
    const auto addText = [&parts](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            parts.append({label, escapedText(text)});
    };
    addText(PlanDocument::tr("Objectives"), l.objectives);
    {
        QTextDocument probe;
        probe.setHtml(l.activities);
        if (!probe.toPlainText().trimmed().isEmpty())
            parts.append({PlanDocument::tr("Activities"), richBody(l.activities)});
    }
    addText(PlanDocument::tr("Materials"), l.materials);
    addText(PlanDocument::tr("Homework"), l.homework);
    if (const QString standards = standardsList(store, l.standardIds); !standards.isEmpty())
        parts.append({PlanDocument::tr("Standards"), standards});
    if (!l.assignmentId.isEmpty()) {
        if (const std::optional<Assignment> a = AssignmentRepository(store).find(l.assignmentId))
            parts.append({PlanDocument::tr("Assignment"), a->title.toHtmlEscaped()});
    }
    if (parts.isEmpty())
        return u"<p class=\"none\">"_s + PlanDocument::tr("Nothing planned yet.").toHtmlEscaped() + u"</p>"_s;
    QString html;
    if (compact) {
        html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
        for (const auto &[label, body] : parts) {
            html += u"<tr><td class=\"label\" width=\"18%\" valign=\"top\">"_s + label.toHtmlEscaped() +
                    u"</td><td valign=\"top\">"_s + body + u"</td></tr>"_s;
        }
        return html + u"</table>"_s;
    }
    for (const auto &[label, body] : parts) {
        const bool block = body.trimmed().startsWith(u'<');
        html += section(label, block ? body : u"<p>"_s + body + u"</p>"_s);
    }
    return html;
}

QString page(const QString &body)
{
    return u"<html><body>"_s + body + u"</body></html>"_s;
}

} // namespace

Result<QString> PlanDocument::unitHtml(Store &store, const QString &unitId)
{
    const std::optional<UnitPlan> unit = UnitPlanRepository(store).find(unitId);
    if (!unit)
        return fail(tr("No unit has the id \"%1\".").arg(unitId));
    const std::optional<SchoolClass> c = ClassRepository(store).find(unit->classId);
    if (!c)
        return fail(tr("The class of this unit no longer exists."));
    QString html = u"<h1>"_s + unit->title.toHtmlEscaped() + u"</h1>"_s;
    html += u"<p class=\"meta\">"_s + classLine(*c) + u"<br/>"_s +
            dateRange(unit->startDate, unit->endDate).toHtmlEscaped() + u"  ·  "_s +
            (unit->status == u"ready"_s ? tr("Ready") : tr("Draft")).toHtmlEscaped() + u"</p>"_s;
    html += textSection(tr("Summary"), unit->summary);
    html += textSection(tr("Essential questions"), unit->essentialQuestions);
    if (const QString standards = standardsList(store, unit->standardIds); !standards.isEmpty())
        html += section(tr("Standards addressed"), standards);
    const QList<Lesson> lessons = PlanQueries(store).lessons(unitId);
    html += u"<h2>"_s + tr("Lessons (%1)").arg(lessons.size()).toHtmlEscaped() + u"</h2>"_s;
    if (lessons.isEmpty())
        html += u"<p class=\"none\">"_s + tr("No lessons planned yet.").toHtmlEscaped() + u"</p>"_s;
    for (int i = 0; i < lessons.size(); ++i) {
        const Lesson &l = lessons.at(i);
        if (i > 0)
            html += u"<hr/>"_s;
        html += u"<h3><a name=\""_s + lessonAnchor() + u"\">"_s + tr("%1. %2").arg(i + 1).arg(l.title).toHtmlEscaped() +
                u"</a></h3>"_s;
        html += u"<p class=\"meta\">"_s + longDate(l.date).toHtmlEscaped() + u"</p>"_s;
        html += lessonBody(store, l, true);
    }
    return page(html);
}

Result<QString> PlanDocument::lessonHtml(Store &store, const QString &lessonId)
{
    const std::optional<Lesson> lesson = LessonRepository(store).find(lessonId);
    if (!lesson)
        return fail(tr("No lesson has the id \"%1\".").arg(lessonId));
    const std::optional<SchoolClass> c = ClassRepository(store).find(lesson->classId);
    if (!c)
        return fail(tr("The class of this lesson no longer exists."));
    const std::optional<UnitPlan> unit = UnitPlanRepository(store).find(lesson->unitId);
    QString html = u"<h1><a name=\""_s + lessonAnchor() + u"\">"_s + lesson->title.toHtmlEscaped() + u"</a></h1>"_s;
    html += u"<p class=\"meta\">"_s + classLine(*c) + u"<br/>"_s + longDate(lesson->date).toHtmlEscaped();
    if (unit)
        html += u"  ·  "_s + tr("Unit: %1").arg(unit->title).toHtmlEscaped();
    html += u"</p>"_s;
    html += lessonBody(store, *lesson, false);
    return page(html);
}

Status PlanDocument::writePdf(const QString &html, const QString &title, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    QFile file(path);
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Plans can name students (accommodations, groups): the file is the teacher's alone.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, userOnly))
        return fail(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    if (!file.setPermissions(userOnly)) { // an existing file keeps its mode when opened
        file.close();
        return fail(tr("Cannot make \"%1\" private to you: %2").arg(path, file.errorString()));
    }
    const bool painted = paint(&file, html, title);
    file.close();
    if (!painted || file.error() != QFileDevice::NoError || file.size() == 0) {
        const QString why = painted ? file.errorString() : tr("the PDF could not be drawn");
        file.remove();
        return fail(tr("Cannot write \"%1\": %2").arg(path, why));
    }
    return {};
}

Result<QByteArray> PlanDocument::pdfBytes(const QString &html, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs fonts, which this process has not loaded."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!paint(&buffer, html, title) || bytes.isEmpty())
        return fail(tr("The PDF of \"%1\" could not be drawn.").arg(title));
    buffer.close();
    return bytes;
}

bool PlanDocument::paint(QIODevice *device, const QString &html, const QString &title)
{
    bool painted = false;
    {
        QPdfWriter writer(device);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(u"K12 Teacher"_s);
        const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        // The margins and the footer band are laid out below, so the writer's page is the whole sheet.
        writer.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        const auto mm = [](qreal v) { return v * kResolution / 25.4; };
        const QRectF sheet = writer.pageLayout().fullRectPixels(kResolution);
        const QRectF body(mm(kMarginLeftMm), mm(kMarginTopMm), sheet.width() - mm(kMarginLeftMm + kMarginRightMm),
                          sheet.height() - mm(kMarginTopMm + kMarginBottomMm));
        const QRectF footer(body.left(), sheet.height() - mm(kFooterTopMm), body.width(),
                            mm(kFooterTopMm - kFooterBottomMm));

        const std::unique_ptr<QTextDocument> doc = printDocument(&writer, body.width(), html);
        QList<LessonHeading> lessons;
        const std::vector<Band> bands = documentBands(*doc, &lessons);
        // A lesson going on over a page break repeats its heading there, the same size, marked as continued.
        std::vector<std::unique_ptr<QTextDocument>> continued(lessons.size());
        const auto continuedHeading = [&](int lesson) -> QTextDocument & {
            auto &heading = continued[size_t(lesson)];
            if (!heading) {
                const LessonHeading &h = lessons.at(lesson);
                const QString tag = u"h%1"_s.arg(h.level);
                heading = printDocument(&writer, body.width(),
                                        u"<"_s + tag + u" style=\"margin-top: 0px\">"_s +
                                            tr("%1 (continued)").arg(h.text).toHtmlEscaped() + u"</"_s + tag + u">"_s);
            }
            return *heading;
        };
        const QList<PageSlice> pages = paginate(bands, body.height(), [&](int lesson) {
            return continuedHeading(lesson).documentLayout()->documentSize().height();
        });

        QFont footerFont = printFont();
        footerFont.setPointSizeF(8.5);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        QPainter painter;
        if (painter.begin(&writer)) {
            for (int n = 0; n < pages.size(); ++n) {
                const PageSlice &page = pages.at(n);
                if (n > 0)
                    writer.newPage();
                qreal y = body.top();
                if (page.continued >= 0) {
                    QTextDocument &heading = continuedHeading(page.continued);
                    const qreal height = heading.documentLayout()->documentSize().height();
                    drawRows(painter, heading, QPointF(body.left(), y), 0, height);
                    y += height;
                }
                if (page.last >= page.first)
                    drawRows(painter, *doc, QPointF(body.left(), y), bands[size_t(page.first)].top,
                             bands[size_t(page.last)].bottom);

                // The footer: a hairline, the title on the left, the page number on the right.
                const QString number = tr("Page %1 of %2").arg(n + 1).arg(pages.size());
                painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2)));
                painter.drawLine(footer.topLeft() + QPointF(0, mm(0.2)), footer.topRight() + QPointF(0, mm(0.2)));
                painter.setPen(QColor(0x55, 0x55, 0x55));
                painter.setFont(footerFont);
                const qreal numberWidth = footerMetrics.horizontalAdvance(number);
                painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
                const QString shownTitle =
                    footerMetrics.elidedText(title, Qt::ElideRight, footer.width() - numberWidth - mm(6));
                painter.drawText(footer.adjusted(0, 0, -(numberWidth + mm(6)), 0), Qt::AlignLeft | Qt::AlignVCenter,
                                 shownTitle);
            }
            painted = painter.end();
        }
    }
    return painted;
}

Status PlanDocument::exportUnit(Store &store, const QString &unitId, const QString &path)
{
    Result<QString> html = unitHtml(store, unitId);
    if (!html)
        return fail(html.error());
    return writePdf(*html, UnitPlanRepository(store).find(unitId)->title, path);
}

Status PlanDocument::exportLesson(Store &store, const QString &lessonId, const QString &path)
{
    Result<QString> html = lessonHtml(store, lessonId);
    if (!html)
        return fail(html.error());
    return writePdf(*html, LessonRepository(store).find(lessonId)->title, path);
}

QString PlanDocument::suggestedFileName(const QString &title)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString name = title;
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    if (name.isEmpty())
        name = tr("Plan");
    return name.left(80) + u".pdf"_s;
}

} // namespace k12
