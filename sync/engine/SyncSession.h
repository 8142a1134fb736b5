#pragma once

#include "SyncStatus.h"
#include "kernel/domain/Result.h"
#include "sync/client/ApiClient.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <optional>

namespace k12 {

class Database;
class LocalRowWriter;
class SyncState;
class Transaction;
struct OutboxEntry;

struct SyncReport
{
    int pushed = 0; // mutations the server answered
    int applied = 0;
    int conflicts = 0; // mutations with at least one conflicting field
    int rejected = 0;
    qint64 pulled = 0; // rows received
    int pages = 0;
    qint64 pending = 0;          // left in the outbox afterwards
    int held = 0;                // rows from the server set aside by this sync
    qint64 heldTotal = 0;        // rows set aside, this sync's and earlier ones', after it
    int failuresInRow = 0;       // syncs in a row that failed with this message (offline: 0)
    bool rebootstrapped = false; // the server's epoch changed and this sync caught up with it
    int resent = 0;              // local rows queued again for a restored server
    int heldDeletions = 0;       // deletions from the server held for the teacher by this sync
    qint64 heldDeletionsTotal = 0;
    std::optional<ApiError> error;
    QString message; // what went wrong, for the teacher (empty when all went well)
    QSet<QString> changedEntities;
    // Where the time went (benchmarks): waiting for the server's answers, and
    // committing this session's transactions.
    double waitedMs = 0;
    double commitMs = 0;
    // Of the pull: reading the pages' answers (their JSON, minus the waiting),
    // and writing their rows (minus the commits).
    double decodeMs = 0;
    double writeMs = 0;

    bool ok() const { return message.isEmpty(); }
    bool offline() const { return error && error->unreachable(); }
    // The same failure three times in a row: the teacher is shown what is stuck.
    bool stuck() const { return failuresInRow >= SyncStatus::kStuckAfter; }
};

// One complete synchronisation, start to end, on the calling thread: push the
// outbox in batches (mutation ids make a retry of a batch harmless), then pull
// from the cursor in pages, each page and its new cursor committed together.
// The sync thread runs it; so does `k12-teacher sync`.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(k12::SyncSession)

public:
    struct Options
    {
        int pushBatch = 500;
        int pullLimit = 5000;
        // The next pull page is asked for while the client writes this one
        // (off: strictly one request after the other).
        bool prefetchPages = true;
        // Each push answer and pull page committed with an fsync of its own
        // (off: synchronous=NORMAL for these redoable commits, see RedoableCommits).
        bool fsyncEachCommit = false;
        // A page that starts with a score this computer lacks has its scores
        // counted for Today by the writer, once per page (off: by the
        // tally triggers, per score).
        bool countScoresPerPage = true;
    };
    // phase: "push" or "pull"; total is 0 when not known (pull).
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

    SyncSession(Database &db, ApiClient &api, SyncState &state);
    SyncSession(Database &db, ApiClient &api, SyncState &state, Options options);

    SyncReport run(const Progress &progress = {});

private:
    bool push(SyncReport &report, const Progress &progress);
    bool pull(SyncReport &report, const Progress &progress);
    enum class Epoch
    {
        Same,
        CaughtUp, // it changed, and the re-bootstrap is done
        Failed
    };
    Epoch acceptEpoch(const QString &epoch, SyncReport &report);
    // With changes waiting: a restored server is noticed before they are sent.
    bool checkEpochBeforePush(SyncReport &report);
    static QByteArray pushBody(const QString &clientId, const QList<OutboxEntry> &batch);
    Status applyPushAnswers(const QList<OutboxEntry> &sent, const protocol::PushResponse &response, SyncReport &report);
    Status applyPullPage(const protocol::PullResponse &page, SyncReport &report);
    // Writes a row from a server answer; one that cannot be stored is set aside.
    Status storeServerRow(LocalRowWriter &rows, const protocol::SyncRow &row, const QString &source, const QString &now,
                          SyncReport &report);
    Status retryHeld(SyncReport &report);
    static Status timedCommit(Transaction &tx, SyncReport &report);
    void recordOutcome(SyncReport &report);
    void fail(SyncReport &report, const ApiError &error);

    Database &m_db;
    ApiClient &m_api;
    SyncState &m_state;
    Options m_options;
};

} // namespace k12
