#pragma once

#include "server/store/DatabaseConfig.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace k12::server {

// What every k12-server command shares: output, the common options
// (--database, --verbose, --log-dir) and integer options with bounds.
void printOut(const QString &text);
void printErr(const QString &text);

// Options every command takes.
void addCommon(QCommandLineParser &parser);

struct Parsed
{
    std::optional<int> exit;
    std::optional<DatabaseConfig> database;
};

Parsed parseCommon(QCommandLineParser &parser, const QStringList &args, bool quietStderr);

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min,
                                    qint64 max);

} // namespace k12::server
