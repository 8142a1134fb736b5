#include "ReportDocument.h"

#include "kernel/domain/NumberText.h"
#include "models/grading/GradeEngine.h"

using namespace Qt::Literals::StringLiterals;

// Every label is marked QT_TRANSLATE_NOOP("k12::ReportDocument", ...) for lupdate and translated by ReportText
// in the report's language, not the app's.

namespace k12 {

namespace {

QString esc(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(u'\n', u"<br/>"_s);
}

QString cell(const QString &html, const QString &attributes = {})
{
    return u"<td"_s + (attributes.isEmpty() ? QString() : u" "_s + attributes) + u">"_s + html + u"</td>"_s;
}

QString headerRow(const QStringList &labels, const QStringList &alignments = {})
{
    QString row = u"<tr>"_s;
    for (int i = 0; i < labels.size(); ++i) {
        const QString align = i < alignments.size() ? alignments.at(i) : u"left"_s;
        row += u"<th align=\""_s + align + u"\">"_s + labels.at(i).toHtmlEscaped() + u"</th>"_s;
    }
    return row + u"</tr>"_s;
}

// What a score cell says: "8.5 / 10", "B+", "— / 10".
QString scoreText(const ProgressReport::AssignmentLine &a, const ReportText &t)
{
    if (a.letterGraded && !a.letter.isEmpty())
        return a.letter;
    const QString earned = a.points ? ReportDocument::number(*a.points, t) : u"—"_s;
    if (a.pointsPossible <= 0)
        return earned;
    return earned + u" / "_s + ReportDocument::number(a.pointsPossible, t);
}

// The flags of a score in words: "Missing", "Late (3 school days)", "Excused".
QString notesText(const ProgressReport::AssignmentLine &a, const ReportText &t)
{
    QStringList notes;
    if (a.missing)
        notes << t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Missing"));
    if (a.late)
        notes << (a.daysLate > 0
                      ? t.text(QT_TRANSLATE_N_NOOP("k12::ReportDocument", "Late (%n school day(s))"), a.daysLate)
                      : t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Late")));
    if (a.excused)
        notes << t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Excused"));
    if (a.exempt)
        notes << t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Exempt"));
    return notes.join(u", "_s);
}

QString section(const QString &title)
{
    return u"<h2>"_s + title.toHtmlEscaped() + u"</h2>"_s;
}

QString missingBox(const ProgressReport &r, const ReportText &t)
{
    if (r.missing.isEmpty())
        return u"<p class=\"ok\">"_s +
               t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "No missing work.")).toHtmlEscaped() + u"</p>"_s;
    // A box with a heavy border and a word, readable in black and white: not colour alone.
    QString html =
        u"<table class=\"missing\" width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>"_s;
    html += u"<p class=\"missinghead\">"_s +
            t.text(QT_TRANSLATE_N_NOOP("k12::ReportDocument", "MISSING WORK: %n assignment(s) not turned in"),
                   int(r.missing.size()))
                .toHtmlEscaped() +
            u"</p><ul>"_s;
    for (const ProgressReport::AssignmentLine &a : r.missing) {
        QString item = u"<b>"_s + esc(a.title) + u"</b>"_s;
        if (a.dueDate.isValid())
            item += u" &mdash; "_s + t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "due %1"))
                                         .arg(ReportDocument::shortDate(a.dueDate, t))
                                         .toHtmlEscaped();
        html += u"<li>"_s + item + u"</li>"_s;
    }
    return html + u"</ul></td></tr></table>"_s;
}

QString finalLine(const ProgressReport &r, const ReportText &t)
{
    if (!r.showFinal)
        return {};
    QString grade;
    if (r.finalPercent)
        grade = ReportDocument::percent(*r.finalPercent, t);
    if (!r.finalLetter.isEmpty())
        grade += (grade.isEmpty() ? QString() : u"  "_s) + r.finalLetter;
    if (grade.isEmpty())
        grade = t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "not graded yet"));
    QString html = u"<p class=\"final\">"_s +
                   t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Final grade:")).toHtmlEscaped() + u" <b>"_s +
                   grade.toHtmlEscaped() + u"</b>"_s;
    if (r.letterOverridden)
        html += u" <span class=\"meta\">("_s +
                t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "letter set by the teacher")).toHtmlEscaped() +
                u")</span>"_s;
    return html + u"</p>"_s;
}

QString categoriesTable(const ProgressReport &r, const ReportText &t)
{
    if (r.categories.isEmpty())
        return {};
    QString html = section(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Categories")));
    html += u"<table class=\"grid\" width=\"65%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    QStringList labels{t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Category"))};
    QStringList align{u"left"_s};
    if (r.weighted) {
        labels << t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Weight"));
        align << u"right"_s;
    }
    labels << t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Grade"));
    align << u"right"_s;
    html += headerRow(labels, align);
    for (const ProgressReport::CategoryLine &c : r.categories) {
        html += u"<tr>"_s + cell(esc(c.name));
        if (r.weighted)
            html += cell(ReportDocument::percent(c.weight, t).toHtmlEscaped(), u"align=\"right\""_s);
        html +=
            cell(c.percent ? ReportDocument::percent(*c.percent, t).toHtmlEscaped() : u"—"_s, u"align=\"right\""_s) +
            u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString assignmentsTable(const ProgressReport &r, const ReportText &t)
{
    QString html = section(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Assignments")));
    if (r.assignments.isEmpty())
        return html + u"<p class=\"meta\">"_s +
               t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "No assignments yet.")).toHtmlEscaped() + u"</p>"_s;
    html += u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    html += headerRow({t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Assignment")),
                       t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Category")),
                       t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Due")),
                       t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Score")),
                       t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Notes"))},
                      {u"left"_s, u"left"_s, u"left"_s, u"right"_s, u"left"_s});
    for (const ProgressReport::AssignmentLine &a : r.assignments) {
        const QString notes = notesText(a, t).toHtmlEscaped();
        html += u"<tr>"_s + cell(esc(a.title)) + cell(esc(a.category)) +
                cell(a.dueDate.isValid() ? ReportDocument::shortDate(a.dueDate, t).toHtmlEscaped() : QString()) +
                cell(scoreText(a, t).toHtmlEscaped(), u"align=\"right\""_s) +
                cell(a.missing ? u"<b>"_s + notes + u"</b>"_s : notes) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString standardsTable(const ProgressReport &r, const ReportText &t)
{
    if (r.standards.isEmpty())
        return {};
    QString html = section(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Standards")));
    html += u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    html += headerRow({t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Standard")),
                       t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Level"))});
    for (const ProgressReport::StandardLine &s : r.standards) {
        QString name = u"<b>"_s + esc(s.code) + u"</b>"_s;
        if (!s.description.trimmed().isEmpty())
            name += u" "_s + esc(s.description);
        const QString level = s.levelSource ? t.translated("k12::ProficiencyScale", s.levelSource) : s.level;
        html += u"<tr>"_s + cell(name) + cell(esc(level)) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString ReportDocument::html(const ProgressReport &r, const ReportText &t, bool hasLogo)
{
    QString html = u"<html><body>"_s;
    // Header: the school and the title on the left, the logo on the right.
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"middle\">"_s;
    if (!r.schoolName.trimmed().isEmpty())
        html += u"<p class=\"school\">"_s + esc(r.schoolName) + u"</p>"_s;
    html += u"<h1>"_s + t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Progress Report")).toHtmlEscaped() +
            u"</h1></td>"_s;
    if (hasLogo)
        html += u"<td align=\"right\" valign=\"middle\"><img src=\""_s + QLatin1StringView(logoResource) +
                u"\" height=\"64\"/></td>"_s;
    html += u"</tr></table>"_s;

    const auto metaRow = [](const QString &label, const QString &valueHtml) -> QString {
        return u"<tr><td class=\"label\">"_s + label.toHtmlEscaped() + u"</td><td>"_s + valueHtml + u"</td></tr>"_s;
    };
    QString student = u"<b>"_s + esc(r.displayName()) + u"</b>"_s;
    if (!r.studentNumber.trimmed().isEmpty())
        student +=
            u" ("_s +
            t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "No. %1")).arg(r.studentNumber.trimmed()).toHtmlEscaped() +
            u")"_s;
    QString period = t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Whole course")).toHtmlEscaped();
    if (!r.periodName.isEmpty()) {
        period = esc(r.periodName);
        if (r.periodStart.isValid() && r.periodEnd.isValid())
            period += u" ("_s +
                      t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "%1 to %2"))
                          .arg(shortDate(r.periodStart, t), shortDate(r.periodEnd, t))
                          .toHtmlEscaped() +
                      u")"_s;
    }
    html += u"<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += metaRow(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Student:")), student);
    html += metaRow(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Class:")), esc(r.className));
    if (!r.teacherName.trimmed().isEmpty())
        html += metaRow(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Teacher:")), esc(r.teacherName));
    html += metaRow(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Period:")), period);
    html += u"</table>"_s;
    html +=
        u"<p class=\"asof\">"_s +
        t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Grades as of %1")).arg(longDate(r.asOf, t)).toHtmlEscaped() +
        u"</p>"_s;

    html += missingBox(r, t);
    html += finalLine(r, t);
    html += categoriesTable(r, t);
    html += assignmentsTable(r, t);
    html += standardsTable(r, t);
    if (!r.comment.trimmed().isEmpty())
        html += section(t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Teacher's comment"))) + u"<p>"_s +
                multiline(r.comment) + u"</p>"_s;
    return html + u"</body></html>"_s;
}

QString ReportDocument::footer(const ProgressReport &r, const ReportText &t, int page, int pages)
{
    return r.displayName().trimmed() + u"  ·  "_s + r.className.trimmed() + u"  ·  "_s +
           t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "Page %1 of %2")).arg(page).arg(pages);
}

QString ReportDocument::longDate(const QDate &date, const ReportText &t)
{
    // A date format is a translation too: "December 6, 2026", "6 de diciembre de 2026".
    return t.locale().toString(date, t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "MMMM d, yyyy")));
}

QString ReportDocument::shortDate(const QDate &date, const ReportText &t)
{
    return t.locale().toString(date, t.text(QT_TRANSLATE_NOOP("k12::ReportDocument", "MMM d")));
}

QString ReportDocument::percent(double value, const ReportText &t)
{
    return t.locale().toString(GradeEngine::round2(value), 'f', 2) + u" %"_s;
}

QString ReportDocument::number(double value, const ReportText &t)
{
    // At most 2 decimals, no trailing zeros: "8.5", "10".
    return shortNumber(t.locale(), GradeEngine::round2(value), 2);
}

} // namespace k12
