#include "Cli.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::Cli)
};

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = [] {
        QList<CliCommand> list;
        addClassCommands(list);
        addExportCommands(list);
        addImportCommands(list);
        addSyncCommands(list);
        addPlanCommands(list);
        return list;
    }();
    return all;
}

} // namespace

QString Cli::overview()
{
    QString text;
    QTextStream s(&text);
    s << Text::tr("Usage: k12-teacher [--profile DIR] [--verbose] [COMMAND ...]") << u"\n\n"_s
      << Text::tr("Without a command, k12-teacher opens its window. With a command it works headless and exits "
                  "0 on success, 1 when the request cannot be done, 2 on bad usage.")
      << u"\n\n"_s << Text::tr("Global options:") << u'\n' << u"  --profile DIR   "_s
      << Text::tr("Use the profile in DIR instead of the default data folder.") << u'\n' << u"  --verbose       "_s
      << Text::tr("Log debug details to stderr and the log file.") << u'\n' << u"  --help, -h      "_s
      << Text::tr("Show this help.") << u'\n' << u"  --version       "_s << Text::tr("Show the version.") << u"\n\n"_s
      << Text::tr("Commands:") << u'\n';
    for (const CliCommand &c : commands()) {
        s << u"  "_s << c.words.join(u' ') << u' ' << c.synopsis << u"\n      "_s << c.summary << u'\n';
    }
    s << u'\n' << Text::tr("Run \"k12-teacher COMMAND --help\" for the options of a command.") << u'\n';
    return text;
}

int Cli::run(const QString &profileDir, bool verbose, const QStringList &args)
{
    if (args.isEmpty() || args.constFirst() == u"--help"_s || args.constFirst() == u"-h"_s ||
        args.constFirst() == u"help"_s) {
        QTextStream(stdout) << overview();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.constFirst() == u"--version"_s) {
        QTextStream(stdout) << u"k12-teacher "_s << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    const CliCommand *best = nullptr;
    for (const CliCommand &c : commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        QTextStream err(stderr);
        err << Text::tr("k12-teacher: unknown command \"%1\".").arg(args.mid(0, 2).join(u' ')) << u'\n'
            << Text::tr("Run \"k12-teacher --help\" for the list of commands.") << u'\n';
        return ExitUsage;
    }
    CliContext context(profileDir, verbose);
    return best->run(context, args.mid(best->words.size()));
}

} // namespace k12
