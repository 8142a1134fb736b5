#include "PlanDocument.h"

#include "PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Printed pages are read at arm's length: 10.5 pt body text, clear headings.
const auto kStyleSheet = u"h1 { font-size: 17pt; margin-bottom: 2px; }"
                         "h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; color: #1d3f73; }"
                         "h3 { font-size: 11.5pt; margin-top: 10px; margin-bottom: 2px; }"
                         "p.meta { color: #555555; margin-top: 0px; }"
                         "p.none { color: #777777; font-style: italic; }"
                         "td.label { color: #1d3f73; font-weight: bold; }"
                         "ul { margin-top: 0px; margin-bottom: 0px; }"_s;

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
        html += u"<h3>"_s + tr("%1. %2").arg(i + 1).arg(l.title).toHtmlEscaped() + u"</h3>"_s;
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
    QString html = u"<h1>"_s + lesson->title.toHtmlEscaped() + u"</h1>"_s;
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
    {
        QPdfWriter writer(&file);
        // QPdfWriter defaults to 1200 dpi; 300 is print quality and keeps the layout arithmetic small.
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"K12 Teacher"_s);
        const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        writer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);

        QTextDocument doc;
        // Lay the text out for the PDF itself, so point sizes are real points on paper.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.setDocumentMargin(0);
        QFont font = doc.defaultFont();
        font.setPointSizeF(10.5);
        // No "fi"/"fl" ligatures where a script does not need them: text copied or searched in
        // the PDF must read "floor", not "ﬂoor".
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(kStyleSheet);
        doc.setHtml(html);
        doc.print(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0) {
        const QString why = file.errorString();
        file.remove();
        return fail(tr("Cannot write \"%1\": %2").arg(path, why));
    }
    return {};
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
