#pragma once

#include "CliContext.h"

namespace k12 {

// Term finals: `period formula` (set or clear a period's formula, or add a
// term with one) and `final override|clear|list` (final letters and their
// overrides), through the same FinalActions as the window.
void addFinalCommands(QList<CliCommand> &commands);

} // namespace k12
