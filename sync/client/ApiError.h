#pragma once

#include "kernel/protocol/Problem.h"

#include <QString>

#include <optional>

namespace k12 {

// Why a request to the server did not succeed, in a form the sync engine can
// act on: retry later (transport, 5xx, 429), refresh the token (401), give up
// on one mutation (other 4xx), or tell the teacher to sign in again.
struct ApiError
{
    enum class Kind
    {
        Transport,    // no connection, refused, reset, DNS, TLS
        Timeout,      // no answer in time
        Server,       // 5xx
        RateLimited,  // 429 (retryAfterSeconds set)
        Unauthorized, // 401: token missing or expired
        SignedOut,    // the refresh token was refused: the teacher must sign in again
        Client,       // another 4xx: the request itself is wrong
        Protocol      // the answer is not what the protocol says
    };

    Kind kind = Kind::Transport;
    int httpStatus = 0;
    int retryAfterSeconds = 0;
    QString message;   // for the teacher
    QString requestId; // for the server's log
    std::optional<protocol::Problem> problem;

    bool retryable() const
    {
        return kind == Kind::Transport || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::RateLimited;
    }
    // Offline means the server could not be reached at all.
    bool unreachable() const { return kind == Kind::Transport || kind == Kind::Timeout; }
};

} // namespace k12
