#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace k12 {

class Store;

// What the teacher starts the day with, across all active (not archived)
// classes: the Today page, `k12-teacher today` and the reminders read it.
//
// A class day is every school day (Monday to Friday) inside the range of one of
// the class's units: there is no timetable in the schema, and a unit's dates
// are the teacher's own statement of when the class meets on that topic. Such a
// day without a lesson is a "no plan yet" entry. "Tomorrow" is the next school
// day (on a Friday: Monday), since that is the lesson the teacher prepares.
//
// Built from a handful of SQL queries (no GradeEngine runs) that read the cell
// counts the score triggers keep (ScoreTally) instead of the scores: the whole
// report for 6 classes x 200 students x 1,000 assignments stays below the 50 ms
// the issue asks for (bench_today; docs/benchmarks.md).
struct TodayReport
{
    struct LessonItem
    {
        QString classId;
        QString className;
        QString unitId;
        QString unitTitle;
        QString lessonId; // empty: a class day with no plan yet
        QString title;
        QDate date;
        bool noPlan() const { return lessonId.isEmpty(); }
    };
    struct AssignmentItem
    {
        QString classId;
        QString className;
        QString assignmentId;
        QString title;
        QDate dueDate;
        int ungraded = 0; // empty cells of active students
    };
    struct StudentItem
    {
        QString classId;
        QString className;
        QString studentId;
        QString name; // "Given Family"
        int missing = 0;
        int threshold = 0; // the class's risk_missing_count
    };
    struct ConflictItem
    {
        QString id;
        QString entity;
        QString rowId;
        QString field;
        QDateTime detectedAt;
        QString studentName; // the student the row is about, if any (score, enrollment, ...)
    };
    struct RejectedItem
    {
        qint64 seq = 0;
        QString entity;
        QString rowId;
        QString error;
    };
    struct Sync
    {
        bool signedIn = false;
        QString server;
        QDateTime lastSync;
        QString lastError;
        int errorStreak = 0;
        qint64 pending = 0;
        qint64 held = 0;
    };

    QDate today;
    QDate tomorrow; // the next school day
    QList<LessonItem> lessonsToday;
    QList<LessonItem> lessonsTomorrow;
    QList<AssignmentItem> dueThisWeek;     // Monday to Sunday of today's week, by date
    QList<AssignmentItem> ungradedPastDue; // due before today with empty cells, oldest first
    QList<StudentItem> studentsMissing;    // at or over their class's threshold
    QList<ConflictItem> conflicts;         // open ones
    QList<RejectedItem> rejected;          // changes the server refused
    Sync sync;

    // Everything about `today` (normally Clock::today()).
    static TodayReport build(Store &store, const QDate &today);
    // The next school day after `date`.
    static QDate nextSchoolDay(const QDate &date);
};

} // namespace k12
