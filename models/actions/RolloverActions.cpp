#include "RolloverActions.h"

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
    if (snapshotHook()) {
        if (Status s = snapshotHook()(u"before-rollover"_s); !s)
            return fail(tr("No rollover: the backup before it failed (%1).").arg(s.error()));
    }
    const Result<QList<AppliedChange>> written = m_runner.write(tr("New Term"), u"class.rollover"_s, plan->changes);
    if (!written)
        return Error{written.error()};
    return plan;
}

} // namespace k12
