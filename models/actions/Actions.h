#pragma once

#include "ActionRunner.h"
#include "AssignmentActions.h"
#include "CategoryActions.h"
#include "ClassActions.h"
#include "ConflictActions.h"
#include "FinalActions.h"
#include "GradeActions.h"
#include "GuardianActions.h"
#include "PeriodActions.h"
#include "PlanActions.h"
#include "RosterActions.h"
#include "StandardActions.h"

namespace k12 {

// The one API for every change a teacher makes, whichever front end asks:
// the window and its dialogs, the walkthrough, the command line, a script.
// Each group validates its input, builds the changes, names its undo step and
// audit key, and writes through the ActionRunner (Store::apply inside the
// undo stack, when there is one). Front ends call these and nothing else to
// change data.
class Actions
{
public:
    explicit Actions(Store &store, QUndoStack *undoStack = nullptr)
        : m_runner(store, undoStack)
    {}

    ClassActions classes() { return ClassActions(m_runner); }
    RosterActions roster() { return RosterActions(m_runner); }
    CategoryActions categories() { return CategoryActions(m_runner); }
    AssignmentActions assignments() { return AssignmentActions(m_runner); }
    GradeActions grades() { return GradeActions(m_runner); }
    PeriodActions periods() { return PeriodActions(m_runner); }
    PlanActions plans() { return PlanActions(m_runner); }
    ConflictActions conflicts() { return ConflictActions(m_runner); }
    StandardActions standards() { return StandardActions(m_runner); }
    GuardianActions guardians() { return GuardianActions(m_runner); }
    FinalActions finals() { return FinalActions(m_runner); }

    Store &store() const { return m_runner.store(); }
    QUndoStack *undoStack() const { return m_runner.undoStack(); }

private:
    ActionRunner m_runner;
};

} // namespace k12
