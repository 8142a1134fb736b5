#include "OutboxTally.h"

#include "models/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString bump(const QString &row, int by)
{
    return u"INSERT INTO outbox_tally (state, rows) VALUES (%1.state, %2) ON CONFLICT (state) DO UPDATE SET rows = "
           "rows + excluded.rows;"_s.arg(row)
               .arg(by);
}

} // namespace

QStringList OutboxTally::schemaStatements()
{
    return {
        u"CREATE TABLE outbox_tally (state TEXT PRIMARY KEY NOT NULL, rows INTEGER NOT NULL DEFAULT 0) WITHOUT "
        "ROWID"_s,
        u"CREATE TRIGGER outbox_tally_ai AFTER INSERT ON outbox BEGIN "_s + bump(u"NEW"_s, 1) + u" END"_s,
        u"CREATE TRIGGER outbox_tally_ad AFTER DELETE ON outbox BEGIN "_s + bump(u"OLD"_s, -1) + u" END"_s,
        u"CREATE TRIGGER outbox_tally_au AFTER UPDATE OF state ON outbox WHEN OLD.state IS NOT NEW.state BEGIN "_s +
            bump(u"OLD"_s, -1) + u' ' + bump(u"NEW"_s, 1) + u" END"_s,
        // Rejected rows are few and are listed (Today, the rejected changes dialog).
        u"CREATE INDEX outbox_rejected_idx ON outbox(seq) WHERE state = 'rejected'"_s,
    };
}

QStringList OutboxTally::fillStatements()
{
    return {u"INSERT INTO outbox_tally (state, rows) SELECT state, COUNT(*) FROM outbox GROUP BY state"_s};
}

Result<qint64> OutboxTally::count(Database &db, const QString &state)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COALESCE((SELECT rows FROM outbox_tally WHERE state = ?), 0)"_s);
    q.addBindValue(state);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<qint64> OutboxTally::countMismatches(Database &db)
{
    QSqlQuery q(db.connection());
    const QString kept = u"SELECT state, rows FROM outbox_tally WHERE rows <> 0"_s;
    const QString recount = u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s;
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2)) + (SELECT COUNT(*) FROM (%2 EXCEPT %1))"_s.arg(
            kept, recount)) ||
        !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace k12
