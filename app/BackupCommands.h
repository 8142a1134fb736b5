#pragma once

#include "CliContext.h"

namespace k12 {

// backup create / list / verify / restore (BackupCommands.cpp).
void addBackupCommands(QList<CliCommand> &commands);

} // namespace k12
