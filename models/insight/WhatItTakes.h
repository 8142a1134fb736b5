#pragma once

#include "models/grading/GradebookData.h"

#include <optional>
#include <vector>

namespace k12 {

// What it takes: for one student, the score needed on the work still to come
// to reach each letter of the class's scale.
//
// The work still to come is every assignment that counts, has points possible
// (extra credit is not counted on: it may never come) and where the student
// has no score yet and no mark (missing, excused, exempt stay as the teacher
// set them; the missing policy decides what a missing cell is worth). Either
// all of it is scored at the same percentage, or one chosen assignment (a
// final exam) while the rest stays unscored.
//
// There is no closed formula: weighted categories (a category with nothing
// scored yet joins the weighting once it has a score), drop-lowest (which
// score is dropped changes with the percentage) and the late penalty make the
// Final % a non-linear function of that percentage. It is, however,
// non-decreasing in it (every score can only help), so the needed percentage is
// found by bisection with the real GradeEngine: the smallest percentage on a
// 0.01 % grid (integer hundredths, 0 to 10,000) whose Final %, rounded to 2
// decimals as letters are, reaches the letter's cut-off. The true threshold
// lies within 0.01 % below the answer, and the answer itself is checked to
// reach the letter.
class WhatItTakes
{
public:
    struct Need
    {
        enum class State
        {
            Secured,   // even 0 % on the remaining work keeps this letter (or better)
            Needed,    // percent is the least that reaches it
            OutOfReach // even 100 % on the remaining work does not reach it
        };
        State state = State::OutOfReach;
        double percent = 0; // when Needed: the percentage, to 0.01
    };
    struct Row
    {
        bool applicable = true;             // false: the chosen assignment is not still to come for this student
        int remaining = 0;                  // assignments the percentage is applied to
        std::optional<double> finalPercent; // today
        std::vector<Need> needs;            // per letter of the scale, highest first
    };

    // assignment: -1 for all the remaining work, else the one assignment to score.
    static Row forStudent(const GradebookData &data, int student, int assignment = -1);
    // True when the assignment is still to come for the student (see above).
    static bool isRemaining(const GradebookData &data, int student, int assignment);
};

} // namespace k12
