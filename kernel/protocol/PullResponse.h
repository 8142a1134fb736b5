#pragma once

#include "SyncRow.h"
#include "kernel/domain/Result.h"

#include <QList>
#include <QString>

namespace k12::protocol {

// The answer to GET /api/v1/sync/pull?since=CURSOR&limit=N: the rows the
// teacher may see that changed after the cursor, in increasing rev. The cursor
// is a server revision (0 = from the beginning); next_cursor is the rev of the
// last row returned (or `since` when nothing was), and has_more says to ask again.
struct PullResponse
{
    QString epoch;
    QList<SyncRow> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;

    QByteArray toJson() const;
    static Result<PullResponse> fromJson(const QByteArray &body);
    // The server's path: rows already encoded, in increasing rev.
    static QByteArray encode(const QString &epoch, const QList<QByteArray> &encodedRows, qint64 nextCursor,
                             bool hasMore);
    // The same, the encoded rows already joined by ',' (the text inside "changes": [ ]).
    static QByteArray encodeJoined(const QString &epoch, const QByteArray &joinedRows, qint64 nextCursor, bool hasMore);
};

} // namespace k12::protocol
