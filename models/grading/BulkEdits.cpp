#include "BulkEdits.h"

#include "LateWork.h"
#include "ScoreInput.h"
#include "kernel/csv/CsvReader.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

bool sameScore(const Score &a, const Score &b)
{
    return a.points == b.points && a.letter == b.letter && a.missing == b.missing && a.late == b.late &&
           a.excused == b.excused && a.exempt == b.exempt && a.daysLate == b.daysLate && a.comment == b.comment;
}

bool isUngraded(const Score &s)
{
    return !s.points && s.letter.isEmpty() && !s.missing && !s.excused && !s.exempt;
}

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QList<Score> BulkEdits::changedOnly(const GradebookData &data, const QList<CellRef> &cells, const QList<Score> &after)
{
    QList<Score> changed;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!sameScore(data.scoreAt(cells.at(i).student, cells.at(i).assignment), after.at(i)))
            changed.append(after.at(i));
    }
    return changed;
}

Result<QList<Score>> BulkEdits::apply(const GradebookData &data, const QList<CellRef> &cells, const ScoreEdit &edit)
{
    QList<Score> after;
    after.reserve(cells.size());
    for (const CellRef &c : cells) {
        const Assignment &a = data.assignments.at(c.assignment);
        if (edit.kind == ScoreEdit::Kind::SetPoints) {
            if (const QString problem = ScoreEdit::checkPoints(edit.points, a); !problem.isEmpty())
                return fail(problem);
        }
        if (edit.kind == ScoreEdit::Kind::SetLetter && a.gradingType != u"letter"_s)
            return fail(tr("\"%1\" is graded in points; a letter cannot be set there.").arg(a.title));
        after.append(edit.appliedTo(data.scoreAt(c.student, c.assignment)));
    }
    return changedOnly(data, cells, after);
}

Result<QList<Score>> BulkEdits::applyText(const GradebookData &data, const QList<CellRef> &cells, const QString &text)
{
    QList<Score> after;
    after.reserve(cells.size());
    for (const CellRef &c : cells) {
        const Assignment &a = data.assignments.at(c.assignment);
        Result<ScoreEdit> edit = ScoreInput::parse(text, a, data.scale);
        if (!edit)
            return fail(tr("%1: %2").arg(a.title, edit.error()));
        after.append(edit->appliedTo(data.scoreAt(c.student, c.assignment)));
    }
    return changedOnly(data, cells, after);
}

Result<QList<Score>> BulkEdits::turnedIn(const GradebookData &data, const QList<CellRef> &cells, const QDate &date)
{
    QList<Score> after;
    after.reserve(cells.size());
    for (const CellRef &c : cells) {
        Result<ScoreEdit> edit = LateWork::turnedIn(data.assignments.at(c.assignment), date);
        if (!edit)
            return Error{edit.error()};
        after.append(edit->appliedTo(data.scoreAt(c.student, c.assignment)));
    }
    return changedOnly(data, cells, after);
}

Result<QList<Score>> BulkEdits::fillEmpty(const GradebookData &data, const QList<CellRef> &cells, double points)
{
    QList<CellRef> empty;
    QList<Score> after;
    for (const CellRef &c : cells) {
        const Score s = data.scoreAt(c.student, c.assignment);
        if (!isUngraded(s))
            continue;
        if (const QString problem = ScoreEdit::checkPoints(points, data.assignments.at(c.assignment));
            !problem.isEmpty())
            return fail(problem);
        empty.append(c);
        after.append(ScoreEdit::setPoints(points).appliedTo(s));
    }
    return changedOnly(data, empty, after);
}

QList<Score> BulkEdits::fillDown(const GradebookData &data, const QList<CellRef> &cells)
{
    QHash<int, CellRef> top; // per assignment column, the topmost selected cell
    for (const CellRef &c : cells) {
        auto it = top.find(c.assignment);
        if (it == top.end() || c.student < it->student)
            top.insert(c.assignment, c);
    }
    QList<CellRef> targets;
    QList<Score> after;
    for (const CellRef &c : cells) {
        const CellRef source = top.value(c.assignment);
        if (source.student == c.student)
            continue;
        const Score from = data.scoreAt(source.student, source.assignment);
        Score s = data.scoreAt(c.student, c.assignment);
        s.points = from.points;
        s.letter = from.letter;
        s.missing = from.missing;
        s.late = from.late;
        s.excused = from.excused;
        s.exempt = from.exempt;
        s.daysLate = from.daysLate;
        targets.append(c);
        after.append(s);
    }
    return changedOnly(data, targets, after);
}

QList<Score> BulkEdits::comment(const GradebookData &data, const QList<CellRef> &cells, const QString &text)
{
    QList<Score> after;
    for (const CellRef &c : cells)
        after.append(ScoreEdit::comment(text).appliedTo(data.scoreAt(c.student, c.assignment)));
    return changedOnly(data, cells, after);
}

QString BulkEdits::copy(const GradebookData &data, const QList<CellRef> &cells)
{
    if (cells.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    QSet<qint64> selected;
    for (const CellRef &c : cells) {
        top = std::min(top, c.student);
        bottom = std::max(bottom, c.student);
        left = std::min(left, c.assignment);
        right = std::max(right, c.assignment);
        selected.insert(qint64(c.student) << 32 | c.assignment);
    }
    QStringList lines;
    for (int s = top; s <= bottom; ++s) {
        QStringList row;
        for (int a = left; a <= right; ++a) {
            if (!selected.contains(qint64(s) << 32 | a)) {
                row.append(QString());
                continue;
            }
            const Score score = data.scoreAt(s, a);
            if (score.excused)
                row.append(u"EX"_s);
            else if (score.exempt)
                row.append(u"EXEMPT"_s);
            else if (!score.letter.isEmpty())
                row.append(score.letter);
            else if (score.points)
                row.append(QLocale().toString(*score.points, 'g', 12));
            else if (score.missing)
                row.append(u"M"_s);
            else
                row.append(QString());
        }
        lines.append(row.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

Result<QList<Score>> BulkEdits::paste(const GradebookData &data, int topStudent, int leftAssignment,
                                      const QString &text)
{
    Result<QList<CsvRow>> parsed = CsvReader::records(text, u'\t', tr("pasted cells"));
    if (!parsed)
        return Error{parsed.error()};
    QList<CsvRow> rows = std::move(parsed).value();
    if (rows.isEmpty())
        return fail(tr("The clipboard holds no cells to paste."));

    // A header row names assignments; a key column names the students.
    QList<int> columnAssignment;
    int keyColumn = -1;
    bool header = false;
    const QStringList keyNames{u"student"_s,        u"name"_s,   u"student name"_s, u"student number"_s,
                               u"student_number"_s, u"number"_s, u"id"_s,           u"sis user id"_s};
    for (const QString &cell : rows.constFirst().cells) {
        const QString key = normalized(cell);
        int match = -1;
        for (int a = 0; a < data.assignmentCount() && !key.isEmpty(); ++a) {
            if (normalized(data.assignments.at(a).title) == key)
                match = a;
        }
        if (match >= 0)
            header = true;
        else if (keyNames.contains(key) && keyColumn < 0)
            keyColumn = int(columnAssignment.size());
        columnAssignment.append(match);
    }
    if (header) {
        rows.removeFirst();
    } else {
        keyColumn = -1;
        columnAssignment.clear();
        const int width = int(std::max_element(rows.cbegin(), rows.cend(), [](const CsvRow &a, const CsvRow &b) {
                                  return a.cells.size() < b.cells.size();
                              })->cells.size());
        if (leftAssignment < 0 || leftAssignment + width > data.assignmentCount())
            return fail(tr("The pasted block is %n column(s) wide; from the selected cell there are only %1 "
                           "assignment column(s). Select the top-left cell where it should go.",
                           nullptr, width)
                            .arg(std::max(0, data.assignmentCount() - leftAssignment)));
        for (int i = 0; i < width; ++i)
            columnAssignment.append(leftAssignment + i);
    }

    QList<CellRef> cells;
    QList<Score> after;
    QSet<qint64> seen;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        const int pasteRow = int(r) + (header ? 2 : 1);
        int student = -1;
        if (keyColumn >= 0) {
            const QString key = normalized(row.cells.value(keyColumn));
            for (int s = 0; s < data.studentCount() && student < 0; ++s) {
                const Student &st = data.students.at(s);
                if ((!st.studentNumber.isEmpty() && normalized(st.studentNumber) == key) ||
                    normalized(st.displayName()) == key || normalized(st.givenName + u' ' + st.familyName) == key)
                    student = s;
            }
            if (student < 0)
                return fail(tr("Pasted row %1: no student \"%2\" in this class.")
                                .arg(pasteRow)
                                .arg(row.cells.value(keyColumn)));
        } else {
            student = topStudent + int(r);
            if (student >= data.studentCount())
                return fail(tr("The pasted block is %n row(s) tall but only %1 student(s) are below the selected "
                               "cell.",
                               nullptr, int(rows.size()))
                                .arg(data.studentCount() - topStudent));
        }
        for (qsizetype c = 0; c < row.cells.size() && c < columnAssignment.size(); ++c) {
            const int a = columnAssignment.at(c);
            const QString cellText = row.cells.at(c).trimmed();
            if (a < 0 || cellText.isEmpty())
                continue;
            const Assignment &as = data.assignments.at(a);
            Result<ScoreEdit> edit = ScoreInput::parse(cellText, as, data.scale);
            if (!edit)
                return fail(tr("Pasted row %1, column %2 (%3, %4): %5")
                                .arg(pasteRow)
                                .arg(c + 1)
                                .arg(data.students.at(student).displayName(), as.title, edit.error()));
            if (seen.contains(qint64(student) << 32 | a))
                return fail(tr("Pasted row %1: %2 appears twice for \"%3\".")
                                .arg(pasteRow)
                                .arg(data.students.at(student).displayName(), as.title));
            seen.insert(qint64(student) << 32 | a);
            cells.append({student, a});
            after.append(edit->appliedTo(data.scoreAt(student, a)));
        }
    }
    return changedOnly(data, cells, after);
}

} // namespace k12
