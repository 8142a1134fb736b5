#include "WorkerContext.h"

#include "store/ServerSchema.h"

namespace k12 {

Result<std::unique_ptr<WorkerContext>> WorkerContext::open(const DatabaseConfig &config)
{
    auto context = std::make_unique<WorkerContext>();
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(config);
    if (!db)
        return Error{db.error()};
    context->db = std::move(db).value();
    Result<QString> epoch = ServerSchema::epoch(*context->db);
    if (!epoch)
        return Error{epoch.error()};
    context->epoch = *epoch;
    Result<std::unique_ptr<ClientSchema>> schema = ClientSchema::create();
    if (!schema)
        return Error{schema.error()};
    context->clientSchema = std::move(schema).value();
    return context;
}

} // namespace k12
