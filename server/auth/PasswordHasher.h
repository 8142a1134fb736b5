#pragma once

#include <QString>

namespace k12::server {

// Salted PBKDF2-HMAC-SHA256 (QPasswordDigestor). Stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>", so the iteration
// count can be raised later without breaking existing hashes.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 300000;
    static constexpr int kMinimumIterations = 1000;

    // kDefaultIterations, or K12_PBKDF2_ITERATIONS from the environment (test
    // suites lower it to stay fast; never below kMinimumIterations).
    static int defaultIterations();

    static QString hash(const QString &password, int iterations);
    static bool verify(const QString &password, const QString &stored);
    // The same work as a verification, for sign-ins with an unknown email, so
    // response times do not tell which emails have accounts.
    static void burn(int iterations);
};

} // namespace k12::server
