#include "Curve.h"

#include <algorithm>
#include <cmath>

namespace k12 {

namespace {
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}
} // namespace

Result<Curve::Preview> Curve::preview(const GradebookData &data, int assignment, const Spec &spec)
{
    const Assignment &a = data.assignments.at(assignment);
    Preview p;
    double sumBefore = 0;
    for (int s = 0; s < data.studentCount(); ++s) {
        const GradeCell &c = data.cell(s, assignment);
        if (c.hasPoints() && !c.excused && !c.exempt) {
            ++p.graded;
            sumBefore += c.points;
        }
    }
    if (p.graded == 0)
        return fail(tr("\"%1\" has no graded scores to curve.").arg(a.title));
    p.meanBefore = sumBefore / p.graded;
    if (spec.kind == Kind::ScaleToMean && p.meanBefore <= 0)
        return fail(tr("The mean of \"%1\" is 0; scaling cannot move it. Add points instead.").arg(a.title));
    if (spec.kind == Kind::LinearMap && spec.fromHigh <= spec.fromLow)
        return fail(tr("The old range must go from a lower to a higher score."));
    if (spec.kind == Kind::ScaleToMean && spec.targetMean < 0)
        return fail(tr("The target mean cannot be negative."));

    double sumAfter = 0;
    for (int s = 0; s < data.studentCount(); ++s) {
        const GradeCell &c = data.cell(s, assignment);
        if (!c.hasPoints() || c.excused || c.exempt)
            continue;
        double v = c.points;
        switch (spec.kind) {
        case Kind::AddPoints:
            v += spec.amount;
            break;
        case Kind::ScaleToMean:
            v *= spec.targetMean / p.meanBefore;
            break;
        case Kind::LinearMap:
            v = spec.toLow + (v - spec.fromLow) * (spec.toHigh - spec.toLow) / (spec.fromHigh - spec.fromLow);
            break;
        }
        v = std::max(0.0, round2(v));
        if (!spec.allowAbovePossible && a.pointsPossible > 0 && v > a.pointsPossible) {
            v = a.pointsPossible;
            ++p.capped;
        }
        sumAfter += v;
        Score score = data.scoreAt(s, assignment);
        if (score.points != v) {
            score.points = v;
            score.letter.clear();
            p.scores.append(score);
        }
    }
    p.meanAfter = sumAfter / p.graded;
    return p;
}

} // namespace k12
