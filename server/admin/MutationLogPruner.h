#pragma once

#include "kernel/domain/Result.h"

#include <QDateTime>

namespace k12::server {

class Database;

// Keeps the mutation log from growing forever. The log holds two things with
// different lives: the first answer of each mutation, replayed verbatim when a
// client sends it again (needed only while a client may still retry: days),
// and the audit trail (needed for a school year). After the replay retention
// the answer is cleared but the row stays, so a late repeat is still
// recognised and never applied twice; after the audit retention the row goes.
class MutationLogPruner
{
public:
    static constexpr int kDefaultReplayDays = 30;
    static constexpr int kDefaultAuditDays = 365;

    struct Settings
    {
        int replayDays = kDefaultReplayDays;
        int auditDays = kDefaultAuditDays;
    };
    struct Counts
    {
        qint64 answersCleared = 0; // rows that keep their audit entry but lose the replay body
        qint64 rowsRemoved = 0;    // whole rows past the audit retention
    };

    // Prunes in one write transaction (or only counts, dryRun), as of `now`.
    static Result<Counts> run(Database &db, const Settings &settings, const QDateTime &now, bool dryRun);
};

} // namespace k12::server
