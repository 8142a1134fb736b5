#pragma once

#include "kernel/logging/Logging.h"

namespace k12::server {

// The server's spdlog channel. Lines carry ids (teacher, row, request), never
// names, emails, grades, passwords or tokens.
inline std::shared_ptr<spdlog::logger> serverLog()
{
    return logging::channel("server");
}

} // namespace k12::server
