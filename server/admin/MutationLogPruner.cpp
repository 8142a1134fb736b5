#include "MutationLogPruner.h"

#include "server/ServerLog.h"
#include "server/store/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// mutation_log.at is ISO 8601 UTC with milliseconds, so text order is time order.
QString cutoff(const QDateTime &now, int days)
{
    return now.toUTC().addDays(-days).toString(Qt::ISODateWithMs);
}

Result<qint64> countWhere(Database &db, const QString &where, const QString &cut)
{
    QSqlQuery *q = db.prepared(u"SELECT COUNT(*) FROM \"mutation_log\" WHERE "_s + where);
    q->bindValue(0, cut);
    if (Status s = db.run(q, u"counting the mutation log"_s); !s)
        return Error{s.error()};
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

Result<qint64> runWhere(Database &db, const QString &sql, const QString &cut, const QString &what)
{
    QSqlQuery *q = db.prepared(sql);
    q->bindValue(0, cut);
    if (Status s = db.run(q, what); !s)
        return Error{s.error()};
    const qint64 n = q->numRowsAffected();
    q->finish();
    return n;
}

} // namespace

Result<MutationLogPruner::Counts> MutationLogPruner::run(Database &db, const Settings &settings, const QDateTime &now,
                                                         bool dryRun)
{
    if (settings.replayDays < 1 || settings.auditDays < 1)
        return fail(u"Retention must be at least one day."_s);
    if (settings.replayDays > settings.auditDays)
        return fail(u"The replay retention (%1 days) cannot be longer than the audit retention (%2 days): a replay "
                    "answer lives in its audit row."_s.arg(settings.replayDays)
                        .arg(settings.auditDays));
    const QString replayCut = cutoff(now, settings.replayDays);
    const QString auditCut = cutoff(now, settings.auditDays);
    const QString removable = u"\"at\" < ?"_s;
    // Only answers of rows that stay: rows past the audit cut-off are counted once, as removed.
    const QString clearable = u"\"answer\" IS NOT NULL AND \"at\" < ? AND \"at\" >= '%1'"_s.arg(auditCut);

    Transaction tx(db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(u"Cannot start pruning: %1"_s.arg(tx.error()));
    Counts counts;
    if (dryRun) {
        Result<qint64> removed = countWhere(db, removable, auditCut);
        if (!removed)
            return Error{removed.error()};
        Result<qint64> cleared = countWhere(db, clearable, replayCut);
        if (!cleared)
            return Error{cleared.error()};
        counts.rowsRemoved = *removed;
        counts.answersCleared = *cleared;
        return counts; // rolled back: nothing was written
    }
    Result<qint64> removed =
        runWhere(db, u"DELETE FROM \"mutation_log\" WHERE "_s + removable, auditCut, u"pruning the audit trail"_s);
    if (!removed)
        return Error{removed.error()};
    Result<qint64> cleared = runWhere(db, u"UPDATE \"mutation_log\" SET \"answer\" = NULL WHERE "_s + clearable,
                                      replayCut, u"pruning replay answers"_s);
    if (!cleared)
        return Error{cleared.error()};
    if (Status s = tx.commit(); !s)
        return fail(u"Cannot commit the pruning: %1"_s.arg(s.error()));
    counts.rowsRemoved = *removed;
    counts.answersCleared = *cleared;
    serverLog()->info("mutation log pruned: {} answer(s) cleared (older than {} days), {} row(s) removed (older "
                      "than {} days)",
                      counts.answersCleared, settings.replayDays, counts.rowsRemoved, settings.auditDays);
    return counts;
}

} // namespace k12::server
