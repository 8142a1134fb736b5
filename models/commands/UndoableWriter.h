#pragma once

#include "kernel/domain/Result.h"
#include "models/store/Change.h"

#include <QPointer>
#include <QString>
#include <QUndoStack>

#include <functional>

namespace k12 {

class Store;

// Writes changes through the store and records them on the undo stack as one
// step. Undo and redo are themselves new changes (they go through the outbox
// and sync like any edit): undo writes the values that were there before.
class UndoableWriter
{
public:
    UndoableWriter(Store &store, QUndoStack *stack);

    // label: what Edit > Undo shows ("Set grade", "Fill 30 empty cells");
    // action: the audit log's action key ("grade.set").
    Result<QList<AppliedChange>> apply(const QString &label, const QString &action, const ChangeList &changes);

    // Runs `write` (any repository calls) and records everything it wrote as
    // one undo step. Use it for repository operations that build their own changes.
    Status record(const QString &label, const QString &action, const std::function<Status()> &write);

    Store &store() { return m_store; }
    QUndoStack *stack() const { return m_stack; }

    // The changes that undo what `applied` did, and those that do it again.
    static ChangeList inverseOf(const QList<AppliedChange> &applied);
    static ChangeList forwardOf(const QList<AppliedChange> &applied);

private:
    Store &m_store;
    QPointer<QUndoStack> m_stack;
};

} // namespace k12
