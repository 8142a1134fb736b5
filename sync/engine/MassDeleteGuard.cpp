#include "MassDeleteGuard.h"

#include "kernel/domain/EntitySchema.h"
#include "models/store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QStringList kGuarded{u"enrollment"_s, u"assignment"_s, u"score"_s};
// A handful of deletions is ordinary work (a tiny test class), never held.
constexpr int kSmallest = 5;

} // namespace

bool MassDeleteGuard::guarded(const QString &entity)
{
    return kGuarded.contains(entity);
}

Result<QSet<QString>> MassDeleteGuard::rowsToHold(Database &db, const QList<protocol::SyncRow> &rows)
{
    // Classes whose own row the server deleted, in this page (a class delete sends it first).
    QSet<QString> classesDeleted;
    for (const protocol::SyncRow &row : rows) {
        if (row.deleted && row.entity == u"class")
            classesDeleted.insert(row.id);
    }
    // class id -> the keys of the live local rows this page would delete
    QHash<QString, QStringList> deleting;
    for (const protocol::SyncRow &row : rows) {
        if (!row.deleted || !guarded(row.entity))
            continue;
        const EntityDef *def = EntitySchema::find(row.entity);
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT class_id FROM "_s + def->table() + u" WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(row.id);
        if (!q.exec())
            return fail(QObject::tr("Cannot read a row: %1").arg(q.lastError().text()));
        if (q.next())
            deleting[q.value(0).toString()].append(row.entity + u'/' + row.id);
    }
    QSet<QString> hold;
    for (auto it = deleting.cbegin(); it != deleting.cend(); ++it) {
        if (classesDeleted.contains(it.key()))
            continue;
        QSqlQuery gone(db.connection());
        gone.prepare(u"SELECT deleted FROM "_s + EntitySchema::find(u"class"_s)->table() + u" WHERE id = ?"_s);
        gone.addBindValue(it.key());
        if (!gone.exec())
            return fail(QObject::tr("Cannot read a class: %1").arg(gone.lastError().text()));
        if (gone.next() && gone.value(0).toBool())
            continue; // the class itself is gone here: its rows go with it
        qint64 live = 0;
        for (const QString &entity : kGuarded) {
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT COUNT(*) FROM "_s + EntitySchema::find(entity)->table() +
                      u" WHERE class_id = ? AND deleted = 0"_s);
            q.addBindValue(it.key());
            if (!q.exec() || !q.next())
                return fail(QObject::tr("Cannot count a class's rows: %1").arg(q.lastError().text()));
            live += q.value(0).toLongLong();
        }
        if (it->size() >= kSmallest && qint64(it->size()) * 2 > live) {
            for (const QString &key : *it)
                hold.insert(key);
        }
    }
    return hold;
}

} // namespace k12
