#pragma once

#include "CliContext.h"

namespace k12 {

// Year end (issue 19): `rollover` to a new term, `class archive` and `class unarchive`.
void addRolloverCommands(QList<CliCommand> &commands);

} // namespace k12
