#include "ScoreEdit.h"

#include "kernel/domain/RowRules.h"

#include <algorithm>

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
            // Not turned in, so not late either (Canvas's statuses exclude each other too).
            score.points.reset();
            score.letter.clear();
            score.excused = false;
            score.late = false;
            score.daysLate = 0;
        }
        break;
    case Kind::Excused:
        score.excused = flag;
        if (flag)
            score.missing = false;
        break;
    case Kind::Late:
        // A flag on the score: points, letter and excused stay. Late work came
        // in, so it is no longer missing.
        score.late = flag;
        score.daysLate = flag ? daysLate : 0;
        if (flag)
            score.missing = false;
        break;
    case Kind::TurnedIn:
        score.missing = false;
        score.late = daysLate > 0;
        score.daysLate = std::max(0, daysLate);
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
    return RowRules::maximumPoints(assignment.pointsPossible);
}

QString ScoreEdit::checkPoints(double points, const Assignment &assignment)
{
    return RowRules::scorePoints(points, assignment.pointsPossible, assignment.title);
}

} // namespace k12
