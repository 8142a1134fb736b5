#pragma once

#include <QString>
#include <QtGlobal>

// Constants of the /api/v1 contract that both the server and the client rely on.
namespace k12::protocol {

inline QString apiPrefix()
{
    return QStringLiteral("/api/v1");
}

// Default limits of the reference server; the server states the actual value
// in the problem detail when a request exceeds one.
inline constexpr qint64 kDefaultMaxBodyBytes = 8 * 1024 * 1024;
inline constexpr int kDefaultMaxMutationsPerPush = 1000;
inline constexpr int kDefaultPullLimit = 1000;
inline constexpr int kDefaultMaxPullLimit = 5000;

// JSON numbers are doubles: integers beyond 2^53 cannot cross the wire exactly.
inline constexpr qint64 kMaxJsonInteger = (qint64(1) << 53);

} // namespace k12::protocol
