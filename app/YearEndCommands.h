#pragma once

#include "CliContext.h"

namespace k12 {

// Year end (issue 19), the rest: `export year` (one zip per term) and `class delete`.
void addYearEndCommands(QList<CliCommand> &commands);

} // namespace k12
