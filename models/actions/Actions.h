#pragma once

#include "models/actions/ActionRunner.h"
#include "models/actions/AssignmentActions.h"
#include "models/actions/CategoryActions.h"
#include "models/actions/ClassActions.h"
#include "models/actions/ConflictActions.h"
#include "models/actions/GradeActions.h"
#include "models/actions/PlanActions.h"
#include "models/actions/RosterActions.h"

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
    PlanActions plans() { return PlanActions(m_runner); }
    ConflictActions conflicts() { return ConflictActions(m_runner); }

    Store &store() const { return m_runner.store(); }
    QUndoStack *undoStack() const { return m_runner.undoStack(); }

private:
    ActionRunner m_runner;
};

} // namespace k12
