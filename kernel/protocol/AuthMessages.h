#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The bodies of /auth/login, /auth/refresh and /auth/logout. Plain message
// structs with their codec, kept together because they only make sense as a set.
namespace k12::protocol {

struct LoginRequest
{
    QString email;
    QString password;

    QByteArray toJson() const;
    static Result<LoginRequest> fromJson(const QByteArray &body);
};

struct RefreshRequest
{
    QString refreshToken;
    // Optional, the client's id for this rotation, kept until the answer is
    // stored: the same request retried after a lost answer gets the same
    // successor (k12-server derives it), so a client killed mid-refresh is
    // not signed out.
    QString rotationId;

    QByteArray toJson() const;
    static Result<RefreshRequest> fromJson(const QByteArray &body);
};

struct LogoutRequest
{
    std::optional<QString> refreshToken;

    QByteArray toJson() const;
    // An empty body is a logout of the access token alone.
    static Result<LogoutRequest> fromJson(const QByteArray &body);
};

struct TeacherInfo
{
    QString id;
    QString email;
    QString name;
};

// The answer to a login or a refresh.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds the access token stays valid
    TeacherInfo teacher;

    QByteArray toJson() const;
    static Result<TokenResponse> fromJson(const QByteArray &body);
};

} // namespace k12::protocol
