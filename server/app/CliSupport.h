#pragma once

#include "kernel/domain/Result.h"
#include "server/store/Database.h"
#include "server/store/DatabaseConfig.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
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

// The database of --database, brought to the latest schema.
Result<std::unique_ptr<Database>> openMigrated(const DatabaseConfig &config);

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min,
                                    qint64 max);

} // namespace k12::server
