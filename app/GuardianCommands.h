#pragma once

#include "CliContext.h"

namespace k12 {

// The guardian commands (add, list, link, remove) over GuardianActions, the
// same actions as the roster's student dialog.
void addGuardianCommands(QList<CliCommand> &commands);

} // namespace k12
