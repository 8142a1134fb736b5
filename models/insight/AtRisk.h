#pragma once

#include "models/grading/GradebookData.h"

#include <optional>
#include <vector>

namespace k12 {

// Students who need the teacher's attention, each with the reasons: a Final %
// below a threshold, several missing assignments, or a Final % that fell over
// the last weeks. Pure computation on the in-memory gradebook.
class AtRisk
{
public:
    struct Criteria
    {
        double belowPercent = 70; // Final % under this
        int missingAtLeast = 3;   // this many missing assignments or more
        double dropPoints = 10;   // Final % fell by this many points or more since the earlier moment
        int dropDays = 14;        // how far back the earlier moment is
    };
    enum Reason
    {
        Below = 0x1,
        ManyMissing = 0x2,
        Dropped = 0x4
    };
    // The class's thresholds (class.risk_below_percent, risk_missing_count,
    // risk_drop_points); the drop is measured over dropDays as before.
    static Criteria criteriaFor(const SchoolClass &c);
    struct Student
    {
        int student = -1; // index in gradebook order
        int reasons = 0;  // Reason flags
        std::optional<double> finalPercent;
        int missing = 0;
        std::optional<double> drop; // points lost since the earlier moment (positive = fell); empty: not known
    };

    // finals: today's Final % per student; earlier: the Final % at the earlier
    // moment per student (empty vector: the drop criterion is left out), with
    // earlierUnknown marking students whose earlier grade cannot be known.
    static std::vector<Student> compute(const GradebookData &data, const std::vector<std::optional<double>> &finals,
                                        const std::vector<std::optional<double>> &earlier,
                                        const std::vector<bool> &earlierUnknown, const Criteria &criteria);
    // Missing assignments of one student that count (in the grading period, not excused, no points).
    static int missingCount(const GradebookData &data, int student);
};

} // namespace k12
