// k12-server: the K12 Teacher sync server. Only wires things together; the
// work is in the k12_server library.
#include "Cli.h"
#include "kernel/logging/Logging.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char **argv)
{
    // The database and logs hold grades and password hashes: user-only files.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("K12"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("k12teacher.org"));
    QCoreApplication::setApplicationName(QStringLiteral("k12-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(K12_VERSION));
    const int code = k12::server::Cli::run(argc, argv);
    k12::logging::shutdown();
    return code;
}
