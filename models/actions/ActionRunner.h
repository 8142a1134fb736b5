#pragma once

#include "kernel/domain/Result.h"
#include "models/store/Change.h"

#include <QPointer>
#include <QUndoStack>

#include <functional>

namespace k12 {

class Store;

// Where every user-visible change is written: one transaction through
// Store::apply (rows + outbox + audit, the one rule), recorded as one undo
// step with a name when there is an undo stack (the window has one, the CLI
// none). The action classes (ClassActions, GradeActions, ...) validate and
// build the changes; this only writes them.
class ActionRunner
{
public:
    explicit ActionRunner(Store &store, QUndoStack *undoStack = nullptr);

    Store &store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }

    // label: what Edit > Undo shows ("Set Grade"); action: the audit key ("grade.set").
    Result<QList<AppliedChange>> write(const QString &label, const QString &action, const ChangeList &changes);
    // For writes a repository builds itself: everything `writeFn` wrote is the one undo step.
    Status record(const QString &label, const QString &action, const std::function<Status()> &writeFn);

private:
    Store &m_store;
    QPointer<QUndoStack> m_undo;
};

} // namespace k12
