#include "CliContext.h"

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

} // namespace k12
