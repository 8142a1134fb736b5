#include "ConflictActions.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Status ConflictActions::resolve(const ChangeList &changes, const std::function<Status()> &markResolved)
{
    if (!changes.isEmpty()) {
        Result<QList<AppliedChange>> written = m_runner.write(tr("Keep My Value"), u"conflict.keep_mine"_s, changes);
        if (!written)
            return fail(written.error());
    }
    return markResolved();
}

} // namespace k12
