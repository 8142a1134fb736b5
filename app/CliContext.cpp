#include "CliContext.h"

#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

namespace k12 {

CliContext::CliContext(QString profileDir, bool verbose)
    : m_profileDir(std::move(profileDir))
    , m_verbose(verbose)
{}

CliContext::~CliContext() = default;

Store *CliContext::store()
{
    if (!m_store) {
        Result<std::unique_ptr<Store>> opened = Store::open(m_profileDir);
        if (!opened) {
            printUserError(opened.error());
            return nullptr;
        }
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

QTextStream &cliOut()
{
    static QTextStream stream(stdout);
    return stream;
}

void addClassOption(CommandLine &cli)
{
    cli.addOption({QStringLiteral("class")}, CliContext::tr("The class: its id or its exact name."),
                  QStringLiteral("CLASS"));
}

QString cliDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<SchoolClass> CliContext::requireClass(CommandLine &cli, Store **store, int *exitCode,
                                                    const QString &option)
{
    if (!cli.isSet(option)) {
        *exitCode = cli.usageError(tr("--%1 is required").arg(option));
        return std::nullopt;
    }
    *store = this->store();
    if (!*store) {
        *exitCode = ExitUserError;
        return std::nullopt;
    }
    Result<SchoolClass> c = ClassRepository(**store).resolve(cli.value(option));
    if (!c) {
        *exitCode = printUserError(c.error());
        return std::nullopt;
    }
    return *c;
}

} // namespace k12
