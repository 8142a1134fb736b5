#include "PullResponse.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "ProtocolConstants.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

QByteArray PullResponse::toJson() const
{
    QList<QByteArray> encoded;
    encoded.reserve(changes.size());
    for (const SyncRow &row : changes)
        encoded.append(row.toJson());
    return encode(epoch, encoded, nextCursor, hasMore);
}

QByteArray PullResponse::encode(const QString &epoch, const QList<QByteArray> &encodedRows, qint64 nextCursor,
                                bool hasMore)
{
    return encodeJoined(epoch, encodedRows.join(','), nextCursor, hasMore);
}

QByteArray PullResponse::encodeJoined(const QString &epoch, const QByteArray &joinedRows, qint64 nextCursor,
                                      bool hasMore)
{
    QByteArray out;
    out.reserve(joinedRows.size() + 128);
    JsonWriter w(&out);
    w.beginObject();
    w.key("epoch");
    w.string(epoch);
    w.key("changes");
    w.beginArray();
    if (!joinedRows.isEmpty())
        w.raw(joinedRows);
    w.endArray();
    w.key("next_cursor");
    w.integer(nextCursor);
    w.key("has_more");
    w.boolean(hasMore);
    w.endObject();
    return out;
}

Result<PullResponse> PullResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    PullResponse response;
    response.epoch = r.uuid(u"epoch");
    const QJsonArray list = r.array(u"changes");
    response.nextCursor = r.integer(u"next_cursor", 0, kMaxJsonInteger);
    response.hasMore = r.boolean(u"has_more");
    if (!r.ok())
        return fail(r.error());
    response.changes.reserve(list.size());
    qint64 previous = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::index(u"changes"_s, i);
        if (!list.at(i).isObject())
            return fail(u"\"%1\" must be an object."_s.arg(path));
        Result<SyncRow> row = SyncRow::fromJsonObject(list.at(i).toObject(), path);
        if (!row)
            return Error{row.error()};
        // The cursor logic of every client depends on this order.
        if (row->rev <= previous)
            return fail(u"\"%1.rev\" is not greater than the rev before it."_s.arg(path));
        previous = row->rev;
        response.changes.append(*row);
    }
    return response;
}

} // namespace k12::protocol
