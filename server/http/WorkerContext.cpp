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

} // namespace k12::server
