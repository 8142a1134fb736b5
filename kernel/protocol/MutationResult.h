#pragma once

#include "JsonWriter.h"
#include "SyncRow.h"
#include "kernel/domain/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace k12::protocol {

// A field the client changed that another client also changed after base_rev:
// the server kept its value; `mine` is what the client sent.
struct FieldConflict
{
    QString field;
    QJsonValue mine;
    QJsonValue server;
};

// The server's answer to one mutation of a push, in the same order as sent.
//   applied:  rev = the row's revision after the change (unchanged if nothing changed)
//   conflict: fields that did not conflict WERE applied; rev is the row's rev after
//             that; `row` is the whole server row; `conflicts` lists what was kept
//   rejected: nothing applied; `code` says why in one word, `reason` in words
// A mutation_id the server has already answered gets that first answer again.
struct MutationResult
{
    enum class Status
    {
        Applied,
        Conflict,
        Rejected
    };
    enum class Code
    {
        None,
        Validation,
        Permission,
        NotFound
    };

    QString mutationId;
    Status status = Status::Applied;
    qint64 rev = 0;
    QList<FieldConflict> conflicts;
    std::optional<SyncRow> row;
    Code code = Code::None;
    QString reason;

    static MutationResult applied(const QString &mutationId, qint64 rev);
    static MutationResult rejected(const QString &mutationId, Code code, const QString &reason);

    static QString statusName(Status status);
    static QString codeName(Code code);

    void write(JsonWriter &writer) const;
    QByteArray toJson() const;
    static Result<MutationResult> fromJsonObject(const QJsonObject &object, const QString &path = {});
};

} // namespace k12::protocol
