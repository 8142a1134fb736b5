#include "WriterTally.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/sqlite/SqliteStatement.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

bool isSet(const QVariant &v)
{
    return !v.isNull() && v.toLongLong() != 0;
}

} // namespace

WriterTally::WriterTally(sqlite3 *db)
    : m_db(db)
{}

WriterTally::~WriterTally() = default;

Status WriterTally::failed(const SqliteStatement &q) const
{
    return fail(QObject::tr("Saving failed (cell counts): %1").arg(q.error()));
}

Status WriterTally::begin()
{
    m_assignmentFilled.clear(); // what a failed write left
    m_studentFilled.clear();
    m_studentMissing.clear();
    if (!m_begin) {
        m_begin = std::make_unique<SqliteStatement>(
            m_db, u"INSERT OR REPLACE INTO score_counts_deferred (writer) VALUES (1)"_s);
        m_end = std::make_unique<SqliteStatement>(m_db, u"DELETE FROM score_counts_deferred"_s);
    }
    return m_begin->exec() ? Status{} : failed(*m_begin);
}

// As ScoreTally::filled() and missingCell() read a row, for a live row.
WriterTally::Cell WriterTally::cellOf(const EntityDef &score, const QVariantList &row)
{
    if (m_points < 0) {
        m_points = score.fieldIndex(u"points"_s);
        m_letter = score.fieldIndex(u"letter"_s);
        m_missing = score.fieldIndex(u"missing"_s);
        m_excused = score.fieldIndex(u"excused"_s);
        m_exempt = score.fieldIndex(u"exempt"_s);
        m_classId = score.fieldIndex(u"class_id"_s);
        m_assignmentId = score.fieldIndex(u"assignment_id"_s);
        m_studentId = score.fieldIndex(u"student_id"_s);
    }
    const QVariant &points = row.at(m_points);
    const QVariant &letter = row.at(m_letter);
    const bool missing = isSet(row.at(m_missing));
    const bool excused = isSet(row.at(m_excused));
    const bool exempt = isSet(row.at(m_exempt));
    Cell cell;
    cell.filled =
        !points.isNull() || (!letter.isNull() && !letter.toString().isEmpty()) || missing || excused || exempt;
    cell.missing = missing && points.isNull() && !excused && !exempt; // a missing cell is filled too
    return cell;
}

void WriterTally::contribute(const QVariantList &row, Cell cell, int sign)
{
    if (!cell.filled)
        return;
    const QString assignment = row.at(m_assignmentId).toString();
    const QString student = row.at(m_classId).toString() + u'\n' + row.at(m_studentId).toString();
    m_assignmentFilled[assignment] += sign;
    m_studentFilled[student] += sign;
    if (cell.missing)
        m_studentMissing[assignment][student] += sign;
}

void WriterTally::add(const EntityDef &score, bool existed, bool wasDeleted, const QVariantList &before, bool deleted,
                      const QVariantList &after)
{
    const bool counted = existed && !wasDeleted;
    const Cell was = counted ? cellOf(score, before) : Cell{};
    const Cell is = deleted ? Cell{} : cellOf(score, after);
    // A re-graded cell on the same row moves no count (most of a bulk set): nothing to add up.
    if (counted && !deleted && was.filled == is.filled && was.missing == is.missing &&
        before.at(m_assignmentId) == after.at(m_assignmentId) && before.at(m_classId) == after.at(m_classId) &&
        before.at(m_studentId) == after.at(m_studentId))
        return;
    if (counted)
        contribute(before, was, -1);
    if (!deleted)
        contribute(after, is, +1);
}

Status WriterTally::flush()
{
    if (m_assignmentFilled.isEmpty() && m_studentFilled.isEmpty() && m_studentMissing.isEmpty())
        return {};
    if (!m_assignment) {
        m_assignment = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO score_tally_assignment (assignment_id, filled) VALUES (?, ?) ON CONFLICT "
                  "(assignment_id) DO UPDATE SET filled = filled + excluded.filled"_s);
        m_student = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO score_tally_student (class_id, student_id, filled, missing) VALUES (?, ?, ?, ?) ON "
                  "CONFLICT (class_id, student_id) DO UPDATE SET filled = filled + excluded.filled, missing = "
                  "missing + excluded.missing"_s);
        m_live = std::make_unique<SqliteStatement>(
            m_db, u"SELECT EXISTS (SELECT 1 FROM assignment WHERE id = ? AND deleted = 0)"_s);
    }
    for (auto it = m_assignmentFilled.cbegin(); it != m_assignmentFilled.cend(); ++it) {
        if (it.value() == 0)
            continue;
        m_assignment->bindText(0, it.key());
        m_assignment->bindInt(1, it.value());
        if (!m_assignment->exec())
            return failed(*m_assignment);
    }
    // Missing cells count only where their assignment exists and is not
    // deleted, as the triggers' check at the time of the write: no assignment
    // row has been written since (flush() runs before one is).
    QHash<QString, qint64> missing;
    for (auto it = m_studentMissing.cbegin(); it != m_studentMissing.cend(); ++it) {
        m_live->bindText(0, it.key());
        if (!m_live->next())
            return failed(*m_live);
        const bool live = m_live->integer(0) != 0;
        m_live->reset();
        if (!live)
            continue;
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
            missing[s.key()] += s.value();
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        m_studentFilled[it.key()]; // 0 filled when only missing moves
    for (auto it = m_studentFilled.cbegin(); it != m_studentFilled.cend(); ++it) {
        const qint64 m = missing.value(it.key());
        if (it.value() == 0 && m == 0)
            continue;
        const qsizetype cut = it.key().indexOf(u'\n');
        m_student->bindText(0, it.key().left(cut));
        m_student->bindText(1, it.key().mid(cut + 1));
        m_student->bindInt(2, it.value());
        m_student->bindInt(3, m);
        if (!m_student->exec())
            return failed(*m_student);
    }
    m_assignmentFilled.clear();
    m_studentFilled.clear();
    m_studentMissing.clear();
    return {};
}

Status WriterTally::end()
{
    if (Status s = flush(); !s)
        return s;
    return m_end->exec() ? Status{} : failed(*m_end);
}

} // namespace k12
