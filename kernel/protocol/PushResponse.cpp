#include "PushResponse.h"

#include "JsonReader.h"
#include "JsonWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

QByteArray PushResponse::toJson() const
{
    QList<QByteArray> encoded;
    encoded.reserve(results.size());
    for (const MutationResult &r : results)
        encoded.append(r.toJson());
    return encode(epoch, encoded);
}

QByteArray PushResponse::encode(const QString &epoch, const QList<QByteArray> &encodedResults)
{
    QByteArray out;
    qsizetype size = 64;
    for (const QByteArray &r : encodedResults)
        size += r.size() + 1;
    out.reserve(size);
    JsonWriter w(&out);
    w.beginObject();
    w.key("epoch");
    w.string(epoch);
    w.key("results");
    w.beginArray();
    for (const QByteArray &r : encodedResults)
        w.raw(r);
    w.endArray();
    w.endObject();
    return out;
}

Result<PushResponse> PushResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    PushResponse response;
    response.epoch = r.uuid(u"epoch");
    const QJsonArray list = r.array(u"results");
    if (!r.ok())
        return fail(r.error());
    response.results.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(u"results"_s, i);
        if (!list.at(i).isObject())
            return fail(u"\"%1\" must be an object."_s.arg(path));
        Result<MutationResult> result = MutationResult::fromJsonObject(list.at(i).toObject(), path);
        if (!result)
            return Error{result.error()};
        response.results.append(*result);
    }
    return response;
}

} // namespace k12::protocol
