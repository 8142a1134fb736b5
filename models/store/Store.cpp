#include "Store.h"

#include "kernel/domain/EntitySchema.h"

#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Store::Store(QString profileDir, std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_db(std::move(db))
    , m_writer(*m_db)
{}

Store::~Store() = default;

QString Store::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Store>> Store::open(const QString &profileDir, QObject *parent)
{
    const QString dir = QDir(profileDir).absolutePath();
    Result<std::unique_ptr<Database>> db = Database::open(QDir(dir).filePath(QString::fromLatin1(Database::kFileName)));
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<Store>(new Store(dir, std::move(db).value(), parent));
}

Result<QList<AppliedChange>> Store::apply(const QString &action, const ChangeList &changes)
{
    Result<QList<AppliedChange>> result = m_writer.apply(action, changes);
    if (result && !result->isEmpty()) {
        QSet<QString> entities;
        for (const AppliedChange &c : *result)
            entities.insert(c.entity);
        Q_EMIT changesApplied(*result);
        Q_EMIT changed(QStringList(entities.cbegin(), entities.cend()));
    }
    return result;
}

std::optional<QVariantMap> Store::row(const EntityDef &def, const QString &id)
{
    const QList<QVariantMap> found = rows(def, u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<QVariantMap> Store::rows(const EntityDef &def, const QString &where, const QVariantList &binds,
                               const QString &orderBy)
{
    QString sql =
        u"SELECT id, rev, "_s + def.fieldNames().join(u", "_s) + u" FROM "_s + def.table() + u" WHERE deleted = 0"_s;
    if (!where.isEmpty())
        sql += u" AND ("_s + where + u')';
    if (!orderBy.isEmpty())
        sql += u" ORDER BY "_s + orderBy;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QList<QVariantMap> result;
    if (!q.exec()) {
        qWarning("store: query on %s failed: %s", qPrintable(def.name), qPrintable(q.lastError().text()));
        return result;
    }
    const QSqlRecord record = q.record();
    while (q.next()) {
        QVariantMap map;
        for (int i = 0; i < record.count(); ++i)
            map.insert(record.fieldName(i), q.value(i));
        result.append(map);
    }
    return result;
}

void Store::announce(const QStringList &entities)
{
    Q_EMIT externallyChanged(entities);
    Q_EMIT changed(entities);
}

} // namespace k12
