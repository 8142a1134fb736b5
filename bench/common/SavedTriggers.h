#pragma once

#include "models/store/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace k12::bench {

// Triggers as the database holds them now (name and CREATE statement), to
// drop and put back around a measurement of what they cost. Read from
// sqlite_master rather than rebuilt from the migrations' statements, so a
// later migration that redefines a trigger is measured as it is.
class SavedTriggers
{
public:
    // Every trigger whose name matches one of the LIKE patterns.
    SavedTriggers(Database &db, const QStringList &likePatterns)
        : m_db(db)
    {
        for (const QString &pattern : likePatterns) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? "
                                     "ESCAPE '\\' ORDER BY name"));
            q.addBindValue(pattern);
            q.exec();
            while (q.next()) {
                m_names << q.value(0).toString();
                m_drops << QStringLiteral("DROP TRIGGER ") + m_names.constLast();
                m_statements << q.value(1).toString();
            }
        }
    }

    const QStringList &names() const { return m_names; }
    bool drop() { return execAll(m_drops); }
    bool restore() { return execAll(m_statements); }

private:
    bool execAll(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(sql))
                return false;
        }
        return true;
    }

    Database &m_db;
    QStringList m_names;
    QStringList m_drops;
    QStringList m_statements;
};

} // namespace k12::bench
