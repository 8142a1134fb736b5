#include "BackupDiff.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// A per-class count query: `sql` returns (class_id, count) rows.
Status countInto(QSqlDatabase &db, const QString &sql, QHash<QString, ClassDelta> &out,
                 const std::function<void(ClassDelta &, int)> &add)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(QObject::tr("Cannot compare with the backup: %1").arg(q.lastError().text()));
    while (q.next()) {
        ClassDelta &d = out[q.value(0).toString()];
        d.classId = q.value(0).toString();
        add(d, q.value(1).toInt());
    }
    return {};
}

// Whether a row is live: not deleted (and, for an enrollment, not dropped).
QString live(const QString &table, const QString &alias)
{
    return table == u"enrollment"_s ? u"(%1.deleted = 0 AND %1.status = 'active')"_s.arg(alias)
                                    : u"(%1.deleted = 0)"_s.arg(alias);
}

// Rows of a table with a class_id, compared by id: added / removed / changed per class.
QString addedSql(const QString &table)
{
    return u"SELECT n.class_id, count(*) FROM main.\"%1\" n LEFT JOIN snap.\"%1\" b ON b.id = n.id "
           "WHERE %2 AND (b.id IS NULL OR NOT %3) GROUP BY n.class_id"_s.arg(table, live(table, u"n"_s),
                                                                             live(table, u"b"_s));
}
QString removedSql(const QString &table)
{
    return u"SELECT b.class_id, count(*) FROM snap.\"%1\" b LEFT JOIN main.\"%1\" n ON n.id = b.id "
           "WHERE %3 AND (n.id IS NULL OR NOT %2) GROUP BY b.class_id"_s.arg(table, live(table, u"n"_s),
                                                                             live(table, u"b"_s));
}
QString changedSql(const QString &table)
{
    return u"SELECT n.class_id, count(*) FROM main.\"%1\" n JOIN snap.\"%1\" b ON b.id = n.id "
           "WHERE n.deleted = 0 AND b.deleted = 0 AND (n.rev <> b.rev OR n.updated_at <> b.updated_at) "
           "GROUP BY n.class_id"_s.arg(table);
}

} // namespace

Result<QList<ClassDelta>> BackupDiff::compare(const QString &databasePath, const QString &backupPath)
{
    static int counter = 0;
    const QString name = u"k12-backup-diff-%1"_s.arg(++counter);
    QList<ClassDelta> result;
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        // Read-only: ATTACHed files then open read-only too; nothing here can write.
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            status = fail(QObject::tr("Cannot open the database %1: %2").arg(databasePath, db.lastError().text()));
        } else {
            QSqlQuery attach(db);
            attach.prepare(u"ATTACH DATABASE ? AS snap"_s);
            attach.addBindValue(backupPath);
            if (!attach.exec())
                status = fail(QObject::tr("Cannot open the backup %1: %2").arg(backupPath, attach.lastError().text()));
        }
        QHash<QString, ClassDelta> deltas;
        using S = ClassDelta::State;
        const QList<std::pair<QString, std::function<void(ClassDelta &, int)>>> queries = {
            {u"SELECT n.id, 1 FROM main.class n LEFT JOIN snap.class b ON b.id = n.id WHERE n.deleted = 0 AND "
             "(b.id IS NULL OR b.deleted = 1)"_s,
             [](ClassDelta &d, int) { d.state = S::Added; }},
            {u"SELECT b.id, 1 FROM snap.class b LEFT JOIN main.class n ON n.id = b.id WHERE b.deleted = 0 AND "
             "(n.id IS NULL OR n.deleted = 1)"_s,
             [](ClassDelta &d, int) { d.state = S::Removed; }},
            {u"SELECT n.id, 1 FROM main.class n JOIN snap.class b ON b.id = n.id WHERE n.deleted = 0 AND b.deleted = 0 "
             "AND (n.rev <> b.rev OR n.updated_at <> b.updated_at)"_s,
             [](ClassDelta &d, int) { d.state = S::Changed; }},
            {addedSql(u"enrollment"_s), [](ClassDelta &d, int n) { d.students.added = n; }},
            {removedSql(u"enrollment"_s), [](ClassDelta &d, int n) { d.students.removed = n; }},
            // A student counts as changed when the enrollment or the student's own row was edited.
            {u"SELECT e.class_id, count(DISTINCT e.student_id) FROM main.enrollment e "
             "JOIN snap.enrollment eb ON eb.id = e.id AND eb.deleted = 0 AND eb.status = 'active' "
             "JOIN main.student n ON n.id = e.student_id JOIN snap.student b ON b.id = n.id "
             "WHERE e.deleted = 0 AND e.status = 'active' AND (n.rev <> b.rev OR n.updated_at <> b.updated_at) "
             "GROUP BY e.class_id"_s,
             [](ClassDelta &d, int n) { d.students.changed = n; }},
            {addedSql(u"assignment"_s), [](ClassDelta &d, int n) { d.assignments.added = n; }},
            {removedSql(u"assignment"_s), [](ClassDelta &d, int n) { d.assignments.removed = n; }},
            {changedSql(u"assignment"_s), [](ClassDelta &d, int n) { d.assignments.changed = n; }},
            {addedSql(u"score"_s), [](ClassDelta &d, int n) { d.scores.added = n; }},
            {removedSql(u"score"_s), [](ClassDelta &d, int n) { d.scores.removed = n; }},
            {changedSql(u"score"_s), [](ClassDelta &d, int n) { d.scores.changed = n; }},
        };
        for (const auto &[sql, add] : queries) {
            if (!status)
                break;
            status = countInto(db, sql, deltas, add);
        }
        if (status) {
            status =
                countInto(db,
                          u"SELECT class_id, count(*) FROM main.enrollment WHERE deleted = 0 AND status = 'active' "
                          "GROUP BY class_id"_s,
                          deltas, [](ClassDelta &d, int n) { d.studentsNow = n; });
        }
        if (status) {
            status =
                countInto(db,
                          u"SELECT class_id, count(*) FROM snap.enrollment WHERE deleted = 0 AND status = 'active' "
                          "GROUP BY class_id"_s,
                          deltas, [](ClassDelta &d, int n) { d.studentsThen = n; });
        }
        if (status) {
            QSqlQuery names(db);
            names.exec(
                u"SELECT id, name FROM snap.class UNION ALL SELECT id, name FROM main.class WHERE deleted = 0"_s);
            while (names.next()) {
                auto it = deltas.find(names.value(0).toString());
                if (it != deltas.end())
                    it->name = names.value(1).toString(); // the live name wins: it comes last
            }
            for (const ClassDelta &d : std::as_const(deltas)) {
                if (!d.isEmpty())
                    result.append(d);
            }
            std::sort(result.begin(), result.end(),
                      [](const ClassDelta &a, const ClassDelta &b) { return a.name.localeAwareCompare(b.name) < 0; });
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!status)
        return fail(status.error());
    return result;
}

} // namespace k12
