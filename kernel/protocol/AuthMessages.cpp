#include "AuthMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

namespace {

// Secrets and emails have sane sizes; anything longer is an abuse of the endpoint.
constexpr qsizetype kMaxCredentialLength = 1024;

Status checkLength(JsonReader &r, QStringView key, const QString &value)
{
    if (r.ok() && value.size() > kMaxCredentialLength)
        r.setError(u"\"%1\" is longer than %2 characters."_s.arg(r.pathOf(key)).arg(kMaxCredentialLength));
    return r.ok() ? Status{} : fail(r.error());
}

} // namespace

QByteArray LoginRequest::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("email");
    w.string(email);
    w.key("password");
    w.string(password);
    w.endObject();
    return out;
}

Result<LoginRequest> LoginRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    LoginRequest req;
    req.email = r.string(u"email");
    req.password = r.string(u"password");
    if (Status s = checkLength(r, u"email", req.email); !s)
        return Error{s.error()};
    if (Status s = checkLength(r, u"password", req.password); !s)
        return Error{s.error()};
    return req;
}

QByteArray RefreshRequest::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("refresh_token");
    w.string(refreshToken);
    if (!rotationId.isEmpty()) {
        w.key("rotation_id");
        w.string(rotationId);
    }
    w.endObject();
    return out;
}

Result<RefreshRequest> RefreshRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    RefreshRequest req;
    req.refreshToken = r.string(u"refresh_token");
    if (Status s = checkLength(r, u"refresh_token", req.refreshToken); !s)
        return Error{s.error()};
    if (object->contains(u"rotation_id")) {
        req.rotationId = r.uuid(u"rotation_id");
        if (!r.ok())
            return fail(r.error());
    }
    return req;
}

QByteArray LogoutRequest::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    if (refreshToken) {
        w.key("refresh_token");
        w.string(*refreshToken);
    }
    w.endObject();
    return out;
}

Result<LogoutRequest> LogoutRequest::fromJson(const QByteArray &body)
{
    LogoutRequest req;
    if (body.trimmed().isEmpty())
        return req;
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    req.refreshToken = r.optionalString(u"refresh_token");
    if (!r.ok())
        return fail(r.error());
    return req;
}

QByteArray TokenResponse::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("access_token");
    w.string(accessToken);
    w.key("refresh_token");
    w.string(refreshToken);
    w.key("expires_in");
    w.integer(expiresIn);
    w.key("teacher");
    w.beginObject();
    w.key("id");
    w.string(teacher.id);
    w.key("email");
    w.string(teacher.email);
    w.key("name");
    w.string(teacher.name);
    w.endObject();
    w.endObject();
    return out;
}

Result<TokenResponse> TokenResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return Error{object.error()};
    JsonReader r(*object);
    TokenResponse t;
    t.accessToken = r.string(u"access_token");
    t.refreshToken = r.string(u"refresh_token");
    t.expiresIn = r.integer(u"expires_in", 0, std::numeric_limits<int>::max());
    JsonReader teacher(r.object(u"teacher"), u"teacher"_s);
    if (!r.ok())
        return fail(r.error());
    t.teacher.id = teacher.uuid(u"id");
    t.teacher.email = teacher.string(u"email");
    t.teacher.name = teacher.string(u"name");
    if (!teacher.ok())
        return fail(teacher.error());
    return t;
}

} // namespace k12::protocol
