#pragma once

#include <QStringList>

namespace k12::server {

// Exit codes of k12-server, as for the desktop CLI.
enum ServerExit
{
    ServerExitOk = 0,
    ServerExitFailure = 1, // understood but cannot be done (the message says why)
    ServerExitUsage = 2,   // the command line is wrong
};

// k12-server's command line: `serve` and the `admin` commands.
class Cli
{
public:
    static int run(int argc, char **argv);

private:
    static int serve(const QStringList &args);
    static int admin(const QStringList &args);
    static int usage(const QString &message);
    static void printHelp();
};

} // namespace k12::server
