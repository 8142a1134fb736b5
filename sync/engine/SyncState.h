#pragma once

#include <QDateTime>
#include <QString>

namespace k12 {

class Database;

// The sync bookkeeping of one profile, in its sync_state table: which server
// and account, this device's client id, the pull cursor and server epoch, and
// the time of the last complete sync. Never tokens (those live in the keychain).
class SyncState
{
public:
    explicit SyncState(Database &db);

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);

    // This device's id for the server (made once per profile).
    QString clientId();
    QString serverUrl() const { return value(QStringLiteral("server_url")); }
    QString email() const { return value(QStringLiteral("email")); }
    QString teacherName() const { return value(QStringLiteral("teacher_name")); }
    bool signedIn() const { return value(QStringLiteral("signed_in")) == QStringLiteral("1"); }
    qint64 cursor() const { return value(QStringLiteral("cursor")).toLongLong(); }
    QString epoch() const { return value(QStringLiteral("epoch")); }
    QDateTime lastSync() const;
    QString lastError() const { return value(QStringLiteral("last_error")); }
    // How many syncs in a row ended with lastError() (0 when the last one worked or was offline).
    int errorStreak() const { return value(QStringLiteral("error_streak")).toInt(); }

private:
    Database &m_db;
};

} // namespace k12
