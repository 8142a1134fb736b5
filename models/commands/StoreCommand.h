#pragma once

#include "models/store/Change.h"

#include <QPointer>
#include <QUndoCommand>

namespace k12 {

class Store;

// One undo step over the store: `forward` was applied when the command was
// pushed (so the first redo does nothing); undo applies `inverse`, redo
// applies `forward` again. A failed undo/redo is reported through Store's
// writeFailed signal and leaves the data as it was.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store &store, const QString &label, QString action, ChangeList forward, ChangeList inverse);

    void undo() override;
    void redo() override;

private:
    QPointer<Store> m_store;
    QString m_action;
    ChangeList m_forward;
    ChangeList m_inverse;
    bool m_applied = true;
};

} // namespace k12
