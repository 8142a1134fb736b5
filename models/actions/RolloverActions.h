#pragma once

#include "ActionRunner.h"
#include "models/rollover/RolloverPlan.h"

#include <QCoreApplication>

#include <functional>

namespace k12 {

// The rollover to a new term (issue 19) as ONE action: every row of the new
// classes and the archiving of the old ones in one transaction (rows + outbox
// + audit), one undo step ("New Term": undo removes what was created and
// restores the old classes), synced like any edit.
class RolloverActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::RolloverActions)

public:
    // Before anything is written, a "before-rollover" backup of the profile
    // (BackupService::snapshot); a failure stops the rollover. A hook set here
    // is called instead (a test that makes the backup fail).
    using SnapshotHook = std::function<Status(const QString &reason)>;
    static void setSnapshotHook(SnapshotHook hook);

    explicit RolloverActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    Result<RolloverPlan> preview(const RolloverOptions &options) const;
    // Plans again (the data may have changed since the review) and writes it.
    Result<RolloverPlan> run(const RolloverOptions &options);

private:
    ActionRunner m_runner;
};

} // namespace k12
