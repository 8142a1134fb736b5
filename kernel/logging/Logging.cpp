#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <cstring>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace k12::logging {

namespace {

std::vector<spdlog::sink_ptr> g_sinks;
std::mutex g_mutex;
constexpr const char *kChannels[] = {"app", "db", "sync", "ui", "server", "qt"};

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    const char *name = "qt";
    if (std::strncmp(category, "k12.", 4) == 0)
        name = category + 4;
    std::shared_ptr<spdlog::logger> logger = channel(name);
    if (!logger)
        logger = channel("qt");
    if (std::strcmp(name, "qt") == 0 && std::strcmp(category, "default") != 0)
        logger->log(levelOf(type), "[{}] {}", category, message.toStdString());
    else
        logger->log(levelOf(type), "{}", message.toStdString());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

void init(const Options &options)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(options.verbose ? spdlog::level::debug
                                          : (options.quietStderr ? spdlog::level::warn : spdlog::level::info));
    stderrSink->set_pattern("%^%l%$ [%n] %v");
    g_sinks.push_back(stderrSink);

    if (!options.directory.isEmpty()) {
        QDir().mkpath(options.directory);
        QFile::setPermissions(options.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString path = QDir(options.directory).filePath(options.fileName);
        try {
            auto fileSink =
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
            fileSink->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
            fileSink->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] [t%t] %v");
            g_sinks.push_back(fileSink);
            ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR);
        } catch (const spdlog::spdlog_ex &e) {
            stderrSink->log(spdlog::details::log_msg("app", spdlog::level::warn,
                                                     fmt::format("cannot open the log file: {}", e.what())));
        }
    }

    for (const char *name : kChannels) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
        logger->set_level(spdlog::level::debug);
        logger->flush_on(spdlog::level::info);
        spdlog::register_logger(logger);
    }
    QLoggingCategory::setFilterRules(options.verbose ? u"k12.*.debug=true"_s : u"k12.*.debug=false"_s);
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> channel(const char *name)
{
    auto logger = spdlog::get(name);
    if (!logger) {
        // Before init (or a channel nobody declared): stderr only, so nothing is lost.
        static std::once_flag once;
        std::call_once(once, [] {
            if (!spdlog::get("qt"))
                spdlog::register_logger(
                    std::make_shared<spdlog::logger>("qt", std::make_shared<spdlog::sinks::stderr_color_sink_mt>()));
        });
        logger = spdlog::get("qt");
    }
    return logger;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
}

} // namespace k12::logging
