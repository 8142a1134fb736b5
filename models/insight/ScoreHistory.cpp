#include "ScoreHistory.h"

#include "kernel/sqlite/SqliteStatement.h"
#include "models/store/Database.h"
#include "models/store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ScoreHistory::Finals ScoreHistory::finalsAsOf(Store &store, const GradebookData &data, const QDateTime &momentUtc)
{
    return finalsAsOf(SqliteStatement::handleOf(store.database().connection()), data, momentUtc);
}

ScoreHistory::Finals ScoreHistory::finalsAsOfFile(const QString &databasePath, const GradebookData &data,
                                                  const QDateTime &momentUtc)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath);
    if (!db) {
        Finals failed;
        failed.ok = false;
        return failed;
    }
    return finalsAsOf(SqliteStatement::handleOf((*db)->connection()), data, momentUtc);
}

ScoreHistory::Finals ScoreHistory::finalsAsOf(sqlite3 *db, const GradebookData &data, const QDateTime &momentUtc)
{
    Finals result;
    const int students = data.studentCount();
    const int assignments = data.assignmentCount();
    result.finals.assign(size_t(students), std::nullopt);
    result.unknown.assign(size_t(students), false);
    const QString moment = momentUtc.toUTC().toString(Qt::ISODateWithMs); // as Clock::nowIso() writes them

    // The state at the moment of each score row written since, rewound from the row as stored
    // now (a cleared cell is a tombstone that keeps its last values).
    struct Cell
    {
        int student = -1;
        int assignment = -1;
        Score score;
        bool existed = true;           // false: the row was created after the moment, or deleted then
        bool earliestIsUpdate = false; // the first change after the moment updated an existing row
    };
    QHash<QString, Cell> changed; // score id -> its state at the moment

    // Newest first, so that the last "old" value written for a field is the one
    // from the first change after the moment: the value the field had then.
    // A creation names the row's references with no old value (an update never changes them);
    // SQLite tells so without the JSON being parsed here, which a new class's 200,000 creations need.
    SqliteStatement audit(db, u"SELECT a.row_id, a.op, a.changes, s.assignment_id, s.student_id, s.points, s.letter, "
                              "s.missing, s.late, s.excused, s.exempt, s.days_late, "
                              "json_type(a.changes, '$.class_id.old') = 'null' AS created FROM audit_log a "
                              "JOIN score s ON s.id = a.row_id WHERE a.entity = 'score' AND a.at > ? "
                              "AND s.class_id = ? ORDER BY a.seq DESC"_s);
    audit.bindText(0, moment);
    audit.bindText(1, data.schoolClass.id);
    while (audit.next()) {
        const int a = data.assignmentIndex(audit.text(3));
        const int s = data.studentIndex(audit.text(4));
        if (a < 0 || s < 0)
            continue;
        const QString id = audit.text(0);
        auto it = changed.find(id);
        if (it == changed.end()) {
            Cell cell;
            cell.student = s;
            cell.assignment = a;
            cell.score.id = id;
            cell.score.points = audit.isNull(5) ? std::nullopt : std::optional<double>(audit.real(5));
            cell.score.letter = audit.isNull(6) ? QString() : audit.text(6);
            cell.score.missing = audit.integer(7) != 0;
            cell.score.late = audit.integer(8) != 0;
            cell.score.excused = audit.integer(9) != 0;
            cell.score.exempt = audit.integer(10) != 0;
            cell.score.daysLate = int(audit.integer(11));
            it = changed.insert(id, cell);
        }
        if (audit.text(1) == u"delete"_s) {
            // A delete keeps the values: before it, the row held them.
            it->existed = true;
            it->earliestIsUpdate = false;
            continue;
        }
        if (audit.integer(12) != 0) {
            it->existed = false;
            it->earliestIsUpdate = false;
            continue;
        }
        it->existed = true;
        it->earliestIsUpdate = true;
        const QJsonObject fields = QJsonDocument::fromJson(audit.rawUtf8(2)).object();
        Score &score = it->score;
        for (auto f = fields.constBegin(); f != fields.constEnd(); ++f) {
            const QJsonValue old = f.value().toObject().value(u"old"_s);
            const QString &name = f.key();
            if (name == u"points"_s)
                score.points = old.isDouble() ? std::optional<double>(old.toDouble()) : std::nullopt;
            else if (name == u"letter"_s)
                score.letter = old.toString();
            else if (name == u"missing"_s)
                score.missing = old.toBool();
            else if (name == u"late"_s)
                score.late = old.toBool();
            else if (name == u"excused"_s)
                score.excused = old.toBool();
            else if (name == u"exempt"_s)
                score.exempt = old.toBool();
            else if (name == u"days_late"_s)
                score.daysLate = old.toInt();
        }
    }
    if (!audit.error().isEmpty()) {
        result.ok = false;
        return result;
    }

    // An update after the moment may have brought back a row that was cleared (deleted) before
    // it: the audit of that update does not say so, the last change before the moment does.
    QSet<QString> rewrittenTombstone;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it->earliestIsUpdate)
            rewrittenTombstone.insert(it.key());
    }
    if (!rewrittenTombstone.isEmpty()) {
        SqliteStatement before(db, u"SELECT a.row_id, a.op FROM audit_log a JOIN score s ON s.id = a.row_id "
                                   "WHERE a.entity = 'score' AND a.at <= ? AND s.class_id = ? ORDER BY a.seq"_s);
        before.bindText(0, moment);
        before.bindText(1, data.schoolClass.id);
        QHash<QString, bool> deletedThen; // the last change before the moment was a delete
        while (before.next()) {
            const QString id = before.text(0);
            if (rewrittenTombstone.contains(id))
                deletedThen.insert(id, before.text(1) == u"delete"_s);
        }
        if (!before.error().isEmpty()) {
            result.ok = false;
            return result;
        }
        for (auto it = deletedThen.cbegin(); it != deletedThen.cend(); ++it) {
            if (it.value())
                changed[it.key()].existed = false;
        }
    }

    // Rows written after the moment with no audit entry since: changed on another device.
    SqliteStatement rows(db,
                         u"SELECT id, assignment_id, student_id FROM score WHERE class_id = ? AND updated_at > ?"_s);
    rows.bindText(0, data.schoolClass.id);
    rows.bindText(1, moment);
    while (rows.next()) {
        if (changed.contains(rows.text(0)))
            continue;
        const int s = data.studentIndex(rows.text(2));
        if (s >= 0 && data.assignmentIndex(rows.text(1)) >= 0)
            result.unknown[size_t(s)] = true;
    }
    if (!rows.error().isEmpty()) {
        result.ok = false;
        return result;
    }

    // Per student with changes: a copy of the row, rewound. Others are unchanged.
    std::vector<std::vector<const Cell *>> byStudent(static_cast<size_t>(students));
    for (const Cell &c : std::as_const(changed))
        byStudent[size_t(c.student)].push_back(&c);
    std::vector<GradeCell> row(static_cast<size_t>(assignments));
    for (int s = 0; s < students; ++s) {
        if (result.unknown[size_t(s)])
            continue;
        if (byStudent[size_t(s)].empty()) {
            result.finals[size_t(s)] = data.gradeOf(s).finalPercent;
            continue;
        }
        std::copy(data.row(s), data.row(s) + assignments, row.begin());
        for (const Cell *c : byStudent[size_t(s)]) {
            row[size_t(c->assignment)] =
                c->existed ? GradeEngine::cellFor(c->score, data.assignments.at(c->assignment), data.scale)
                           : GradeCell{};
        }
        result.finals[size_t(s)] = data.engine().compute(row.data()).finalPercent;
    }
    return result;
}

} // namespace k12
