#include "DbLog.h"

namespace k12 {
Q_LOGGING_CATEGORY(lcDb, "k12.db")
} // namespace k12
