#include "ClassDeleteActions.h"

#include "kernel/domain/EntitySchema.h"
#include "models/backup/BackupService.h"
#include "models/store/Database.h"
#include "models/store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

ClassDeleteActions::SnapshotHook &snapshotHook()
{
    static ClassDeleteActions::SnapshotHook hook;
    return hook;
}

// The entities whose rows belong to one class, children before the rows they
// point at (the schema declares parents first).
QList<const EntityDef *> classScoped()
{
    QList<const EntityDef *> defs;
    const QList<EntityDef> &all = EntitySchema::all();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->scopeField == u"class_id")
            defs.append(&*it);
    }
    return defs;
}

Result<qint64> count(Database &db, const QString &sql, const QString &classId)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(classId);
    if (!q.exec() || !q.next())
        return fail(QObject::tr("Cannot read the class's rows: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

void ClassDeleteActions::setSnapshotHook(SnapshotHook hook)
{
    snapshotHook() = std::move(hook);
}

Result<ClassDeleteActions::Summary> ClassDeleteActions::summarize(const QString &classId) const
{
    Database &db = m_runner.store().database();
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT name, term, archived FROM "_s + EntitySchema::find(u"class"_s)->table() +
              u" WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(classId);
    if (!q.exec())
        return fail(tr("Cannot read the class: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(tr("The class %1 does not exist (or was deleted already).").arg(classId));
    Summary s;
    s.classId = classId;
    const QString term = q.value(1).toString();
    s.label = term.isEmpty() ? q.value(0).toString() : u"%1 (%2)"_s.arg(q.value(0).toString(), term);
    s.archived = q.value(2).toBool();
    s.rows = 1;
    for (const EntityDef *def : classScoped()) {
        Result<qint64> n =
            count(db, u"SELECT COUNT(*) FROM "_s + def->table() + u" WHERE class_id = ? AND deleted = 0"_s, classId);
        if (!n)
            return Error{n.error()};
        s.rows += int(*n);
        if (def->name == u"enrollment")
            s.students = int(*n);
        else if (def->name == u"assignment")
            s.assignments = int(*n);
    }
    Result<qint64> grades = count(db,
                                  u"SELECT COUNT(*) FROM "_s + EntitySchema::find(u"score"_s)->table() +
                                      u" WHERE class_id = ? AND deleted = 0 AND (points IS NOT NULL OR "
                                      "(letter IS NOT NULL AND letter <> '') OR missing <> 0 OR excused <> 0 OR "
                                      "exempt <> 0)"_s,
                                  classId);
    if (!grades)
        return Error{grades.error()};
    s.grades = int(*grades);
    return s;
}

Result<ClassDeleteActions::Summary> ClassDeleteActions::remove(const QString &classId, QString *backupId)
{
    Result<Summary> summary = summarize(classId);
    if (!summary)
        return summary;
    // The way back that outlives the undo stack (which ends with the window).
    Status snapshot;
    if (snapshotHook()) {
        snapshot = snapshotHook()(BackupReason::beforeDelete);
    } else if (Result<BackupInfo> b = BackupService(m_runner.store().profileDir()).snapshot(BackupReason::beforeDelete);
               !b) {
        snapshot = Error{b.error()};
    } else if (backupId) {
        *backupId = b->id;
    }
    if (!snapshot)
        return fail(tr("%1 was not deleted: the backup before it failed (%2).").arg(summary->label, snapshot.error()));

    ChangeList changes;
    if (summary->archived)
        changes.append(Change::upsert(u"class"_s, classId, {{u"archived"_s, false}}));
    changes.append(Change::remove(u"class"_s, classId));
    Database &db = m_runner.store().database();
    for (const EntityDef *def : classScoped()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM "_s + def->table() + u" WHERE class_id = ? AND deleted = 0"_s);
        q.addBindValue(classId);
        if (!q.exec())
            return fail(tr("Cannot read the class's rows: %1").arg(q.lastError().text()));
        while (q.next())
            changes.append(Change::remove(def->name, q.value(0).toString()));
    }
    const Result<QList<AppliedChange>> written = m_runner.write(tr("Delete Class"), u"class.delete"_s, changes);
    if (!written)
        return Error{written.error()};
    return summary;
}

} // namespace k12
