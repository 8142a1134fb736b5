#pragma once

#include "MailSettings.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace k12::server {

// The mail part of the command line (issue 18, contract 7): the flags of
// `k12-server serve` and `k12-server admin mail-status | send-digests`.
class MailCommands
{
public:
    static void addServeOptions(QCommandLineParser &parser);
    // Fills `settings` from the parsed flags, loading the credentials file;
    // an exit code when they are wrong (the reason printed).
    static std::optional<int> readServeOptions(const QCommandLineParser &parser, MailSettings &settings);

    static bool handles(const QString &command);
    static int run(const QString &command, const QStringList &args);

    // server_meta key where `serve` records its public URL, so admin
    // send-digests writes the same links.
    static constexpr const char *kPublicUrlKey = "mail_public_url";

private:
    static int status(const QStringList &args);
    static int sendDigests(const QStringList &args);
};

} // namespace k12::server
