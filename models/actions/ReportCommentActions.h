#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// The teacher's comment on a student's progress report for one grading
// period (or the whole course): one row per student and period
// (ReportComment::idFor), set or cleared as one undo step.
class ReportCommentActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::ReportCommentActions)

public:
    explicit ReportCommentActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The comment as stored, empty when there is none.
    static QString commentFor(Store &store, const QString &classId, const QString &studentId,
                              const QString &gradingPeriodId);

    // Sets the comment (empty text clears it). The student must be enrolled in
    // the class and the period, when given, one of the class's.
    Status set(const QString &classId, const QString &studentId, const QString &gradingPeriodId,
               const QString &comment);

private:
    ActionRunner m_runner;
};

} // namespace k12
