#pragma once

#include "CliContext.h"

namespace k12 {

// `today [--json] [--date D]`: the Today page's sections (TodayReport) for scripts.
void addTodayCommands(QList<CliCommand> &commands);

} // namespace k12
