#include "StoreCommand.h"

#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

StoreCommand::StoreCommand(Store &store, const QString &label, QString action, ChangeList forward, ChangeList inverse)
    : QUndoCommand(label)
    , m_store(&store)
    , m_action(std::move(action))
    , m_forward(std::move(forward))
    , m_inverse(std::move(inverse))
{}

void StoreCommand::undo()
{
    if (!m_store || !m_applied)
        return;
    Result<QList<AppliedChange>> r = m_store->apply(m_action + u".undo"_s, m_inverse);
    if (!r) {
        Q_EMIT m_store->writeFailed(r.error());
        return;
    }
    m_applied = false;
}

void StoreCommand::redo()
{
    if (!m_store || m_applied)
        return; // the first redo: QUndoStack::push calls it after the change was written
    Result<QList<AppliedChange>> r = m_store->apply(m_action + u".redo"_s, m_forward);
    if (!r) {
        Q_EMIT m_store->writeFailed(r.error());
        return;
    }
    m_applied = true;
}

} // namespace k12
