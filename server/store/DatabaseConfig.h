#pragma once

#include "kernel/domain/Result.h"

#include <QString>

namespace k12::server {

enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

// Where the server keeps its data, from a --database URL:
//   sqlite:/path/file.db  (also sqlite:///path/file.db and sqlite:relative.db)
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=require&...]
class DatabaseConfig
{
public:
    static Result<DatabaseConfig> fromUrl(const QString &url);
    // sqlite: in the server's data folder (QStandardPaths::AppDataLocation).
    static QString defaultUrl();

    SqlDialect dialect() const { return m_dialect; }
    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &databaseName() const { return m_name; }
    const QString &connectOptions() const { return m_options; }

    // For logs and messages: never contains the password.
    QString displayName() const;

private:
    SqlDialect m_dialect = SqlDialect::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_name;
    QString m_options;
};

} // namespace k12::server
