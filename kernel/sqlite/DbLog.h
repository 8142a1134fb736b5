#pragma once

#include <QLoggingCategory>

namespace k12 {
// Log channel of SQLite work (the local store, checkpoints); routed into the "db" spdlog logger by the app.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
} // namespace k12
