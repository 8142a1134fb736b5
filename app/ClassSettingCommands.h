#pragma once

#include "CliContext.h"

namespace k12 {

// A class's options from the command line (`class set`: automatic missing,
// the at-risk thresholds) and the automatic-missing pass itself (`grade
// mark-missing`).
void addClassSettingCommands(QList<CliCommand> &commands);

} // namespace k12
