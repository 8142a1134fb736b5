#include "SyncState.h"

#include "kernel/domain/Ids.h"
#include "models/store/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SyncState::SyncState(Database &db)
    : m_db(db)
{}

QString SyncState::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.bindValue(0, key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
              "excluded.value"_s);
    q.bindValue(0, key);
    q.bindValue(1, value);
    return q.exec();
}

bool SyncState::remove(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    q.bindValue(0, key);
    return q.exec();
}

QString SyncState::clientId()
{
    QString id = value(u"client_id"_s);
    if (id.isEmpty()) {
        id = newId();
        setValue(u"client_id"_s, id);
    }
    return id;
}

QDateTime SyncState::lastSync() const
{
    return QDateTime::fromString(value(u"last_sync_at"_s), Qt::ISODateWithMs);
}

} // namespace k12
