#pragma once

#include "AtRisk.h"
#include "ClassStatistics.h"
#include "MissingWork.h"
#include "ScoreHistory.h"
#include "WhatItTakes.h"

#include <QSet>

namespace k12 {

// Everything the Insight tab shows for one class, and the one refresh it runs
// when grades change. At-risk and missing work are recomputed whole (one pass
// over the cells, under a millisecond for 200 x 1000); the per-assignment
// statistics only for the assignments that changed, and what it takes (a
// bisection per letter per student) only for the students that changed,
// unless the class's structure or the chosen assignment changed.
class InsightReport
{
public:
    // The earlier Final % for the at-risk drop (see ScoreHistory); without it the criterion is left out.
    void setEarlier(ScoreHistory::Finals earlier) { m_earlier = std::move(earlier); }
    void clearEarlier() { m_earlier = {}; }
    bool hasEarlier() const { return !m_earlier.finals.empty(); }
    const ScoreHistory::Finals &earlier() const { return m_earlier; }

    void setCriteria(const AtRisk::Criteria &criteria) { m_criteria = criteria; }
    const AtRisk::Criteria &criteria() const { return m_criteria; }
    // -1: the remaining work; else the assignment (gradebook order) to score. Recomputes what it takes for all.
    void setTargetAssignment(int assignment);
    int targetAssignment() const { return m_target; }

    // finals: today's Final % per student (the gradebook model's). changedStudents and
    // changedAssignments: whose scores changed since the last refresh; all = true after a
    // reload (new class, structure, period) recomputes everything.
    void refresh(const GradebookData &data, const std::vector<std::optional<double>> &finals,
                 const QSet<int> &changedStudents, const QSet<int> &changedAssignments, bool all);

    // Only the at-risk list again (the earlier Final % arrived, or the criteria changed).
    void refreshAtRisk(const GradebookData &data, const std::vector<std::optional<double>> &finals);

    const ClassStatistics &statistics() const { return m_statistics; }
    const std::vector<AtRisk::Student> &atRisk() const { return m_atRisk; }
    const MissingWork &missingWork() const { return m_missing; }
    const std::vector<WhatItTakes::Row> &whatItTakes() const { return m_whatItTakes; }

private:
    ScoreHistory::Finals m_earlier;
    AtRisk::Criteria m_criteria;
    int m_target = -1;
    bool m_targetChanged = true;
    ClassStatistics m_statistics;
    std::vector<AtRisk::Student> m_atRisk;
    MissingWork m_missing;
    std::vector<WhatItTakes::Row> m_whatItTakes;
};

} // namespace k12
