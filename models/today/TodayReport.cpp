#include "TodayReport.h"

#include "models/plans/PlanDates.h"
#include "models/store/Store.h"
#include "models/today/ScoreTally.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// A (class, student) pair of score_tally_student (alias p) is an active cell:
// the student is actively enrolled in that class and not deleted.
constexpr auto kActivePair = "(EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = p.student_id AND e.class_id = "
                             "p.class_id AND e.deleted = 0 AND e.status = 'active') AND EXISTS (SELECT 1 FROM student "
                             "st WHERE st.id = p.student_id AND st.deleted = 0))";

// How far back "ungraded past due" looks: counting empty cells reads every score
// of the assignments it covers, and older empty cells are the gradebook's and the
// Insight tab's business (their missing-work lists), not the morning's.
constexpr int kLookBackDays = 60;

QSqlQuery run(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    q.exec();
    return q;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct ClassInfo
{
    QString name;
    int riskMissing = 0;
};

} // namespace

QDate TodayReport::nextSchoolDay(const QDate &date)
{
    return PlanDates::addSchoolDays(date, 1);
}

TodayReport TodayReport::build(Store &store, const QDate &today)
{
    TodayReport r;
    r.today = today;
    r.tomorrow = nextSchoolDay(today);

    QHash<QString, ClassInfo> classes;
    {
        QSqlQuery q = run(store, u"SELECT id, name, risk_missing_count FROM \"class\" WHERE deleted = 0 AND "
                                 "archived = 0"_s);
        while (q.next())
            classes.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt()});
    }
    auto classOf = [&](const QString &id) { return classes.value(id).name; };

    // Lessons: the dated ones of both days, then a "no plan yet" for every
    // class day (a weekday inside a unit's range) that has none.
    const QString t0 = iso(today), t1 = iso(r.tomorrow);
    QSet<QString> planned; // class id + date
    {
        QSqlQuery q = run(store,
                          u"SELECT l.id, l.class_id, l.unit_id, u.title, l.title, l.date FROM lesson l "
                          "JOIN unit_plan u ON u.id = l.unit_id AND u.deleted = 0 "
                          "JOIN \"class\" c ON c.id = l.class_id AND c.deleted = 0 AND c.archived = 0 "
                          "WHERE l.deleted = 0 AND l.date IN (?, ?) ORDER BY c.name COLLATE NOCASE, l.position"_s,
                          {t0, t1});
        while (q.next()) {
            LessonItem item{q.value(1).toString(),
                            classOf(q.value(1).toString()),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(0).toString(),
                            q.value(4).toString(),
                            QDate::fromString(q.value(5).toString(), Qt::ISODate)};
            planned.insert(item.classId + item.date.toString(Qt::ISODate));
            (item.date == today ? r.lessonsToday : r.lessonsTomorrow).append(item);
        }
    }
    {
        QSqlQuery q = run(store,
                          u"SELECT u.id, u.class_id, u.title, u.start_date, u.end_date FROM unit_plan u "
                          "JOIN \"class\" c ON c.id = u.class_id AND c.deleted = 0 AND c.archived = 0 "
                          "WHERE u.deleted = 0 AND u.start_date <= ? AND u.end_date >= ? "
                          "ORDER BY c.name COLLATE NOCASE, u.start_date"_s,
                          {t1, t0});
        while (q.next()) {
            const QDate start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            const QDate end = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            for (const QDate &day : {today, r.tomorrow}) {
                const QString key = q.value(1).toString() + iso(day);
                if (day.dayOfWeek() > 5 || day < start || day > end || planned.contains(key))
                    continue;
                planned.insert(key); // one entry per class and day, even with overlapping units
                LessonItem item{q.value(1).toString(),
                                classOf(q.value(1).toString()),
                                q.value(0).toString(),
                                q.value(2).toString(),
                                {},
                                {},
                                day};
                (day == today ? r.lessonsToday : r.lessonsTomorrow).append(item);
            }
        }
    }

    // Assignments: due this week, and past due with empty cells. The filled
    // cells come from the tally the score triggers keep (ScoreTally), less
    // those of students who are not active in the score's class (a dropped
    // student keeps his scores): usually none, else a look-up per assignment.
    const QDate monday = PlanDates::mondayOf(today);
    const QDate from = std::min(monday, today.addDays(-kLookBackDays));
    const QVariantList range{iso(from), iso(monday.addDays(6))};
    QHash<QString, int> active; // class id -> active students
    {
        QSqlQuery q = run(store, u"SELECT e.class_id, COUNT(*) FROM enrollment e JOIN student st ON st.id = "
                                 "e.student_id AND st.deleted = 0 WHERE e.deleted = 0 AND e.status = 'active' "
                                 "GROUP BY e.class_id"_s);
        while (q.next())
            active.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QHash<QString, int> inactiveFilled; // assignment id -> filled cells of students not active
    {
        QSqlQuery q = run(store,
                          u"WITH inactive AS MATERIALIZED (SELECT p.class_id, p.student_id FROM score_tally_student p "
                          "WHERE p.filled > 0 AND NOT "_s +
                              QLatin1StringView(kActivePair) +
                              u") SELECT a.id, COUNT(*) FROM inactive i CROSS JOIN assignment a CROSS JOIN score s "
                              "WHERE a.deleted = 0 AND a.published <> 0 AND a.due_date >= ? AND a.due_date <= ? AND "
                              "s.assignment_id = a.id AND s.student_id = i.student_id AND s.class_id = i.class_id AND "
                              "s.deleted = 0 AND "_s +
                              ScoreTally::filled(u"s"_s) + u" GROUP BY a.id"_s,
                          range);
        while (q.next())
            inactiveFilled.insert(q.value(0).toString(), q.value(1).toInt());
    }
    {
        QSqlQuery q = run(store,
                          u"SELECT a.id, a.class_id, a.title, a.due_date, COALESCE(t.filled, 0) FROM assignment a "
                          "JOIN \"class\" c ON c.id = a.class_id AND c.deleted = 0 AND c.archived = 0 "
                          "LEFT JOIN score_tally_assignment t ON t.assignment_id = a.id "
                          "WHERE a.deleted = 0 AND a.published <> 0 AND a.due_date >= ? AND a.due_date <= ? "
                          "ORDER BY a.due_date, c.name COLLATE NOCASE, a.position"_s,
                          range);
        while (q.next()) {
            const QString id = q.value(0).toString(), classId = q.value(1).toString();
            const int filled = q.value(4).toInt() - inactiveFilled.value(id);
            AssignmentItem item{classId,
                                classOf(classId),
                                id,
                                q.value(2).toString(),
                                QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                active.value(classId) - filled};
            if (item.dueDate >= monday)
                r.dueThisWeek.append(item);
            if (item.dueDate < today && item.ungraded > 0)
                r.ungradedPastDue.append(item);
        }
    }

    // Students at or over their class's missing-work threshold (0 = off): the
    // tally counts missing cells of live assignments; the student must be active.
    {
        QSqlQuery q =
            run(store, u"SELECT p.class_id, p.student_id, st.given_name, st.family_name, p.missing "
                       "FROM score_tally_student p JOIN \"class\" c ON c.id = p.class_id AND c.deleted = 0 AND "
                       "c.archived = 0 AND c.risk_missing_count > 0 "
                       "JOIN student st ON st.id = p.student_id AND st.deleted = 0 "
                       "WHERE p.missing >= c.risk_missing_count AND EXISTS (SELECT 1 FROM enrollment e WHERE "
                       "e.student_id = p.student_id AND e.class_id = p.class_id AND e.deleted = 0 AND e.status = "
                       "'active') ORDER BY c.name COLLATE NOCASE, p.missing DESC, st.family_name COLLATE NOCASE, "
                       "p.student_id"_s);
        while (q.next()) {
            const QString classId = q.value(0).toString();
            r.studentsMissing.append({classId, classOf(classId), q.value(1).toString(),
                                      QString(q.value(2).toString() + u' ' + q.value(3).toString()).trimmed(),
                                      q.value(4).toInt(), classes.value(classId).riskMissing});
        }
    }

    // Sync: open conflicts, refused changes, held rows and the bookkeeping.
    {
        // The student a conflicting row is about: the row itself, or its student_id.
        QSqlQuery q =
            run(store, u"SELECT k.id, k.entity, k.row_id, k.field, k.detected_at, "
                       "(SELECT st.given_name || ' ' || st.family_name FROM student st WHERE st.id = CASE k.entity "
                       "WHEN 'student' THEN k.row_id "
                       "WHEN 'score' THEN (SELECT student_id FROM score WHERE id = k.row_id) "
                       "WHEN 'enrollment' THEN (SELECT student_id FROM enrollment WHERE id = k.row_id) "
                       "WHEN 'final_override' THEN (SELECT student_id FROM final_override WHERE id = k.row_id) "
                       "WHEN 'report_comment' THEN (SELECT student_id FROM report_comment WHERE id = k.row_id) END) "
                       "FROM conflict k WHERE k.resolved_at IS NULL ORDER BY k.detected_at"_s);
        while (q.next())
            r.conflicts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                                q.value(5).toString()});
    }
    {
        QSqlQuery q = run(store, u"SELECT seq, entity, row_id, rejected_reason FROM outbox WHERE state = 'rejected' "
                                 "ORDER BY seq"_s);
        while (q.next())
            r.rejected.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    {
        QSqlQuery q = run(store, u"SELECT COALESCE((SELECT rows FROM outbox_tally WHERE state = 'pending'), 0), "
                                 "(SELECT COUNT(*) FROM held_row)"_s);
        if (q.next()) {
            r.sync.pending = q.value(0).toLongLong();
            r.sync.held = q.value(1).toLongLong();
        }
        QSqlQuery s = run(store, u"SELECT key, value FROM sync_state WHERE key IN ('signed_in', 'server_url', "
                                 "'last_sync_at', 'last_error', 'error_streak')"_s);
        while (s.next()) {
            const QString key = s.value(0).toString(), value = s.value(1).toString();
            if (key == u"signed_in"_s)
                r.sync.signedIn = value == u"1"_s;
            else if (key == u"server_url"_s)
                r.sync.server = value;
            else if (key == u"last_sync_at"_s)
                r.sync.lastSync = QDateTime::fromString(value, Qt::ISODateWithMs);
            else if (key == u"last_error"_s)
                r.sync.lastError = value;
            else if (key == u"error_streak"_s)
                r.sync.errorStreak = value.toInt();
        }
    }
    return r;
}

} // namespace k12
