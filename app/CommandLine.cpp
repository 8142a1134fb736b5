#include "CommandLine.h"

#include <QDate>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

CommandLine::CommandLine(QString command, const QString &description)
    : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandLine::addOption(const QStringList &names, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(names, description, valueName));
}

std::optional<int> CommandLine::parse(const QStringList &args, int minPositional, int maxPositional)
{
    if (!m_parser.parse(QStringList{u"k12-teacher "_s + m_command} + args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        // QCommandLineParser names the program by argv[0]; show the command instead.
        QString help = m_parser.helpText();
        help.replace(QCoreApplication::arguments().value(0) + u" [options]"_s,
                     u"k12-teacher [--profile DIR] "_s + m_command + u" [options]"_s);
        QTextStream(stdout) << help;
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(tr("missing arguments"));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(tr("unexpected argument \"%1\"").arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    QTextStream(stderr) << u"k12-teacher %1: %2\n"_s.arg(m_command, message)
                        << tr("Run \"k12-teacher %1 --help\" for usage.").arg(m_command) << u'\n';
    return ExitUsage;
}

std::optional<double> CommandLine::number(const QString &name)
{
    bool ok = false;
    QString text = value(name).trimmed();
    text.replace(u',', u'.'); // a decimal comma from a European keyboard
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        usageError(tr("--%1 needs a number, not \"%2\"").arg(name, value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<int> CommandLine::integer(const QString &name)
{
    bool ok = false;
    const int v = value(name).trimmed().toInt(&ok);
    if (!ok) {
        usageError(tr("--%1 needs a whole number, not \"%2\"").arg(name, value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> CommandLine::date(const QString &name)
{
    const QDate d = QDate::fromString(value(name).trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        usageError(tr("--%1 needs a date as YYYY-MM-DD, not \"%2\"").arg(name, value(name)));
        return std::nullopt;
    }
    return d;
}

int printUserError(const QString &message)
{
    QTextStream(stderr) << u"k12-teacher: "_s << message << u'\n';
    return ExitUserError;
}

} // namespace k12
