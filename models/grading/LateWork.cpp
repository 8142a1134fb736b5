#include "LateWork.h"

#include "kernel/domain/Clock.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

int LateWork::schoolDaysLate(const QDate &due, const QDate &turnedIn)
{
    if (!due.isValid() || !turnedIn.isValid() || turnedIn <= due)
        return 0;
    QDate end = turnedIn;
    if (end.dayOfWeek() == Qt::Saturday)
        end = end.addDays(2);
    else if (end.dayOfWeek() == Qt::Sunday)
        end = end.addDays(1);
    // (due, end] = (due, due + rest] and whole weeks of five school days each.
    const qint64 span = due.daysTo(end);
    qint64 days = span / 7 * 5;
    for (qint64 i = 1; i <= span % 7; ++i) {
        if (due.addDays(i).dayOfWeek() <= Qt::Friday)
            ++days;
    }
    return int(std::min<qint64>(days, std::numeric_limits<int>::max()));
}

Result<ScoreEdit> LateWork::turnedIn(const Assignment &assignment, const QDate &turnedIn)
{
    if (!turnedIn.isValid())
        return fail(tr("The turned-in date is not a date (YYYY-MM-DD)."));
    if (!assignment.dueDate.isValid())
        return fail(tr("\"%1\" has no due date, so the days late cannot be worked out from the date the work was "
                       "turned in. Give it a due date (Edit Assignment, or assignment add --due), or type L and the "
                       "days late in the cell (L3: 3 days late).")
                        .arg(assignment.title));
    if (turnedIn > Clock::today())
        return fail(tr("%1 is after today: work cannot have been turned in then.").arg(turnedIn.toString(Qt::ISODate)));
    const int days = schoolDaysLate(assignment.dueDate, turnedIn);
    if (days > maxDaysLate)
        // Two counts, two plural messages: one tr() chooses its form by one number.
        return fail(tr("%1 is %n school day(s) after the due date of \"%2\".", nullptr, days)
                        .arg(turnedIn.toString(Qt::ISODate), assignment.title) +
                    u' ' + tr("A score holds at most %n day(s) late.", nullptr, maxDaysLate));
    return ScoreEdit::turnedIn(days);
}

QString LateWork::daysText(int schoolDaysLate)
{
    return schoolDaysLate <= 0 ? tr("on time") : tr("%n school day(s) late", nullptr, schoolDaysLate);
}

QString LateWork::number(double value, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == locale.negativeSign() + u'0')
        text = u"0"_s;
    return text;
}

QString LateWork::ruleText(const GradeEngine &engine, const QLocale &locale)
{
    const GradePolicy &policy = engine.policy();
    if (!policy.latePenaltyEnabled)
        return {};
    if (policy.latePenaltyFloor > 0)
        return tr("%1% a day, at least %2% kept")
            .arg(number(policy.latePenaltyPerDay, locale), number(policy.latePenaltyFloor, locale));
    return tr("%1% a day").arg(number(policy.latePenaltyPerDay, locale));
}

QString LateWork::penaltyText(const GradeEngine &engine, const GradeCell &cell, const QLocale &locale)
{
    if (!cell.late)
        return {};
    const int days = cell.daysLate;
    if (days <= 0)
        return tr("Late, no days given: no penalty (type L3 for 3 days late)");
    if (!engine.policy().latePenaltyEnabled)
        return tr("Late %n day(s): no penalty (this class has no late penalty)", nullptr, days);
    if (cell.excused || cell.exempt)
        return tr("Late %n day(s): no penalty, the score does not count", nullptr, days);
    const QString deducted = number(100.0 - engine.lateKeptPercent(days), locale);
    const QString rule = ruleText(engine, locale);
    if (!cell.hasPoints())
        return tr("Late %n day(s): -%1% once graded (%2)", nullptr, days).arg(deducted, rule);
    return tr("Late %n day(s): -%1% (%2): %3 → %4", nullptr, days)
        .arg(deducted, rule, number(cell.points, locale), number(engine.afterLatePenalty(cell.points, days), locale));
}

} // namespace k12
