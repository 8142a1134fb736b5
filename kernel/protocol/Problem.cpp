#include "Problem.h"

#include "JsonReader.h"
#include "JsonWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

namespace {

struct KindInfo
{
    Problem::Kind kind;
    const char *slug;
    const char *title;
    int status;
};

constexpr KindInfo kKinds[] = {
    {Problem::Kind::BadRequest, "bad-request", "The request is malformed", 400},
    {Problem::Kind::Unauthorized, "unauthorized", "Authentication is required", 401},
    {Problem::Kind::InvalidCredentials, "invalid-credentials", "The email or password is wrong", 401},
    {Problem::Kind::InvalidRefreshToken, "invalid-refresh-token", "The refresh token is not valid", 401},
    {Problem::Kind::NotFound, "not-found", "Not found", 404},
    {Problem::Kind::MethodNotAllowed, "method-not-allowed", "Method not allowed", 405},
    {Problem::Kind::PayloadTooLarge, "payload-too-large", "The request body is too large", 413},
    {Problem::Kind::RequestTimeout, "request-timeout", "The request did not arrive in time", 408},
    {Problem::Kind::UnsupportedMediaType, "unsupported-media-type", "The body must be application/json", 415},
    {Problem::Kind::HeadersTooLarge, "headers-too-large", "The request's headers are too large", 431},
    {Problem::Kind::TooManyMutations, "too-many-mutations", "Too many mutations in one push", 413},
    {Problem::Kind::RateLimited, "rate-limited", "Too many requests", 429},
    {Problem::Kind::TooManyLoginFailures, "too-many-login-failures", "Too many failed sign-ins", 429},
    {Problem::Kind::Internal, "internal-error", "Internal server error", 500},
    {Problem::Kind::Unavailable, "unavailable", "The service is unavailable", 503},
};

const KindInfo &info(Problem::Kind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[std::size(kKinds) - 2];
}

} // namespace

QString Problem::slug(Kind kind)
{
    return QString::fromLatin1(info(kind).slug);
}

QString Problem::typeUri(Kind kind)
{
    return u"https://k12teacher.org/problems/"_s + slug(kind);
}

QString Problem::title(Kind kind)
{
    return QString::fromLatin1(info(kind).title);
}

int Problem::status(Kind kind)
{
    return info(kind).status;
}

bool Problem::kindFromType(const QString &typeUri, Kind *kind)
{
    for (const KindInfo &k : kKinds) {
        if (typeUri == Problem::typeUri(k.kind)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QByteArray Problem::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("type");
    w.string(typeUri(kind));
    w.key("title");
    w.string(title(kind));
    w.key("status");
    w.integer(status(kind));
    w.key("detail");
    w.string(detail);
    w.key("request_id");
    w.string(requestId);
    w.endObject();
    return out;
}

Result<Problem> Problem::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    Problem p;
    const QString type = r.string(u"type");
    p.detail = r.optionalString(u"detail").value_or(QString());
    p.requestId = r.optionalString(u"request_id").value_or(QString());
    if (!r.ok())
        return fail(r.error());
    if (!kindFromType(type, &p.kind)) {
        p.kind = Kind::Internal;
        p.detail = type + u": "_s + p.detail;
    }
    return p;
}

} // namespace k12::protocol
