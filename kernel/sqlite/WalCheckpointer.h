#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace k12 {

// Copies committed pages from the write-ahead log into the database file on a
// thread of its own, so that no commit of the teacher's (a bulk edit, an
// import) waits for it. A commit is already durable in the WAL (synchronous=
// FULL); a checkpoint only keeps the WAL from growing, so it can run later,
// beside the writers (PASSIVE: it never blocks them).
//
// SQLite's own automatic checkpoint runs inside the commit of whichever
// connection crosses the threshold; watch() replaces it on that connection.
class WalCheckpointer
{
public:
    static constexpr int kDefaultThresholdPages = 1000; // SQLite's default autocheckpoint

    explicit WalCheckpointer(QString path, int thresholdPages = kDefaultThresholdPages);
    // One checkpointer per file for every connection of this process that
    // shares it (a server's worker threads); alive while anyone holds it.
    static std::shared_ptr<WalCheckpointer> shared(const QString &path, int thresholdPages);
    ~WalCheckpointer(); // finishes a running checkpoint, then stops the thread
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints after commits of `connection` once the WAL holds the
    // threshold's pages or more. Call unwatch() before this object goes away
    // while the connection stays open.
    void watch(sqlite3 *connection);
    static void unwatch(sqlite3 *connection);
    // Asks for a checkpoint now (returns at once).
    void request();

private:
    static int onCommit(void *self, sqlite3 *connection, const char *schema, int walPages);
    void run();
    void checkpoint();

    const QString m_path;
    const int m_thresholdPages;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::thread m_thread;            // started on the first request
    sqlite3 *m_connection = nullptr; // the thread's own, opened on first use
};

} // namespace k12
