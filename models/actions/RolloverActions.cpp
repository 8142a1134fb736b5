#include "RolloverActions.h"

#include "models/backup/BackupService.h"
#include "models/store/Store.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {
RolloverActions::SnapshotHook &snapshotHook()
{
    static RolloverActions::SnapshotHook hook;
    return hook;
}
} // namespace

void RolloverActions::setSnapshotHook(SnapshotHook hook)
{
    snapshotHook() = std::move(hook);
}

Result<RolloverPlan> RolloverActions::preview(const RolloverOptions &options) const
{
    return RolloverPlanner(m_runner.store()).plan(options);
}

Result<RolloverPlan> RolloverActions::run(const RolloverOptions &options)
{
    Result<RolloverPlan> plan = preview(options);
    if (!plan)
        return plan;
    // A way back that outlives the undo stack (which ends with the window).
    Status snapshot;
    if (snapshotHook()) {
        snapshot = snapshotHook()(BackupReason::beforeRollover);
    } else if (Result<BackupInfo> b =
                   BackupService(m_runner.store().profileDir()).snapshot(BackupReason::beforeRollover);
               !b) {
        snapshot = Error{b.error()};
    }
    if (!snapshot)
        return fail(tr("No rollover: the backup before it failed (%1).").arg(snapshot.error()));
    const Result<QList<AppliedChange>> written = m_runner.write(tr("New Term"), u"class.rollover"_s, plan->changes);
    if (!written)
        return Error{written.error()};
    return plan;
}

} // namespace k12
