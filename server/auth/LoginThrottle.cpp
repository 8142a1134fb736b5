#include "LoginThrottle.h"

#include "server/store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

Result<LoginThrottle::Attempt> LoginThrottle::begin(const QString &account, const QString &address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Attempt attempt;
    {
        Transaction tx(m_db, Database::TxKind::Write);
        if (!tx.begun())
            return fail(tx.error());
        // Old failures are of no use to anyone.
        QSqlQuery *purge = m_db.prepared(u"DELETE FROM \"login_failure\" WHERE \"at_ms\" < ?"_s);
        purge->bindValue(0, now - 10 * kWindowMs);
        if (Status s = m_db.run(purge, u"purging old sign-in failures"_s); !s)
            return Error{s.error()};
        QSqlQuery *insert = m_db.prepared(u"INSERT INTO \"login_failure\" (\"account\", \"address\", \"at_ms\") "
                                          "VALUES (?, ?, ?) RETURNING \"id\""_s);
        insert->bindValue(0, account);
        insert->bindValue(1, address);
        insert->bindValue(2, now);
        if (Status s = m_db.run(insert, u"recording a sign-in attempt"_s); !s)
            return Error{s.error()};
        if (insert->next())
            attempt.id = insert->value(0).toLongLong();
        insert->finish();
        if (Status s = tx.commit(); !s)
            return Error{s.error()};
    }
    int retryAfter = 0;
    for (const auto &[column, key] : {std::pair{u"account"_s, account}, std::pair{u"address"_s, address}}) {
        // Counts every attempt committed so far, later ones included: of two
        // racing attempts the one that counts last sees the other.
        QSqlQuery *count = m_db.prepared(u"SELECT COUNT(*), MIN(\"at_ms\") FROM \"login_failure\" WHERE \"%1\" = ? "
                                         "AND \"at_ms\" > ?"_s.arg(column));
        count->bindValue(0, key);
        count->bindValue(1, now - kWindowMs);
        if (Status s = m_db.run(count, u"counting sign-in failures"_s); !s)
            return Error{s.error()};
        if (count->next() && count->value(0).toInt() > m_max) {
            const qint64 oldest = count->value(1).toLongLong();
            retryAfter = std::max(retryAfter, int(std::ceil(double(oldest + kWindowMs - now) / 1000.0)));
            retryAfter = std::max(retryAfter, 1);
        }
        count->finish();
    }
    // Progressive per account: someone guessing for a long time waits longer
    // and longer (2, then 10 minutes), while a teacher who mistyped a few
    // times waits seconds. An admin can end it: `k12-server admin unlock`.
    QSqlQuery *longer =
        m_db.prepared(u"SELECT COUNT(*) FROM \"login_failure\" WHERE \"account\" = ? AND \"at_ms\" > ?"_s);
    longer->bindValue(0, account);
    longer->bindValue(1, now - 10 * kWindowMs);
    if (Status s = m_db.run(longer, u"counting sign-in failures"_s); !s)
        return Error{s.error()};
    const int recent = longer->next() ? longer->value(0).toInt() : 0;
    longer->finish();
    if (recent > 4 * m_max)
        retryAfter = std::max(retryAfter, 600);
    else if (recent > 2 * m_max)
        retryAfter = std::max(retryAfter, 120);
    if (retryAfter > 0) {
        // Over the limit: this attempt is withdrawn, the password is not checked.
        Attempt refused;
        refused.retryAfter = retryAfter;
        if (Status s = succeeded(attempt); !s)
            return Error{s.error()};
        return refused;
    }
    return attempt;
}

Result<int> LoginThrottle::unlock(const QString &account)
{
    QSqlQuery *remove = m_db.prepared(u"DELETE FROM \"login_failure\" WHERE \"account\" = ?"_s);
    remove->bindValue(0, account);
    if (Status s = m_db.run(remove, u"unlocking an account"_s); !s)
        return Error{s.error()};
    return int(remove->numRowsAffected());
}

Status LoginThrottle::succeeded(const Attempt &attempt)
{
    if (attempt.id == 0)
        return {};
    QSqlQuery *remove = m_db.prepared(u"DELETE FROM \"login_failure\" WHERE \"id\" = ?"_s);
    remove->bindValue(0, attempt.id);
    return m_db.run(remove, u"withdrawing a sign-in attempt"_s);
}

} // namespace k12::server
