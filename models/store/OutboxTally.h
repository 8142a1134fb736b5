#pragma once

#include "kernel/domain/Result.h"

#include <QStringList>

namespace k12 {

class Database;

// How many outbox rows are pending and how many rejected, kept by SQLite
// triggers on outbox in a local table (outbox_tally), with a partial index on
// the rejected rows. A teacher who works offline for a term has a million
// pending changes (the benchmark profile: 1.1 million): counting them, or
// finding the few rejected ones, read the whole outbox each time (~250 ms),
// which the Today report does on every live update. Made by local migration 7.
class OutboxTally
{
public:
    // The table, its triggers and the rejected rows' index (migration 7 runs
    // these, then fillStatements()).
    static QStringList schemaStatements();
    static QStringList fillStatements();

    // Rows of a state ("pending", "rejected") from the tally.
    [[nodiscard]] static Result<qint64> count(Database &db, const QString &state);
    // The tally's counts that differ from a recount of the outbox: 0 when consistent.
    [[nodiscard]] static Result<qint64> countMismatches(Database &db);
};

} // namespace k12
