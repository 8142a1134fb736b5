#include "ActionRunner.h"

#include "models/commands/UndoableWriter.h"
#include "models/store/Store.h"

namespace k12 {

ActionRunner::ActionRunner(Store &store, QUndoStack *undoStack)
    : m_store(store)
    , m_undo(undoStack)
{}

Result<QList<AppliedChange>> ActionRunner::write(const QString &label, const QString &action, const ChangeList &changes)
{
    if (m_undo)
        return UndoableWriter(m_store, m_undo).apply(label, action, changes);
    return m_store.apply(action, changes);
}

Status ActionRunner::record(const QString &label, const QString &action, const std::function<Status()> &writeFn)
{
    if (m_undo)
        return UndoableWriter(m_store, m_undo).record(label, action, writeFn);
    return writeFn();
}

} // namespace k12
