#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace k12::protocol {

// Every error answer of the API: application/problem+json (RFC 9457) with a
// stable type per kind of problem, so a client branches on `type`, shows
// `detail`, and logs `request_id` for the server's log.
struct Problem
{
    enum class Kind
    {
        BadRequest,           // malformed JSON, wrong types, bad parameters (400)
        Unauthorized,         // no, unknown or expired access token (401)
        InvalidCredentials,   // wrong email or password (401)
        InvalidRefreshToken,  // unknown, expired or already used refresh token (401)
        NotFound,             // unknown path, or something the caller may not see (404)
        MethodNotAllowed,     // the path exists, the method does not (405)
        PayloadTooLarge,      // body over the size limit (413)
        RequestTimeout,       // the request did not arrive whole in time (408)
        UnsupportedMediaType, // a body that is not application/json (415)
        HeadersTooLarge,      // header block or header count over the limit (431)
        TooManyMutations,     // push batch over the mutation limit (413)
        RateLimited,          // request rate limit (429)
        TooManyLoginFailures, // failed-login limit (429)
        Internal,             // a server fault; details are in the server log (500)
        Unavailable,          // shutting down or the database cannot be reached (503)
    };

    Kind kind = Kind::Internal;
    QString detail;
    QString requestId;

    static QString slug(Kind kind);
    static QString typeUri(Kind kind);
    static QString title(Kind kind);
    static int status(Kind kind);
    static bool kindFromType(const QString &typeUri, Kind *kind);

    QByteArray toJson() const;
    // For clients: reads a problem body; unknown types become Internal with the text kept.
    static Result<Problem> fromJson(const QByteArray &body);
};

inline constexpr auto kProblemContentType = "application/problem+json";
inline constexpr auto kJsonContentType = "application/json";

} // namespace k12::protocol
