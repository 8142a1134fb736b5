#include "HealthResponse.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace k12::protocol {

QByteArray HealthResponse::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("status");
    w.string(status);
    w.key("epoch");
    w.string(epoch);
    w.key("version");
    w.string(version);
    w.endObject();
    return out;
}

Result<HealthResponse> HealthResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    HealthResponse h;
    h.status = r.string(u"status");
    h.epoch = r.uuid(u"epoch");
    h.version = r.string(u"version");
    if (!r.ok())
        return fail(r.error());
    return h;
}

} // namespace k12::protocol
