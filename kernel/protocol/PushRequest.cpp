#include "PushRequest.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "ProtocolConstants.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

QString Mutation::opName(MutationOp op)
{
    return op == MutationOp::Delete ? u"delete"_s : u"upsert"_s;
}

void Mutation::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("mutation_id");
    w.string(mutationId);
    w.key("entity");
    w.string(entity);
    w.key("id");
    w.string(id);
    w.key("op");
    w.string(opName(op));
    w.key("base_rev");
    w.integer(baseRev);
    w.key("fields");
    w.value(fields);
    w.endObject();
}

QByteArray PushRequest::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("client_id");
    w.string(clientId);
    w.key("mutations");
    w.beginArray();
    for (const Mutation &m : mutations)
        m.write(w);
    w.endArray();
    w.endObject();
    return out;
}

Result<PushRequest> PushRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    return fromJsonObject(*object);
}

Result<PushRequest> PushRequest::fromJsonObject(const QJsonObject &object)
{
    JsonReader r(object);
    PushRequest req;
    req.clientId = r.uuid(u"client_id");
    const QJsonArray list = r.array(u"mutations");
    if (!r.ok())
        return fail(r.error());
    req.mutations.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(u"mutations"_s, i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return fail(u"\"%1\" must be an object."_s.arg(path));
        JsonReader m(item.toObject(), path);
        Mutation mutation;
        mutation.mutationId = m.uuid(u"mutation_id");
        mutation.entity = m.string(u"entity");
        mutation.id = m.uuid(u"id");
        const QString op = m.string(u"op");
        mutation.baseRev = m.integer(u"base_rev", 0, kMaxJsonInteger);
        if (m.ok() && op != u"upsert"_s && op != u"delete"_s)
            m.setError(u"\"%1\" must be \"upsert\" or \"delete\"."_s.arg(m.pathOf(u"op")));
        mutation.op = op == u"delete"_s ? MutationOp::Delete : MutationOp::Upsert;
        if (m.ok() && (m.contains(u"fields") || mutation.op == MutationOp::Upsert))
            mutation.fields = m.object(u"fields");
        if (!m.ok())
            return fail(m.error());
        req.mutations.append(std::move(mutation));
    }
    return req;
}

} // namespace k12::protocol
