#pragma once

#include "CliContext.h"

namespace k12 {

// `search QUERY [--json] [--rebuild]`: the window's global search (SearchQuery)
// for scripts, and the index's rebuild (SearchIndex::rebuild).
void addSearchCommands(QList<CliCommand> &commands);

} // namespace k12
