#include "AtRisk.h"

namespace k12 {

AtRisk::Criteria AtRisk::criteriaFor(const SchoolClass &c)
{
    Criteria criteria;
    criteria.belowPercent = c.riskBelowPercent;
    criteria.missingAtLeast = c.riskMissingCount;
    criteria.dropPoints = c.riskDropPoints;
    return criteria;
}

int AtRisk::missingCount(const GradebookData &data, int student)
{
    const GradeCell *row = data.row(student);
    const std::vector<EngineAssignment> &assignments = data.engine().assignments();
    int count = 0;
    for (int a = 0; a < data.assignmentCount(); ++a) {
        const GradeCell &c = row[a];
        if (c.missing && !c.hasPoints() && !c.excused && !c.exempt && assignments[size_t(a)].counts)
            ++count;
    }
    return count;
}

std::vector<AtRisk::Student> AtRisk::compute(const GradebookData &data,
                                             const std::vector<std::optional<double>> &finals,
                                             const std::vector<std::optional<double>> &earlier,
                                             const std::vector<bool> &earlierUnknown, const Criteria &criteria)
{
    std::vector<Student> result;
    const bool withDrop = earlier.size() == size_t(data.studentCount());
    for (int s = 0; s < data.studentCount(); ++s) {
        Student st;
        st.student = s;
        st.finalPercent = finals.at(size_t(s));
        st.missing = missingCount(data, s);
        // Compared as shown (2 decimals), so that 69.995 shown as 70.00 is not "below 70".
        if (st.finalPercent && GradeEngine::round2(*st.finalPercent) < criteria.belowPercent)
            st.reasons |= Below;
        if (criteria.missingAtLeast > 0 && st.missing >= criteria.missingAtLeast)
            st.reasons |= ManyMissing;
        const bool unknown = s < int(earlierUnknown.size()) && earlierUnknown[size_t(s)];
        if (withDrop && !unknown && st.finalPercent && earlier[size_t(s)]) {
            st.drop = GradeEngine::round2(*earlier[size_t(s)]) - GradeEngine::round2(*st.finalPercent);
            if (*st.drop >= criteria.dropPoints - 1e-9)
                st.reasons |= Dropped;
        }
        if (st.reasons != 0)
            result.push_back(st);
    }
    return result;
}

} // namespace k12
