#include "InsightReport.h"

namespace k12 {

void InsightReport::setTargetAssignment(int assignment)
{
    if (assignment == m_target)
        return;
    m_target = assignment;
    m_targetChanged = true;
}

void InsightReport::refreshAtRisk(const GradebookData &data, const std::vector<std::optional<double>> &finals)
{
    const bool earlierFits = m_earlier.ok && m_earlier.finals.size() == size_t(data.studentCount());
    m_atRisk = AtRisk::compute(data, finals, earlierFits ? m_earlier.finals : std::vector<std::optional<double>>{},
                               m_earlier.unknown, m_criteria);
}

void InsightReport::refresh(const GradebookData &data, const std::vector<std::optional<double>> &finals,
                            const QSet<int> &changedStudents, const QSet<int> &changedAssignments, bool all)
{
    const int students = data.studentCount();
    if (m_target >= data.assignmentCount())
        m_target = -1;
    if (all)
        m_statistics = ClassStatistics::compute(data, finals);
    else
        m_statistics.update(data, finals, changedAssignments);
    refreshAtRisk(data, finals);
    m_missing = MissingWork::compute(data);

    if (all || m_targetChanged || m_whatItTakes.size() != size_t(students)) {
        m_whatItTakes.clear();
        m_whatItTakes.reserve(size_t(students));
        for (int s = 0; s < students; ++s)
            m_whatItTakes.push_back(WhatItTakes::forStudent(data, s, m_target));
    } else {
        for (int s : changedStudents) {
            if (s >= 0 && s < students)
                m_whatItTakes[size_t(s)] = WhatItTakes::forStudent(data, s, m_target);
        }
    }
    m_targetChanged = false;
}

} // namespace k12
