#pragma once

#include "GradebookData.h"

#include <QCoreApplication>

namespace k12 {

// Curving one assignment, with a preview of what it does before it is applied.
class Curve
{
    Q_DECLARE_TR_FUNCTIONS(k12::Curve)

public:
    enum class Kind
    {
        AddPoints,   // every graded score + amount
        ScaleToMean, // every graded score x (target / current mean)
        LinearMap    // [fromLow, fromHigh] -> [toLow, toHigh]
    };

    struct Spec
    {
        Kind kind = Kind::AddPoints;
        double amount = 0;
        double targetMean = 0;
        double fromLow = 0, fromHigh = 0, toLow = 0, toHigh = 0;
        bool allowAbovePossible = false; // else results are capped at points possible
    };

    struct Preview
    {
        int graded = 0;
        double meanBefore = 0;
        double meanAfter = 0;
        int capped = 0;      // scores held at points possible
        QList<Score> scores; // the changed scores
    };

    // Curves the graded (numeric, not excused) scores of one assignment; results
    // are rounded to 2 decimals and never below 0.
    static Result<Preview> preview(const GradebookData &data, int assignment, const Spec &spec);
};

} // namespace k12
