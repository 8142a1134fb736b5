#include "RolloverReview.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString RolloverReview::heading(const RolloverClassPlan &c, const QString &toTerm)
{
    const QString name = c.source.period.isEmpty() ? c.source.name : tr("%1, %2").arg(c.source.name, c.source.period);
    return tr("%1 (%2) -> %3").arg(name, c.source.term, toTerm);
}

QStringList RolloverReview::items(const RolloverClassPlan &c)
{
    QStringList out;
    if (c.categories)
        out << tr("weighted categories: %1").arg(c.categories);
    if (c.scale)
        out << tr("the letter scale");
    if (c.policies)
        out << tr("late, missing and mastery policies");
    if (c.standards)
        out << tr("%n standard(s)", nullptr, c.standards);
    if (c.periods)
        out << tr("%n grading period(s)", nullptr, c.periods);
    if (c.units)
        out << tr("%n unit(s)", nullptr, c.units);
    if (c.lessons)
        out << tr("%n lesson(s)", nullptr, c.lessons);
    if (c.assignments)
        out << tr("%n unpublished assignment(s) without scores", nullptr, c.assignments);
    if (c.standardTags)
        out << tr("%n standard tag(s) on assignments", nullptr, c.standardTags);
    if (c.enrollments)
        out << tr("%n student(s) enrolled (roster kept)", nullptr, c.enrollments);
    if (out.isEmpty())
        out << tr("an empty class");
    return out;
}

QStringList RolloverReview::summary(const RolloverPlan &plan)
{
    QStringList out;
    const int days = plan.shiftDays;
    if (days == 0)
        out << tr("Dates stay as they are.");
    else if (days % 7 == 0)
        out << tr("Dates move by %n week(s) (%1 days); weekdays stay the same.", nullptr, days / 7).arg(days);
    else
        out << tr("Dates move by %n day(s); lessons landing on a weekend move to the Monday after.", nullptr, days);
    out << tr("Old classes to archive (read-only, still there): %1").arg(plan.classes.size());
    out << (plan.options.keepRoster ? tr("Scores and mastery evidence are not copied; the roster is.")
                                    : tr("Scores, mastery evidence and students are not copied."));
    return out;
}

} // namespace k12
