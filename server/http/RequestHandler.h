#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "server/auth/AuthService.h"

#include <optional>

namespace k12::server {

class RateLimiter;
struct WorkerContext;

// The API endpoints, run on a worker thread: decodes the request with the
// protocol codec, calls the services, encodes the answer or a problem.
class RequestHandler
{
public:
    struct Settings
    {
        AuthService::Settings auth;
        int maxMutationsPerPush = 1000;
        int defaultPullLimit = 1000;
        int maxPullLimit = 5000;
    };

    // accountLimiter: requests per teacher; signInLimiter: sign-in attempts per
    // account (right or wrong password), both shared by every worker.
    RequestHandler(Settings settings, RateLimiter *accountLimiter, RateLimiter *signInLimiter = nullptr)
        : m_settings(settings)
        , m_accountLimiter(accountLimiter)
        , m_signInLimiter(signInLimiter)
    {}

    HttpResponse handle(const HttpRequest &request, WorkerContext *context) const;

private:
    HttpResponse login(const HttpRequest &request, WorkerContext &context) const;
    HttpResponse refresh(const HttpRequest &request, WorkerContext &context) const;
    HttpResponse logout(const HttpRequest &request, WorkerContext &context) const;
    HttpResponse push(const HttpRequest &request, WorkerContext &context) const;
    HttpResponse pull(const HttpRequest &request, WorkerContext &context) const;

    // The signed-in teacher, or the 401/429/5xx answer to send instead.
    std::optional<HttpResponse> authenticate(const HttpRequest &request, WorkerContext &context,
                                             AuthService::Identity *identity) const;
    HttpResponse databaseFailure(const HttpRequest &request, WorkerContext &context, const QString &error) const;

    Settings m_settings;
    RateLimiter *m_accountLimiter;
    RateLimiter *m_signInLimiter = nullptr;
};

} // namespace k12::server
