#pragma once

#include "RolloverPlan.h"

#include <QCoreApplication>

namespace k12 {

// The review of a rollover as text, one entry per class and a closing summary:
// what the wizard's review page shows and `rollover --dry-run` prints.
class RolloverReview
{
    Q_DECLARE_TR_FUNCTIONS(k12::RolloverReview)

public:
    // "Algebra I, P1 (2026-27 Fall) -> 2026-27 Spring"
    static QString heading(const RolloverClassPlan &c, const QString &toTerm);
    // "4 categories, letter scale, policies, 12 standards, ..." (only what is created)
    static QStringList items(const RolloverClassPlan &c);
    // "Dates move by 20 weeks (140 days)." and "6 old classes will be archived."
    static QStringList summary(const RolloverPlan &plan);
};

} // namespace k12
