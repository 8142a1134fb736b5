#pragma once

#include "ActionRunner.h"

#include <QCoreApplication>

namespace k12 {

struct Conflict;

// Settling a sync conflict: "keep mine" writes the teacher's value again as a
// new change on top of the server's (it syncs like any edit); "keep server"
// writes nothing. Either way the conflict is marked resolved.
class ConflictActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::ConflictActions)

public:
    enum class Keep
    {
        Mine,
        Server
    };

    explicit ConflictActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // `changes`: what keeping mine writes (empty for Keep::Server), from the
    // conflict store; `markResolved` records the decision in the same call.
    Status resolve(const ChangeList &changes, const std::function<Status()> &markResolved);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
