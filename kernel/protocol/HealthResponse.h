#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace k12::protocol {

// GET /api/v1/health: the light probe the client's connectivity monitor uses.
// `epoch` identifies the server database; a change means a restored backup or
// a new database (DESIGN.md "What goes wrong in the field").
struct HealthResponse
{
    QString status = QStringLiteral("ok");
    QString epoch;
    QString version;

    QByteArray toJson() const;
    static Result<HealthResponse> fromJson(const QByteArray &body);
};

} // namespace k12::protocol
