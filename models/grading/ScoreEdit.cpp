#include "ScoreEdit.h"

#include <QLocale>

#include <cmath>

namespace k12 {

Score ScoreEdit::appliedTo(Score score) const
{
    switch (kind) {
    case Kind::SetPoints:
        score.points = points;
        score.letter.clear();
        score.missing = false;
        score.excused = false;
        break;
    case Kind::SetLetter:
        score.letter = text.trimmed();
        score.points.reset();
        score.missing = false;
        score.excused = false;
        break;
    case Kind::Missing:
        score.missing = flag;
        if (flag) {
            score.points.reset();
            score.letter.clear();
            score.excused = false;
        }
        break;
    case Kind::Excused:
        score.excused = flag;
        if (flag)
            score.missing = false;
        break;
    case Kind::Late:
        score.late = flag;
        score.daysLate = flag ? daysLate : 0;
        break;
    case Kind::Exempt:
        score.exempt = flag;
        break;
    case Kind::Unmark:
        score.missing = false;
        score.excused = false;
        score.late = false;
        score.exempt = false;
        score.daysLate = 0;
        break;
    case Kind::Comment:
        score.comment = text;
        break;
    case Kind::Clear:
        score.points.reset();
        score.letter.clear();
        score.missing = false;
        score.excused = false;
        score.late = false;
        score.exempt = false;
        score.daysLate = 0;
        break;
    }
    return score;
}

double ScoreEdit::maximumPoints(const Assignment &assignment)
{
    // 0 points possible is extra credit: any non-negative score is fine.
    return assignment.pointsPossible > 0 ? assignment.pointsPossible * kMaxFactor : INFINITY;
}

QString ScoreEdit::checkPoints(double points, const Assignment &assignment)
{
    if (!std::isfinite(points))
        return tr("That is not a number.");
    if (points < 0)
        return tr("A score cannot be negative.");
    const double max = maximumPoints(assignment);
    if (points > max) {
        return tr("%1 is above the allowed maximum of %2 for \"%3\" (twice its %4 points).")
            .arg(QLocale().toString(points), QLocale().toString(max), assignment.title,
                 QLocale().toString(assignment.pointsPossible));
    }
    return {};
}

} // namespace k12
