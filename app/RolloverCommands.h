#pragma once

#include "CliContext.h"

#include "kernel/domain/Result.h"

namespace k12 {

// Year end (issue 19): `rollover` to a new term, `class archive` and `class unarchive`.
void addRolloverCommands(QList<CliCommand> &commands);
// CLASS as other commands take it (id or exact name), and also "Name (Term)" (archived classes included).
Result<SchoolClass> resolveClassOrLabel(Store &store, const QString &text);

} // namespace k12
