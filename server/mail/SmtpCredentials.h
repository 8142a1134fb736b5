#pragma once

#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

// The relay's user and password, from the file given to --smtp-credentials:
// one line "user:password" (the password may hold colons). The file must be a
// regular file owned by the user the server runs as and not readable or
// writable by group or others (chmod 600), else it is refused with the reason.
struct SmtpCredentials
{
    QString user;
    QString password;

    static Result<SmtpCredentials> load(const QString &path);
};

} // namespace k12::server
