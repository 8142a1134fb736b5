#include "ScoreEdit.h"

#include "kernel/domain/RowRules.h"

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
    return RowRules::maximumPoints(assignment.pointsPossible);
}

QString ScoreEdit::checkPoints(double points, const Assignment &assignment)
{
    return RowRules::scorePoints(points, assignment.pointsPossible, assignment.title);
}

} // namespace k12
