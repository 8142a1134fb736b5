#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

namespace k12 {

// "Trust this certificate authority" (issue 21): a school whose server's TLS
// certificate is signed by its own CA (or is self-signed) names that CA's PEM
// file in the profile's k12-teacher.ini, [sync] ca_file. The certificates are
// added to the CAs TLS checks against, never instead of a check: there is no
// "ignore TLS errors" anywhere. They are added to Qt's default TLS
// configuration at start, which every request of the sync client (window and
// commands) starts from.
class TrustedAuthority
{
    Q_DECLARE_TR_FUNCTIONS(k12::TrustedAuthority)

public:
    // The file named in the profile, empty when none.
    static QString fileIn(const QString &profileDir);
    static void setFileIn(const QString &profileDir, const QString &caFile);

    // The CA certificates of CA_FILE (PEM, one or more), or why not: the file's
    // name and what is wrong with it.
    static Result<QList<QSslCertificate>> read(const QString &caFile);

    // Adds the certificates of the profile's file to the default TLS
    // configuration. Nothing to do without one; an error names the file.
    static Status applyFrom(const QString &profileDir);
};

} // namespace k12
