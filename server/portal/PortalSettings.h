#pragma once

#include <QtGlobal>

namespace k12::server {

// How the family portal runs (issue 18; README "Families").
struct PortalSettings
{
    // Cookies carry Secure: the server's public URL is https:// (contract 8).
    // A request a trusted proxy marks X-Forwarded-Proto: https gets it too.
    bool secureCookies = false;
    // The teachers' sign-in rules apply to guardians too (LoginThrottle).
    int maxLoginFailuresPerMinute = 10;
    int dummyIterations = 0; // 0 = PasswordHasher::defaultIterations()
    // A session ends after this long without a request.
    qint64 sessionIdleMs = 12LL * 3600 * 1000;
    static constexpr int kMinimumPasswordLength = 10;
};

} // namespace k12::server
