#pragma once

#include "server/admin/MutationLogPruner.h"
#include "server/http/ApiServer.h"
#include "server/mail/MailSettings.h"
#include "server/store/DatabaseConfig.h"

#include <QHostAddress>

namespace k12::server {

// `k12-server serve`: migrates the database, starts the worker pool and the
// HTTP server, prints the address it listens on as the first line of stdout,
// and on SIGTERM/SIGINT stops accepting, finishes what is in flight, closes
// the database and returns 0.
class ServeCommand
{
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8080;
        DatabaseConfig database;
        int workers = 4;
        int pushWorkers = 2; // threads (connections) that write pushes, apart from `workers`
        int pushGroup = 8;   // SQLite: pushes committed together at most (group commit; 1 = each alone)
        int signInWorkers = 2;
        ApiServer::Settings api;
        MutationLogPruner::Settings retention;
        MailSettings mail; // issue 18: an empty publicUrl becomes http://HOST:PORT
    };

    static int run(Options options);
};

} // namespace k12::server
