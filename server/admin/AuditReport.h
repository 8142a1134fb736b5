#pragma once

#include "kernel/domain/Result.h"

#include <QDateTime>
#include <QString>

namespace k12::server {

class Database;

// admin audit: who changed which row and field, old and new value, when and
// from which client, oldest first. It shows data (names, grades): it is an
// administrator's tool and its output is not a log.
class AuditReport
{
public:
    // `since` empty = everything; otherwise an ISO date or date-time (UTC if no offset).
    // everyMutation: also the mutations that changed nothing (answered as a
    // conflict, rejected, or already as asked), so each one a client sent is
    // listed once: what a support question about a lost grade needs.
    static Result<QString> render(Database &db, const QString &since, bool json, bool everyMutation = false);
    static Result<QString> normalizeSince(const QString &since);
};

} // namespace k12::server
