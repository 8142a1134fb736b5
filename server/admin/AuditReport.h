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
    enum class Scope
    {
        Changes,    // what changed data
        Everything, // also mutations that changed nothing (conflict, rejected, repeats)
        Denied      // only refused mutations, with the reason they were given
    };
    static Result<QString> render(Database &db, const QString &since, bool json, Scope scope = Scope::Changes);
    static Result<QString> normalizeSince(const QString &since);
};

} // namespace k12::server
