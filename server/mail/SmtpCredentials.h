#pragma once

#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

// The relay's user and password, from the file given to --smtp-credentials:
// one line "user:password" (the password may hold colons). The file must be a
// regular file owned by the user the server runs as and not readable or
// writable by group or others (chmod 600), else it is refused with the reason.
//
// Under systemd the packaged unit passes root's /etc/k12-server/smtp-credentials
// with LoadCredential=smtp: systemd copies it into the service's private
// $CREDENTIALS_DIRECTORY, readable by the service's (dynamic) user only, but
// owned by root and shared through an ACL, so ownership and mode are systemd's
// business there and are not checked. An empty first line there (the unit's
// SetCredential=smtp:\n fallback, when root wrote no file) means no sign-in.
struct SmtpCredentials
{
    QString user; // empty: the relay takes mail without a sign-in
    QString password;

    static Result<SmtpCredentials> load(const QString &path);
    // $CREDENTIALS_DIRECTORY/smtp when systemd passed that credential, else empty:
    // where `serve` reads the relay's sign-in when --smtp-credentials is not given.
    static QString systemdCredential();
};

} // namespace k12::server
