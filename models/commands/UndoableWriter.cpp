#include "UndoableWriter.h"

#include "StoreCommand.h"
#include "models/store/Store.h"

#include <QUndoStack>

namespace k12 {

UndoableWriter::UndoableWriter(Store &store, QUndoStack *stack)
    : m_store(store)
    , m_stack(stack)
{}

ChangeList UndoableWriter::inverseOf(const QList<AppliedChange> &applied)
{
    ChangeList inverse;
    inverse.reserve(applied.size());
    // Undo in reverse order, so a child created after its parent goes first.
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        const AppliedChange &c = *it;
        if (c.op == ChangeOp::Delete)
            inverse.append(Change::upsert(c.entity, c.id, {})); // brings the row back as it was
        else if (c.created || c.wasDeleted)
            inverse.append(Change::remove(c.entity, c.id));
        else
            inverse.append(Change::upsert(c.entity, c.id, c.before));
    }
    return inverse;
}

ChangeList UndoableWriter::forwardOf(const QList<AppliedChange> &applied)
{
    ChangeList forward;
    forward.reserve(applied.size());
    for (const AppliedChange &c : applied) {
        forward.append(c.op == ChangeOp::Delete ? Change::remove(c.entity, c.id)
                                                : Change::upsert(c.entity, c.id, c.after));
    }
    return forward;
}

Status UndoableWriter::record(const QString &label, const QString &action, const std::function<Status()> &write)
{
    QList<AppliedChange> collected;
    const QMetaObject::Connection connection =
        QObject::connect(&m_store, &Store::changesApplied, &m_store,
                         [&collected](const QList<AppliedChange> &changes) { collected += changes; });
    Status status = write();
    QObject::disconnect(connection);
    if (!collected.isEmpty() && m_stack)
        m_stack->push(new StoreCommand(m_store, label, action, forwardOf(collected), inverseOf(collected)));
    return status;
}

Result<QList<AppliedChange>> UndoableWriter::apply(const QString &label, const QString &action,
                                                   const ChangeList &changes)
{
    Result<QList<AppliedChange>> result = m_store.apply(action, changes);
    if (result && !result->isEmpty() && m_stack)
        m_stack->push(new StoreCommand(m_store, label, action, changes, inverseOf(*result)));
    return result;
}

} // namespace k12
