#pragma once

#include "MutationResult.h"
#include "kernel/domain/Result.h"

#include <QList>
#include <QString>

namespace k12::protocol {

// The answer to POST /api/v1/sync/push: one result per mutation, same order.
struct PushResponse
{
    QString epoch;
    QList<MutationResult> results;

    QByteArray toJson() const;
    static Result<PushResponse> fromJson(const QByteArray &body);
    // The server's path: results already encoded (stored answers are replayed byte for byte).
    static QByteArray encode(const QString &epoch, const QList<QByteArray> &encodedResults);
};

} // namespace k12::protocol
