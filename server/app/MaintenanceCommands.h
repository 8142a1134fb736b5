#pragma once

#include <QStringList>

namespace k12::server {

// `k12-server admin backup | restore | prune`: what a school's IT runs to keep
// the server's data safe and its mutation log bounded (README, "The server").
class MaintenanceCommands
{
public:
    static bool handles(const QString &command);
    // args: the command's options (after `admin COMMAND`).
    static int run(const QString &command, const QStringList &args);

private:
    static int backup(const QStringList &args);
    static int restore(const QStringList &args);
    static int prune(const QStringList &args);
};

} // namespace k12::server
