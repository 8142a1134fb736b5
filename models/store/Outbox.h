#pragma once

#include <QtGlobal>

namespace k12 {

class Database;

// Read-only counts over the local outbox (the sync engine owns its processing).
class Outbox
{
public:
    static qint64 pendingCount(Database &db);
    static qint64 rejectedCount(Database &db);
};

} // namespace k12
