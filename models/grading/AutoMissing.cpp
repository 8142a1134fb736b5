#include "AutoMissing.h"

#include "GradebookData.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

bool AutoMissing::qualifies(const Assignment &assignment, const QDate &asOf)
{
    const bool extraCredit = assignment.gradingType == u"points"_s && assignment.pointsPossible <= 0;
    return assignment.published && !extraCredit && assignment.dueDate.isValid() && assignment.dueDate < asOf;
}

AutoMissing::Outcome AutoMissing::pastDue(const GradebookData &data, const QDate &asOf)
{
    Outcome outcome;
    for (int a = 0; a < data.assignmentCount(); ++a) {
        if (!qualifies(data.assignments.at(a), asOf))
            continue;
        bool any = false;
        for (int s = 0; s < data.studentCount(); ++s) {
            Score score = data.scoreAt(s, a);
            if (!score.isEmpty())
                continue;
            score.missing = true;
            outcome.scores.append(score);
            any = true;
        }
        if (any)
            ++outcome.assignments;
    }
    return outcome;
}

} // namespace k12
