#pragma once

#include "CliContext.h"

namespace k12 {

// `notify missing`: missing-work notices to families (issue 18) over
// FamilyActions, the same actions as the window's Send Missing-Work Notice.
void addNotifyCommands(QList<CliCommand> &commands);

} // namespace k12
