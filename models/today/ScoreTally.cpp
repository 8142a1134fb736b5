#include "ScoreTally.h"

#include "models/store/Database.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// The assignment of score `row` exists and is not deleted (a pulled score can
// arrive before its assignment: sync writes with foreign keys off).
QString liveAssignment(const QString &row)
{
    return u"EXISTS (SELECT 1 FROM assignment ta WHERE ta.id = %1.assignment_id AND ta.deleted = 0)"_s.arg(row);
}

// What one live score adds to the tally: its assignment's row (filled cells
// only) and its class and student's row. A missing cell is also filled, so
// "filled" is the condition for both.
QStringList addScore(const QString &row)
{
    const QString f = ScoreTally::filled(row);
    const QString m = u"(%1 AND %2)"_s.arg(ScoreTally::missingCell(row), liveAssignment(row));
    return {
        u"INSERT INTO score_tally_assignment (assignment_id, filled) SELECT %1.assignment_id, 1 WHERE %1.deleted = 0 "
        "AND %2 ON CONFLICT (assignment_id) DO UPDATE SET filled = filled + 1;"_s.arg(row, f),
        u"INSERT INTO score_tally_student (class_id, student_id, filled, missing) SELECT %1.class_id, %1.student_id, "
        "1, %3 WHERE %1.deleted = 0 AND %2 ON CONFLICT (class_id, student_id) DO UPDATE SET filled = filled + 1, "
        "missing = missing + excluded.missing;"_s.arg(row, f, m),
    };
}

QStringList removeScore(const QString &row)
{
    const QString f = ScoreTally::filled(row);
    const QString m = u"(%1 AND %2)"_s.arg(ScoreTally::missingCell(row), liveAssignment(row));
    return {
        u"UPDATE score_tally_assignment SET filled = filled - 1 WHERE assignment_id = %1.assignment_id AND "
        "%1.deleted = 0 AND %2;"_s.arg(row, f),
        u"UPDATE score_tally_student SET filled = filled - 1, missing = missing - %3 WHERE class_id = %1.class_id AND "
        "student_id = %1.student_id AND %1.deleted = 0 AND %2;"_s.arg(row, f, m),
    };
}

// An assignment appearing (sign +1) or going away (-1): its missing cells
// start or stop counting for their students. A student has one score per
// assignment (score_pair_idx), so each (class, student) row moves by one.
QString moveMissingOf(const QString &row, int sign)
{
    const QString cells = u"SELECT s.class_id, s.student_id FROM score s WHERE s.assignment_id = %1.id AND "
                          "s.deleted = 0 AND %2"_s.arg(row, ScoreTally::missingCell(u"s"_s));
    return u"UPDATE score_tally_student SET missing = missing %1 1 WHERE %2.deleted = 0 AND (class_id, student_id) "
           "IN (%3);"_s.arg(sign > 0 ? u"+"_s : u"-"_s, row, cells);
}

// An edit of a live score on its row: the differences of its counts.
QString moveInPlace()
{
    const QString df = u"(%1 - %2)"_s.arg(ScoreTally::filled(u"NEW"_s), ScoreTally::filled(u"OLD"_s));
    const QString dm = u"((%1 AND %3) - (%2 AND %3))"_s.arg(
        ScoreTally::missingCell(u"NEW"_s), ScoreTally::missingCell(u"OLD"_s), liveAssignment(u"NEW"_s));
    return u"INSERT INTO score_tally_assignment (assignment_id, filled) VALUES (NEW.assignment_id, %1) ON CONFLICT "
           "(assignment_id) DO UPDATE SET filled = filled + excluded.filled; "
           "INSERT INTO score_tally_student (class_id, student_id, filled, missing) VALUES (NEW.class_id, "
           "NEW.student_id, %1, %2) ON CONFLICT (class_id, student_id) DO UPDATE SET filled = filled + "
           "excluded.filled, missing = missing + excluded.missing;"_s.arg(df, dm);
}

// The columns whose change can move a score between counts.
const QStringList &scoreColumns()
{
    static const QStringList columns{u"assignment_id"_s, u"class_id"_s, u"student_id"_s, u"deleted"_s, u"points"_s,
                                     u"letter"_s,        u"missing"_s,  u"excused"_s,    u"exempt"_s};
    return columns;
}

QString changed(const QStringList &columns)
{
    QStringList differs;
    for (const QString &c : columns)
        differs << u"OLD.%1 IS NOT NEW.%1"_s.arg(c);
    return differs.join(u" OR "_s);
}

QString recountAssignments()
{
    return u"SELECT assignment_id, SUM(%1) FROM score s WHERE s.deleted = 0 GROUP BY assignment_id HAVING SUM(%1) "
           "> 0"_s.arg(ScoreTally::filled(u"s"_s));
}

QString recountStudents()
{
    return u"SELECT class_id, student_id, SUM(%1), SUM(%2 AND %3) FROM score s WHERE s.deleted = 0 GROUP BY "
           "class_id, student_id HAVING SUM(%1) > 0"_s.arg(ScoreTally::filled(u"s"_s), ScoreTally::missingCell(u"s"_s),
                                                           liveAssignment(u"s"_s));
}

} // namespace

QString ScoreTally::filled(const QString &row)
{
    return u"(%1.points IS NOT NULL OR (%1.letter IS NOT NULL AND %1.letter <> '') OR %1.missing <> 0 OR "
           "%1.excused <> 0 OR %1.exempt <> 0)"_s.arg(row);
}

QString ScoreTally::missingCell(const QString &row)
{
    return u"(%1.missing <> 0 AND %1.points IS NULL AND %1.excused = 0 AND %1.exempt = 0)"_s.arg(row);
}

namespace {

// The score triggers of migration 7; `standAside` (migration 8): each also
// waits while ChangeWriter keeps the counts itself (a row in score_counts_deferred).
QStringList scoreTriggers(bool standAside)
{
    const QStringList columns = scoreColumns();
    const QString same = u"OLD.assignment_id IS NEW.assignment_id AND OLD.class_id IS NEW.class_id AND "
                         "OLD.student_id IS NEW.student_id AND OLD.deleted = 0 AND NEW.deleted = 0"_s;
    const QString writerAway = u"NOT EXISTS (SELECT 1 FROM score_counts_deferred) AND "_s;
    const QString away = standAside ? writerAway : QString();
    return {
        u"CREATE TRIGGER score_tally_ai AFTER INSERT ON score "_s +
            (standAside ? u"WHEN NOT EXISTS (SELECT 1 FROM score_counts_deferred) "_s : QString()) + u"BEGIN "_s +
            addScore(u"NEW"_s).join(u' ') + u" END"_s,
        // A score that stays on its row (the same assignment, class and
        // student, live before and after: every grade edit) moves its counts
        // by the difference, in one statement per table, and only when a
        // count changes: re-grading a graded cell costs the WHEN alone.
        u"CREATE TRIGGER score_tally_au AFTER UPDATE OF "_s + columns.join(u", "_s) + u" ON score WHEN "_s + away +
            same + u" AND ("_s + ScoreTally::filled(u"OLD"_s) + u" IS NOT "_s + ScoreTally::filled(u"NEW"_s) +
            u" OR "_s + ScoreTally::missingCell(u"OLD"_s) + u" IS NOT "_s + ScoreTally::missingCell(u"NEW"_s) +
            u") BEGIN "_s + moveInPlace() + u" END"_s,
        // Deleted, restored or moved to another row: out of the old counts, into the new.
        u"CREATE TRIGGER score_tally_au_moved AFTER UPDATE OF "_s + columns.join(u", "_s) + u" ON score WHEN "_s +
            away + u"NOT ("_s + same + u") BEGIN "_s + removeScore(u"OLD"_s).join(u' ') + u' ' +
            addScore(u"NEW"_s).join(u' ') + u" END"_s,
    };
}

} // namespace

QStringList ScoreTally::schemaStatements()
{
    const QStringList triggers = scoreTriggers(false);
    return {
        u"CREATE TABLE score_tally_assignment (assignment_id TEXT PRIMARY KEY NOT NULL, filled INTEGER NOT NULL "
        "DEFAULT 0) WITHOUT ROWID"_s,
        u"CREATE TABLE score_tally_student (class_id TEXT NOT NULL, student_id TEXT NOT NULL, filled INTEGER NOT "
        "NULL DEFAULT 0, missing INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (class_id, student_id)) WITHOUT ROWID"_s,

        triggers.at(0),
        u"CREATE TRIGGER score_tally_ad AFTER DELETE ON score BEGIN "_s + removeScore(u"OLD"_s).join(u' ') + u" END"_s,
        triggers.at(1),
        triggers.at(2),

        u"CREATE TRIGGER score_tally_assignment_ai AFTER INSERT ON assignment WHEN NEW.deleted = 0 BEGIN "_s +
            moveMissingOf(u"NEW"_s, +1) + u" END"_s,
        u"CREATE TRIGGER score_tally_assignment_ad AFTER DELETE ON assignment WHEN OLD.deleted = 0 BEGIN "_s +
            moveMissingOf(u"OLD"_s, -1) + u" END"_s,
        u"CREATE TRIGGER score_tally_assignment_au AFTER UPDATE OF id, deleted ON assignment WHEN "_s +
            changed({u"id"_s, u"deleted"_s}) + u" BEGIN "_s + moveMissingOf(u"OLD"_s, -1) + u' ' +
            moveMissingOf(u"NEW"_s, +1) + u" END"_s,
    };
}

QStringList ScoreTally::writerKeptStatements()
{
    QStringList statements{u"CREATE TABLE score_counts_deferred (writer INTEGER PRIMARY KEY)"_s,
                           u"DROP TRIGGER score_tally_ai"_s, u"DROP TRIGGER score_tally_au"_s,
                           u"DROP TRIGGER score_tally_au_moved"_s};
    return statements + scoreTriggers(true);
}

QStringList ScoreTally::fillStatements()
{
    return {u"INSERT INTO score_tally_assignment (assignment_id, filled) "_s + recountAssignments(),
            u"INSERT INTO score_tally_student (class_id, student_id, filled, missing) "_s + recountStudents()};
}

Status ScoreTally::rebuild(Database &db)
{
    Transaction tx(db.connection());
    if (!tx.begun())
        return fail(QObject::tr("Cannot recount the gradebook's cells: %1").arg(tx.error()));
    QStringList statements{u"DELETE FROM score_tally_assignment"_s, u"DELETE FROM score_tally_student"_s};
    statements << fillStatements();
    for (const QString &sql : std::as_const(statements)) {
        if (Status s = exec(db.connection(), sql); !s)
            return fail(QObject::tr("Cannot recount the gradebook's cells: %1").arg(s.error()));
    }
    return tx.commit();
}

Result<qint64> ScoreTally::countMismatches(Database &db)
{
    const QString assignments = u"SELECT assignment_id, filled FROM score_tally_assignment WHERE filled <> 0"_s;
    const QString students =
        u"SELECT class_id, student_id, filled, missing FROM score_tally_student WHERE filled <> 0 OR missing <> 0"_s;
    auto bothWays = [](const QString &kept, const QString &recount) {
        return u"(SELECT COUNT(*) FROM (%1 EXCEPT %2)) + (SELECT COUNT(*) FROM (%2 EXCEPT %1))"_s.arg(kept, recount);
    };
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT "_s + bothWays(assignments, recountAssignments()) + u" + "_s +
                bothWays(students, recountStudents())) ||
        !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace k12
