#include "SyncSession.h"
#include "kernel/domain/Clock.h"

#include "ConflictStore.h"
#include "EpochRebootstrap.h"
#include "HeldDeletions.h"
#include "HeldRows.h"
#include "LocalRowWriter.h"
#include "MassDeleteGuard.h"
#include "SyncState.h"
#include "kernel/domain/JsonWriter.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString nowText()
{
    return Clock::nowIso();
}

// The fields a queued mutation holds at their local value.
QStringList pendingFieldsOf(const OutboxEntry &e)
{
    QStringList fields = QJsonDocument::fromJson(e.fieldsJson).object().keys();
    if (e.mutation.op == protocol::MutationOp::Delete)
        fields.append(u"deleted"_s);
    return fields;
}

// Server rows may arrive before the rows they refer to (a class renamed after
// its scores were made comes later in revision order). The server checked the
// references when it accepted them, so the replica takes pages as they come.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db)
        : m_db(db)
    {
        (void)exec(m_db.connection(), u"PRAGMA foreign_keys=OFF"_s);
    }
    ~ForeignKeysOff() { (void)exec(m_db.connection(), u"PRAGMA foreign_keys=ON"_s); }

private:
    Database &m_db;
};

// The session's own commits hold nothing that cannot be had again: answers
// come again for the same mutation ids (the server keeps them), pages again
// from the committed cursor. They are written without an fsync each
// (synchronous=NORMAL: in WAL still atomic and in order; a power cut may lose
// the last of them, a crash of the app none). Never a grade: the teacher's
// edits and the outbox are committed by the writer with synchronous=FULL,
// which it is again after each of these transactions.
class RedoableCommits
{
public:
    RedoableCommits(Database &db, bool relaxed)
        : m_db(relaxed ? &db : nullptr)
    {
        if (m_db)
            (void)exec(m_db->connection(), u"PRAGMA synchronous=NORMAL"_s);
    }
    ~RedoableCommits()
    {
        if (m_db)
            (void)exec(m_db->connection(), u"PRAGMA synchronous=FULL"_s);
    }

private:
    Database *m_db;
};

} // namespace

SyncSession::SyncSession(Database &db, ApiClient &api, SyncState &state)
    : SyncSession(db, api, state, Options{})
{}

SyncSession::SyncSession(Database &db, ApiClient &api, SyncState &state, Options options)
    : m_db(db)
    , m_api(api)
    , m_state(state)
    , m_options(options)
{}

void SyncSession::fail(SyncReport &report, const ApiError &error)
{
    report.error = error;
    report.message = ApiClient::describe(error);
}

Status SyncSession::timedCommit(Transaction &tx, SyncReport &report)
{
    QElapsedTimer timer;
    timer.start();
    Status committed = tx.commit();
    report.commitMs += double(timer.nsecsElapsed()) / 1e6;
    return committed;
}

SyncReport SyncSession::run(const Progress &progress)
{
    SyncReport report;
    const qint64 waitedBefore = m_api.waitedNs();
    syncLog()->info("sync started: {} change(s) queued", Outbox(m_db).pendingCount());
    if (checkEpochBeforePush(report) && push(report, progress) && pull(report, progress)) {
        // Rows set aside by this or an earlier sync, tried again once the
        // pull has brought whatever they were waiting for.
        if (Status s = retryHeld(report); !s)
            report.message = s.error();
    }
    report.heldTotal = HeldRows(m_db).count();
    report.heldDeletionsTotal = HeldDeletions(m_db).count();
    report.pending = Outbox(m_db).pendingCount();
    report.waitedMs = double(m_api.waitedNs() - waitedBefore) / 1e6;
    recordOutcome(report);
    syncLog()->info("sync finished: pushed {} (applied {}, conflicts {}, rejected {}), pulled {} in {} page(s), "
                    "{} queued{}",
                    report.pushed, report.applied, report.conflicts, report.rejected, report.pulled, report.pages,
                    report.pending, report.ok() ? "" : ", with an error");
    return report;
}

void SyncSession::recordOutcome(SyncReport &report)
{
    if (report.ok()) {
        m_state.remove(u"error_streak"_s);
        if (report.pending == 0) {
            m_state.setValue(u"last_sync_at"_s, nowText());
            m_state.remove(u"last_error"_s);
        }
        return;
    }
    // The same failure again and again is a sync that is stuck, which the
    // teacher must see; being offline is not (the status says offline).
    const bool same = m_state.lastError() == report.message;
    report.failuresInRow = report.offline() ? 0 : (same ? m_state.errorStreak() : 0) + 1;
    if (report.failuresInRow > 0)
        m_state.setValue(u"error_streak"_s, QString::number(report.failuresInRow));
    else
        m_state.remove(u"error_streak"_s);
    m_state.setValue(u"last_error"_s, report.message);
}

SyncSession::Epoch SyncSession::acceptEpoch(const QString &epoch, SyncReport &report)
{
    const QString known = m_state.epoch();
    if (known.isEmpty() || epoch.isEmpty()) {
        if (!epoch.isEmpty())
            m_state.setValue(u"epoch"_s, epoch);
        return Epoch::Same;
    }
    if (known == epoch)
        return Epoch::Same;
    // A restored backup or a new server database: pulling from our cursor would
    // skip its rows, and its deletions could delete ours. Catch up from 0,
    // send back what it lacks, hold its deletions for the teacher.
    EpochRebootstrap rebootstrap(m_db, m_api, m_state, m_options.pullLimit);
    EpochRebootstrap::Outcome outcome = rebootstrap.run(epoch);
    report.pulled += outcome.pulled;
    report.pages += outcome.pages;
    report.held += outcome.held;
    report.resent += outcome.resent;
    report.heldDeletions += outcome.heldDeletions;
    report.changedEntities.unite(outcome.changedEntities);
    if (!outcome.message.isEmpty()) {
        report.error = outcome.error;
        report.message = outcome.message;
        return Epoch::Failed;
    }
    report.rebootstrapped = true;
    if (outcome.heldDeletions > 0)
        report.changedEntities.insert(u"held_row"_s);
    return Epoch::CaughtUp;
}

bool SyncSession::checkEpochBeforePush(SyncReport &report)
{
    if (m_state.epoch().isEmpty() || Outbox(m_db).pendingCount() == 0)
        return true;
    ApiResult<protocol::HealthResponse> health = m_api.health();
    if (const protocol::HealthResponse *h = std::get_if<protocol::HealthResponse>(&health))
        return acceptEpoch(h->epoch, report) != Epoch::Failed;
    return true; // the push says what is wrong
}

// The request body of one batch, the fields written as the outbox holds them
// (the same bytes PushRequest::toJson would make, without a JSON document per row).
QByteArray SyncSession::pushBody(const QString &clientId, const QList<OutboxEntry> &batch)
{
    QByteArray body;
    qsizetype size = 64;
    for (const OutboxEntry &e : batch)
        size += 200 + e.fieldsJson.size();
    body.reserve(size);
    JsonWriter w(&body);
    w.beginObject();
    w.key("client_id");
    w.string(clientId);
    w.key("mutations");
    w.beginArray();
    for (const OutboxEntry &e : batch) {
        w.beginObject();
        w.key("mutation_id");
        w.string(e.mutation.mutationId);
        w.key("entity");
        w.string(e.mutation.entity);
        w.key("id");
        w.string(e.mutation.id);
        w.key("op");
        w.string(protocol::Mutation::opName(e.mutation.op));
        w.key("base_rev");
        w.integer(e.mutation.baseRev);
        w.key("fields");
        w.raw(e.fieldsJson.isEmpty() ? QByteArray("{}") : e.fieldsJson);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return body;
}

// One batch at a time: sending the next batch while this one's answers are
// written was measured (issue 22, 2026-12-02 and 2026-12-06) and gained
// nothing on two cores, where the client's work slows the server's as much
// as it overlaps it.
bool SyncSession::push(SyncReport &report, const Progress &progress)
{
    Outbox queue(m_db);
    const qint64 total = queue.pendingCount();
    qint64 lastSeq = 0;
    const QString clientId = m_state.clientId();
    while (true) {
        const QList<OutboxEntry> batch = queue.pushBatch(m_options.pushBatch, lastSeq);
        if (batch.isEmpty())
            return true;
        const std::unique_ptr<ApiClient::Call> call = m_api.startPush(pushBody(clientId, batch));
        ApiResult<protocol::PushResponse> answer = m_api.finishPush(*call);
        if (const ApiError *e = std::get_if<ApiError>(&answer)) {
            QList<qint64> seqs;
            for (const OutboxEntry &entry : batch)
                seqs.append(entry.seq);
            queue.recordAttempt(seqs, e->message);
            fail(report, *e);
            return false;
        }
        const protocol::PushResponse &response = std::get<protocol::PushResponse>(answer);
        // The server has answered this batch (in its new epoch, if that
        // changed): the answers are applied after catching up.
        if (acceptEpoch(response.epoch, report) == Epoch::Failed)
            return false;
        if (response.results.size() != batch.size()) {
            report.message =
                tr("The server answered %1 of %n change(s); they will be sent again.", nullptr, int(batch.size()))
                    .arg(response.results.size());
            return false;
        }
        if (Status s = applyPushAnswers(batch, response, report); !s) {
            report.message = s.error();
            return false;
        }
        lastSeq = batch.constLast().seq;
        if (progress)
            progress(u"push"_s, report.pushed, total);
    }
}

Status SyncSession::applyPushAnswers(const QList<OutboxEntry> &sent, const protocol::PushResponse &response,
                                     SyncReport &report)
{
    ForeignKeysOff relaxed(m_db);
    RedoableCommits noFsync(m_db, !m_options.fsyncEachCommit);
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return Status{k12::fail(tr("The local database is busy: %1").arg(tx.error()))};
    Outbox queue(m_db);
    LocalRowWriter rows(m_db);
    ConflictStore conflicts(m_db);
    const QString now = nowText();
    // Which fields wait in the outbox matters only for a conflict's server row:
    // read once per batch, and only when the batch has a conflict.
    const bool anyConflict =
        std::any_of(response.results.cbegin(), response.results.cend(), [](const protocol::MutationResult &r) {
            return r.status == protocol::MutationResult::Status::Conflict;
        });
    if (anyConflict) {
        if (Status s = rows.loadPendingFields(); !s)
            return s;
    }
    // It left the outbox: its fields no longer hold the local value against a
    // conflict answer later in this batch (only a batch with a conflict keeps count).
    const auto forget = [&](const OutboxEntry &entry) {
        if (anyConflict)
            rows.forgetPending(entry.mutation.entity, entry.mutation.id, pendingFieldsOf(entry));
    };
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const OutboxEntry &entry = sent.at(i);
        const protocol::MutationResult &result = response.results.at(i);
        ++report.pushed;
        switch (result.status) {
        case protocol::MutationResult::Status::Applied:
            if (Status s = rows.raiseRev(entry.mutation.entity, entry.mutation.id, result.rev); !s)
                return s;
            forget(entry);
            ++report.applied;
            break;
        case protocol::MutationResult::Status::Conflict:
            for (const protocol::FieldConflict &c : result.conflicts) {
                if (Status s = conflicts.record(entry.mutation.entity, entry.mutation.id, c, result.rev, now); !s)
                    return s;
            }
            // Answered: the teacher's value now lives in the conflict table.
            forget(entry);
            // The server's row (with the fields that merged) replaces ours,
            // except fields with further local edits still queued.
            if (result.row) {
                if (Status s = storeServerRow(rows, *result.row, u"push"_s, now, report); !s)
                    return s;
            }
            report.changedEntities.insert(entry.mutation.entity);
            report.changedEntities.insert(u"conflict"_s);
            ++report.conflicts;
            break;
        case protocol::MutationResult::Status::Rejected:
            queue.markRejected(entry.seq, result.reason.isEmpty() ? protocol::MutationResult::codeName(result.code)
                                                                  : result.reason);
            syncLog()->warn("mutation {} on {} {} rejected: {}", entry.mutation.mutationId.toStdString(),
                            entry.mutation.entity.toStdString(), entry.mutation.id.toStdString(),
                            protocol::MutationResult::codeName(result.code).toStdString());
            ++report.rejected;
            break;
        }
    }
    // Every mutation of the batch is answered: the rejected ones are marked
    // and stay, all the others leave the outbox.
    if (!queue.removePending(sent.constFirst().seq, sent.constLast().seq))
        return Status{k12::fail(tr("Cannot update the outbox."))};
    return timedCommit(tx, report);
}

Status SyncSession::storeServerRow(LocalRowWriter &rows, const protocol::SyncRow &row, const QString &source,
                                   const QString &now, SyncReport &report)
{
    const Status stored = rows.write(row);
    if (stored)
        return {};
    // No single row may stop sync: this one waits aside, the rest goes on.
    ++report.held;
    return HeldRows(m_db).hold(row, stored.error(), source, now);
}

Status SyncSession::retryHeld(SyncReport &report)
{
    HeldRows held(m_db);
    if (held.count() == 0)
        return {};
    ForeignKeysOff relaxed(m_db);
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return Status{k12::fail(tr("The local database is busy: %1").arg(tx.error()))};
    LocalRowWriter rows(m_db);
    if (Status s = rows.loadPendingFields(); !s)
        return s;
    Result<int> left = held.retry(rows, nowText());
    if (!left)
        return Status{k12::fail(left.error())};
    if (Status s = tx.commit(); !s)
        return s;
    report.changedEntities.insert(u"held_row"_s);
    return {};
}

bool SyncSession::pull(SyncReport &report, const Progress &progress)
{
    std::unique_ptr<ApiClient::Call> call = m_api.startPull(m_state.cursor(), m_options.pullLimit);
    QElapsedTimer timer;
    while (true) {
        timer.start();
        const qint64 waitedBefore = m_api.waitedNs();
        ApiResult<protocol::PullResponse> answer = m_api.finishPull(*call);
        report.decodeMs += double(timer.nsecsElapsed() - (m_api.waitedNs() - waitedBefore)) / 1e6;
        call.reset();
        if (const ApiError *e = std::get_if<ApiError>(&answer)) {
            fail(report, *e);
            return false;
        }
        const protocol::PullResponse &page = std::get<protocol::PullResponse>(answer);
        const Epoch epoch = acceptEpoch(page.epoch, report);
        if (epoch == Epoch::Failed)
            return false;
        if (epoch == Epoch::CaughtUp) {
            // This page was read from the old cursor: pull on from the new one.
            call = m_api.startPull(m_state.cursor(), m_options.pullLimit);
            continue;
        }
        // The next page is asked for while this one is written (still one
        // request at a time); should writing fail, it is dropped unread.
        if (page.hasMore && m_options.prefetchPages)
            call = m_api.startPull(page.nextCursor, m_options.pullLimit);
        timer.start();
        const double commitBefore = report.commitMs;
        const Status applied = applyPullPage(page, report);
        report.writeMs += double(timer.nsecsElapsed()) / 1e6 - (report.commitMs - commitBefore);
        if (!applied) {
            report.message = applied.error();
            return false;
        }
        ++report.pages;
        report.pulled += page.changes.size();
        if (progress)
            progress(u"pull"_s, report.pulled, 0);
        if (!page.hasMore)
            return true;
        if (!call)
            call = m_api.startPull(m_state.cursor(), m_options.pullLimit);
    }
}

Status SyncSession::applyPullPage(const protocol::PullResponse &page, SyncReport &report)
{
    ForeignKeysOff relaxed(m_db);
    RedoableCommits noFsync(m_db, !m_options.fsyncEachCommit);
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return Status{k12::fail(tr("The local database is busy: %1").arg(tx.error()))};
    LocalRowWriter rows(m_db);
    if (Status s = rows.loadPendingFields(); !s)
        return s;
    const QString now = nowText();
    Result<QSet<QString>> toHold = MassDeleteGuard::rowsToHold(m_db, page.changes);
    if (!toHold)
        return Status{k12::fail(toHold.error())};
    HeldDeletions deletions(m_db);
    // New scores (an initial sync) are counted for Today once per page, not
    // by two trigger upserts each (LocalRowWriter::beginCountingScores).
    if (m_options.countScoresPerPage && rows.startsWithNewScore(page.changes)) {
        if (Status s = rows.beginCountingScores(); !s)
            return s;
    }
    for (const protocol::SyncRow &row : page.changes) {
        if (!toHold->isEmpty() && toHold->contains(row.entity + u'/' + row.id)) {
            if (Status s = deletions.hold(row, HeldDeletions::Why::MassDelete, now); !s)
                return s;
            ++report.heldDeletions;
            report.changedEntities.insert(u"held_row"_s);
            continue;
        }
        if (Status s = storeServerRow(rows, row, u"pull"_s, now, report); !s)
            return s;
        report.changedEntities.insert(row.entity);
    }
    if (Status s = rows.endCountingScores(); !s)
        return s;
    // The cursor moves in the same transaction as the rows it covers.
    if (!m_state.setValue(u"cursor"_s, QString::number(page.nextCursor)))
        return Status{k12::fail(tr("Cannot save the sync position."))};
    return timedCommit(tx, report);
}

} // namespace k12
