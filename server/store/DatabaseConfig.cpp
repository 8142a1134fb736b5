#include "DatabaseConfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

QString DatabaseConfig::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return u"sqlite:"_s + QDir(dir).filePath(u"k12-server.sqlite"_s);
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url)
{
    DatabaseConfig config;
    if (url.startsWith(u"sqlite:"_s)) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"_s))
            path = path.mid(2);
        if (path.isEmpty())
            return fail(u"The database URL \"%1\" names no file (example: sqlite:/var/lib/k12/k12.db)."_s.arg(url));
        config.m_dialect = SqlDialect::SQLite;
        config.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return config;
    }
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return fail(u"The database URL is not a valid postgresql:// URL (example: "
                        "postgresql://k12@db.example.org:5432/k12)."_s);
        config.m_dialect = SqlDialect::PostgreSQL;
        config.m_host = parsed.host();
        config.m_port = parsed.port(5432);
        config.m_user = parsed.userName();
        config.m_password = parsed.password();
        config.m_name = parsed.path().mid(1);
        if (config.m_name.isEmpty())
            config.m_name = config.m_user.isEmpty() ? u"postgres"_s : config.m_user;
        // Query items are libpq connection parameters (sslmode, connect_timeout, ...).
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first.contains(u';') || item.second.contains(u';') || item.first.contains(u'='))
                return fail(u"The database URL option \"%1\" is not valid."_s.arg(item.first));
            options.append(item.first + u'=' + item.second);
        }
        config.m_options = options.join(u';');
        return config;
    }
    return fail(u"Unknown database URL \"%1\": use sqlite:/path/file.db or postgresql://user@host:port/db."_s.arg(
        url.section(u':', 0, 0)));
}

QString DatabaseConfig::displayName() const
{
    if (m_dialect == SqlDialect::SQLite)
        return u"sqlite:"_s + m_path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_name);
}

} // namespace k12::server
