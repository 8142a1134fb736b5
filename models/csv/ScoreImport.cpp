#include "ScoreImport.h"

#include "CsvWriter.h"
#include "GradebookColumns.h"

#include "kernel/csv/CsvReader.h"
#include "kernel/domain/Ids.h"
#include "models/grading/ScoreInput.h"
#include "models/sheet/XlsxReader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString folded(const QString &s)
{
    return GradebookColumns::folded(s);
}

struct Column
{
    int index = -1;
    QString header;
    QString title;
    int assignment = -1;
    int newAssignment = -1;
};

// The assignment a header names. Tried in this order, so that a title that
// itself ends in brackets is found before anything is cut off:
// the whole header, the id in a trailing "(id)", the title before it, then
// the same ignoring case and spacing. `ambiguous` is set when a step finds
// more than one assignment.
int matchAssignment(const GradebookData &data, const QString &header, QString *title, bool *ambiguous)
{
    auto unique = [&](auto &&same) {
        int found = -1;
        for (int a = 0; a < data.assignmentCount(); ++a) {
            if (!same(data.assignments.at(a).title))
                continue;
            if (found >= 0) {
                *ambiguous = true;
                return -2;
            }
            found = a;
        }
        return found;
    };
    *title = header;
    int a = unique([&](const QString &t) { return t == header; });
    if (a != -1)
        return a;
    QString bare;
    const QString id = GradebookColumns::trailingId(header, &bare);
    if (!id.isEmpty()) {
        if ((a = data.assignmentIndex(id)) >= 0)
            return a;
        *title = bare;
        if ((a = unique([&](const QString &t) { return t == bare; })) != -1)
            return a;
    }
    if ((a = unique([&](const QString &t) { return folded(t) == folded(header); })) != -1) {
        *title = header;
        return a;
    }
    if (!id.isEmpty())
        return unique([&](const QString &t) { return folded(t) == folded(bare); });
    return -1;
}

// True when every score in the column that is not a token reads as a letter
// of the class's scale and not as a number: a Canvas letter-graded column.
bool isLetterColumn(const QList<CsvRow> &rows, int index, const GradebookData &data)
{
    Assignment letterGraded;
    letterGraded.gradingType = u"letter"_s;
    letterGraded.pointsPossible = 100;
    bool any = false;
    for (const CsvRow &row : rows) {
        const QString cell = row.cells.value(index).trimmed();
        const QString lower = cell.toLower();
        if (cell.isEmpty() || lower == u"ex"_s || lower == u"excused"_s || lower == u"missing"_s ||
            lower == u"exempt"_s || lower == u"n/a"_s)
            continue;
        bool number = false;
        (void)QString(cell).replace(u',', u'.').toDouble(&number);
        if (number)
            return false;
        Result<ScoreEdit> letter = ScoreInput::parse(cell, letterGraded, data.scale);
        if (!letter || letter->kind != ScoreEdit::Kind::SetLetter)
            return false;
        any = true;
    }
    return any;
}

// Points that agree to 15 significant digits are the same score: a
// spreadsheet keeps no more (Excel 15, libxlsxwriter writes 16), so 14.4
// coming back for a stored 14.399999999999999 is not an edit, and no teacher
// types a difference that small.
bool samePoints(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::fabs(*a - *b) <= 1e-14 * std::max({1.0, std::fabs(*a), std::fabs(*b)});
}

// What a Canvas export writes for a score that it cannot show as it is:
// "EX" for exempt work (Canvas has only excused), and the points after the
// late penalty for late work. Reading either back changes nothing.
bool sameInCanvas(const ScoreEdit &edit, const Score &before, const GradebookData &data)
{
    if (edit.kind == ScoreEdit::Kind::Excused && before.exempt)
        return true;
    if (edit.kind == ScoreEdit::Kind::SetPoints && before.late && before.points && before.letter.isEmpty() &&
        !before.excused && !before.exempt) {
        const double counted = GradeEngine::round2(data.engine().afterLatePenalty(*before.points, before.daysLate));
        return std::fabs(counted - edit.points) < 1e-9;
    }
    return false;
}

} // namespace

QString ScoreImport::Problem::text(const QString &fileName) const
{
    if (column.isEmpty())
        return tr("%1, line %2: %3").arg(fileName).arg(line).arg(message);
    return tr("%1, line %2, column \"%3\": %4").arg(fileName).arg(line).arg(column, message);
}

bool ScoreImport::Plan::headerProblem() const
{
    for (const Problem &p : problems) {
        if (p.line <= 1)
            return true;
    }
    return false;
}

QString ScoreImport::formatName(Format format)
{
    switch (format) {
    case Format::K12:
        return tr("K12 Teacher export");
    case Format::Canvas:
        return tr("Canvas gradebook export");
    case Format::Generic:
        return tr("student number + one column per assignment");
    case Format::Unknown:
        break;
    }
    return tr("unknown layout");
}

ScoreImport::Plan ScoreImport::analyze(const QByteArray &bytes, const QString &fileName, const GradebookData &data,
                                       const Options &options, const Progress &progress,
                                       const std::atomic<bool> *cancel)
{
    Plan plan;
    plan.fileName = fileName;
    auto problem = [&plan](int line, const QString &column, const QString &message) {
        plan.problems.append({line, column, message});
    };
    const bool xlsx = XlsxReader::looksLikeXlsx(bytes);
    if (!xlsx) {
        if (const QString wrong = CsvReader::encodingProblem(bytes); !wrong.isEmpty()) {
            problem(1, {}, wrong); // the same words as the roster import
            return plan;
        }
    }
    Result<CsvTable> parsed =
        xlsx ? XlsxReader::read(bytes, fileName, options.sheet) : CsvReader::parse(bytes, fileName);
    if (!parsed) {
        problem(1, {}, parsed.error());
        return plan;
    }
    CsvTable table = std::move(*parsed);
    plan.encoding = table.encoding;
    // A CSV cell that a spreadsheet could run carries one guarding apostrophe
    // (CsvWriter); an XLSX cell is text or a number and never needs one.
    const bool csv = !xlsx;
    if (csv) {
        for (QString &h : table.header)
            h = CsvWriter::unneutralised(h);
    }
    const QStringList &header = table.header;

    // Which layout, and which column names the student.
    int numberColumn = -1;
    int nameColumn = -1;
    if (header.size() >= 2 && header.at(0) == u"Student"_s && header.at(1) == u"ID"_s) {
        plan.format = Format::Canvas;
        nameColumn = 0;
        numberColumn = int(header.indexOf(u"SIS User ID"_s));
    } else if (header.size() >= 2 && header.at(0) == u"Student"_s && header.at(1) == u"Student Number"_s) {
        plan.format = Format::K12;
        nameColumn = 0;
        numberColumn = 1;
    } else {
        for (int i = 0; i < header.size(); ++i) {
            if (numberColumn < 0 && GradebookColumns::isStudentNumber(header.at(i)))
                numberColumn = i;
            else if (nameColumn < 0 && GradebookColumns::isStudentName(header.at(i)))
                nameColumn = i;
        }
        if (numberColumn >= 0)
            plan.format = Format::Generic;
    }
    if (plan.format == Format::Unknown) {
        problem(1, {},
                tr("cannot tell which student each row is: the header needs a student number column "
                   "(\"Student Number\", \"SIS User ID\") or the layout of a K12 Teacher or Canvas export."));
        return plan;
    }

    // Points Possible row (K12 and Canvas exports): points of each column, for new assignments.
    QList<CsvRow> rows = table.rows;
    QHash<int, double> pointsRow;
    if (!rows.isEmpty() && rows.constFirst().cells.value(0).trimmed() == u"Points Possible"_s) {
        const CsvRow &pp = rows.constFirst();
        for (int i = 0; i < pp.cells.size(); ++i) {
            bool ok = false;
            const double v = QString(pp.cells.at(i)).replace(u',', u'.').trimmed().toDouble(&ok);
            if (ok)
                pointsRow.insert(i, v);
        }
        rows.removeFirst();
    }

    // Assignment columns; every other column is listed as skipped, with the reason.
    QList<Column> columns;
    QHash<int, QString> columnOfAssignment;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i);
        auto skip = [&](const QString &reason) { plan.skipped.append({h, reason}); };
        if (i == numberColumn) {
            skip(tr("identifies the student"));
            continue;
        }
        if (i == nameColumn) {
            skip(tr("names the student"));
            continue;
        }
        if (h.isEmpty()) {
            bool empty = true;
            for (const CsvRow &row : std::as_const(rows))
                empty = empty && row.cells.value(i).trimmed().isEmpty();
            if (!empty)
                problem(1, tr("column %1").arg(i + 1), tr("the column has scores but no title."));
            continue;
        }
        if (plan.format == Format::Canvas && GradebookColumns::isCanvasIdentity(h)) {
            skip(tr("identifies the student"));
            continue;
        }
        if ((plan.format == Format::Canvas && GradebookColumns::isCanvasComputed(h)) ||
            (plan.format == Format::K12 && GradebookColumns::isK12Computed(h))) {
            skip(tr("computed from the scores"));
            continue;
        }
        if (plan.format == Format::Generic) {
            if (const QString reason = GradebookColumns::genericSkipReason(h); !reason.isEmpty()) {
                skip(reason);
                continue;
            }
        }
        Column col;
        col.index = i;
        col.header = h;
        bool ambiguous = false;
        col.assignment = matchAssignment(data, h, &col.title, &ambiguous);
        if (ambiguous) {
            problem(1, h,
                    tr("more than one assignment is titled \"%1\"; give them different titles, or use the column "
                       "headers of an export, which carry the assignment's id.")
                        .arg(col.title));
            continue;
        }
        if (col.assignment >= 0) {
            if (const QString first = columnOfAssignment.value(col.assignment); !first.isNull()) {
                problem(1, h,
                        tr("this column and the column \"%1\" are both the assignment \"%2\".")
                            .arg(first, data.assignments.at(col.assignment).title));
                continue;
            }
            columnOfAssignment.insert(col.assignment, h);
        }
        if (col.assignment < 0) {
            if (!options.createAssignments) {
                problem(1, h,
                        tr("unknown assignment \"%1\" (create it first, or allow new assignments).").arg(col.title));
                continue; // its cells are not read: the file cannot be imported anyway
            } else {
                Assignment a;
                a.id = newId();
                a.classId = data.schoolClass.id;
                a.title = col.title;
                a.pointsPossible = pointsRow.value(i, 100);
                a.position = data.assignmentCount() + int(plan.newAssignments.size());
                if (isLetterColumn(rows, i, data))
                    a.gradingType = u"letter"_s;
                col.newAssignment = int(plan.newAssignments.size());
                plan.newAssignments.append(a);
            }
        }
        columns.append(col);
    }
    plan.assignmentColumns = int(columns.size());
    if (columns.isEmpty())
        problem(1, {}, tr("no assignment columns found."));

    // Students by number and by name.
    QHash<QString, int> byNumber;
    QHash<QString, int> byName;
    QHash<QString, int> byFoldedName;
    for (int s = 0; s < data.studentCount(); ++s) {
        const Student &st = data.students.at(s);
        if (!st.studentNumber.isEmpty())
            byNumber.insert(st.studentNumber, s);
        for (const QString &name : {st.displayName(), QString(st.givenName + u' ' + st.familyName)}) {
            byName.insert(name, s);
            byFoldedName.insert(folded(name), s);
        }
    }

    const qsizetype total = rows.size();
    QHash<int, int> lineOfStudent;
    const QChar sep = table.separator;
    for (qsizetype r = 0; r < total; ++r) {
        if (cancel && cancel->load()) {
            plan.cancelled = true;
            return plan;
        }
        if (progress && (r % 256 == 0))
            progress(r, total);
        const CsvRow &row = rows.at(r);
        ++plan.rows;
        auto identity = [&](int column) {
            const QString cell = column >= 0 ? row.cells.value(column).trimmed() : QString();
            return csv ? CsvWriter::unneutralised(cell) : cell;
        };
        const QString number = identity(numberColumn);
        const QString name = identity(nameColumn);
        if (plan.format == Format::Canvas && (name == u"Student, Test"_s || name == u"Test Student"_s))
            continue; // Canvas's own test student
        int student = number.isEmpty() ? -1 : byNumber.value(number, -1);
        if (student < 0 && !name.isEmpty())
            student = byName.value(name, byFoldedName.value(folded(name), -1));
        if (student < 0) {
            const QString column = numberColumn >= 0 ? header.at(numberColumn) : header.value(nameColumn);
            problem(row.line, column,
                    tr("unknown student \"%1\" (no student in this class has that number or name).")
                        .arg(number.isEmpty() ? name : number));
            continue;
        }
        if (const int first = lineOfStudent.value(student, 0); first > 0) {
            problem(
                row.line, {},
                tr("duplicate row: %1 is already on line %2.").arg(data.students.at(student).displayName()).arg(first));
            continue;
        }
        lineOfStudent.insert(student, row.line);
        ++plan.studentsMatched;

        for (const Column &col : std::as_const(columns)) {
            QString cell = row.cells.value(col.index).trimmed();
            if (cell.isEmpty() || cell.compare(u"N/A"_s, Qt::CaseInsensitive) == 0)
                continue;
            const Assignment &as =
                col.assignment >= 0 ? data.assignments.at(col.assignment) : plan.newAssignments.at(col.newAssignment);
            Score before = col.assignment >= 0 ? data.scoreAt(student, col.assignment) : Score();
            if (col.assignment < 0) {
                before.id = Score::idFor(as.id, data.students.at(student).id);
                before.classId = data.schoolClass.id;
                before.assignmentId = as.id;
                before.studentId = data.students.at(student).id;
            }
            const QString lower = cell.toLower();
            std::optional<ScoreEdit> edit;
            if (lower == u"ex"_s || lower == u"excused"_s)
                edit = ScoreEdit::excused();
            else if (lower == u"missing"_s || lower == u"m"_s)
                edit = ScoreEdit::missing();
            else if (lower == u"exempt"_s)
                edit = ScoreEdit::exempt();
            if (!edit) {
                // Decimal commas: always in `;`-separated files, and in quoted cells of others.
                if (sep != u',' || !cell.contains(u'.'))
                    cell.replace(u',', u'.');
                bool ok = false;
                const double v = cell.toDouble(&ok);
                if (ok) {
                    // The rule grade entry uses (RowRules): what the app accepts, it imports back.
                    if (const QString wrong = ScoreEdit::checkPoints(v, as); !wrong.isEmpty()) {
                        problem(row.line, col.header, wrong);
                        continue;
                    }
                    edit = ScoreEdit::setPoints(v);
                } else if (as.gradingType == u"letter"_s) {
                    Result<ScoreEdit> letter = ScoreInput::parse(cell, as, data.scale);
                    if (!letter || letter->kind != ScoreEdit::Kind::SetLetter) {
                        problem(row.line, col.header,
                                tr("\"%1\" is not a number or a letter of the class's scale.")
                                    .arg(row.cells.value(col.index).trimmed()));
                        continue;
                    }
                    edit = *letter;
                } else {
                    problem(row.line, col.header,
                            tr("\"%1\" is not a number (nor EX, MISSING or EXEMPT).")
                                .arg(row.cells.value(col.index).trimmed()));
                    continue;
                }
            }
            if (col.assignment >= 0 && plan.format == Format::Canvas && sameInCanvas(*edit, before, data)) {
                ++plan.unchanged;
                continue;
            }
            const Score after = edit->appliedTo(before);
            if (col.assignment >= 0 && samePoints(after.points, before.points) && after.letter == before.letter &&
                after.missing == before.missing && after.excused == before.excused && after.exempt == before.exempt) {
                ++plan.unchanged;
                continue;
            }
            plan.entries.append({row.line, after});
        }
    }
    if (progress)
        progress(total, total);
    if (plan.rows == 0)
        problem(1, {}, tr("the file has a header but no rows of scores."));
    return plan;
}

ChangeList ScoreImport::changes(const Plan &plan, bool skipBadRows)
{
    QSet<int> badLines;
    if (skipBadRows) {
        for (const Problem &p : plan.problems)
            badLines.insert(p.line);
    }
    ChangeList changes;
    changes.reserve(plan.newAssignments.size() + plan.entries.size());
    for (const Assignment &a : plan.newAssignments)
        changes.append(Change::upsert(u"assignment"_s, a.id, a.toFields()));
    for (const Entry &e : plan.entries) {
        if (!badLines.contains(e.line))
            changes.append(Change::upsert(u"score"_s, e.score.id, e.score.toFields()));
    }
    return changes;
}

} // namespace k12
