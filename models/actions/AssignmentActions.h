#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// A class's assignments: added, edited, deleted (a tombstone: undo brings it
// back with its grades), published to students or hidden.
class AssignmentActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::AssignmentActions)

public:
    explicit AssignmentActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The new assignment's id; placed after the class's others.
    Result<QString> add(Assignment assignment);
    // Writes the fields that differ; nothing when none do.
    Status edit(const Assignment &before, const Assignment &after);
    Status remove(const QString &assignmentId);
    // How many changed (those already so are left alone).
    Result<int> setPublished(const QList<Assignment> &assignments, bool published);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
