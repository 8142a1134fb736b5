#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// The teacher's comment bank: reusable report comments with placeholders
// ({first_name}, {final_letter}, {missing_count}), per teacher and synced.
// Added, edited, removed and reordered, each one undo step.
class CommentBankActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::CommentBankActions)

public:
    explicit CommentBankActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The bank in its order (position, then when it was added).
    static QList<CommentTemplate> list(Store &store);

    // The new comment's id; it goes last.
    Result<QString> add(const QString &text, const QString &category = {});
    Status edit(const QString &templateId, const QString &text, const QString &category);
    Status remove(const QString &templateId);
    // Moves the comment to `index` in list() order (clamped); the others keep their order.
    Status move(const QString &templateId, int index);

private:
    ActionRunner m_runner;
};

} // namespace k12
