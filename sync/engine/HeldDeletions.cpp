#include "HeldDeletions.h"

#include "LocalRowWriter.h"
#include "kernel/domain/Clock.h"
#include "kernel/domain/EntitySchema.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "sync/SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Not translated: it is how the row is recognised, whatever the language.
const QString kMarker = u"[held deletion] "_s;

Status forget(Database &db, const HeldRow &held)
{
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM held_row WHERE entity = ? AND row_id = ?"_s);
    q.addBindValue(held.row.entity);
    q.addBindValue(held.row.id);
    if (!q.exec())
        return fail(QObject::tr("Cannot update the held rows: %1").arg(q.lastError().text()));
    return {};
}

} // namespace

HeldDeletions::HeldDeletions(Database &db)
    : m_db(db)
{}

bool HeldDeletions::isHeldDeletion(const HeldRow &held)
{
    return held.row.deleted && held.reason.startsWith(kMarker);
}

Status HeldDeletions::hold(const protocol::SyncRow &tombstone, Why why, const QString &now)
{
    const QString reason =
        why == Why::RestoredServer
            ? tr("Deleted on the server, which was restored from a backup: kept here until you apply or refuse it.")
            : tr("Part of a deletion of more than half of a class: kept here until you apply or refuse it.");
    return HeldRows(m_db).hold(tombstone, kMarker + reason, u"pull"_s, now);
}

QList<HeldRow> HeldDeletions::all()
{
    QList<HeldRow> out;
    for (const HeldRow &h : HeldRows(m_db).all()) {
        if (isHeldDeletion(h))
            out.append(h);
    }
    return out;
}

qint64 HeldDeletions::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM held_row WHERE reason LIKE ? || '%'"_s);
    q.addBindValue(kMarker);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<int> HeldDeletions::apply()
{
    const QList<HeldRow> held = all();
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return fail(tr("The local database is busy: %1").arg(tx.error()));
    LocalRowWriter writer(m_db);
    if (Status s = writer.loadPendingFields(); !s)
        return Error{s.error()};
    for (const HeldRow &h : held) {
        if (Status s = writer.write(h.row); !s)
            return Error{s.error()};
        if (Status s = forget(m_db, h); !s)
            return Error{s.error()};
    }
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    syncLog()->info("{} held deletion(s) applied by the teacher", held.size());
    return int(held.size());
}

Result<int> HeldDeletions::keep()
{
    const QList<HeldRow> held = all();
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return fail(tr("The local database is busy: %1").arg(tx.error()));
    Outbox outbox(m_db);
    const QString now = Clock::nowIso();
    int kept = 0;
    for (const HeldRow &h : held) {
        const EntityDef *def = EntitySchema::find(h.row.entity);
        if (!def)
            continue;
        // The whole local row, based on the tombstone: the server brings it back.
        QStringList columns;
        for (const FieldDef &f : def->fields)
            columns.append(f.name);
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + def->table() +
                  u" WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(h.row.id);
        if (!q.exec())
            return fail(tr("Cannot read a row to keep: %1").arg(q.lastError().text()));
        if (q.next()) {
            AppliedChange change;
            change.entity = def->name;
            change.id = h.row.id;
            for (int i = 0; i < def->fields.size(); ++i)
                change.after.insert(def->fields.at(i).name, q.value(i));
            if (Status s = outbox.append(change, h.row.rev, now); !s)
                return Error{s.error()};
            ++kept;
        }
        if (Status s = forget(m_db, h); !s)
            return Error{s.error()};
    }
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    syncLog()->info("{} held deletion(s) refused by the teacher: {} row(s) sent again", held.size(), kept);
    return int(held.size());
}

} // namespace k12
