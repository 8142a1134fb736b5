#pragma once

#include "kernel/logging/Logging.h"

namespace k12 {

// The "sync" log channel. Lines carry ids and counts, never tokens or grades.
inline std::shared_ptr<spdlog::logger> syncLog()
{
    return logging::channel("sync");
}

} // namespace k12
