#pragma once

#include "CommandLine.h"

#include "kernel/domain/Entities.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace k12 {

class Store;

// What every headless command gets: the profile folder and, opened on first
// use, its store. Opening errors are reported once, as user errors.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(k12::CliContext)

public:
    explicit CliContext(QString profileDir, bool verbose);
    ~CliContext();

    const QString &profileDir() const { return m_profileDir; }
    bool verbose() const { return m_verbose; }
    // The profile's store, or nullptr after printing why it cannot be opened.
    Store *store();
    // The class a command names with --<option> (its id or exact name) and the
    // store it is in: the start of every command about one class. Nothing, with
    // the exit code set, after saying why (option missing: usage; no profile or
    // no such class: user error).
    std::optional<SchoolClass> requireClass(CommandLine &cli, Store **store, int *exitCode,
                                            const QString &option = QStringLiteral("class"));

private:
    QString m_profileDir;
    bool m_verbose;
    std::unique_ptr<Store> m_store;
};

struct CliCommand
{
    QStringList words; // e.g. {"class", "add"}
    QString synopsis;  // arguments after the words, for the overview
    QString summary;
    std::function<int(CliContext &, const QStringList &args)> run;
};

// What the commands share: standard output (one stream, flushed at exit), the
// --class option, and dates as they are printed (ISO, empty for none).
QTextStream &cliOut();
void addClassOption(CommandLine &cli);
QString cliDate(const QDate &date);

// Each group of commands lives in its own file and adds itself here.
void addClassCommands(QList<CliCommand> &commands);
void addExportCommands(QList<CliCommand> &commands);
void addImportCommands(QList<CliCommand> &commands);
void addSyncCommands(QList<CliCommand> &commands);
void addPlanCommands(QList<CliCommand> &commands);
void addPeriodCommands(QList<CliCommand> &commands);
bool commandNeedsFonts(const QStringList &args); // PDF export: main() then makes a GUI application

} // namespace k12
