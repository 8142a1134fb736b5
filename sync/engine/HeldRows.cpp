#include "HeldRows.h"

#include "HeldDeletions.h"
#include "LocalRowWriter.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/protocol/JsonReader.h"
#include "models/store/Database.h"
#include "sync/SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

HeldRows::HeldRows(Database &db)
    : m_db(db)
{}

Status HeldRows::hold(const protocol::SyncRow &row, const QString &reason, const QString &source, const QString &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO held_row (entity, row_id, rev, row, reason, source, attempts, first_at, last_at) "
              "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (entity, row_id) DO UPDATE SET "
              "rev = excluded.rev, row = excluded.row, reason = excluded.reason, source = excluded.source, "
              "attempts = held_row.attempts + 1, last_at = excluded.last_at WHERE excluded.rev >= held_row.rev"_s);
    for (const QVariant &v :
         {QVariant(row.entity), QVariant(row.id), QVariant(row.rev), QVariant(QString::fromUtf8(row.toJson())),
          QVariant(reason), QVariant(source), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("Cannot set aside a row from the server: %1").arg(q.lastError().text()));
    // Ids only: the reason may quote a value.
    HeldRow asHeld;
    asHeld.row = row;
    asHeld.reason = reason;
    const bool deletion = HeldDeletions::isHeldDeletion(asHeld);
    syncLog()->warn("{} {} rev {} from the server set aside ({}): {}", row.entity.toStdString(), row.id.toStdString(),
                    row.rev, source.toStdString(),
                    deletion ? "a deletion held for the teacher" : "it cannot be stored");
    return {};
}

QList<HeldRow> HeldRows::all()
{
    QList<HeldRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT row, reason, source, attempts, first_at, last_at FROM held_row ORDER BY rev"_s))
        return rows;
    while (q.next()) {
        Result<QJsonObject> object = protocol::JsonReader::parseObject(q.value(0).toString().toUtf8());
        if (!object)
            continue;
        Result<protocol::SyncRow> row = protocol::SyncRow::fromJsonObject(*object);
        if (!row)
            continue;
        rows.append(HeldRow{*row, q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                            q.value(4).toString(), q.value(5).toString()});
    }
    return rows;
}

Result<int> HeldRows::retry(LocalRowWriter &writer, const QString &now)
{
    const QList<HeldRow> held = all();
    int left = 0;
    for (const HeldRow &h : held) {
        if (HeldDeletions::isHeldDeletion(h))
            continue; // waits for the teacher, never applied by a retry
        const EntityDef *def = EntitySchema::find(h.row.entity);
        QSqlQuery q(m_db.connection());
        bool settled = !def; // an entity this build no longer knows: nothing to store it in
        if (def) {
            // A newer version stored since makes this one history.
            q.prepare(u"SELECT rev FROM "_s + def->table() + u" WHERE id = ?"_s);
            q.addBindValue(h.row.id);
            if (q.exec() && q.next() && q.value(0).toLongLong() >= h.row.rev && h.row.rev > 0)
                settled = true;
        }
        if (!settled) {
            if (const Status s = writer.write(h.row); s) {
                settled = true;
                syncLog()->info("{} {} rev {} from the server stored on try {}", h.row.entity.toStdString(),
                                h.row.id.toStdString(), h.row.rev, h.attempts + 1);
            } else {
                q.prepare(u"UPDATE held_row SET attempts = attempts + 1, reason = ?, last_at = ? "
                          "WHERE entity = ? AND row_id = ?"_s);
                for (const QVariant &v :
                     {QVariant(s.error()), QVariant(now), QVariant(h.row.entity), QVariant(h.row.id)})
                    q.addBindValue(v);
                if (!q.exec())
                    return fail(tr("Cannot update a row set aside: %1").arg(q.lastError().text()));
                ++left;
                continue;
            }
        }
        q.prepare(u"DELETE FROM held_row WHERE entity = ? AND row_id = ? AND rev <= ?"_s);
        q.addBindValue(h.row.entity);
        q.addBindValue(h.row.id);
        q.addBindValue(h.row.rev);
        if (!q.exec())
            return fail(tr("Cannot update a row set aside: %1").arg(q.lastError().text()));
    }
    return left;
}

qint64 HeldRows::count()
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM held_row"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 HeldRows::stuckCount()
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM held_row WHERE attempts >= %1"_s.arg(SyncStatus::kStuckAfter)) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace k12
