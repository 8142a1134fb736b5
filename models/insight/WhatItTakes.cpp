#include "WhatItTakes.h"

namespace k12 {

namespace {

constexpr int kSteps = 10000; // 100 % in hundredths of a percent

} // namespace

bool WhatItTakes::isRemaining(const GradebookData &data, int student, int assignment)
{
    const EngineAssignment &a = data.engine().assignments()[size_t(assignment)];
    const GradeCell &c = data.cell(student, assignment);
    return a.counts && a.pointsPossible > 0 && !c.hasPoints() && !c.missing && !c.excused && !c.exempt;
}

WhatItTakes::Row WhatItTakes::forStudent(const GradebookData &data, int student, int assignment)
{
    Row result;
    const GradeEngine &engine = data.engine();
    const QList<LetterCutoff> &scale = engine.scale();
    result.finalPercent = data.gradeOf(student).finalPercent;
    result.needs.resize(size_t(scale.size()));

    std::vector<int> targets;
    if (assignment >= 0) {
        result.applicable = assignment < data.assignmentCount() && isRemaining(data, student, assignment);
        if (!result.applicable)
            return result;
        targets.push_back(assignment);
    } else {
        for (int a = 0; a < data.assignmentCount(); ++a) {
            if (isRemaining(data, student, a))
                targets.push_back(a);
        }
    }
    result.remaining = int(targets.size());

    // One copy of the student's row; only the target cells change between evaluations.
    thread_local std::vector<GradeCell> row;
    row.assign(data.row(student), data.row(student) + data.assignmentCount());
    const std::vector<EngineAssignment> &assignments = engine.assignments();
    auto finalAt = [&](int hundredths) -> std::optional<double> {
        for (int a : targets)
            row[size_t(a)].points = assignments[size_t(a)].pointsPossible * hundredths / double(kSteps);
        const std::optional<double> f = engine.compute(row.data()).finalPercent;
        return f ? std::optional<double>(GradeEngine::round2(*f)) : std::nullopt;
    };
    const std::optional<double> atZero = finalAt(0);
    const std::optional<double> atFull = finalAt(kSteps);
    auto reaches = [](const std::optional<double> &f, double cutoff) { return f && *f >= cutoff; };

    // Lowest letter first: a higher letter never needs less, so each search starts where the last ended.
    int floor = 0;
    for (qsizetype i = scale.size() - 1; i >= 0; --i) {
        const double cutoff = scale.at(i).minPercent;
        Need &need = result.needs[size_t(i)];
        if (reaches(atZero, cutoff)) {
            need.state = Need::State::Secured;
            continue;
        }
        if (!reaches(atFull, cutoff)) {
            need.state = Need::State::OutOfReach;
            continue;
        }
        // Invariant: lo does not reach the letter, hi does.
        int lo = floor;
        int hi = kSteps;
        while (hi - lo > 1) {
            const int mid = lo + (hi - lo) / 2;
            if (reaches(finalAt(mid), cutoff))
                hi = mid;
            else
                lo = mid;
        }
        need.state = Need::State::Needed;
        need.percent = hi / 100.0;
        floor = lo;
    }
    return result;
}

} // namespace k12
