#include "WalCheckpointer.h"

#include "DbLog.h"

#include <QFile>
#include <QHash>

#include <sqlite3.h>

namespace k12 {

WalCheckpointer::WalCheckpointer(QString path, int thresholdPages)
    : m_path(std::move(path))
    , m_thresholdPages(thresholdPages)
{}

std::shared_ptr<WalCheckpointer> WalCheckpointer::shared(const QString &path, int thresholdPages)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<WalCheckpointer>> byPath;
    const std::lock_guard lock(mutex);
    byPath.removeIf([](const auto &entry) { return entry.value().expired(); });
    std::shared_ptr<WalCheckpointer> checkpointer = byPath.value(path).lock();
    if (!checkpointer) {
        checkpointer = std::make_shared<WalCheckpointer>(path, thresholdPages);
        byPath.insert(path, checkpointer);
    }
    return checkpointer;
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_connection)
        sqlite3_close(m_connection);
}

void WalCheckpointer::watch(sqlite3 *connection)
{
    // Replaces the connection's automatic checkpoint (sqlite3_wal_autocheckpoint
    // is itself a WAL hook).
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::unwatch(sqlite3 *connection)
{
    sqlite3_wal_hook(connection, nullptr, nullptr);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int walPages)
{
    // Runs on the committing thread, after the commit and with its lock released.
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (walPages >= checkpointer->m_thresholdPages)
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_requested = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        checkpoint();
        lock.lock();
    }
}

void WalCheckpointer::checkpoint()
{
    if (!m_connection) {
        // Read-write but never create: the database exists (its connection
        // committed), and this must not make a file with other permissions.
        const QByteArray path = QFile::encodeName(m_path);
        if (sqlite3_open_v2(path.constData(), &m_connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
            qCWarning(lcDb) << "checkpoint: cannot open the database:" << sqlite3_errmsg(m_connection);
            sqlite3_close(m_connection);
            m_connection = nullptr;
            return;
        }
        // A connection learns that the file is in WAL mode when it first reads
        // it; until then a checkpoint call does nothing.
        sqlite3_exec(m_connection, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    int walPages = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walPages, &copied);
    // BUSY: another checkpoint is running; the next commit over the threshold asks again.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcDb) << "checkpoint failed:" << sqlite3_errmsg(m_connection);
}

} // namespace k12
