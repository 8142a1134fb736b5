#include "WorkerContext.h"

#include "server/store/Schema.h"

namespace k12::server {

Result<std::unique_ptr<WorkerContext>> WorkerContext::open(const DatabaseConfig &config)
{
    auto context = std::make_unique<WorkerContext>();
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db)
        return Error{db.error()};
    context->db = std::move(db).value();
    Result<QString> epoch = Schema::epoch(*context->db);
    if (!epoch)
        return Error{epoch.error()};
    context->epoch = *epoch;
    return context;
}

void WorkerContext::whenCommitted(std::function<void(bool committed)> send)
{
    if (db && db->inGroup())
        afterGroup.push_back(std::move(send));
    else
        send(true);
}

} // namespace k12::server
