#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace k12 {

// Exit codes of the headless CLI: scripts rely on them.
enum ExitCode
{
    ExitOk = 0,
    ExitUserError = 1, // the request was understood but cannot be done (message says why)
    ExitUsage = 2,     // the command line itself is wrong
    ExitOffline = 3    // the server could not be reached (sync commands)
};

// One command's options and positional arguments, with --help, and the
// conversions every command needs (numbers, dates) reported as usage errors.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(k12::CommandLine)

public:
    CommandLine(QString command, const QString &description);

    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    void addOption(const QStringList &names, const QString &description, const QString &valueName = {});

    // Parses args (without program name and command words). Returns an exit code
    // when the command should stop here (--help printed: 0; bad usage: 2).
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of an option given more than once (--standard A --standard B).
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Reads an option as a number; prints a usage error and returns nullopt when it is not one.
    std::optional<double> number(const QString &name);
    std::optional<int> integer(const QString &name);
    std::optional<QDate> date(const QString &name);

    int usageError(const QString &message) const;
    QString helpText() const { return m_parser.helpText(); }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

int printUserError(const QString &message);

} // namespace k12
