#include "RequestHandler.h"

#include "RateLimiter.h"
#include "WorkerContext.h"
#include "kernel/protocol/JsonReader.h"
#include "kernel/protocol/PullResponse.h"
#include "kernel/protocol/PushRequest.h"
#include "kernel/protocol/PushResponse.h"
#include "server/ServerLog.h"
#include "server/auth/Tokens.h"
#include "server/store/PlannerStatistics.h"
#include "server/sync/PullReader.h"
#include "server/sync/PushProcessor.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Problem;

namespace {

HttpResponse authAnswer(const AuthService::Answer &answer, const HttpRequest &request)
{
    if (answer.tokens) {
        HttpResponse r = HttpResponse::json(answer.tokens->toJson());
        r.teacherId = answer.tokens->teacher.id;
        return r;
    }
    if (answer.problem == Problem::Kind::Internal)
        serverLog()->error("request {}: {}", request.requestId.toStdString(),
                           answer.detail.section(u'\n', 0, 0).toStdString());
    HttpResponse r = HttpResponse::problem(answer.problem,
                                           answer.problem == Problem::Kind::Internal
                                               ? u"Internal error; the server log has the details."_s
                                               : answer.detail,
                                           request.requestId);
    if (answer.retryAfter > 0)
        r.withRetryAfter(answer.retryAfter);
    return r;
}

} // namespace

HttpResponse RequestHandler::handle(const HttpRequest &request, WorkerContext *context) const
{
    if (!context) {
        return HttpResponse::problem(Problem::Kind::Unavailable,
                                     u"The server cannot reach its database right now; try again shortly."_s,
                                     request.requestId)
            .withRetryAfter(5);
    }
    switch (request.endpoint) {
    case Endpoint::Login:
        return login(request, *context);
    case Endpoint::Refresh:
        return refresh(request, *context);
    case Endpoint::Logout:
        return logout(request, *context);
    case Endpoint::Push:
        return push(request, *context);
    case Endpoint::Pull:
        return pull(request, *context);
    case Endpoint::Health:
    case Endpoint::Portal: // ApiServer hands these to the PortalHandler
        break;
    }
    return HttpResponse::problem(Problem::Kind::NotFound, u"No such endpoint."_s, request.requestId);
}

HttpResponse RequestHandler::databaseFailure(const HttpRequest &request, WorkerContext &context,
                                             const QString &error) const
{
    // The first line only: details of constraint errors can quote values.
    serverLog()->error("request {}: {}", request.requestId.toStdString(), error.section(u'\n', 0, 0).toStdString());
    if (Database::isTransient(error)) {
        if (!context.db->connection().isOpen() || error.contains(u"connection"_s, Qt::CaseInsensitive))
            context.broken = true;
        return HttpResponse::problem(Problem::Kind::Unavailable, u"The database is busy; try again shortly."_s,
                                     request.requestId)
            .withRetryAfter(2);
    }
    context.broken = true; // start from a fresh connection: cheap, and never reuse a confused one
    return HttpResponse::problem(Problem::Kind::Internal,
                                 u"Internal error; the server log has the details under this request id."_s,
                                 request.requestId);
}

std::optional<HttpResponse> RequestHandler::authenticate(const HttpRequest &request, WorkerContext &context,
                                                         AuthService::Identity *identity) const
{
    const QString token = Tokens::fromAuthorization(request.authorization);
    if (token.isEmpty()) {
        return HttpResponse::problem(Problem::Kind::Unauthorized,
                                     u"This endpoint needs an \"Authorization: Bearer <access_token>\" header."_s,
                                     request.requestId);
    }
    AuthService auth(*context.db, m_settings.auth);
    Result<std::optional<AuthService::Identity>> found = auth.authenticate(token);
    if (!found)
        return databaseFailure(request, context, found.error());
    if (!*found) {
        return HttpResponse::problem(Problem::Kind::Unauthorized,
                                     u"The access token is unknown, expired or revoked; refresh it or sign in."_s,
                                     request.requestId);
    }
    *identity = **found;
    if (const int wait = m_accountLimiter->acquire(identity->teacherId); wait > 0) {
        HttpResponse r =
            HttpResponse::problem(Problem::Kind::RateLimited,
                                  u"More than %1 requests a minute for this account; try again in %2 seconds."_s
                                      .arg(m_accountLimiter->perMinute())
                                      .arg(wait),
                                  request.requestId);
        r.teacherId = identity->teacherId;
        return r.withRetryAfter(wait);
    }
    return std::nullopt;
}

HttpResponse RequestHandler::login(const HttpRequest &request, WorkerContext &context) const
{
    Result<protocol::LoginRequest> decoded = protocol::LoginRequest::fromJson(request.body);
    if (!decoded)
        return HttpResponse::problem(Problem::Kind::BadRequest, decoded.error(), request.requestId);
    // Correct sign-ins count too: a flood of them must not keep the password
    // hashing busy for everyone else.
    if (m_signInLimiter) {
        if (const int wait = m_signInLimiter->acquire(AuthService::normalizeEmail(decoded->email)); wait > 0) {
            return HttpResponse::problem(Problem::Kind::RateLimited,
                                         u"More than %1 sign-ins a minute for this account; try again in %2 "
                                         "seconds."_s.arg(m_signInLimiter->perMinute())
                                             .arg(wait),
                                         request.requestId)
                .withRetryAfter(wait);
        }
    }
    AuthService auth(*context.db, m_settings.auth);
    return authAnswer(auth.login(*decoded, request.peerAddress), request);
}

HttpResponse RequestHandler::refresh(const HttpRequest &request, WorkerContext &context) const
{
    Result<protocol::RefreshRequest> decoded = protocol::RefreshRequest::fromJson(request.body);
    if (!decoded)
        return HttpResponse::problem(Problem::Kind::BadRequest, decoded.error(), request.requestId);
    AuthService auth(*context.db, m_settings.auth);
    return authAnswer(auth.refresh(*decoded, m_signInLimiter), request);
}

HttpResponse RequestHandler::logout(const HttpRequest &request, WorkerContext &context) const
{
    AuthService::Identity identity;
    if (std::optional<HttpResponse> refused = authenticate(request, context, &identity))
        return *refused;
    Result<protocol::LogoutRequest> decoded = protocol::LogoutRequest::fromJson(request.body);
    if (!decoded)
        return HttpResponse::problem(Problem::Kind::BadRequest, decoded.error(), request.requestId);
    AuthService auth(*context.db, m_settings.auth);
    if (Status s = auth.logout(identity, decoded->refreshToken); !s)
        return databaseFailure(request, context, s.error());
    HttpResponse r = HttpResponse::noContent();
    r.teacherId = identity.teacherId;
    return r;
}

HttpResponse RequestHandler::push(const HttpRequest &request, WorkerContext &context) const
{
    AuthService::Identity identity;
    if (std::optional<HttpResponse> refused = authenticate(request, context, &identity))
        return *refused;
    Result<QJsonObject> object = protocol::JsonReader::parseObject(request.body);
    if (!object)
        return HttpResponse::problem(Problem::Kind::BadRequest, object.error(), request.requestId);
    if (const qsizetype count = object->value(u"mutations").toArray().size(); count > m_settings.maxMutationsPerPush) {
        return HttpResponse::problem(
            Problem::Kind::TooManyMutations,
            u"The push has %1 mutations; this server takes at most %2 per push. Send them in batches."_s.arg(count).arg(
                m_settings.maxMutationsPerPush),
            request.requestId);
    }
    Result<protocol::PushRequest> decoded = protocol::PushRequest::fromJsonObject(*object);
    if (!decoded)
        return HttpResponse::problem(Problem::Kind::BadRequest, decoded.error(), request.requestId);

    PushProcessor processor(*context.db);
    PushProcessor::Actor actor{identity.teacherId, decoded->clientId, false};
    Result<QList<PushProcessor::Outcome>> outcomes = processor.push(actor, decoded->mutations);
    if (!outcomes)
        return databaseFailure(request, context, outcomes.error());
    QList<QByteArray> answers;
    answers.reserve(outcomes->size());
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
    for (const PushProcessor::Outcome &o : std::as_const(*outcomes)) {
        answers.append(o.answer);
        applied += o.status == protocol::MutationResult::Status::Applied;
        conflicts += o.status == protocol::MutationResult::Status::Conflict;
        rejected += o.status == protocol::MutationResult::Status::Rejected;
    }
    serverLog()->debug("push {} from client {}: {} applied, {} conflicts, {} rejected", request.requestId.toStdString(),
                       decoded->clientId.toStdString(), applied, conflicts, rejected);
    // After the commit: a failure here costs only plan quality, never the push.
    if (PlannerStatistics::noteChanges(applied)) {
        if (Status s = PlannerStatistics::refresh(*context.db); !s)
            serverLog()->warn("{}", s.error().toStdString());
    }
    HttpResponse r = HttpResponse::json(protocol::PushResponse::encode(context.epoch, answers));
    r.teacherId = identity.teacherId;
    return r;
}

HttpResponse RequestHandler::pull(const HttpRequest &request, WorkerContext &context) const
{
    AuthService::Identity identity;
    if (std::optional<HttpResponse> refused = authenticate(request, context, &identity))
        return *refused;
    auto number = [&](const QString &name, qint64 fallback, qint64 min, qint64 max, qint64 *out) {
        if (!request.query.hasQueryItem(name)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = request.query.queryItemValue(name).toLongLong(&ok);
        return ok && *out >= min && *out <= max;
    };
    qint64 since = 0;
    qint64 limit = 0;
    if (!number(u"since"_s, 0, 0, std::numeric_limits<qint64>::max(), &since)) {
        return HttpResponse::problem(Problem::Kind::BadRequest,
                                     u"\"since\" must be a revision: an integer >= 0 (0 = from the beginning)."_s,
                                     request.requestId);
    }
    if (!number(u"limit"_s, m_settings.defaultPullLimit, 1, m_settings.maxPullLimit, &limit)) {
        return HttpResponse::problem(
            Problem::Kind::BadRequest,
            u"\"limit\" must be an integer from 1 to %1 (this server's largest page)."_s.arg(m_settings.maxPullLimit),
            request.requestId);
    }
    PullReader reader(*context.db);
    Result<PullReader::Page> page = reader.read(identity.teacherId, since, int(limit));
    if (!page)
        return databaseFailure(request, context, page.error());
    HttpResponse r = HttpResponse::json(
        protocol::PullResponse::encodeJoined(context.epoch, page->changes, page->nextCursor, page->hasMore));
    r.teacherId = identity.teacherId;
    return r;
}

} // namespace k12::server
