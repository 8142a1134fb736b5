#include "Cli.h"

#include "BackupCommands.h"
#include "ClassSettingCommands.h"
#include "CliContext.h"
#include "FinalCommands.h"
#include "GuardianCommands.h"
#include "NotifyCommands.h"
#include "ReportCommands.h"
#include "RolloverCommands.h"
#include "SearchCommands.h"
#include "StandardCommands.h"
#include "TodayCommands.h"
#include "YearEndCommands.h"

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
        addClassSettingCommands(list);
        addExportCommands(list);
        addImportCommands(list);
        addSyncCommands(list);
        addPlanCommands(list);
        addStandardCommands(list);
        addPeriodCommands(list);
        addFinalCommands(list);
        addGuardianCommands(list);
        addNotifyCommands(list);
        addReportCommands(list);
        addBackupCommands(list);
        addRolloverCommands(list);
        addYearEndCommands(list);
        addSearchCommands(list);
        addTodayCommands(list);
        return list;
    }();
    return all;
}

// The commands whose words start with `prefix` ("plan" or "plan unit").
QList<const CliCommand *> commandsUnder(const QStringList &prefix)
{
    QList<const CliCommand *> found;
    for (const CliCommand &c : commands()) {
        if (c.words.size() > prefix.size() && c.words.mid(0, prefix.size()) == prefix)
            found.append(&c);
    }
    return found;
}

void listCommands(QTextStream &s, const QList<const CliCommand *> &list)
{
    for (const CliCommand *c : list)
        s << u"  "_s << c->words.join(u' ') << u' ' << c->synopsis << u"\n      "_s << c->summary << u'\n';
}

// The longest run of leading words that starts some command's words: the group
// the arguments name ("plan unit" in "plan unit frob"), or empty.
QStringList groupOf(const QStringList &args)
{
    QStringList group;
    for (const QString &word : args) {
        if (word.startsWith(u'-') || commandsUnder(group + QStringList{word}).isEmpty())
            break;
        group.append(word);
    }
    return group;
}

QString groupHelp(const QStringList &group)
{
    const QString name = group.join(u' ');
    QString text;
    QTextStream s(&text);
    s << Text::tr("Usage: k12-teacher [--profile DIR] %1 COMMAND ...").arg(name) << u"\n\n"_s
      << Text::tr("Commands of \"%1\":").arg(name) << u'\n';
    listCommands(s, commandsUnder(group));
    s << u'\n' << Text::tr("Run \"k12-teacher %1 COMMAND --help\" for the options of a command.").arg(name) << u'\n';
    return text;
}

bool isHelp(const QString &arg)
{
    return arg == u"--help"_s || arg == u"-h"_s;
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
    listCommands(s, commandsUnder({}));
    s << u'\n'
      << Text::tr("Run \"k12-teacher COMMAND --help\" for the options of a command, \"k12-teacher GROUP --help\" "
                  "for the commands of a group (class, plan, export, ...).")
      << u'\n';
    return text;
}

int Cli::run(const QString &profileDir, bool verbose, const QStringList &args)
{
    if (args.isEmpty() || isHelp(args.constFirst()) || (args.size() == 1 && args.constFirst() == u"help"_s)) {
        QTextStream(stdout) << overview();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.constFirst() == u"--version"_s) {
        QTextStream(stdout) << u"k12-teacher "_s << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    if (args.constFirst() == u"help"_s) {
        // "help GROUP" lists the group; "help COMMAND" is "COMMAND --help".
        const QStringList topic = args.mid(1);
        for (const CliCommand &c : commands()) {
            if (c.words == topic) {
                CliContext context(profileDir, verbose);
                return c.run(context, {u"--help"_s});
            }
        }
        if (const QStringList group = groupOf(topic); !group.isEmpty() && group.size() == topic.size()) {
            QTextStream(stdout) << groupHelp(group);
            return ExitOk;
        }
        QTextStream(stderr) << Text::tr("k12-teacher: unknown command \"%1\".").arg(topic.join(u' ')) << u'\n'
                            << Text::tr("Run \"k12-teacher --help\" for the list of commands.") << u'\n';
        return ExitUsage;
    }
    const CliCommand *best = nullptr;
    for (const CliCommand &c : commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        const QStringList group = groupOf(args);
        if (!group.isEmpty()) {
            const QString next = args.value(group.size());
            if (isHelp(next)) {
                QTextStream(stdout) << groupHelp(group);
                return ExitOk;
            }
            if (next.isEmpty()) {
                QTextStream(stdout) << groupHelp(group);
                return ExitUsage;
            }
            QTextStream(stderr)
                << Text::tr("k12-teacher: unknown command \"%1\".").arg((group + QStringList{next}).join(u' '))
                << u"\n\n"_s << groupHelp(group);
            return ExitUsage;
        }
        QTextStream err(stderr);
        err << Text::tr("k12-teacher: unknown command \"%1\".").arg(args.mid(0, 2).join(u' ')) << u'\n'
            << Text::tr("Run \"k12-teacher --help\" for the list of commands.") << u'\n';
        return ExitUsage;
    }
    CliContext context(profileDir, verbose);
    return best->run(context, args.mid(best->words.size()));
}

} // namespace k12
