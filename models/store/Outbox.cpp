#include "Outbox.h"

#include "Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {
qint64 countWhere(Database &db, const QString &state)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM outbox WHERE state = ?"_s);
    q.bindValue(0, state);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

qint64 Outbox::pendingCount(Database &db)
{
    return countWhere(db, u"pending"_s);
}

qint64 Outbox::rejectedCount(Database &db)
{
    return countWhere(db, u"rejected"_s);
}

} // namespace k12
