#pragma once

#include "JsonWriter.h"
#include "kernel/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace k12::protocol {

enum class MutationOp
{
    Upsert,
    Delete
};

// One outbox entry on the wire. `fields` holds only the fields the client
// changed (JSON-typed by EntitySchema); base_rev is the server revision the
// client last saw for the row, 0 when it never synced.
struct Mutation
{
    QString mutationId;
    QString entity;
    QString id;
    MutationOp op = MutationOp::Upsert;
    qint64 baseRev = 0;
    QJsonObject fields;

    void write(JsonWriter &writer) const;
    static QString opName(MutationOp op);
};

// POST /api/v1/sync/push. Decoding checks the envelope of every mutation (ids,
// op, base_rev, fields an object); whether the entity and its fields make sense
// is judged per mutation by the server, which answers each one.
struct PushRequest
{
    QString clientId;
    QList<Mutation> mutations;

    QByteArray toJson() const;
    static Result<PushRequest> fromJson(const QByteArray &body);
    static Result<PushRequest> fromJsonObject(const QJsonObject &object);
};

} // namespace k12::protocol
